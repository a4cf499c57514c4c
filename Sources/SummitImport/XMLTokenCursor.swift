import Foundation

/// The tokens of the plain XML that GraphML writers emit, read in place as byte ranges: start
/// and end tags, the text between them, with comments and processing instructions skipped.
///
/// It reads exactly as ``XMLScanner`` does (the same names, the same attribute syntax, comments
/// and processing instructions ended by the same first terminator) but makes no `String`, counts
/// no lines and decodes nothing. Whatever the scanner would refuse, and whatever is rare enough
/// not to be worth a second reading of it here (CDATA, a document type declaration, a name that
/// is not ASCII, a reference ``XMLReferences`` does not take), is ``Token/irregular``: the caller
/// then leaves the file to the scanner, which words and locates the refusal.
///
/// The buffer must be valid UTF-8 (the caller checks it once for the whole file).
struct XMLTokenCursor {
    enum Token: Equatable {
        /// A start tag; its attributes are in ``attributes`` until the next call.
        case start(name: Range<Int>, selfClosing: Bool)
        case end(name: Range<Int>)
        /// Character data, raw: references are not yet replaced, line ends not normalised.
        case text(Range<Int>)
        case irregular
        case finished
    }

    /// An attribute of the last start tag: where its name and raw value (without quotes) are.
    struct Attribute {
        let name: Range<Int>
        let value: Range<Int>
    }

    let base: UnsafeRawBufferPointer
    private var offset: Int
    /// The attributes of the last start tags, reused: the first `attributeCount` are the last one's.
    private var attributeStorage: [Attribute] = []
    private var attributeCount = 0

    /// The attributes of the last ``Token/start(name:selfClosing:)``, in order.
    var attributes: ArraySlice<Attribute> { attributeStorage[..<attributeCount] }

    /// The most attributes a tag may have here (each is compared with the others).
    static var attributeLimit: Int { 32 }

    /// A cursor at the start of `base`, after its byte order mark if it has one.
    init(_ base: UnsafeRawBufferPointer) {
        self.base = base
        offset = base.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        attributeStorage.reserveCapacity(8)
    }

    /// The next token.
    /// - Complexity: O(length of the token, and of the comments and processing instructions
    ///   before it).
    mutating func next() -> Token {
        guard let p = base.baseAddress else { return .finished }
        let count = base.count
        while offset < count {
            guard p.load(fromByteOffset: offset, as: UInt8.self) == UInt8(ascii: "<") else {
                let begin = offset
                offset = find(UInt8(ascii: "<"), from: offset) ?? count
                return XMLReferences.isValid(base, begin..<offset) ? .text(begin..<offset) : .irregular
            }
            let second = offset + 1 < count ? p.load(fromByteOffset: offset + 1, as: UInt8.self) : 0
            if second == UInt8(ascii: "?") {
                guard skip(past: "?>") else { return .irregular }
            } else if second == UInt8(ascii: "!") {
                guard base[offset...].starts(with: "<!--".utf8), skip(past: "-->") else { return .irregular }
            } else if second == UInt8(ascii: "/") {
                offset += 2
                guard let name = name() else { return .irregular }
                skipSpace()
                guard offset < count, p.load(fromByteOffset: offset, as: UInt8.self) == UInt8(ascii: ">") else { return .irregular }
                offset += 1
                return .end(name: name)
            } else {
                offset += 1
                return startTag()
            }
        }
        return .finished
    }

