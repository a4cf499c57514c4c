/// Where a sentence is in an article file: Unicode scalar offsets into the file's text decoded
/// from UTF-8 with nothing dropped or translated (a byte-order mark counts as one scalar, a CRLF
/// as two), start inclusive, end exclusive. Written `812-955`: Python reads the same sentence as
/// `open(path, encoding="utf-8", newline="").read()[812:955]`.
public struct ArticleSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first scalar's offset (0-based).
    public let start: Int
    /// The offset just past the last scalar; greater than `start`.
    public let end: Int

    /// `nil` unless `0 ≤ start < end`.
    public init?(start: Int, end: Int) {
        guard start >= 0, start < end else { return nil }
        (self.start, self.end) = (start, end)
    }

    /// Parses `START-END` (decimal digits, no spaces, no sign).
    /// - Throws: ``GraphError/invalidSpan(_:reason:offset:)``; its offset points into `text`.
    public init<S: StringProtocol>(parsing text: S) throws(GraphError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let expect = "expected START-END, two offsets in characters such as 812-955"
        guard parts.count == 2 else { throw .invalidSpan(String(text), reason: expect, offset: 0) }
        var numbers: [Int] = []
        var offset = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 18, part.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let n = Int(part) else {
                throw .invalidSpan(String(text), reason: expect, offset: offset)
            }
            numbers.append(n)
            offset += part.count + 1
        }
        guard numbers[0] != numbers[1] else {
            throw .invalidSpan(String(text), reason: "the span is empty: it ends where it starts", offset: parts[0].count + 1)
        }
        guard let span = ArticleSpan(start: numbers[0], end: numbers[1]) else {
            throw .invalidSpan(String(text), reason: "the span ends before it starts", offset: 0)
        }
        self = span
    }

    /// The number of scalars in the span.
    public var count: Int { end - start }

    public var description: String { "\(start)-\(end)" }

    public static func < (a: Self, b: Self) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// A sentence located in its article: the span, and the SHA-256 of the sentence's UTF-8, so a
/// reader can tell whether the article still says it. The sentence itself is never stored.
public struct SentenceLocation: Hashable, Sendable {
    public var span: ArticleSpan
    public var sha256: SHA256Digest

    public init(span: ArticleSpan, sha256: SHA256Digest) {
        (self.span, self.sha256) = (span, sha256)
    }
}
