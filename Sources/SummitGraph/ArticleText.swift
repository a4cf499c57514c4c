/// An article file's text as ``ArticleSpan`` counts it: its Unicode scalars, decoded from UTF-8
/// with nothing dropped (a byte-order mark and CRs included).
public struct ArticleText: Sendable {
    public let scalars: [Unicode.Scalar]

    /// `nil` when `bytes` is not valid UTF-8.
    /// - Complexity: O(*n*) in the number of bytes.
    public init?<Bytes: Collection>(utf8 bytes: Bytes) where Bytes.Element == UInt8 {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error: return nil
            }
        }
        self.scalars = scalars
    }

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The text `span` covers; `nil` when it reaches past the end.
    /// - Complexity: O(length of the span).
    public func text(in span: ArticleSpan) -> String? {
        guard span.end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// `span` with the hash of the text it covers; `nil` when it reaches past the end.
    public func locate(_ span: ArticleSpan) -> SentenceLocation? {
        text(in: span).map { SentenceLocation(span: span, sha256: SHA256.hash($0)) }
    }

    /// What the article says at `location`.
    public func sentence(at location: SentenceLocation) -> Sentence {
        guard let text = text(in: location.span) else { return .outside(articleLength: scalars.count) }
        return SHA256.hash(text) == location.sha256 ? .found(text) : .changed
    }

    /// What an article holds at a recorded location.
    public enum Sentence: Hashable, Sendable {
        /// The sentence, its hash checked.
        case found(String)
        /// The text at the span no longer has the recorded hash: the article changed.
        case changed
        /// The span reaches past the article's end.
        case outside(articleLength: Int)
    }
}