    /// The rest of a start tag, from its name on.
    private mutating func startTag() -> Token {
        let p = base.baseAddress!, count = base.count
        guard let name = name() else { return .irregular }
        attributeCount = 0
        while true {
            skipSpace()
            guard offset < count else { return .irregular }
            let byte = p.load(fromByteOffset: offset, as: UInt8.self)
            if byte == UInt8(ascii: "/"), offset + 1 < count, p.load(fromByteOffset: offset + 1, as: UInt8.self) == UInt8(ascii: ">") {
                offset += 2
                return .start(name: name, selfClosing: true)
            }
            if byte == UInt8(ascii: ">") {
                offset += 1
                return .start(name: name, selfClosing: false)
            }
            guard let key = self.name() else { return .irregular }
            skipSpace()
            guard offset < count, p.load(fromByteOffset: offset, as: UInt8.self) == UInt8(ascii: "=") else { return .irregular }
            offset += 1
            skipSpace()
            guard offset < count else { return .irregular }
            let quote = p.load(fromByteOffset: offset, as: UInt8.self)
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return .irregular }
            let begin = offset + 1
            guard let end = find(quote, from: begin), find(UInt8(ascii: "<"), from: begin, to: end) == nil,
                  XMLReferences.isValid(base, begin..<end) else { return .irregular }
            offset = end + 1
            // The scanner refuses a repeated attribute; past a few, the check is left to it too.
            guard attributeCount < Self.attributeLimit else { return .irregular }
            for other in attributes where equal(other.name, key) { return .irregular }
            if attributeCount < attributeStorage.count {
                attributeStorage[attributeCount] = Attribute(name: key, value: begin..<end)
            } else {
                attributeStorage.append(Attribute(name: key, value: begin..<end))
            }
            attributeCount += 1
        }
    }

    /// Whether the bytes in `a` and `b` are the same.
    func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        sameBytes(UnsafeRawBufferPointer(rebasing: base[a]), UnsafeRawBufferPointer(rebasing: base[b]))
    }

    /// Whether the bytes in `range` spell `text`.
    func equal(_ range: Range<Int>, _ text: StaticString) -> Bool {
        sameBytes(UnsafeRawBufferPointer(rebasing: base[range]), UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Whether `range` holds `byte`. - Complexity: O(`range.count`) (memchr).
    func contains(_ byte: UInt8, in range: Range<Int>) -> Bool {
        find(byte, from: range.lowerBound, to: range.upperBound) != nil
    }

    /// A name as the scanner reads one: the bytes up to a space, `=`, `>`, `/`, `<` or a quote;
    /// `nil` when it is empty (the scanner refuses it) or not ASCII (left to the scanner, which
    /// compares names as `String`s).
    private mutating func name() -> Range<Int>? {
        // Bit b set for each byte b that ends a name: TAB, LF, CR, space, `"`, `'`, `/`, `<`, `=`, `>`.
        let nameEnds: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x22 | 1 << 0x27 | 1 << 0x2F | 1 << 0x3C | 1 << 0x3D | 1 << 0x3E
        let p = base.baseAddress!, begin = offset
        while offset < base.count {
            let byte = p.load(fromByteOffset: offset, as: UInt8.self)
            if byte < 64, (nameEnds >> UInt64(byte)) & 1 == 1 { break }
            if byte >= 0x80 { return nil }
            offset += 1
        }
        return offset > begin ? begin..<offset : nil
    }

    private mutating func skipSpace() {
        let p = base.baseAddress!
        while offset < base.count {
            let byte = p.load(fromByteOffset: offset, as: UInt8.self)
            guard byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D else { return }
            offset += 1
        }
    }

    /// Moves past the first `terminator` found from the current `<` on; `false` if there is none.
    private mutating func skip(past terminator: StaticString) -> Bool {
        let first = terminator.utf8Start.pointee, length = terminator.utf8CodeUnitCount
        var from = offset
        while let at = find(first, from: from) {
            guard at + length <= base.count else { return false }
            if memcmp(base.baseAddress! + at, terminator.utf8Start, length) == 0 {
                offset = at + length
                return true
            }
            from = at + 1
        }
        return false
    }

    /// The position of the first `byte` in `from..<to` (the end of the buffer by default).
    /// - Complexity: O(`to` − `from`) (memchr).
    private func find(_ byte: UInt8, from: Int, to: Int? = nil) -> Int? {
        XMLTokenCursor.find(byte, in: base, from: from, to: to ?? base.count)
    }

    /// The position of the first `byte` of `base` in `from..<to`: a loop over the first bytes (most
    /// runs between markup are short), then memchr.
    static func find(_ byte: UInt8, in base: UnsafeRawBufferPointer, from: Int, to end: Int) -> Int? {
        guard from < end, let start = base.baseAddress else { return nil }
        var i = from
        while i < min(end, from + 16) {
            if start.load(fromByteOffset: i, as: UInt8.self) == byte { return i }
            i += 1
        }
        guard i < end else { return nil }
        return memchr(start + i, Int32(byte), end - i).map { UnsafeRawPointer($0) - start }
    }
}
