import Foundation

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

    /// FNV-1a (64-bit) of the sentence's normalised text, as 16 hex digits: the same sentence
    /// gives the same hash whatever its quotes, dashes or line ends.
    public let hash: String

    init(index: Int, range: Range<Int>, text: ArticleText, startsParagraph: Bool) {
        self.index = index
        self.range = range
        span = text.originalSpan(range)
        tokens = Tokenizer.tokens(text.scalars, in: range)
        self.startsParagraph = startsParagraph
        var h: UInt64 = 0xcbf29ce484222325
        for byte in text.string(range).utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        hash = String(h, radix: 16).leftPadded(to: 16)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
