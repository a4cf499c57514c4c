/// Says a candidate fact back in the lexicon's words, from its fields alone.
enum Paraphrase {
    /// The sentence for `fields` (source, target, place, date, role, title, areas) of a fact of
    /// `type` and `status`; a generic one when the lexicon has no template.
    /// - Complexity: O(length of the template).
    static func text(type: String, status: String, fields: [String: String], language: String) -> String {
        let rows = (try? LexiconData.shared().paraphrases.rows(for: language)) ?? []
        let template = rows.first { $0["type"] == type && $0["status"] == status }?["template"]
            ?? "{source} \(type.replacingOccurrences(of: "_", with: " ")) {target} (\(status))."
        var out = "", optional = "", inOptional = false, optionalComplete = true
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i]
            if c == "[" { inOptional = true; optional = ""; optionalComplete = true; i = template.index(after: i); continue }
            if c == "]" { if optionalComplete { out += optional }; inOptional = false; i = template.index(after: i); continue }
            if c == "{", let close = template[i...].firstIndex(of: "}") {
                let value = fields[String(template[template.index(after: i)..<close])] ?? ""
                if inOptional { optional += value; if value.isEmpty { optionalComplete = false } } else { out += value }
                i = template.index(after: close)
                continue
            }
            if inOptional { optional.append(c) } else { out.append(c) }
            i = template.index(after: i)
        }
        return out
    }
}
