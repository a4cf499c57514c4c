import Foundation
import SummitGraph

/// One article in, one review file out: read, extract against the graph, list the candidates.
public enum Ingester {
    /// Reviews the article at `path` (named `file` in messages and in the source record).
    /// - Parameters:
    ///   - source: the source row; its `published` may be empty when the article has a date header.
    ///   - rejected: candidate ids rejected before.
    /// - Throws: ``IngestError`` for unreadable text, another language, or no date.
    /// - Complexity: O(size of the article · names and cues), plus O(*V* + *E*) for the graph.
    public static func review(articleAt path: String, source: ReviewFile.SourceRecord, graph: Graph,
                              rejected: Set<String> = []) throws(IngestError) -> (ReviewFile, Extraction) {
        guard Slug.isValid(source.id) else { throw .invalidSource(source.id) }
        let text = try ArticleFile(contentsOf: path, name: source.file)
        var published: FuzzyDate? = nil
        if !source.published.isEmpty {
            guard let date = try? FuzzyDate(parsing: source.published) else {
                throw .invalidDate(file: "--published", line: 1, column: 1, text: source.published)
            }
            published = date
        }
        let article = try Article(text: text, published: published)
        let extraction = try Extractor(graph: graph).extract(article)
        var record = source
        record.published = article.published.description
        if record.place.isEmpty, let place = article.dateline?.place { record.place = Self.titleCased(place) }
        return (ReviewFile(source: record, candidates: CandidateList.make(extraction, source: source.id, rejected: rejected)), extraction)
    }

    /// "DUSHANBE" → "Dushanbe"; other spellings stay.
    static func titleCased(_ s: String) -> String {
        s == s.uppercased() ? s.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ") : s
    }

    /// A source id made from a file name: `003_29c4.txt` → `003-29c4`.
    public static func sourceID(forFile path: String) -> String {
        Slugs.make(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent.replacingOccurrences(of: "_", with: " "))
    }
}

/// The candidate ids a reviewer rejected (`rejections.tsv` in the dataset folder: `id`, `source`,
/// `note`), so they are not proposed again.
public enum Rejections {
    public static let fileName = "rejections.tsv"

    /// The ids in `directory/rejections.tsv`; none when the file does not exist.
    public static func load(directory: String) -> Set<String> {
        ids(in: FileManager.default.contents(atPath: directory + "/" + fileName))
    }

    /// The ids in a rejections file's contents (the `id` column; the first when there is no header).
    static func ids(in data: Data?) -> Set<String> {
        guard let data else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }.filter { !$0.hasPrefix("#") }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false) else { return [] }
        let column = header.firstIndex(of: "id") ?? 0
        return Set(lines.dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return column < fields.count ? String(fields[column]) : nil
        }.filter { !$0.isEmpty })
    }
}
