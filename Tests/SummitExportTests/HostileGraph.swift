import SummitGraph

/// Names that break naive writers: DOT syntax, escString sequences, a trailing backslash,
/// ports, markup, a line break, emoji, Cyrillic, Japanese; ids that are DOT keywords;
/// parallel edges, a self-loop, and an edge whose id equals a node's.
enum HostileGraph {
    static let names: [(slug: String, name: String)] = [
        ("node", "\"]; evil -> x ["),
        ("edge", "C:\\dir\\"),
        ("graph", "a:b"),
        ("strict", "<b>&amp;</b>"),
        ("newline", "line one\nline two"),
        ("emoji", "😀 summit 🇯🇵"),
        ("cyrillic", "«Эмомали Рахмон»"),
        ("japanese", "«徳仁»"),
        ("escstring", "\\N \\L \\n \\G \\d"),
        ("digraph", "{ } ; = , -> --"),
    ]

    static func make() throws -> Graph {
        var b = GraphBuilder()
        let s = try b.add(Source(slug: "wire", file: "wire \"1\".txt", publisher: "Wire & <Co>", published: FuzzyDate(year: 2025, month: 12, day: 19)!,
                                 title: "Title with \"quotes\" and \\ backslash"))
        var ids: [NodeID] = []
        for (i, entry) in names.enumerated() {
            let kind = NodeKind.allCases[i % NodeKind.allCases.count]
            ids.append(try b.add(Node(slug: entry.slug, kind: kind, subtype: kind == .initiative ? "summit" : nil, name: entry.name,
                                      aliases: i == 0 ? ["alias; with \"quote\" and \\"] : [],
                                      attributes: i == 1 ? [Attribute(key: "path", value: "C:\\temp\\")] : [], sources: [s])))
        }
        let cite = [Citation(source: s, paraphrase: "said \"so\" \\ here\nand there")]
        let day = try DateSpan(parsing: "2025-12-19/2025-12-20")
        try b.add(Edge(slug: "e1", type: .met, source: ids[0], target: ids[1], status: .occurred, date: day,
                       topics: ["say \"hi\"", "a;b"], citations: cite, note: "a\\b"))
        try b.add(Edge(slug: "e2", type: .cooperatesWith, source: ids[0], target: ids[1], status: .planned,
                       areas: [CooperationArea(rawValue: "energy")!], citations: cite))
        try b.add(Edge(slug: "e3", type: .partOf, source: ids[2], target: ids[2], status: .ongoing, citations: cite))
        try b.add(Edge(slug: "emoji", type: .supports, source: ids[5], target: ids[6], status: .historical,
                       date: try DateSpan(parsing: "2025-12"), citations: cite))
        for i in 3..<names.count - 1 {
            try b.add(Edge(slug: "chain-\(i)", type: .supports, source: ids[i], target: ids[i + 1], status: .ongoing, citations: cite))
        }
        return b.build()
    }
}
