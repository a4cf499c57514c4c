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
            String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        }
        let lines = ([header] + rows).map { $0.map(clean).joined(separator: "\t") }
        write(lines.joined(separator: "\n") + "\n")
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
