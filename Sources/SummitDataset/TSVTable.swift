import Foundation
import SummitGraph

/// A field of a TSV row, with where it starts.
struct Field: Sendable {
    let text: String
    /// 1-based character column of the field's first character.
    let column: Int

    var isEmpty: Bool { text.isEmpty }

    /// The `;`-separated items, trimmed, each with its own column; empty items dropped.
    func items() -> [Field] {
        var result: [Field] = []
        var start = text.startIndex
        var column = self.column
        while true {
            let end = text[start...].firstIndex(of: ";") ?? text.endIndex
            let raw = text[start..<end]
            let leading = raw.prefix { $0 == " " }.count
            let item = trimmingSpaces(raw)
            if !item.isEmpty { result.append(Field(text: item, column: column + leading)) }
            guard end < text.endIndex else { return result }
            column += raw.count + 1
            start = text.index(after: end)
        }
    }
}

/// One data line of a TSV file.
struct Row: Sendable {
    let line: Int
    let fields: [String: Field]
    /// The field in `column`, or an empty one at the line's start when the column is absent.
    subscript(column: String) -> Field { fields[column] ?? Field(text: "", column: 1) }
}

/// A TSV file read with positions: BOM and CRLF tolerated, `#` comments and blank lines
/// skipped, the header matched against the columns a file kind expects.
struct TSVTable: Sendable {
    /// The longest line read, in bytes; a longer one is refused without being split.
    static let maximumLineBytes = 16 << 20
    /// The longest field, in bytes (names, notes, paraphrases…).
    static let maximumFieldBytes = 64 << 10

    let file: String
    let rows: [Row]
    /// Whether every row could be read against a usable header; when not, references to
    /// this file cannot be checked.
    let isComplete: Bool
    /// The `id` of each row left out for a syntax error (lossily decoded), so that
    /// references to it are not reported a second time.
    let rejectedIDs: [String]

