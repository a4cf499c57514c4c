import SummitGraph

extension MapDOTWriter {
    /// What a map says it shows, at its top left: the lines given (the dataset, the selection),
    /// then what the map holds (its dates, nodes, edges, sources), then when it was made.
    public struct Title: Sendable {
        /// The first line, in bold: the dataset folder's or graph file's name.
        public var name: String
        /// The selection in words (empty: the whole graph).
        public var selection: String
        /// When the map was made, as it should be printed (the caller honours SOURCE_DATE_EPOCH).
        public var made: String
        public init(name: String, selection: String, made: String) { (self.name, self.selection, self.made) = (name, selection, made) }
    }

    /// The graph's label: the title as a left-aligned HTML-like label.
    /// - Complexity: O(*E*) for the date range.
    static func titleLabel(_ title: Title, table: ExportTable, drawn: Int) -> String {
        let starts = table.edges.compactMap { $0["date_start"]?.flattened ?? $0["date"]?.flattened }
        let ends = table.edges.compactMap { $0["date_end"]?.flattened ?? $0["date"]?.flattened }
        let dates = starts.min().map { first in first == ends.max() ? first : "\(first) to \(ends.max() ?? first)" } ?? "undated"
        let facts = table.edges.count == drawn ? "" : " (\(plural(table.edges.count, "fact")))"
        let counts = "\(plural(table.nodes.count, "node")) · \(plural(drawn, "edge"))\(facts) · \(plural(table.sources.count, "source"))"
        let lines = ["<B>\(html(title.name))</B>", title.selection.isEmpty ? "the whole graph" : "selection: " + html(title.selection),
                     "\(html(dates)) · \(counts)", "made \(html(title.made))"]
        return "<" + lines.map { $0 + "<BR ALIGN=\"LEFT\"/>" }.joined() + ">"
    }

    /// The graph's label when the key is a table too: the title's lines, then the key's rows.
    static func titleAndKeyLabel(_ title: Title?, table: ExportTable, drawn: Int) -> String {
        let lines = title.map { String(titleLabel($0, table: table, drawn: drawn).dropFirst().dropLast()) } ?? ""
        let head = lines.isEmpty ? "" : "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(lines)</TD></TR>"
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">\(head)\(keyRows(for: table))</TABLE>>"
    }

    /// Text inside an HTML-like label, drawn as is.
    static func html(_ text: String) -> String { String(DOTText.htmlLabel(text).dropFirst().dropLast()) }

    private static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
