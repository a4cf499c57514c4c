import Foundation
import SummitGraph

extension ReviewFile {
    /// The decisions a row may carry.
    public static let decisions = ["accept", "reject", "edit"]

    /// The largest review file read (one article's candidates take a few kilobytes).
    public static let maximumSize = 64 << 20

    /// Reads a review file's bytes: refused, located, when it is empty, too large, binary or not
    /// UTF-8 (a spreadsheet that saved it in another encoding), then parsed as ``init(parsing:file:)``.
    /// - Throws: ``IngestError/invalidReview(_:)``.
    /// - Complexity: O(size of the data).
    public init(data: Data, file: String) throws(IngestError) {
        func refused(_ line: Int, _ column: Int, _ message: String, _ fix: String) -> IngestError {
            .invalidReview([.review(file: file, line: line, column: column, message: message, fix: fix)])
        }
        guard data.count <= Self.maximumSize else {
            throw refused(1, 1, "\(data.count) bytes, over the \(Self.maximumSize)-byte limit for a review file", "give the file ingest wrote")
        }
        let bytes = [UInt8](data)
        do { try TextCheck.validate(bytes, file: file) } catch {
            switch error {
            case .empty: throw refused(1, 1, "the review file is empty", "give the file ingest wrote")
            case .invalidUTF8(_, let line, let column, let offset):
                throw refused(line, column, "invalid UTF-8 at byte offset \(offset)", "save the review file as UTF-8 text")
            case .binary(_, let offset, let byte):
                let line = bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                let column = offset - (bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
                throw refused(line, column, "binary data (byte 0x\(String(byte, radix: 16, uppercase: true)))", "save the review file as plain text")
            default: throw error
            }
        }
        try self.init(parsing: String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// Reads a review file, checking every row: a decision of each row (none left empty, no
    /// unknown one), the columns, the record kinds, ids untouched (an accepted or rejected row's
    /// id must be the one its fields give; an edited row's must keep its form), numbers and spans.
    /// - Throws: ``IngestError/invalidReview(_:)`` with every problem, each located
    ///   `FILE:LINE:COLUMN` (columns count Unicode scalars).
    /// - Complexity: O(size of the text).
    public init(parsing text: String, file: String) throws(IngestError) {
        var problems: [IngestError] = []
        func problem(_ line: Int, _ column: Int, _ message: String, _ fix: String) {
            problems.append(.review(file: file, line: line, column: column, message: message, fix: fix))
        }
        var fields: [String: String] = [:]
        var header: [String]? = nil
        var candidates: [Candidate] = []
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            let number = n + 1
            if line.hasPrefix("#@source ") {
                let parts = line.dropFirst(9).split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                fields[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
                continue
            }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " }) { continue }
            let values = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var columns: [Int] = []
            var at = 1
            for v in values { columns.append(at); at += v.unicodeScalars.count + 1 }
            guard let names = header else {
                for (i, name) in values.enumerated() where !Self.columns.contains(name) {
                    problem(number, columns[i], "unknown column '\(name)'", "use the columns ingest writes: \(Self.columns.joined(separator: ", "))")
                }
                for name in Self.columns where !values.contains(name) {
                    problem(number, 1, "missing column '\(name)'", "restore the header line ingest wrote")
                }
                header = values
                continue
            }
            guard values.count == names.count else {
                problem(number, values.count > names.count ? columns[names.count] : at, "\(values.count) fields, the header has \(names.count)",
                        "keep one TAB between fields and none inside them")
                continue
            }
            var row: [String: (String, Int)] = [:]
            for (i, name) in names.enumerated() { row[name] = (values[i], columns[i]) }
            func v(_ name: String) -> String { row[name]?.0 ?? "" }
            func col(_ name: String) -> Int { row[name]?.1 ?? 1 }
            let decision = v("decision")
            if decision.isEmpty {
                problem(number, col("decision"), "undecided row \(v("id"))", "set decision to accept, reject or edit")
            } else if !Self.decisions.contains(decision) {
                let near = Spelling.closest(to: decision, among: Self.decisions, count: 1).first.map { "; did you mean '\($0)'?" } ?? ""
                problem(number, col("decision"), "unknown decision '\(decision)'\(near)", "use accept, reject or edit")
            }
            guard let record = Candidate.Record(rawValue: v("record")) else {
                problem(number, col("record"), "unknown record '\(v("record"))'", "leave record as ingest wrote it (node, alias or edge)")
                continue
            }
            guard let confidence = Double(v("confidence")) else {
                problem(number, col("confidence"), "'\(v("confidence"))' is not a number", "leave confidence as ingest wrote it")
                continue
            }
            let spanParts = v("span").split(separator: "-").compactMap { Int($0) }
            guard spanParts.count == 2, spanParts[0] < spanParts[1] else {
                problem(number, col("span"), "'\(v("span"))' is not a span START-END", "leave span as ingest wrote it")
                continue
            }
            func list(_ name: String) -> [String] { v(name).split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } }
            var c = Candidate(decision: decision, id: v("id"), match: v("match"), record: record, type: v("type"), source: v("source"), target: v("target"),
                              status: v("status"), date: v("date"), place: v("place"), role: v("role"), title: v("title"), areas: list("areas"),
                              topics: list("topics"), kind: v("kind"), subtype: v("subtype"), name: v("name"), aliases: list("aliases"),
                              rule: v("rule"), confidence: confidence, span: spanParts[0]..<spanParts[1], hash: v("hash"), paraphrase: v("paraphrase"))
            let expected = c.expectedID(source: fields["id"] ?? "")
            let wellFormed = c.id.count == 13 && c.id.first.map { "nac".contains($0) } == true && c.id.dropFirst().allSatisfy(\.isHexDigit)
            if !wellFormed || (decision != "edit" && c.id != expected) || candidates.contains(where: { $0.id == c.id }) {
                problem(number, col("id"), "the candidate id '\(c.id)' was edited", "restore the id ingest wrote (\(expected)) or run ingest again")
            }
            if decision == "edit", record == .edge, DateSpan.parseOrNil(c.date) == nil, !c.date.isEmpty {
                problem(number, col("date"), "'\(c.date)' is not a date", "write YYYY, YYYY-MM, YYYY-MM-DD or START/END")
            }
            c.decision = decision
            candidates.append(c)
        }
        if header == nil { problem(1, 1, "no header line", "give a review file that ingest wrote") }
        guard problems.isEmpty else { throw .invalidReview(problems) }
        let source = SourceRecord(id: fields["id"] ?? "", file: fields["file"] ?? "", publisher: fields["publisher"] ?? "unknown",
                                  published: fields["published"] ?? "", title: fields["title"] ?? "(untitled)", place: fields["place"] ?? "",
                                  author: fields["author"] ?? "", url: fields["url"] ?? "")
        self.init(source: source, candidates: candidates)
    }
}

extension Candidate {
    /// The id ingest gives a row with these fields.
    func expectedID(source: String) -> String {
        switch record {
        case .node: Candidate.stableID("n", [source, kind, self.source])
        case .alias: Candidate.stableID("a", [source, self.source, aliases.first ?? ""])
        case .edge: Candidate.stableID("c", [source, type, self.source, target, date])
        }
    }
}

extension DateSpan {
    static func parseOrNil(_ text: String) -> DateSpan? { try? DateSpan(parsing: text) }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