    /// Reads `data`; the problems found are appended to `diagnostics`, and rows that
    /// cannot be read are left out.
    /// - Complexity: O(*n*) in the size of `data`.
    init(data: Data, file: String, required: [String], optional: [String],
         diagnostics: inout [Diagnostic]) {
        self.file = file
        var bytes = [UInt8](data)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var header: [String]?
        var rows: [Row] = []
        var rejected: [String] = []
        var idIndex: Int?
        func reject(_ bytes: ArraySlice<UInt8>) {
            guard let idIndex else { return }
            // The id is near the start: never decode more than the first KiB of a rejected line.
            let fields = String(decoding: bytes.prefix(1024), as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
            if idIndex < fields.count, !fields[idIndex].isEmpty { rejected.append(String(fields[idIndex])) }
        }
        var lineNumber = 0
        for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var lineBytes = rawLine
            if lineBytes.last == 0x0D { lineBytes = lineBytes.dropLast() }
            if lineBytes.count > Self.maximumLineBytes {
                diagnostics.append(Diagnostic(file: file, line: lineNumber, column: 1,
                    message: "line of \(lineBytes.count >> 20) MiB; the longest accepted is \(Self.maximumLineBytes >> 20) MiB",
                    fix: "one record per line: split it, or shorten its fields"))
                reject(lineBytes)
                continue
            }
            guard let line = String(validating: lineBytes, as: UTF8.self) else {
                let valid = Self.validPrefix(of: lineBytes)
                diagnostics.append(Diagnostic(file: file, line: lineNumber, column: valid + 1,
                    message: "invalid UTF-8", fix: "save the file as UTF-8"))
                reject(lineBytes)
                continue
            }
            if lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.hasPrefix("#") { continue }
            // An ASCII line (most lines) is split by bytes: there a byte is a character, so
            // columns are byte counts. Other lines are split by characters.
            let isASCII = lineBytes.allSatisfy { $0 < 0x80 }
            var fields: [Field] = []
            var column = 1
            var oversized: Field?
            if isASCII {
                for part in lineBytes.split(separator: 0x09, omittingEmptySubsequences: false) {
                    if part.count > Self.maximumFieldBytes, oversized == nil { oversized = Field(text: "", column: column) }
                    fields.append(Field(text: oversized == nil ? String(decoding: part, as: UTF8.self) : "", column: column))
                    column += part.count + 1
                }
            } else {
                for part in line.split(separator: "\t", omittingEmptySubsequences: false) {
                    if part.utf8.count > Self.maximumFieldBytes, oversized == nil { oversized = Field(text: "", column: column) }
                    fields.append(Field(text: oversized == nil ? String(part) : "", column: column))
                    column += oversized == nil ? part.count + 1 : part.utf8.count + 1
                }
            }
            if let oversized, header != nil {
                diagnostics.append(Diagnostic(file: file, line: lineNumber, column: oversized.column,
                    message: "field longer than \(Self.maximumFieldBytes >> 10) KiB",
                    fix: "keep names, notes and paraphrases short; the longest accepted is \(Self.maximumFieldBytes >> 10) KiB"))
                reject(lineBytes)
                continue
            }
            guard let names = header else {
                header = Self.checkHeader(fields, line: lineNumber, file: file, required: required,
                                          optional: optional, diagnostics: &diagnostics)
                if header == nil {
                    (self.rows, self.isComplete, self.rejectedIDs) = ([], false, [])
                    return
                }
                idIndex = header?.firstIndex(of: "id")
                continue
            }
            if !lineBytes.allSatisfy({ $0 >= 0x20 || $0 == 0x09 }),  // a control byte is a control character
               let control = line.firstIndex(where: { $0.asciiValue.map { $0 < 0x20 && $0 != 0x09 } ?? false }) {
                diagnostics.append(Diagnostic(file: file, line: lineNumber,
                    column: line.distance(from: line.startIndex, to: control) + 1,
                    message: "control character \(Self.codePoint(line[control])) in a field",
                    fix: "remove it; fields hold plain text"))
                reject(lineBytes)
                continue
            }
            guard fields.count == names.count else {
                let tooMany = fields.count > names.count
                diagnostics.append(Diagnostic(file: file, line: lineNumber,
                    column: tooMany ? fields[names.count].column : column - 1,
                    message: "\(tooMany ? "too many" : "too few") fields: \(fields.count) where the header has \(names.count)",
                    fix: tooMany ? "remove the extra field or stray tab; the columns are: \(names.joined(separator: ", "))"
                        : "give all \(names.count) columns (\(names.joined(separator: ", "))), separated by single tabs; leave a field empty rather than dropping it"))
                reject(lineBytes)
                continue
            }
            var byName: [String: Field] = [:]
            for (name, field) in zip(names, fields) where byName[name] == nil { byName[name] = field }
            rows.append(Row(line: lineNumber, fields: byName))
        }
        if header == nil {
            diagnostics.append(Diagnostic(file: file, line: max(1, lineNumber), column: 1,
                message: "the file has no header line",
                fix: "start it with the column names separated by tabs: \((required + optional).joined(separator: ", ")) (the first \(required.count) are required)"))
        }
        self.rows = rows
        self.isComplete = header != nil
        self.rejectedIDs = rejected
    }

    private static func checkHeader(_ fields: [Field], line: Int, file: String, required: [String],
                                    optional: [String], diagnostics: inout [Diagnostic]) -> [String]? {
        let names = fields.map { trimmingSpaces($0.text[...]) }
        var usable = true
        var seen = Set<String>()
        for (name, field) in zip(names, fields) {
            if !seen.insert(name).inserted {
                diagnostics.append(Diagnostic(file: file, line: line, column: field.column,
                    message: "column '\(name)' appears twice in the header", fix: "keep one of them; the first is read"))
            } else if !required.contains(name) && !optional.contains(name) {
                let known = required + optional
                let guess = Spelling.closest(to: name, among: known, count: 1).first
                diagnostics.append(Diagnostic(file: file, line: line, column: field.column,
                    message: "unknown column '\(name)'",
                    fix: (guess.map { "did you mean '\($0)'? " } ?? "") + "rename or remove it; the columns are: \(known.joined(separator: ", "))"))
            }
        }
        for name in required where !seen.contains(name) {
            diagnostics.append(Diagnostic(file: file, line: line, column: 1,
                message: "the header lacks the required column '\(name)'",
                fix: "add a '\(name)' column (see seeds/README.md)"))
            usable = false
        }
        return usable ? names : nil
    }

    /// `U+0007` for a character of one scalar.
    static func codePoint(_ character: Character) -> String {
        let hex = String(character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The number of characters in the longest valid UTF-8 prefix of `bytes`.
    private static func validPrefix(of bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue = decoder.decode(&iterator) { count += 1 }
        return count
    }
}
