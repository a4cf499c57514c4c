import SummitGraph

/// The dev-set measure: articles ingested one by one (in publication order) into a base
/// dataset, every candidate accepted, the result compared with a curated dataset on edges
/// (type, ends, status). Nodes are matched by folded names and aliases, never by id.
public enum DevSet {
    /// An article of the dev set: its file and the source row the curated dataset gives it.
    public struct Article: Sendable {
        public var path: String
        public var source: ReviewFile.SourceRecord
        public init(path: String, source: ReviewFile.SourceRecord) { (self.path, self.source) = (path, source) }
    }

    /// Ingests `articles` into `base`, accepting everything, and scores the result against `expected`.
    /// - Throws: ``IngestError`` when an article cannot be read.
    /// - Complexity: O(articles · (article size · lexicon + graph size)).
    /// - Parameter reviews: called with each article's review file, as made (before acceptance).
    public static func run(_ articles: [Article], base: Graph, expected: Graph,
                           reviews: (ReviewFile) -> Void = { _ in }) throws(IngestError) -> (DevSetScore, Graph) {
        var graph = base
        let ordered = articles.sorted { ($0.source.published, $0.source.file) < ($1.source.published, $1.source.file) }
        for article in ordered {
            var (review, _) = try Ingester.review(articleAt: article.path, source: article.source, graph: graph)
            reviews(review)
            for i in review.candidates.indices { review.candidates[i].decision = "accept" }
            graph = try CandidateMerge.apply(review, to: graph).0
        }
        return (DevSetScore(result: graph, expected: expected), graph)
    }

    /// The source rows of `graph` (the curated dataset), as the ingester takes them.
    public static func sourceRecords(of graph: Graph) -> [ReviewFile.SourceRecord] {
        graph.sources.map {
            ReviewFile.SourceRecord(id: $0.slug, file: $0.file, publisher: $0.publisher, published: $0.published?.description ?? "",
                                    title: $0.title, place: $0.place ?? "", author: $0.author ?? "")
        }
    }
}

/// Precision and recall per edge type on (type, ends, status), status accuracy on the edges
/// whose type and ends match, and every miss and false positive with its cause.
public struct DevSetScore: Sendable, Codable, Equatable {
    public struct Count: Sendable, Codable, Equatable {
        public var type: String, expected: Int, proposed: Int, correct: Int
        public var precision: Double { proposed == 0 ? 1 : Double(correct) / Double(proposed) }
        public var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }
    }
    /// An edge counted as a miss or a false positive, by node ids of its own graph.
    public struct Item: Sendable, Codable, Equatable, Comparable {
        public var type: String, source: String, target: String, status: String, cause: String
        /// The article whose gold the item is scored against (the held-out set; empty on the dev set).
        public var article: String = ""
        public static func < (a: Self, b: Self) -> Bool {
            (a.cause, a.article, a.type, a.source, a.target, a.status) < (b.cause, b.article, b.type, b.source, b.target, b.status)
        }
    }

    public var byType: [Count]
    public var total: Count
    /// Edges of the result whose type and ends match an expected edge, and how many of those have a status the expected edges give.
    public var matchedPairs: Int, statusRight: Int
    public var statusAccuracy: Double { matchedPairs == 0 ? 1 : Double(statusRight) / Double(matchedPairs) }
    public var misses: [Item], falsePositives: [Item]

    /// - Complexity: O((*V* + *E*) · names) for both graphs.
    public init(result: Graph, expected: Graph) {
        var byName: [String: [NodeID]] = [:]
        for id in expected.nodeIDs {
            let node = expected[id]
            for name in Set(([node.name] + node.aliases).map { NameKey($0).text }) { byName[name, default: []].append(id) }
        }
        func counterpart(_ id: NodeID) -> NodeID? {
            let node = result[id]
            let found = Set(([node.name] + node.aliases).flatMap { byName[NameKey($0).text] ?? [] })
            return found.sorted().first { expected[$0].kind == node.kind } ?? found.sorted().first
        }
        let mapping = result.nodeIDs.map(counterpart)
        func key(_ type: EdgeType, _ a: String, _ b: String) -> String {
            type.isSymmetric && b < a ? "\(type.rawValue)|\(b)|\(a)" : "\(type.rawValue)|\(a)|\(b)"
        }
        var expectedStatus: [String: Set<String>] = [:], expectedItems: [String: Item] = [:]
        for id in expected.edgeIDs {
            let e = expected[id]
            let k = key(e.type, expected[e.source].slug, expected[e.target].slug)
            expectedStatus[k, default: []].insert(e.status.rawValue)
            expectedItems[k + "|" + e.status.rawValue] = Item(type: e.type.rawValue, source: expected[e.source].slug, target: expected[e.target].slug, status: e.status.rawValue, cause: "")
        }
        var proposed: [String: Item] = [:]
        for id in result.edgeIDs {
            let e = result[id]
            let a = mapping[e.source.offset].map { expected[$0].slug } ?? "?" + result[e.source].slug
            let b = mapping[e.target.offset].map { expected[$0].slug } ?? "?" + result[e.target].slug
            proposed[key(e.type, a, b) + "|" + e.status.rawValue] = Item(type: e.type.rawValue, source: a, target: b, status: e.status.rawValue, cause: "")
        }
        let expectedPairs = Set(expectedStatus.keys)
        var pairs = Set<String>(), right = Set<String>()
        var counts: [String: Count] = [:]
        func count(_ type: String) -> Count { counts[type] ?? Count(type: type, expected: 0, proposed: 0, correct: 0) }
        for (k, item) in expectedItems { _ = k; var c = count(item.type); c.expected += 1; counts[item.type] = c }
        var falsePositives: [Item] = []
        for (k, var item) in proposed {
            let pair = String(k[..<k.lastIndex(of: "|")!])
            var c = count(item.type)
            c.proposed += 1
            if expectedItems[k] != nil { c.correct += 1 } else {
                item.cause = item.source.hasPrefix("?") || item.target.hasPrefix("?") ? "a node the seeds do not have"
                    : expectedPairs.contains(pair) ? "another status" : "not in the seeds"
                falsePositives.append(item)
            }
            if expectedPairs.contains(pair) {
                pairs.insert(k)
                if expectedStatus[pair]!.contains(item.status) { right.insert(k) }
            }
            counts[item.type] = c
        }
        let mapped = Set(mapping.compactMap { $0.map { expected[$0].slug } })
        var proposedPairs: [String: Set<String>] = [:]
        for (k, item) in proposed { proposedPairs[String(k[..<k.lastIndex(of: "|")!]), default: []].insert(item.status) }
        var misses: [Item] = []
        for (k, var item) in expectedItems where proposed[k] == nil {
            let pair = String(k[..<k.lastIndex(of: "|")!])
            item.cause = !mapped.contains(item.source) || !mapped.contains(item.target) ? "an end was never read (no node)"
                : proposedPairs[pair] != nil ? "read with another status" : "ends read, relation not read"
            misses.append(item)
        }
        byType = counts.values.sorted { EdgeType(unchecked: $0.type) < EdgeType(unchecked: $1.type) }
        total = Count(type: "all", expected: expectedItems.count, proposed: proposed.count, correct: counts.values.reduce(0) { $0 + $1.correct })
        (matchedPairs, statusRight) = (pairs.count, right.count)
        self.misses = misses.sorted()
        self.falsePositives = falsePositives.sorted()
    }
}
