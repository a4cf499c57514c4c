import SummitGraph

/// GEXF 1.3 for Gephi: typed attribute declarations, the edge type as the edge's `kind`, and
/// each dated edge's date as a spell, so Gephi's timeline can play the graph.
public enum GEXFWriter {
    /// - Complexity: O(size of the output).
    public static func write(_ table: ExportTable) -> ExportResult {
        var log = LossLog()
        func xml(_ text: String, _ place: @autoclosure () -> String, attribute: Bool = true) -> String {
            XMLText.escaped(text, at: place(), log: &log, format: "GEXF", inAttribute: attribute)
        }
        let nodeKeys = ExportTable.nodeKeys.filter { key in key != "label" && table.nodes.contains { $0[key] != nil } }
        let edgeKeys = ExportTable.edgeKeys.filter { key in key != "label" && table.edges.contains { $0[key] != nil } }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta><creator>summitgraph</creator><description>\(xml(table.name, "graph name", attribute: false))</description></meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">

            """
        out += "    <attributes class=\"node\">\n"
        for key in nodeKeys { out += "      <attribute id=\"\(key)\" title=\"\(key)\" type=\"string\"/>\n" }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for key in edgeKeys { out += "      <attribute id=\"\(key)\" title=\"\(key)\" type=\"string\"/>\n" }
        out += "    </attributes>\n    <nodes>\n"
        for node in table.nodes {
            out += "      <node id=\"\(xml(node.id, "node id"))\" label=\"\(xml(node["label"]?.flattened ?? node.id, "node '\(node.id)' label"))\"><attvalues>"
            for (name, value) in node.attributes where name != "label" {
                out += "<attvalue for=\"\(name)\" value=\"\(xml(value.flattened, "node '\(node.id)' \(name)"))\"/>"
            }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for edge in table.edges {
            let type = edge["type"]?.flattened ?? ""
            out += "      <edge id=\"\(xml(edge.id, "edge id"))\" source=\"\(xml(edge.source, "edge source"))\" target=\"\(xml(edge.target, "edge target"))\""
            out += " kind=\"\(xml(type, "edge kind"))\" label=\"\(xml(edge["label"]?.flattened ?? type, "edge label"))\"><attvalues>"
            for (name, value) in edge.attributes where name != "label" {
                out += "<attvalue for=\"\(name)\" value=\"\(xml(value.flattened, "edge '\(edge.id)' \(name)"))\"/>"
            }
            out += "</attvalues>"
            if let date = edge["date"].flatMap({ try? DateSpan(parsing: $0.flattened) }) {
                out += "<spells><spell start=\"\(day(date.firstDay))\" end=\"\(day(date.lastDay))\"/></spells>"
            }
            out += "</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return ExportResult(files: [("", out)], losses: log.lines)
    }

    /// `YYYY-MM-DD` for a day number (days since 1970-01-01), after H. Hinnant's `civil_from_days`.
    static func day(_ number: Int) -> String {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return FuzzyDate(year: y, month: m, day: d)?.description ?? "\(y)-\(m)-\(d)"
    }
}
