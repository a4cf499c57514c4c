import Foundation
import SummitGraph

/// The held-out measure: articles the rules were not written from, each with a hand-written gold
/// file (`NAME.gold.tsv` beside `NAME.txt`), each ingested on its own into a base dataset, every
/// candidate accepted, and scored against its gold on edges (type, ends, status) as the dev set is.
public enum HeldOutSet {
    /// One gold fact: type, ends (each a list of names a reviewer takes for the same node, or
    /// `~word`: any new event whose name has that word) and status.
    public struct Fact: Sendable, Equatable {
        public var type: String, source: [String], target: [String], status: String
    }

    /// The facts of a gold file: `type TAB source TAB target TAB status` lines, `#` comments.
    /// - Throws: ``IngestError/review(file:line:column:message:fix:)`` for a line that is not four fields.
    public static func gold(_ text: String, file: String) throws(IngestError) -> [Fact] {
        var facts: [Fact] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4, f.allSatisfy({ !$0.isEmpty }) else {
                throw .review(file: file, line: n + 1, column: 1, message: "a gold fact has \(f.count) fields",
                              fix: "write type, source, target and status, tab-separated")
            }
            guard Schema.standard.types.contains(where: { $0.type.rawValue == f[0] }) else {
                throw .review(file: file, line: n + 1, column: 1, message: "unknown edge type '\(f[0])'", fix: "use a type of the standard schema")
            }
            guard Schema.standard.statuses.contains(where: { $0.name.rawValue == f[3] }) else {
                throw .review(file: file, line: n + 1, column: f[0].count + f[1].count + f[2].count + 4,
                              message: "unknown status '\(f[3])'", fix: "use a status of the standard schema")
            }
            facts.append(Fact(type: f[0], source: f[1].split(separator: "|").map(String.init),
                              target: f[2].split(separator: "|").map(String.init), status: f[3]))
        }
        return facts
    }

    /// The articles of `folder` that have a gold file, sorted by name.
    public static func articles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") && names.contains(String($0.dropLast(4)) + ".gold.tsv") }.sorted()
            .map { folder + "/" + $0 }
    }

    /// The publication dates `folder/published.tsv` gives (`NAME.txt TAB YYYY-MM-DD` lines, `#`
    /// comments), by file name: what a reader would pass as `--published` for an article whose
    /// text has no date header (a dateline without its year, or none). Empty without the file.
    /// - Throws: ``IngestError/review(file:line:column:message:fix:)`` for a line that is not a name and a date.
    public static func publicationDates(in folder: String) throws(IngestError) -> [String: String] {
        let path = folder + "/published.tsv"
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        var dates: [String: String] = [:]
        for (n, line) in String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 2, f[0].hasSuffix(".txt"), (try? FuzzyDate(parsing: f[1])) != nil else {
                throw .review(file: path, line: n + 1, column: 1, message: "not an article's file name and its date",
                              fix: "write NAME.txt, a tab, and YYYY-MM-DD")
            }
            dates[f[0]] = f[1]
        }
        return dates
    }

    /// Scores every article of `folder` (see ``articles(in:)``) ingested into `base`, each with
    /// its date from ``publicationDates(in:)`` when the folder gives one; `reviews`
    /// gets each article's review file as made, before every candidate is accepted.
    /// - Returns: the summed score; misses and false positives name their article.
    /// - Throws: ``IngestError`` when an article or a gold file cannot be read.
    /// - Complexity: O(articles · (article size · lexicon + base size)).
    public static func run(folder: String, base: Graph, reviews: (ReviewFile) -> Void = { _ in }) throws(IngestError) -> DevSetScore {
        var scores: [DevSetScore] = []
        let published = try publicationDates(in: folder)
        for path in articles(in: folder) {
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let goldPath = String(path.dropLast(4)) + ".gold.tsv"
            guard let data = FileManager.default.contents(atPath: goldPath), let text = String(data: data, encoding: .utf8) else {
                throw .review(file: goldPath, line: 1, column: 1, message: "cannot read the gold file", fix: "give NAME.gold.tsv as UTF-8")
            }
            let facts = try gold(text, file: goldPath)
            let record = ReviewFile.SourceRecord(id: Ingester.sourceID(forFile: path), file: name + ".txt", publisher: "held-out",
                                                 published: published[name + ".txt"] ?? "", title: name)
            var (review, _) = try Ingester.review(articleAt: path, source: record, graph: base)
            reviews(review)
            for i in review.candidates.indices { review.candidates[i].decision = "accept" }
            let result = try CandidateMerge.apply(review, to: base).0
            var score = DevSetScore(result: result, expected: try expectedGraph(facts, result: result, file: goldPath))
            score.label(article: name)
            scores.append(score)
        }
        return DevSetScore(summing: scores)
    }

    /// The gold facts as a graph whose nodes carry the gold names. Of an end's spellings, the one
    /// the result uses for the same fact is taken (else the first), so every spelling of a node
    /// is one node; a `~word` end takes the name of the result's first event (initiative) whose
    /// name has the word, when there is one.
    /// - Throws: ``IngestError/review(file:line:column:message:fix:)`` naming `file` when a gold
    ///   name or fact cannot be a node or an edge.
    /// - Complexity: O(facts · spellings² + *V* + *E* of `result`).
    static func expectedGraph(_ facts: [Fact], result: Graph, file: String = "gold.tsv") throws(IngestError) -> Graph {
        func names(_ id: NodeID) -> [String] { ([result[id].name] + result[id].aliases).map { NameKey($0).text } }
        var said = Set<String>()
        for id in result.edgeIDs {
            let e = result[id]
            for a in names(e.source) { for b in names(e.target) { said.insert("\(e.type.rawValue)|\(a)|\(b)"); said.insert("\(e.type.rawValue)|\(b)|\(a)") } }
        }
        func spelled(_ names: [String]) -> [String] {
            guard names.count == 1, names[0].hasPrefix("~") else { return names }
            let word = names[0].dropFirst().lowercased()
            let event = result.nodeIDs.first { result[$0].kind == .initiative && result[$0].name.lowercased().contains(word) }
            return [event.map { result[$0].name } ?? names[0]]
        }
        var builder = GraphBuilder()
        var ids: [String: NodeID] = [:]
        func node(_ name: String) throws(IngestError) -> NodeID {
            let key = NameKey(name).text
            if let id = ids[key] { return id }
            let base = Slugs.make(name).isEmpty ? "node" : Slugs.make(name)
            // A slug another spelling took gets a suffix; a name no slug can carry is refused.
            for n in 1...100 {
                if let id = try? builder.add(Node(slug: n == 1 ? base : "\(base)-\(n)", kind: .place, name: name)) {
                    ids[key] = id
                    return id
                }
            }
            throw .review(file: file, line: 1, column: 1, message: "the gold name \(name.debugDescription) cannot be a node",
                          fix: "spell the name with letters")
        }
        for (n, fact) in facts.enumerated() {
            let (sources, targets) = (spelled(fact.source), spelled(fact.target))
            let pair = sources.lazy.flatMap { a in targets.lazy.map { b in (a, b) } }
                .first { said.contains("\(fact.type)|\(NameKey($0.0).text)|\(NameKey($0.1).text)") } ?? (sources[0], targets[0])
            let (a, b) = (try node(pair.0), try node(pair.1))
            do {
                _ = try builder.add(Edge(slug: "f\(n)", type: EdgeType(unchecked: fact.type), source: a, target: b,
                                         status: EdgeStatus(unchecked: fact.status), citations: []))
            } catch {
                throw .review(file: file, line: 1, column: 1, message: "the gold fact \(fact.type) \(pair.0) → \(pair.1) cannot be an edge: \(error)",
                              fix: "correct the fact in the gold file")
            }
        }
        return builder.build()
    }
}
