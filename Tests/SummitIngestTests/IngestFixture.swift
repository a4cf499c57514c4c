import Foundation
import Testing
import SummitDataset
import SummitGraph
@testable import SummitIngest

/// Articles written for the tests (our own words), read against small datasets.
enum IngestFixture {
    /// A dataset of two states, a president, a prime minister and one meeting, as TSV text.
    static let smallDataset: [String: String] = [
        "sources.tsv": "id\tfile\tpublisher\tpublished\ttitle\nold\told.txt\tThe Test Courier\t2024-02-01\tEarlier report\n",
        "nodes.tsv": """
            id\tkind\tsubtype\tname\taliases
            norway\tstate\t\tNorway\t
            iceland\tstate\t\tIceland\t
            astrid-berg\tperson\t\tAstrid Berg\t
            jon-olafsson\tperson\t\tJon Olafsson\t
            arctic-forum\tinitiative\tforum\tArctic Fisheries Forum\t

            """,
        "edges.tsv": """
            id\ttype\tsource\ttarget\tstatus\tdate\ttitle\tsources
            heads-norway-berg\thead_of\tastrid-berg\tnorway\tongoing\t\tPrime Minister\told
            heads-iceland-olafsson\thead_of\tjon-olafsson\ticeland\tongoing\t\tPresident\told
            met-berg-olafsson\tmet\tastrid-berg\tjon-olafsson\tplanned\t2024-03\t\told

            """,
    ]

    static func graph(_ files: [String: String] = smallDataset) throws -> Graph {
        try DatasetLoader.load(files: files.mapValues { Data($0.utf8) }, name: "test")
    }

    static var empty: Graph { GraphBuilder().build() }

    /// The candidates for `text` published on `published`, read against `graph`.
    static func candidates(_ text: String, published: String = "2024-03-08", graph: Graph = empty, source: String = "test-article",
                           rejected: Set<String> = []) throws -> [Candidate] {
        try review(text, published: published, graph: graph, source: source, rejected: rejected).candidates
    }

    static func review(_ text: String, published: String = "2024-03-08", graph: Graph = empty, source: String = "test-article",
                       rejected: Set<String> = []) throws -> ReviewFile {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(getpid())-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let record = ReviewFile.SourceRecord(id: source, file: "article.txt", publisher: "The Test Courier", published: published, title: "Test")
        return try Ingester.review(articleAt: path, source: record, graph: graph, rejected: rejected).0
    }

    /// Checks that the edge rows of `text` include a row starting with each of `has` and none
    /// starting with any of `lacks`.
    static func expect(_ text: String, published: String = "2024-03-08", has: [String], lacks: [String] = [],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let edges = edges(try candidates(text, published: published))
        for row in has { #expect(edges.contains { $0.hasPrefix(row) }, "\(row) in \(edges)", sourceLocation: sourceLocation) }
        for row in lacks { #expect(!edges.contains { $0.hasPrefix(row) }, "no \(row) in \(edges)", sourceLocation: sourceLocation) }
    }

    /// The edge rows as "type source target status date".
    static func edges(_ candidates: [Candidate]) -> [String] {
        candidates.filter { $0.record == .edge }.map { "\($0.type) \($0.source) \($0.target) \($0.status)\($0.date.isEmpty ? "" : " " + $0.date)" }
    }
}
