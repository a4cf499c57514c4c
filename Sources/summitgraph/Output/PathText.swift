import SummitQuery

/// Paths as text: each node on its line, each hop's edges under it; `evidence` adds what each
/// source says.
enum PathText {
    static func render(_ path: PathReport.Path, number: Int?, evidence: Bool) -> String {
        var out = number.map { "\($0). " } ?? ""
        out += "\(path.length) hop\(path.length == 1 ? "" : "s")"
        if evidence { out += ", weakest hop stated by \(path.weakestSupport) source\(path.weakestSupport == 1 ? "" : "s"), \(path.totalSupport) in all" }
        out += "\n"
        for (i, node) in path.nodes.enumerated() {
            out += "  \(node.name) (\(node.kind.rawValue))\n"
            guard i < path.hops.count else { break }
            for edge in path.hops[i].edges {
                out += "      \(EdgeText.relation(edge))  \(EdgeText.when(edge))  \(edge.status.rawValue)  [\(EdgeText.sources(edge))]\n"
                if evidence {
                    for source in edge.sources {
                        out += "          \(source.id): \(source.paraphrase ?? "(no paraphrase)") — \(source.publisher), \(source.published ?? "undated")\n"
                        if let quote = Quotes.line(source) { out += "            \(quote)\n" }
                    }
                }
            }
        }
        return out
    }

    static func tsvRows(_ report: PathReport) -> [[String]] {
        report.paths.enumerated().flatMap { number, path in
            path.hops.enumerated().flatMap { hop, h in
                h.edges.map { [String(number + 1), String(hop + 1), h.from.id, h.to.id] + EdgeText.tsvRow($0) }
            }
        }
    }

    static let tsvHeader = ["path", "hop", "from", "to"] + EdgeText.tsvHeader
}
