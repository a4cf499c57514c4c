import Foundation

/// An article's text, decoded and normalised for reading, with a map back to the file.
///
/// Normalisation: the byte-order mark is dropped, CRLF and CR become LF, each character is put
/// in NFKC, typographic quotes, dashes, ellipses and spaces become their ASCII forms. Every
/// normalised scalar remembers the original character it came from, so a span found in the
/// normalised text is reported as Unicode scalar offsets into the file's decoded text (end
/// exclusive; a byte-order mark counts as one scalar).
public struct ArticleFile: Sendable {
    /// The largest article read, in bytes.
    public static let maximumSize = 16 << 20

    public let file: String
    /// The normalised text, one element a Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// The file's text as decoded, nothing dropped (what spans count).
    let originalScalars: [Unicode.Scalar]
    /// For each normalised scalar, the original character's first and one-past-last scalar offsets.
    let starts: [Int32], ends: [Int32]

    /// Decodes and normalises `data`, the contents of `file`.
    /// - Throws: ``IngestError/empty(file:)``, ``IngestError/binary(file:offset:byte:)``,
    ///   ``IngestError/invalidUTF8(file:line:column:offset:)``, ``IngestError/tooLarge(file:size:limit:)``.
    /// - Complexity: O(*n*) in the size of `data`.
    public init(data: Data, file: String) throws(IngestError) {
        guard data.count <= Self.maximumSize else { throw .tooLarge(file: file, size: data.count, limit: Self.maximumSize) }
        let bytes = [UInt8](data)
        try TextCheck.validate(bytes, file: file)
        let text = String(decoding: bytes, as: UTF8.self)
        var normaliser = TextNormaliser()
        normaliser.append(text)
        self.file = file
        originalScalars = Array(text.unicodeScalars)
        (scalars, starts, ends) = (normaliser.scalars, normaliser.starts, normaliser.ends)
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty(file: file) }
    }

    /// Reads and decodes the file at `path` (refusing one over ``maximumSize`` before reading it).
    public init(contentsOf path: String, name: String? = nil) throws(IngestError) {
        let file = name ?? path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= Self.maximumSize else { throw .tooLarge(file: file, size: size, limit: Self.maximumSize) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .empty(file: file) }
        try self.init(data: data, file: file)
    }

    /// The original scalar offsets of the normalised range `range` (end exclusive).
    public func originalSpan(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < starts.count ? Int(starts[range.lowerBound]) : Int(ends.last ?? 0)
            return at..<at
        }
        return Int(starts[range.lowerBound])..<Int(ends[range.upperBound - 1])
    }

    /// The file's own text of the original span `span`.
    public func original(_ span: Range<Int>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: originalScalars[span.clamped(to: 0..<originalScalars.count)])
        return String(text)
    }

    /// The normalised text of `range`.
    public func string(_ range: Range<Int>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range])
        return String(text)
    }
}

/// Builds the normalised scalars and their offset map, one original character at a time.
struct TextNormaliser {
    var scalars: [Unicode.Scalar] = [], starts: [Int32] = [], ends: [Int32] = []

    /// Typographic forms read as their ASCII equivalents.
    static let replacements: [UInt32: String] = [
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x02BC: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x00AB: "\"", 0x00BB: "\"", 0x2033: "\"",
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
        0x2026: "...", 0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x200A: " ", 0x202F: " ", 0x3000: " ",
        0x200B: "", 0x200C: "", 0x200D: "", 0xFEFF: "", 0x00AD: "",
    ]

    /// - Complexity: O(*n*); a non-ASCII character costs one NFKC conversion.
    mutating func append(_ text: String) {
        let original = Array(text.unicodeScalars)
        scalars.reserveCapacity(original.count)
        var i = 0
        while i < original.count {
            let scalar = original[i]
            if scalar.value < 0x80 {
                if scalar == "\r" {
                    let end = i + 1 < original.count && original[i + 1] == "\n" ? i + 2 : i + 1
                    emit("\n", i, end); i = end; continue
                }
                emit(scalar, i, i + 1); i += 1; continue
            }
            // A base character with its combining marks, normalised together (NFC/NFKC differences).
            var end = i + 1
            while end < original.count, original[end].properties.canonicalCombiningClass.rawValue != 0 { end += 1 }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: original[i..<end])
            let form = Self.replacements[scalar.value].map { end == i + 1 ? $0 : $0 + String(String(piece).dropFirst()) }
                ?? String(piece).precomposedStringWithCompatibilityMapping
            for s in form.unicodeScalars {
                emit(Self.replacements[s.value].flatMap(\.unicodeScalars.first) ?? s, i, end)
            }
            i = end
        }
    }

    private mutating func emit(_ scalar: Unicode.Scalar, _ start: Int, _ end: Int) {
        scalars.append(scalar)
        starts.append(Int32(start))
        ends.append(Int32(end))
    }
}
