import Foundation
import SummitDataset
import SummitGraph
import Testing

/// Where new rows go: their group's section, sorted in or at its end, new sections in schema
/// order, new columns in the header; an edit changes one field.
@Suite("DatasetWriter: rows go in the file's order")
struct DatasetWriterPlacementTests {
    static let sectioned = Fixtures.root.appendingPathComponent("sectioned").path

    /// The lines of `file` after `change`, made on a writer opened on a copy of `dataset`.
    func lines(of file: String, in dataset: String = sectioned, after change: (inout DatasetWriter) throws -> Void) throws -> [String] {
        let folder = try scratchDataset(copying: dataset)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        try change(&writer)
        let text = String(decoding: try #require(writer.contents(of: file)), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func person(_ id: String, _ name: String) -> NodeRecord { NodeRecord(id: id, kind: .person, name: name, sources: ["wire"]) }

    @Test func aSortedSectionTakesTheRowInIdOrder() throws {
        let nodes = try lines(of: "nodes.tsv") { try $0.add(person("bruno-bello", "Bruno Bello")) }
        #expect(Array(nodes[3...5].map { $0.prefix { $0 != "\t" } }) == ["alice-ames", "bruno-bello", "carla-diaz"])
        #expect(nodes[4] == "bruno-bello\tperson\t\tBruno Bello\t\t\twire")
    }

    @Test func anUnsortedSectionTakesTheRowAtItsEnd() throws {
        let edges = try lines(of: "edges.tsv") {
            try $0.add(EdgeRecord(id: "met-alice-carla-again", type: .met, source: "alice-ames", target: "carla-diaz",
                                  status: .planned, date: try DateSpan(parsing: "2026"), sources: ["review"]))
        }
        #expect(edges[2] == "# met")
        #expect(edges[3].hasPrefix("met-carla-alice\t") && edges[4].hasPrefix("met-alice-carla-later\t"))
        #expect(edges[5] == "met-alice-carla-again\tmet\talice-ames\tcarla-diaz\tplanned\t2026\t\t\t\t\t\treview\t")
        #expect(edges[6] == "# participates_in")
    }

    @Test func aGroupWithoutASectionGetsOneInSchemaOrder() throws {
        let nodes = try lines(of: "nodes.tsv") {
            try $0.add(NodeRecord(id: "wire-agency", kind: .organization, subtype: "agency", name: "Wire Agency"))
            try $0.add(NodeRecord(id: "president-of-sudland", kind: .position, name: "President of Sudland"))
        }
        #expect(Array(nodes[8...15]) == ["# initiatives", "forum-2025\tinitiative\tsummit\tNorth-South Summit\tNS Summit\t\twire;review",
                                         "forum-talks\tinitiative\tmeeting\tForum talks\t\t\twire",
                                         "# organizations", "wire-agency\torganization\tagency\tWire Agency\t\t\t",
                                         "# places", "tokyo\tplace\tcity\tTokyo\t\t\twire",
                                         "# positions"])
        let edges = try lines(of: "edges.tsv") {
            try $0.add(EdgeRecord(id: "heads-norland-alice", type: .headOf, source: "alice-ames", target: "norland",
                                  status: .ongoing, title: "President", sources: ["wire"]))
        }
        #expect(Array(edges[5...9]) == ["# participates_in", "alice-attends\tparticipates_in\talice-ames\tforum-2025\toccurred\t\t\tattendee\t\t\t\twire\t",
                                        "# head_of", "heads-norland-alice\thead_of\talice-ames\tnorland\tongoing\t\t\t\tPresident\t\t\twire\t",
                                        "# part_of: initiatives"])
    }

    /// `part_of` has two sections; a new edge goes to the one whose edges start at its kind.
    @Test func sectionsOfOneTypeAreChosenByTheKindTheyStartAt() throws {
        let edges = try lines(of: "edges.tsv") {
            try $0.add(EdgeRecord(id: "part-tokyo-sudland", type: .partOf, source: "tokyo", target: "sudland", status: .ongoing, sources: ["wire"]))
            try $0.add(EdgeRecord(id: "part-forum-norland", type: .partOf, source: "forum-2025", target: "norland", status: .ongoing, sources: ["wire"]))
        }
        let ids = edges.map { String($0.prefix { $0 != "\t" }) }
        #expect(Array(ids[7...12]) == ["# part_of: initiatives", "part-forum-norland", "part-talks-forum",
                                       "# part_of: places and states", "part-tokyo-norland", "part-tokyo-sudland"])
    }

    @Test func evidenceGoesNextToItsEdgesOtherEvidenceThenInEdgeOrder() throws {
        let evidence = try lines(of: "evidence.tsv") { writer in
            try writer.corroborate(EvidenceRecord(edge: "met-carla-alice", source: "review", paraphrase: "The review recalls the meeting."))
            try writer.add(EdgeRecord(id: "carla-attends", type: .participatesIn, source: "carla-diaz", target: "forum-2025",
                                      status: .occurred, role: .attendee, sources: ["review"]))
            try writer.add(EvidenceRecord(edge: "carla-attends", source: "review", paraphrase: "Carla was there too."))
            try writer.add(EdgeRecord(id: "heads-norland-alice", type: .headOf, source: "alice-ames", target: "norland",
                                      status: .ongoing, title: "President", sources: ["wire"]))
            try writer.add(EvidenceRecord(edge: "heads-norland-alice", source: "wire", paraphrase: "Alice leads Norland."))
        }
        #expect(Array(evidence[2...11]) == [
            "# met", "met-carla-alice\twire\tCarla and Alice met in Tokyo.", "met-carla-alice\treview\tThe review recalls the meeting.",
            "met-alice-carla-later\treview\tA second meeting is planned.",
            "# participates_in", "alice-attends\twire\tAlice was at the summit.", "carla-attends\treview\tCarla was there too.",
            "# head_of", "heads-norland-alice\twire\tAlice leads Norland.", "# part_of: initiatives",
        ])
    }

    @Test func aCorroborationAndAnAliasEditOneFieldEach() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        try writer.corroborate(EvidenceRecord(edge: "heads-sudland", source: "wire", paraphrase: "Sudland's president is named."))
        try writer.addAlias("A. Ames", toNode: "alice-ames")
        try writer.addAlias("Ames Alice", toNode: "alice-ames")  // already there: nothing
        try writer.addAlias("B. Béllo", toNode: "bruno-bello")
        try writer.corroborate(EvidenceRecord(edge: "met-alice-bruno", source: "review", paraphrase: "x"))  // cited already
        let before = try snapshot(of: folder)
        let text = { (name: String) in String(decoding: writer.contents(of: name) ?? Data(), as: UTF8.self) }
        let old = { (name: String) in String(decoding: before[name] ?? Data(), as: UTF8.self) }
        #expect(text("edges.tsv") == old("edges.tsv").replacingOccurrences(
            of: "heads-sudland\thead_of\tpresident-of-sudland\tsudland\tongoing\t\t\t\tPresident\t\t\treview\t",
            with: "heads-sudland\thead_of\tpresident-of-sudland\tsudland\tongoing\t\t\t\tPresident\t\t\treview;wire\t"))
        #expect(text("nodes.tsv") == old("nodes.tsv")
            .replacingOccurrences(of: "\tAlice Ames\tAmes Alice\t", with: "\tAlice Ames\tAmes Alice;A. Ames\t")
            .replacingOccurrences(of: "\tBruno Béllo\t\t", with: "\tBruno Béllo\tB. Béllo\t"))
        #expect(writer.changedFiles == ["edges.tsv", "evidence.tsv", "nodes.tsv"])
        #expect(throws: DatasetError.self) { try writer.write() }  // met-alice-bruno has evidence from review already
    }

    @Test func aRowNeedingAColumnAddsItAndPadsTheOtherRows() throws {
        let location = SentenceLocation(span: try #require(ArticleSpan(start: 10, end: 42)), sha256: SHA256.hash("a sentence"))
        let evidence = try lines(of: "evidence.tsv", in: Fixtures.valid) {
            try $0.add(EvidenceRecord(edge: "heads-norland", source: "wire", paraphrase: "Alice leads Norland.", location: location))
        }
        #expect(evidence == ["edge\tsource\tparaphrase\tspan\tsha256",
                             "met-alice-bruno\twire\tthe two met in Tokyo on the 19th\t\t",
                             "met-alice-bruno\treview\trecalls the meeting\t\t",
                             "heads-norland\twire\tAlice leads Norland.\t10-42\t\(location.sha256)", ""])
    }

    /// The fixture's edges.tsv has no sections: a row joins its type's rows, else goes last.
    @Test func anUnsectionedFileKeepsTypesTogetherOrAppends() throws {
        let edges = try lines(of: "edges.tsv", in: Fixtures.valid) {
            try $0.add(EdgeRecord(id: "met-bruno-marta", type: .met, source: "bruno-bello", target: "marta-ames", status: .occurred,
                                  date: try DateSpan(parsing: "2025-12-20"), sources: ["wire"]))
            try $0.add(EdgeRecord(id: "supports-norland-sudland", type: .supports, source: "norland", target: "sudland", status: .ongoing, sources: ["wire"]))
        }
        let ids = edges.map { String($0.prefix { $0 != "\t" }) }
        #expect(ids == ["id", "met-alice-bruno", "met-alice-president", "met-bruno-marta", "heads-norland", "heads-sudland", "alice-attends",
                        "forum-in-tokyo", "forum-in-tokyo-review", "coop-north-south", "supports-norland-sudland", ""])
    }

    @Test func newLinesFollowTheFilesLineEndsAndItsMissingFinalBreak() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let nodes = folder.appendingPathComponent("nodes.tsv"), sources = folder.appendingPathComponent("sources.tsv")
        let crlf = try String(contentsOf: nodes, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(crlf.utf8)).write(to: nodes)
        let unterminated = String(try String(contentsOf: sources, encoding: .utf8).dropLast())
        try Data(unterminated.utf8).write(to: sources)
        var writer = try DatasetWriter(directory: folder.path)
        try writer.add(NodeRecord(id: "zeno", kind: .place, subtype: "city", name: "Zeno"))
        try writer.add(Source(slug: "third", file: "third.txt", publisher: "Third", published: FuzzyDate(year: 2026), title: "More"))
        #expect(writer.contents(of: "nodes.tsv") == Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array((crlf + "zeno\tplace\tcity\tZeno\t\t\t\r\n").utf8)))
        #expect(writer.contents(of: "sources.tsv") == Data((unterminated + "\nthird\tthird.txt\tThird\t2026\tMore\t\t").utf8))
        try writer.write()
    }

    @Test func otherFilesAreCreatedAndAppendedTo() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        try writer.add([("candidate", "c-2"), ("source", "wire"), ("reason", "not in the article")], to: "rejections.tsv")
        try writer.add([("candidate", "c-1"), ("source", "wire"), ("reason", "")], to: "rejections.tsv")
        try writer.add([("candidate", "c-3"), ("source", "review"), ("reviewer", "ann")], to: "rejections.tsv")
        try writer.write()
        #expect(try String(contentsOf: folder.appendingPathComponent("rejections.tsv"), encoding: .utf8)
                == "candidate\tsource\treason\treviewer\nc-2\twire\tnot in the article\t\nc-1\twire\t\t\nc-3\treview\t\tann\n")
        #expect(try DatasetWriter(directory: folder.path).fileNames.contains("rejections.tsv"))
    }

    @Test func valuesThatCannotBeWrittenAreRefused() throws {
        let folder = try scratchDataset(copying: Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        var writer = try DatasetWriter(directory: folder.path)
        #expect(throws: DatasetError.unwritableValue(file: folder.path + "/nodes.tsv", column: "name", value: "two\tparts",
                                                     reason: "a field cannot hold a tab or a line break")) {
            try writer.add(NodeRecord(id: "x", kind: .person, name: "two\tparts"))
        }
        #expect(throws: DatasetError.self) { try writer.add([("note", "#1")], to: "rejections.tsv") }
        #expect(throws: DatasetError.self) { try writer.add([("note", " ")], to: "rejections.tsv") }
        #expect(throws: DatasetError.self) { try writer.add([("note", "x")], to: "../escape.tsv") }
        #expect(throws: DatasetError.self) { try writer.addAlias("a;b", toNode: "alice-ames") }
        #expect(throws: DatasetError.unknownRecord(file: folder.path + "/nodes.tsv", id: "alice-amse", closest: "alice-ames")) {
            try writer.addAlias("A", toNode: "alice-amse")
        }
        #expect(writer.changedFiles.isEmpty, "a refused operation changes nothing")
    }
}
