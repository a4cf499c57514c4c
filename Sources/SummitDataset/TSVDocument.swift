/// A TSV file held as its exact bytes, line by line, so that writing it back gives the same
/// bytes (byte-order mark, CRLF or LF per line, a missing final line break, comments, blank
/// lines, trailing spaces, even invalid UTF-8), while rows can be found, added and edited.
/// Lines are classified as ``TSVTable`` reads them: `#` comments, blank lines, the header (the
/// first other line), then rows.
struct TSVDocument: Sendable {
    enum LineEnding: Sendable {
        case lf, crlf, none

        var bytes: [UInt8] {
            switch self {
            case .lf: [0x0A]
            case .crlf: [0x0D, 0x0A]
            case .none: []
            }
        }
    }

    enum LineKind: Sendable { case comment, blank, header, row }

    struct Line: Sendable {
        /// The line without its ending.
        private(set) var bytes: [UInt8]
        var ending: LineEnding
        let kind: LineKind
        /// The header's or a row's fields, split at tabs and decoded (leniently: an invalid line
        /// is refused by validation, not here); kept in step with ``bytes``.
        private(set) var fields: [String]

        init(bytes: [UInt8], ending: LineEnding, kind: LineKind) {
            (self.bytes, self.ending, self.kind) = (bytes, ending, kind)
            fields = kind == .header || kind == .row ? TSVDocument.parts(of: bytes).map { String(decoding: $0, as: UTF8.self) } : []
        }

        mutating func setBytes(_ bytes: [UInt8]) { self = Line(bytes: bytes, ending: ending, kind: kind) }
    }

    /// A row's fields by column name.
    struct RowView {
        let fields: [String]
        let positions: [String: Int]

        /// The field in `column`; `nil` when the header or the row lacks it.
        subscript(column: String) -> String? { self[position: positions[column]] }

        /// The field at `position` (from ``TSVDocument/positions``, looked up once for many rows).
        subscript(position position: Int?) -> String? {
            guard let position, position < fields.count else { return nil }
            return fields[position]
        }
    }

    /// Whether the file starts with a UTF-8 byte-order mark.
    let hasBOM: Bool
    var lines: [Line]
    /// The index of the header line in ``lines``; `nil` when the file has none yet.
    var headerIndex: Int?
    /// The header's column names, trimmed as ``TSVTable`` trims them.
    var columns: [String] {
        didSet {
            positions = [:]
            for (position, name) in columns.enumerated() where positions[name] == nil { positions[name] = position }
        }
    }
    /// Each column's position in the header (the first, when a name repeats).
    private(set) var positions: [String: Int] = [:]
    /// Whether an edit was made since the file was read.
    var isEdited = false

    /// Reads `bytes`, keeping all of them.
    /// - Complexity: O(*n*) in the number of bytes.
    init(bytes: [UInt8]) {
        var body = bytes[...]
        hasBOM = body.starts(with: [0xEF, 0xBB, 0xBF])
        if hasBOM { body = body.dropFirst(3) }
        lines = []
        headerIndex = nil
        columns = []
        var start = body.startIndex
        while start < body.endIndex {
            guard let newline = body[start...].firstIndex(of: 0x0A) else {
                append(Array(body[start...]), ending: .none)
                break
            }
            let hasCR = newline > start && body[newline - 1] == 0x0D
            append(Array(body[start..<(hasCR ? newline - 1 : newline)]), ending: hasCR ? .crlf : .lf)
            start = newline + 1
        }
    }

    /// A new, empty file with a header of `columns`.
    init(columns: [String]) {
        hasBOM = false
        lines = []
        headerIndex = nil
        self.columns = []
        append(Self.join(columns.map { Array($0.utf8) }), ending: .lf)
    }

    private mutating func append(_ bytes: [UInt8], ending: LineEnding) {
        let kind = classify(bytes)
        lines.append(Line(bytes: bytes, ending: ending, kind: kind))
        if kind == .header { readHeader(at: lines.count - 1) }
    }

    private func classify(_ bytes: [UInt8]) -> LineKind {
        // A CR left at the very end of a file without a final line break is not content.
        let content = bytes.last == 0x0D ? bytes.dropLast() : bytes[...]
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        if content.first == UInt8(ascii: "#") { return .comment }
        return headerIndex == nil ? .header : .row
    }

    private mutating func readHeader(at index: Int) {
        headerIndex = index
        columns = lines[index].fields.map { trimmingSpaces($0[...]) }
    }

    /// The file's bytes.
    /// - Complexity: O(*n*).
    var bytes: [UInt8] {
        var out: [UInt8] = hasBOM ? [0xEF, 0xBB, 0xBF] : []
        out.reserveCapacity(lines.reduce(out.count) { $0 + $1.bytes.count + 2 })
        for line in lines { out += line.bytes + line.ending.bytes }
        return out
    }

    /// The line ending new lines get: the first one the file uses, else LF.
    var lineEnding: LineEnding { lines.first { $0.ending != .none }?.ending ?? .lf }

    /// The indices of the data rows, in order.
    var rowIndices: [Int] { lines.indices.filter { lines[$0].kind == .row } }

    /// Row `index`'s fields by column name.
    func view(ofLine index: Int) -> RowView { RowView(fields: lines[index].fields, positions: positions) }

    /// `values` as a row of this file would hold them.
    func view(of values: [String: String]) -> RowView { RowView(fields: columns.map { values[$0] ?? "" }, positions: positions) }

    /// The value of `column` in row `index`; empty when the header or the row lacks it.
    func value(_ column: String, ofLine index: Int) -> String { view(ofLine: index)[column] ?? "" }

    /// The index of the first row whose `column` is `value`.
    /// - Complexity: O(*n*).
    func rowIndex(where column: String, is value: String) -> Int? {
        guard let position = positions[column] else { return nil }
        return rowIndices.first { index in
            let fields = lines[index].fields
            return position < fields.count && fields[position] == value
        }
    }

    static func parts(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: 0x09, omittingEmptySubsequences: false)
    }

    static func join(_ parts: [some Collection<UInt8>]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, part) in parts.enumerated() {
            if i > 0 { out.append(0x09) }
            out += part
        }
        return out
    }
}
