import Foundation
import Testing
import SummitGraph
@testable import SummitIngest

@Suite struct ReviewFileTests {
    typealias F = IngestFixture
    static let article = "The Prime Minister of Norway, Astrid Berg, visited Iceland on Monday. She met the President of Iceland, Jon Olafsson, in Reykjavik."

    func decided(_ decision: String = "accept") throws -> ReviewFile {
        var review = try F.review(Self.article)
        for i in review.candidates.indices { review.candidates[i].decision = decision }
        return review
    }

    @Test func theTextReadsBackAsWritten() throws {
        let review = try decided()
        let text = review.text()
        #expect(text.hasPrefix("# summitgraph review file (format 1)"))
        #expect(try ReviewFile(parsing: text, file: "r.tsv") == review)
    }

    /// Found by the ingest fuzz target: a new spelling of a known name said in two sentences was
    /// two rows with one id, and the review file, decided, did not read back.
    @Test func aNewSpellingSaidTwiceIsOneRow() throws {
        let review = try IngestFixture.review("""
            OSLO, March 7. Prime Minister Astrid Bergg met Jon Olafsson on Thursday. Prime Minister Astrid Bergg later left for Bergen.
            """, graph: try IngestFixture.graph())
        let aliases = review.candidates.filter { $0.record == .alias }
        #expect(aliases.count == 1, "\(aliases.map(\.aliases))")
        var decided = review
        decided.candidates = decided.candidates.map { var c = $0; c.decision = "accept"; return c }
        #expect(try ReviewFile(parsing: decided.text(), file: "r.tsv") == decided)
    }

    /// The problems `edit` makes in the decided file's text, as `LINE:COLUMN: message` (file name dropped).
    func problems(_ edit: (inout [String]) -> Void) throws -> [String] {
        var lines = try decided().text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        edit(&lines)
        do { _ = try ReviewFile(parsing: lines.joined(separator: "\n"), file: "r.tsv"); return [] } catch {
            guard case .invalidReview(let list) = error else { return ["\(error)"] }
            return list.map { String($0.description.dropFirst("r.tsv:".count)) }
        }
    }

    var firstRow: Int { get throws { try decided().text().split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("accept\t") }! } }

    @Test func everyKindOfDamageIsLocated() throws {
        let row = try firstRow
        func field(_ line: String, _ i: Int, _ value: String) -> String {
            var f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init); f[i] = value; return f.joined(separator: "\t")
        }
        #expect(try problems { $0[row] = field($0[row], 0, "") }.first?.hasPrefix("\(row + 1):1: error: undecided row") == true)
        #expect(try problems { $0[row] = field($0[row], 0, "acept") } == ["\(row + 1):1: error: unknown decision 'acept'; did you mean 'accept'?; use accept, reject or edit"])
        let broken = try problems { $0[row] += "\textra" }
        #expect(broken.count == 1 && broken[0].contains("error: 24 fields, the header has 23"))
        let id = try problems { $0[row] = field($0[row], 1, "n000000000000") }
        #expect(id.count == 1 && id[0].hasPrefix("\(row + 1):8: error: the candidate id 'n000000000000' was edited"))
        let header = try problems { $0[row - 1] = $0[row - 1].replacingOccurrences(of: "\tmatch\t", with: "\tmatches\t") }
        #expect(header.contains { $0.hasPrefix("\(row):") && $0.contains("unknown column 'matches'") })
        #expect(header.contains { $0.contains("missing column 'match'") })
        #expect(try problems { $0[row] = field($0[row], 20, "9-3") }.first?.contains("is not a span") == true)
        #expect(try problems { $0[row] = field($0[row], 19, "high") }.first?.contains("'high' is not a number") == true)
    }

    @Test func unreadableBytesAreRefusedWithTheirPlace() throws {
        func message(_ data: Data) -> String {
            do { _ = try ReviewFile(data: data, file: "r.tsv"); return "" } catch { return "\(error)" }
        }
        #expect(message(Data()) == "r.tsv:1:1: error: the review file is empty; give the file ingest wrote")
        let text = Data(try decided().text().utf8)
        #expect(message(text).isEmpty)
        var latin1 = text
        latin1.append(contentsOf: [0x61, 0xE9, 0x0A])  // "aé" as a spreadsheet might save it in Latin-1
        let lines = text.filter { $0 == 0x0A }.count
        #expect(message(latin1) == "r.tsv:\(lines + 1):2: error: invalid UTF-8 at byte offset \(text.count + 1); save the review file as UTF-8 text")
        #expect(message(Data("decision\tid\n\u{1}x".utf8)) == "r.tsv:2:1: error: binary data (byte 0x1); save the review file as plain text")
        #expect(message(Data(count: ReviewFile.maximumSize + 1)).contains("over the \(ReviewFile.maximumSize)-byte limit"))
    }

    @Test func anEditedRowKeepsItsIdAndItsEdits() throws {
        var review = try decided()
        let i = try #require(review.candidates.firstIndex { $0.type == "visits" })
        review.candidates[i].decision = "edit"
        review.candidates[i].date = "2024-03-04/2024-03-05"
        let read = try ReviewFile(parsing: review.text(), file: "r.tsv")
        #expect(read.candidates[i].date == "2024-03-04/2024-03-05" && read.candidates[i].id == review.candidates[i].id)
    }

    @Test func applyingTwiceChangesNothing() throws {
        let review = try decided()
        let (once, first) = try CandidateMerge.apply(review, to: F.empty)
        #expect(first.edges > 0 && first.nodes > 0)
        let (twice, second) = try CandidateMerge.apply(review, to: once)
        #expect(second.edges == 0 && second.nodes == 0 && second.corroborations == 0 && second.conflicts == 0)
        #expect(twice.edgeCount == once.edgeCount && twice.nodeCount == once.nodeCount)
        // Ingesting the article again into the merged graph proposes nothing new.
        let again = try F.candidates(Self.article, graph: once)
        #expect(again.filter { $0.record == .edge }.allSatisfy { $0.match.hasPrefix("corroborates") })
        #expect(!again.contains { $0.record == .node })
    }

    @Test func rejectedRowsAreNotMerged() throws {
        let (graph, summary) = try CandidateMerge.apply(try decided("reject"), to: F.empty)
        #expect(graph.edgeCount == 0 && summary.rejected > 0)
    }
}

@Suite struct RejectionsTests {
    @Test func theRejectionsFileIsReadAndHonoured() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-rejections-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Rejections.load(directory: folder.path).isEmpty)
        let text = "The Prime Minister of Norway, Astrid Berg, visited Iceland on Monday."
        let visit = try #require(try IngestFixture.candidates(text).first { $0.type == "visits" })
        try Data("# rejected candidates\nid\tsource\tnote\n\(visit.id)\ttest-article\tnot a visit\n".utf8)
            .write(to: folder.appendingPathComponent(Rejections.fileName))
        let rejected = Rejections.load(directory: folder.path)
        #expect(rejected == [visit.id])
        #expect(!(try IngestFixture.candidates(text, rejected: rejected)).contains { $0.id == visit.id })
    }
}
