import SummitGraph

/// Everything the ingester refuses, each case with its evidence: the file, where in it, and
/// what was found.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has no text.
    case empty(file: String)
    /// The file holds binary data: a NUL or other control byte at `offset`.
    case binary(file: String, offset: Int, byte: UInt8)
    /// The bytes at `line`:`column` (byte `offset`) are not UTF-8.
    case invalidUTF8(file: String, line: Int, column: Int, offset: Int)
    /// The file is larger than ``ArticleFile/maximumSize``.
    case tooLarge(file: String, size: Int, limit: Int)
    /// The article is in a language that has no lexicon.
    case unsupportedLanguage(file: String, language: String, supported: [String])
    /// A bad `date YYYY-MM-DD` header or `--published` value.
    case invalidDate(file: String, line: Int, column: Int, text: String)
    /// No publication date: neither a header nor `--published`.
    case missingDate(file: String)
    /// A lexicon row that cannot be read (a build that ships a broken data file).
    case lexicon(file: String, line: Int, message: String)
    /// The source id is not a slug.
    case invalidSource(String)
    /// Accepted rows that cannot be merged (a row naming a node nobody has).
    case merge(String)
    /// A review file with problems, every one of them (each a ``review(file:line:column:message:fix:)``).
    case invalidReview([IngestError])
    /// A review file that cannot be applied: where, what, and the fix.
    case review(file: String, line: Int, column: Int, message: String, fix: String)

    public var description: String {
        switch self {
        case .empty(let file):
            "\(file):1:1: error: the file is empty; give an article's text"
        case .binary(let file, let offset, let byte):
            "\(file): error: binary data (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset)); give a plain-text article"
        case .invalidUTF8(let file, let line, let column, let offset):
            "\(file):\(line):\(column): error: invalid UTF-8 at byte offset \(offset); convert the file to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"
        case .tooLarge(let file, let size, let limit):
            "\(file): error: \(size) bytes, over the \(limit)-byte limit for one article; split it into articles"
        case .unsupportedLanguage(let file, let language, let supported):
            "\(file): error: the article is in \(language); only \(supported.joined(separator: ", ")) can be read (add a lexicon for \(language) under Sources/SummitIngest/Lexicon)"
        case .invalidDate(let file, let line, let column, let text):
            "\(file):\(line):\(column): error: '\(text)' is not a date; write YYYY-MM-DD"
        case .missingDate(let file):
            "\(file): error: no publication date; pass --published YYYY-MM-DD or start the file with ' date YYYY-MM-DD'"
        case .lexicon(let file, let line, let message):
            "\(file):\(line): error: \(message)"
        case .invalidSource(let text):
            "error: '\(text)' is not a source id; use lower-case letters and digits joined by hyphens (trend-1219)"
        case .merge(let message):
            "error: cannot merge: \(message); accept the row that proposes the node, or reject this one"
        case .invalidReview(let problems):
            problems.map(\.description).joined(separator: "\n")
        case .review(let file, let line, let column, let message, let fix):
            "\(file):\(line):\(column): error: \(message); \(fix)"
        }
    }
}
