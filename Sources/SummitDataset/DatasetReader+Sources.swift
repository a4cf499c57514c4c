import SummitGraph

extension DatasetReader {
    /// Reads `sources.tsv`.
    mutating func readSources(_ table: TSVTable) {
        var lines: [String: Int] = [:]
        for row in table.rows {
            let id = checkID(table, row, file: .sources, what: "source", taken: lines)
            var published: FuzzyDate?
            let date = row["published"]
            do { published = try FuzzyDate(parsing: date.text) } catch {
                if case .invalidDate(_, let reason, let offset) = error {
                    report(table, row, Field(text: "", column: date.column + offset),
                           "invalid publication date '\(date.text)': \(reason)", fix: "write a real calendar date as YYYY-MM-DD")
                }
            }
            for column in ["file", "publisher", "title"] where row[column].isEmpty {
                report(table, row, row[column], "source without a \(column)", fix: "fill in the '\(column)' column")
            }
            guard let id else { continue }
            lines[id] = row.line
            sourceIDs[id] = SourceID(sources.count)
            sources.append(Source(slug: id, file: row["file"].text, publisher: row["publisher"].text,
                                  published: published ?? FuzzyDate(year: 1)!, title: row["title"].text,
                                  place: row["place"].isEmpty ? nil : row["place"].text,
                                  author: row["author"].isEmpty ? nil : row["author"].text))
        }
    }
}
