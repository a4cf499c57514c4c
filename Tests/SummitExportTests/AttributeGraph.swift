import SummitGraph

/// Free edge attributes of every kind: typed numbers and booleans (an integer widened to a
/// double, a long at -2^53), a list with a backslash, names Graphviz gives a meaning to (`weight`,
/// `color`, `style`), names with `-` and `.`, quotes and backslashes; parallel edges with and
/// without attributes. Every format holds all of it.
enum AttributeGraph {
    /// - Parameter drawingNames: whether attributes are named as DOT's map styling is (`color`,
    ///   `style`): the conformance kit's `compare` then reads the map's colour against the attribute.
    static func make(drawingNames: Bool = true) throws -> Graph {
        var b = GraphBuilder()
        b.schema.attributeTypes = ["weight": .double, "count": .long, "flag": .boolean, "share": .double, "ratio.v2": .float]
        let s = try b.add(Source(slug: "wire", file: "wire.txt", publisher: "Wire", published: nil, title: "T"))
        let a = try b.add(Node(slug: "a", kind: .person, name: "A")), n = try b.add(Node(slug: "b", kind: .person, name: "B"))
        let c = try b.add(Node(slug: "c", kind: .state, name: "C"))
        let cite = [Citation(source: s)]
        func text(_ name: String, _ value: String) -> EdgeAttribute { EdgeAttribute(name, .text(value)) }
        try b.add(Edge(slug: "e1", type: .met, source: a, target: n, status: .occurred, date: try DateSpan(parsing: "2025-12-19"), citations: cite,
                       attributes: [text("weight", "0.5"), text("count", "3"), text("flag", "true"),
                                    EdgeAttribute("tags", .list(["x", "y z", "back\\slash"])), text("note-2", "a \"quoted\" \\ value"),
                                    text("ratio.v2", "0.25")] + (drawingNames ? [text("color", "red"), text("style", "bold")] : [])))
        try b.add(Edge(slug: "e2", type: .supports, source: a, target: c, status: .planned, citations: cite,
                       attributes: [text("weight", "2.0"), text("count", "-9007199254740992"), text("flag", "false"), text("share", "3")]))
        try b.add(Edge(slug: "e3", type: .met, source: a, target: n, status: .occurred, date: try DateSpan(parsing: "2025-12-20"), citations: cite))
        return b.build()
    }
}
