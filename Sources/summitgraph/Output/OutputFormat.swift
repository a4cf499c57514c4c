import ArgumentParser
import Foundation

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, tsv
}

/// Writes results to stdout.
enum Output {
    /// `value` as pretty JSON with sorted keys: byte-identical for the same data.
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }

    /// Tab-separated rows under a header; tabs and line breaks inside fields become spaces.
    static func tsv(header: [String], rows: [[String]]) {
        func clean(_ field: String) -> String {
            // Tabs and line breaks (U+0009–U+000D, U+0085, U+2028, U+2029) start with these bytes.
            guard field.utf8.contains(where: { (0x09...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else { return field }
            return String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        }
        let lines = ([header] + rows).map { $0.map(clean).joined(separator: "\t") }
        write(lines.joined(separator: "\n") + "\n")
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
