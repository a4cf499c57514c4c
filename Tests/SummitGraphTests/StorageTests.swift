@testable import SummitGraph
import Testing

@Suite("Columnar storage: string pool, slug index, packed dates, edge slugs")
struct StorageTests {
    @Test func slugIndexFindsEveryStringThroughGrowthAndRefusesDuplicates() {
        var pool = StringPool(), index = SlugIndex()
        let words = (0..<5_000).map { "n\($0)" } + ["", "Эмомали", "徳仁", "a\u{0}b"]
        for (i, word) in words.enumerated() {
            pool.append(word)
            #expect(index.insert(Int32(i), in: pool) == nil)
        }
        for (i, word) in words.enumerated() { #expect(index.find(word, in: pool) == Int32(i)) }
        #expect(index.find("n5000", in: pool) == nil)
        #expect(index.find("a", in: pool) == nil)
        pool.append("n42")
        #expect(index.insert(Int32(words.count), in: pool) == 42)
        pool.removeLast()
        #expect(pool.count == words.count && pool[words.count - 1] == "a\u{0}b")
    }

    @Test func slugIndexBuiltInOnePassFindsEveryStringAndRefusesDuplicates() throws {
        var pool = StringPool(), incremental = SlugIndex()
        let words = (0..<5_000).map { "n\($0)" } + ["", "Эмомали", "徳仁", "a\u{0}b"]
        for (i, word) in words.enumerated() {
            pool.append(word)
            _ = incremental.insert(Int32(i), in: pool)
        }
        let index = try #require(SlugIndex(indexing: pool))
        #expect(index.slots.count == incremental.slots.count && index.count == words.count)
        for (i, word) in words.enumerated() { #expect(index.find(word, in: pool) == Int32(i)) }
        #expect(index.find("n5000", in: pool) == nil)
        #expect(SlugIndex(indexing: StringPool())?.count == 0)
        pool.append("n42")
        #expect(SlugIndex(indexing: pool) == nil)
    }

    @Test func storedTablesAreCheckedBeforeUse() {
        #expect(StringPool(bytes: [1, 2, 3], ends: [2, 1]) == nil)
        #expect(StringPool(bytes: [1, 2, 3], ends: [1, 4]) == nil)
        #expect(SlugIndex(slots: [0, -1, -1], poolCount: 1) == nil)  // not a power of two
        #expect(SlugIndex(slots: [0, 1], poolCount: 2) == nil)  // more than half full
        #expect(SlugIndex(slots: [5, -1, -1, -1], poolCount: 2) == nil)  // past the pool
        #expect(SlugIndex(slots: [1, -1, -1, -1], poolCount: 2) != nil)
    }

    @Test(arguments: ["2025", "2025-12", "2025-12-19", "2025-12-19/2025-12-20", "2024-02-29", "0001-01-01/9999-12"])
    func packedSpansRoundTrip(_ text: String) throws {
        let span = try DateSpan(parsing: text)
        #expect(span.packed != 0)
        #expect(DateSpan(packed: span.packed) == span)
    }

    @Test func packedGarbageIsNoDate() {
        #expect(DateSpan(packed: 0) == nil)
        #expect(FuzzyDate(packed: 2025 << 9 | 2 << 5 | 30) == nil)  // 30 February
        #expect(FuzzyDate(packed: 2025 << 9 | 0 << 5 | 3) == nil)  // a day without a month
    }

    @Test func edgeSlugsAreSynthesizedUntilOneIsGiven() throws {
        var builder = GraphBuilder()
        let s = try builder.add(Source(slug: "s", file: "s", publisher: "P", published: nil, title: "T"))
        let a = try builder.add(Node(slug: "a", kind: .person, name: "A"))
        func edge(_ slug: String) -> Edge { Edge(slug: slug, type: .met, source: a, target: a, status: .occurred, citations: [Citation(source: s)]) }
        try builder.add(edge("e0"))
        try builder.add(edge("e1"))
        #expect(builder.edges.hasSynthesizedSlugs)
        try builder.add(edge("named"))
        #expect(!builder.edges.hasSynthesizedSlugs)
        #expect(throws: GraphError.self) { try builder.add(edge("e1")) }
        let g = builder.build()
        #expect(g.edges.map(\.slug) == ["e0", "e1", "named"])
        #expect(g.edge(slug: "e1") == EdgeID(1) && g.edge(slug: "named") == EdgeID(2) && g.edge(slug: "e3") == nil)
    }

    @Test func synthesizedSlugLookupAcceptsOnlyCanonicalSpellings() throws {
        var builder = GraphBuilder()
        let a = try builder.add(Node(slug: "a", kind: .person, name: "A"))
        let (met, planned) = (try builder.typeCode(.met), try builder.statusCode(.planned))
        for _ in 0..<3 { builder.appendEdge(source: a.index, target: a.index, type: met, status: planned, date: 0, details: -1) }
        let g = builder.build()
        #expect(g.edge(slug: "e2") == EdgeID(2))
        for bad in ["e02", "e-1", "e3", "e", "x1", "e+1"] { #expect(g.edge(slug: bad) == nil, "\(bad)") }
        #expect(g.edges.status(of: EdgeID(1)) == .planned && g[EdgeID(1)].citations.isEmpty)
    }
}
