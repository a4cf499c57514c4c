import Foundation
import SummitGraph

/// A sentence of an article: where it is, its tokens, and the hash that identifies it.
public struct Sentence: Sendable {
    /// Its position in the article, from 0.
    public let index: Int
    /// Scalar offsets in the normalised text.
    let range: Range<Int>
    /// Unicode scalar offsets in the original file (end exclusive).
    public let span: Range<Int>
    let tokens: [Token]
    /// Whether the sentence starts a paragraph (a headline, a dateline's paragraph).
    let startsParagraph: Bool

    /// SHA-256 of the sentence as the file spells it (the text of ``span``), 64 hex digits: the
    /// dataset's evidence hash (seeds/README.md), so a reader can tell whether the article still says it.
    public let hash: String

    init(index: Int, range: Range<Int>, text: ArticleFile, startsParagraph: Bool) {
        self.index = index
        self.range = range
        span = text.originalSpan(range)
        tokens = Tokenizer.tokens(text.scalars, in: range)
        self.startsParagraph = startsParagraph
        hash = SHA256.hash(text.original(span)).description
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
