/// Entity and character references (`&amp;`, `&#233;`, `&#xE9;`) replaced in UTF-8 bytes,
/// for the bulk GraphML reader.
///
/// It takes only references that ``XMLScanner`` reads the same way, byte for byte: the scanner
/// works on `Character`s, so a reference glued to a neighbouring non-ASCII scalar (a combining
/// mark after the `;`, a prepended mark before the `&`) or spelled unusually (a sign, an empty
/// or over-long number, a scalar that does not exist) could read differently there, or be
/// refused. All such text is refused here, and the caller falls back to the scanner.
enum XMLReferences {
    /// Whether every reference in `range` of `base` is one taken here (true when there is none).
    /// - Complexity: O(`range.count`) (memchr).
    static func isValid(_ base: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        var at = range.lowerBound
        while let amp = ampersand(base, at..<range.upperBound) {
            guard let (_, next) = reference(base, amp, end: range.upperBound) else { return false }
            at = next
        }
        return true
    }

    /// Appends `range` of `base` to `out` with its references replaced.
    /// - Returns: `false` (with `out` partly written) for a reference not taken here.
    /// - Complexity: O(`range.count`).
    static func decode(_ base: UnsafeRawBufferPointer, _ range: Range<Int>, into out: inout [UInt8]) -> Bool {
        var at = range.lowerBound
        while let amp = ampersand(base, at..<range.upperBound) {
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: base[at..<amp]))
            guard let (scalar, next) = reference(base, amp, end: range.upperBound) else { return false }
            out.append(contentsOf: UTF8.encode(scalar)!)
            at = next
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: base[at..<range.upperBound]))
        return true
    }

    /// Whether `range` of `base` holds a `&`.
    static func hasReference(_ base: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        ampersand(base, range) != nil
    }

    private static func ampersand(_ base: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int? {
        XMLTokenCursor.find(UInt8(ascii: "&"), in: base, from: range.lowerBound, to: range.upperBound)
    }

    /// The scalar the reference at `amp` stands for and where the text goes on after it, or `nil`.
    private static func reference(_ base: UnsafeRawBufferPointer, _ amp: Int, end: Int) -> (Unicode.Scalar, Int)? {
        // The scanner looks for the `;` among the 12 characters from the `&` on.
        if amp > 0, base[amp - 1] >= 0x80 { return nil }
        var semicolon = amp + 1
        while semicolon < end, semicolon <= amp + 11, base[semicolon] != UInt8(ascii: ";") {
            let byte = base[semicolon]
            guard byte == UInt8(ascii: "#") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { return nil }
            semicolon += 1
        }
        guard semicolon < end, semicolon <= amp + 11, base[semicolon] == UInt8(ascii: ";") else { return nil }
        if semicolon + 1 < base.count, base[semicolon + 1] >= 0x80 { return nil }
        let name = UnsafeRawBufferPointer(rebasing: base[amp + 1..<semicolon])
        let scalar: Unicode.Scalar?
        switch Array(name) {
        case Array("amp".utf8): scalar = "&"
        case Array("lt".utf8): scalar = "<"
        case Array("gt".utf8): scalar = ">"
        case Array("quot".utf8): scalar = "\""
        case Array("apos".utf8): scalar = "'"
        default: scalar = number(name)
        }
        return scalar.map { ($0, semicolon + 1) }
    }

    /// The scalar `#DIGITS` or `#xHEX` names, or `nil`.
    private static func number(_ name: UnsafeRawBufferPointer) -> Unicode.Scalar? {
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else { return nil }
        let hex = name[1] | 0x20 == UInt8(ascii: "x")
        let digits = name.dropFirst(hex ? 2 : 1)
        guard !digits.isEmpty else { return nil }
        var code: UInt32 = 0  // at most 9 decimal or 8 hexadecimal digits: no overflow
        for byte in digits {
            let value: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: value = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: value = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            code = code * (hex ? 16 : 10) + value
        }
        return Unicode.Scalar(code)
    }
}
