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
            let item = raw.trimmingCharacters(in: .whitespaces)
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
    let file: String
    let rows: [Row]

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
        var lineNumber = 0
        for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var lineBytes = rawLine
            if lineBytes.last == 0x0D { lineBytes = lineBytes.dropLast() }
            guard let line = String(validating: lineBytes, as: UTF8.self) else {
                let valid = Self.validPrefix(of: lineBytes)
                diagnostics.append(Diagnostic(file: file, line: lineNumber, column: valid + 1,
                    message: "invalid UTF-8", fix: "save the file as UTF-8"))
                continue
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            var fields: [Field] = []
            var column = 1
            for part in line.split(separator: "\t", omittingEmptySubsequences: false) {
                fields.append(Field(text: String(part), column: column))
                column += part.count + 1
            }
            guard let names = header else {
                header = Self.checkHeader(fields, line: lineNumber, file: file, required: required,
                                          optional: optional, diagnostics: &diagnostics)
                if header == nil {
                    self.rows = []
                    return
                }
                continue
            }
            if let control = line.firstIndex(where: { $0.asciiValue.map { $0 < 0x20 && $0 != 0x09 } ?? false }) {
                diagnostics.append(Diagnostic(file: file, line: lineNumber,
                    column: line.distance(from: line.startIndex, to: control) + 1,
                    message: "control character U+\(String(line[control].unicodeScalars.first!.value, radix: 16, uppercase: true)) in a field",
                    fix: "remove it; fields hold plain text"))
                continue
            }
            guard fields.count == names.count else {
                let what = fields.count > names.count ? "too many" : "too few"
                let at = fields.count > names.count ? fields[names.count].column : column
                diagnostics.append(Diagnostic(file: file, line: lineNumber, column: at,
                    message: "\(what) fields: \(fields.count) where the header has \(names.count)",
                    fix: "separate the \(names.count) columns (\(names.joined(separator: ", "))) with single tabs; leave a field empty rather than dropping it"))
                continue
            }
            rows.append(Row(line: lineNumber, fields: Dictionary(uniqueKeysWithValues: zip(names, fields))))
        }
        if header == nil {
            diagnostics.append(Diagnostic(file: file, line: max(1, lineNumber), column: 1,
                message: "the file has no header line",
                fix: "start it with the tab-separated column names: \(required.joined(separator: "\\t"))"))
        }
        self.rows = rows
    }

    private static func checkHeader(_ fields: [Field], line: Int, file: String, required: [String],
                                    optional: [String], diagnostics: inout [Diagnostic]) -> [String]? {
        let names = fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
        var ok = true
        var seen = Set<String>()
        for (name, field) in zip(names, fields) {
            if !seen.insert(name).inserted {
                diagnostics.append(Diagnostic(file: file, line: line, column: field.column,
                    message: "column '\(name)' appears twice in the header", fix: "keep one of them"))
                ok = false
            } else if !required.contains(name) && !optional.contains(name) {
                let known = required + optional
                let guess = Spelling.closest(to: name, among: known, count: 1).first
                diagnostics.append(Diagnostic(file: file, line: line, column: field.column,
                    message: "unknown column '\(name)'",
                    fix: guess.map { "did you mean '\($0)'?" } ?? "the columns are: \(known.joined(separator: ", "))"))
                ok = false
            }
        }
        for name in required where !seen.contains(name) {
            diagnostics.append(Diagnostic(file: file, line: line, column: 1,
                message: "the header lacks the required column '\(name)'",
                fix: "add a '\(name)' column (see seeds/README.md)"))
            ok = false
        }
        return ok ? names : nil
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
