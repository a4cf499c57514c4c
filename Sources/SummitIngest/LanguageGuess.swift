import SummitGraph

/// Tells which language an article is in: by its writing system when most letters are in one
/// the lexicon names (Japanese, Arabic…), else by counting each language's function words.
enum LanguageGuess {
    /// Letters read at most.
    static let sample = 20_000

    /// The language code and name; English when nothing speaks against it (a short note).
    /// - Complexity: O(min(*n*, ``sample``)).
    static func guess(_ scalars: [Unicode.Scalar]) throws(IngestError) -> (code: String, name: String) {
        let data = try LexiconData.shared()
        var letters = 0
        var byScript: [Int: Int] = [:]
        let scripts = data.scripts.rows.enumerated().compactMap { (i, row) -> (Int, ClosedRange<UInt32>)? in
            guard let a = UInt32(row["first"] ?? "", radix: 16), let b = UInt32(row["last"] ?? "", radix: 16) else { return nil }
            return (i, a...b)
        }
        for s in scalars.prefix(sample) where s.isLetter {
            letters += 1
            if s.value >= 0x80, let (i, _) = scripts.first(where: { $0.1.contains(s.value) }) { byScript[i, default: 0] += 1 }
        }
        // Scripts that yield to another language's (Han to kana) count for it when it is present.
        for (i, row) in data.scripts.rows.enumerated() {
            guard let count = byScript[i], let other = row["yields_to"], !other.isEmpty,
                  let j = data.scripts.rows.firstIndex(where: { $0["lang"] == other }), byScript[j, default: 0] > 0 else { continue }
            byScript[j, default: 0] += count
            byScript[i] = nil
        }
        if let (i, count) = byScript.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 > letters {
            let row = data.scripts.rows[i]
            return (row["lang"] ?? "", row["name"] ?? "")
        }
        // Words counted by their lower-case letters alone: no folding is needed to tell languages apart.
        var words: [String: Int] = [:]
        var word = String.UnicodeScalarView()
        for s in scalars.prefix(sample) {
            if s.isLetter {
                if s.value < 0x80 { word.append(Unicode.Scalar(UInt8(s.value | 0x20))) } else { word.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars) }
                continue
            }
            if !word.isEmpty { words[String(word), default: 0] += 1; word = String.UnicodeScalarView() }
        }
        if !word.isEmpty { words[String(word), default: 0] += 1 }
        var best = ("en", "English", 0), english = 0
        for row in data.languages.rows {
            let score = (row["words"] ?? "").split(separator: " ").reduce(0) { $0 + (words[String($1)] ?? 0) }
            if row["lang"] == "en" { english = score }
            if score > best.2 { best = (row["lang"] ?? "", row["name"] ?? "", score) }
        }
        // Another language wins only clearly: names and quotations do not make an article foreign.
        return best.2 >= 5 && best.2 > 2 * english ? (best.0, best.1) : ("en", "English")
    }
}
