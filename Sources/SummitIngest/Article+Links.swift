import SummitGraph

extension Article {
    /// The sentences that are links to other pages, no text of the article: a line that opens
    /// with a link phrase (stop-phrases.tsv `links`) and a colon ("Read also: …", "Related coverage:"), and, after such
    /// a phrase standing alone, the headlines listed under it (each without a full stop, of at
    /// most ``linkedHeadlineWords`` words), up to the first line that is not one; and a credit line (stop-phrases.tsv `credit`).
    /// - Complexity: O(*s*) for *s* sentences.
    static func crossLinks(_ sentences: [Sentence], lexicon: Lexicon) -> Set<Int> {
        var links: Set<Int> = []
        var listing = false
        for sentence in sentences {
            let t = sentence.tokens
            if let colon = t.prefix(4).firstIndex(where: { $0.isMark(":") }), colon > 0,
               t[..<colon].allSatisfy({ $0.kind == .word }),
               (1...colon).contains(where: { lexicon.linkPhrases.contains(NameKey(t[..<$0].map(\.text).joined(separator: " "))) }) {
                links.insert(sentence.index)
                listing = colon == t.count - 1
                continue
            }
            // "Photo: press service of the President of the Kyrgyz Republic": a credit, no caption.
            if let colon = t.prefix(4).firstIndex(where: { $0.isMark(":") }), colon > 0,
               (1...colon).contains(where: { lexicon.creditPhrases.contains(NameKey(t[..<$0].map(\.text).joined(separator: " "))) }),
               t.filter({ $0.kind == .word }).count <= creditWords, t.last.map({ !$0.isMark(".") }) ?? false,
               !t[(colon + 1)...].contains(where: { lexicon.relationsByFirstWord[$0.folded] != nil }) {
                links.insert(sentence.index)
                continue
            }
            if listing, t.filter({ $0.kind == .word }).count <= linkedHeadlineWords, t.last.map({ !$0.isMark(".") }) ?? false {
                links.insert(sentence.index)
                continue
            }
            listing = false
        }
        return links
    }

    /// The most words a headline listed under "Read more:" has.
    static let linkedHeadlineWords = 20
    /// The most words a credit line ("Photo: …") has.
    static let creditWords = 14
}
