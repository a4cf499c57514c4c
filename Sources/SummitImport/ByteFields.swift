import Foundation
import SummitGraph

/// The lines of a text buffer, as byte ranges without their `\n` or `\r\n`; blank lines and
/// `#` comment lines are skipped, as every summitgraph table reader does.
struct LineCursor {
    private let base: UnsafeRawBufferPointer
    private var offset = 0

    init(_ base: UnsafeRawBufferPointer) { self.base = base }

    /// - Complexity: O(length of the line) (memchr).
    mutating func next() -> UnsafeRawBufferPointer? {
        guard let start = base.baseAddress else { return nil }
        while offset < base.count {
            let lineStart = offset
            let found = memchr(start + lineStart, 0x0A, base.count - lineStart)
            var end = found.map { UnsafeRawPointer($0) - start } ?? base.count
            offset = end + 1
            if end > lineStart, base[end - 1] == 0x0D { end -= 1 }
            if end == lineStart || base[lineStart] == UInt8(ascii: "#") { continue }
            return UnsafeRawBufferPointer(rebasing: base[lineStart..<end])
        }
        return nil
    }
}

/// The tab-separated fields of one line, as byte ranges.
struct Fields {
    let line: UnsafeRawBufferPointer
    init(_ line: UnsafeRawBufferPointer) { self.line = line }

    var all: [UnsafeRawBufferPointer] {
        line.split(separator: 0x09, omittingEmptySubsequences: false).map { UnsafeRawBufferPointer(rebasing: $0) }
    }

    /// Fills `cells` with the fields; `false` unless there are exactly `cells.count` of them.
    func split(into cells: inout [UnsafeRawBufferPointer]) -> Bool {
        guard let start = line.baseAddress else { return cells.count == 1 }
        var from = 0, i = 0
        while true {
            let found = memchr(start + from, 0x09, line.count - from)
            let end = found.map { UnsafeRawPointer($0) - start } ?? line.count
            guard i < cells.count else { return false }
            cells[i] = UnsafeRawBufferPointer(rebasing: line[from..<end])
            i += 1
            if found == nil { break }
            from = end + 1
        }
        return i == cells.count
    }
}

/// Whether `a` and `b` hold the same bytes: a loop for the short names, keys and codes compared
/// most (a call to memcmp costs more than they do), memcmp for longer ones.
/// - Complexity: O(length).
@inline(__always) func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    guard a.count == b.count else { return false }
    guard a.count > 16 else {
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }
    return memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
}

/// Codes for a handful of distinct byte strings (kinds, types), found without making strings.
struct ByteInterner<Code> {
    private var entries: [([UInt8], Code)] = []

    /// The code for `raw`, made by `make` the first time; `nil` past 256 distinct strings, or
    /// when `make` makes none.
    mutating func code(_ raw: UnsafeRawBufferPointer, make: (UnsafeRawBufferPointer) -> Code?) -> Code? {
        if let code = code(of: raw) { return code }
        guard entries.count < 256, let code = make(raw) else { return nil }
        return add(raw, code: code) ? code : nil
    }

    /// The code given `raw` so far. - Complexity: O(strings interned).
    func code(of raw: UnsafeRawBufferPointer) -> Code? {
        for (bytes, code) in entries where bytes.count == raw.count && bytes.withUnsafeBytes({ sameBytes($0, raw) }) { return code }
        return nil
    }

    /// Gives `raw`, not yet interned, the code `code`; `false` past 256 distinct strings.
    mutating func add(_ raw: UnsafeRawBufferPointer, code: Code) -> Bool {
        guard entries.count < 256 else { return false }
        entries.append((Array(raw), code))
        return true
    }
}

/// Dates as the edge lists write them, parsed from bytes.
enum DateField {
    /// The packed span (``DateSpan/packed``), or `nil` when the text is not a valid date.
    static func parse(_ raw: UnsafeRawBufferPointer) -> UInt64? {
        if raw.count == 10, raw[4] == UInt8(ascii: "-"), raw[7] == UInt8(ascii: "-") {
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    let digit = Int(raw[i]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    n = n * 10 + digit
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
                  let date = FuzzyDate(year: y, month: m, day: d) else { return nil }
            return DateSpan(date).packed
        }
        return (try? DateSpan(parsing: String(decoding: raw, as: UTF8.self)))?.packed
    }
}

/// UTF-8 validity of a whole buffer: eight bytes at a time while they are ASCII.
enum UTF8Check {
    static func isValid(_ raw: UnsafeRawBufferPointer) -> Bool {
        guard let base = raw.baseAddress else { return true }
        var i = 0
        while i + 8 <= raw.count {
            if base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < raw.count, raw[i] < 0x80 { i += 1 }
        if i == raw.count { return true }
        return String(validating: raw, as: UTF8.self) != nil
    }
}
