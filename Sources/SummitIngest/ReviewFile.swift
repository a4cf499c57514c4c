import SummitGraph

/// The review file: a header comment saying how to review and which article the rows come
/// from, a header line, then one candidate a row (TSV, UTF-8, LF).
public struct ReviewFile: Sendable, Equatable, Codable {
    /// The article the candidates come from, as `sources.tsv` will record it.
    public struct SourceRecord: Sendable, Equatable, Codable {
        public var id: String, file: String, publisher: String, published: String, title: String
        public var place: String = "", author: String = "", url: String = ""
        public init(id: String, file: String, publisher: String, published: String, title: String, place: String = "", author: String = "", url: String = "") {
            (self.id, self.file, self.publisher, self.published, self.title) = (id, file, publisher, published, title)
            (self.place, self.author, self.url) = (place, author, url)
        }
    }

    public var source: SourceRecord
    public var candidates: [Candidate]

    public init(source: SourceRecord, candidates: [Candidate]) { (self.source, self.candidates) = (source, candidates) }

    /// The columns, in order.
    public static let columns = ["decision", "id", "match", "record", "type", "source", "target", "status", "date", "place", "role", "title",
                                 "areas", "topics", "kind", "subtype", "name", "aliases", "rule", "confidence", "span", "hash", "paraphrase"]
    static let sourceFields = ["id", "file", "publisher", "published", "title", "place", "author", "url"]

    /// The file's text. Tabs and line breaks inside values become spaces.
    /// - Complexity: O(size of the output).
    public func text() -> String {
        var out = """
            # summitgraph review file (format 1). Review it, then run: summitgraph ingest apply THIS-FILE [--dry-run]
            # Set the decision of every row: accept (merge it), reject (never propose it again) or edit
            # (fix fields in place, then it is merged as edited). Leave id, record and match as they are;
            # an edited id or an undecided row stops apply with nothing written. Rows read in article order:
            # record=node proposes a new node, record=alias a new name of a known node, record=edge a fact;
            # match says what the fact is against the dataset (new, corroborates EDGE, conflicts EDGE);
            # a node row matched "fills NODE" takes that node's place: the person holds an office the
            # dataset kept as a position node, and its facts become the person's.
            # span: Unicode scalar offsets of the sentence in the article file (end exclusive); hash: the
            # SHA-256 of the sentence as the file spells it; paraphrase: generated from the fact, never
            # the article's words. Ids listed in the dataset's rejections.tsv are not proposed again.

            """
        for field in Self.sourceFields {
            out += "#@source \(field)\t\(Self.clean(Self.value(of: field, in: source)))\n"
        }
        out += Self.columns.joined(separator: "\t") + "\n"
        for c in candidates {
            let values: [String] = [c.decision, c.id, c.match, c.record.rawValue, c.type, c.source, c.target, c.status, c.date, c.place, c.role, c.title,
                                    c.areas.joined(separator: ";"), c.topics.joined(separator: ";"), c.kind, c.subtype, c.name, c.aliases.joined(separator: ";"),
                                    c.rule, Self.format(c.confidence), "\(c.span.lowerBound)-\(c.span.upperBound)", c.hash, c.paraphrase]
            out += values.map(Self.clean).joined(separator: "\t") + "\n"
        }
        return out
    }

    static func value(of field: String, in s: SourceRecord) -> String {
        switch field {
        case "id": s.id
        case "file": s.file
        case "publisher": s.publisher
        case "published": s.published
        case "title": s.title
        case "place": s.place
        case "author": s.author
        default: s.url
        }
    }

    static func format(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        return "\(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2))"
    }

    static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
