import SummitQuery

/// How text output words an edge's parts.
enum EdgeText {
    /// `→ met`, `← part_of`, `→ participates_in (attendee)`, `→ head_of (President)`.
    static func relation(_ edge: EdgeReport) -> String {
        let arrow = edge.direction == .out ? "→" : "←"
        let detail = edge.role?.rawValue ?? edge.title
        return "\(arrow) \(edge.type.rawValue)" + (detail.map { " (\($0))" } ?? "")
    }

    /// `2025-12-19, Tokyo` or `–`.
    static func when(_ edge: EdgeReport) -> String {
        let parts = [edge.date, edge.place?.name].compactMap { $0 }
        return parts.isEmpty ? "–" : parts.joined(separator: ", ")
    }

    /// Areas, topics and free attributes, for the details column.
    static func details(_ edge: EdgeReport) -> String {
        var parts: [String] = []
        if let areas = edge.areas { parts.append("areas: " + areas.map(\.rawValue).joined(separator: ", ")) }
        if let topics = edge.topics { parts.append("topics: " + topics.joined(separator: "; ")) }
        for (name, value) in (edge.attributes ?? [:]).sorted(by: { $0.key < $1.key }) {
            switch value {
            case .text(let text): parts.append("\(name): \(text)")
            case .list(let items): parts.append("\(name): " + items.joined(separator: "; "))
            }
        }
        return parts.joined(separator: " · ")
    }

    static func sources(_ edge: EdgeReport) -> String { edge.sources.map(\.id).joined(separator: ", ") }

    /// A legend of every source cited in `edges`, in first-cited order.
    static func sourceLegend(_ edges: [EdgeReport]) -> String {
        var seen = Set<String>()
        var lines: [String] = []
        for source in edges.flatMap(\.sources) where seen.insert(source.id).inserted {
            lines.append("  \(source.id): \(source.publisher), \(source.published ?? "undated"), “\(source.title)” [\(source.file)]")
        }
        return lines.isEmpty ? "" : "\nSources:\n" + lines.joined(separator: "\n") + "\n"
    }

    static func tsvRow(_ edge: EdgeReport) -> [String] {
        [edge.id, edge.type.rawValue, edge.direction.rawValue, edge.status.rawValue, edge.date ?? "",
         edge.place?.id ?? "", edge.role?.rawValue ?? "", edge.title ?? "",
         (edge.areas ?? []).map(\.rawValue).joined(separator: ";"), (edge.topics ?? []).joined(separator: ";"),
         edge.sources.map(\.id).joined(separator: ";")]
    }

    static let tsvHeader = ["edge_id", "type", "direction", "status", "date", "place", "role", "title",
                            "areas", "topics", "sources"]
}
