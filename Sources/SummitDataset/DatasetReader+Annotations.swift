import SummitGraph

extension DatasetReader {
    /// Reads `evidence.tsv` into the citations of the edges it names.
    mutating func readEvidence(_ table: TSVTable) {
        var seen: [String: Int] = [:]
        for row in table.rows {
            let edgeField = row["edge"], sourceField = row["source"], paraphrase = row["paraphrase"]
            var edge: EdgeID?
            if let id = edgeIDs[edgeField.text] {
                edge = id
            } else if isExcused(edgeField.text, in: .edges) {
                continue  // the edge's own line is already reported, or edges.tsv is unreadable
            } else {
                let guess = Spelling.closest(to: edgeField.text, among: edges.map(\.slug), count: 1).first
                report(table, row, edgeField, "unknown edge '\(edgeField.text)'",
                       fix: (guess.map { "did you mean '\($0)'? " } ?? "") + "use an edge id from \(path(.edges))")
            }
            let source = sourceList(table, row, sourceField).first
            if paraphrase.isEmpty {
                report(table, row, paraphrase, "evidence without a paraphrase",
                       fix: "say in your own words what the source states")
            }
            let location = readLocation(table, row)
            guard let edge, let source else { continue }
            let key = "\(edgeField.text)\t\(sourceField.text)"
            if let first = seen[key] {
                report(table, row, sourceField, "second evidence line for edge '\(edgeField.text)' and source '\(sourceField.text)' (first at line \(first))",
                       fix: "merge the two paraphrases into one line")
                continue
            }
            seen[key] = row.line
            guard let index = edges[edge.offset].citations.firstIndex(where: { $0.source == source }) else {
                if edgesWithUnknownSources.contains(edgeField.text) { continue }  // its sources are already reported
                report(table, row, sourceField, "edge '\(edgeField.text)' does not cite source '\(sourceField.text)'",
                       fix: "add '\(sourceField.text)' to the edge's sources in \(path(.edges)), or correct the source id")
                continue
            }
            edges[edge.offset].citations[index].paraphrase = paraphrase.text
            edges[edge.offset].citations[index].location = location
        }
    }

    /// Reads an evidence row's `span` and `sha256`, which go together.
    private mutating func readLocation(_ table: TSVTable, _ row: Row) -> SentenceLocation? {
        let spanField = row["span"], hashField = row["sha256"]
        guard !spanField.isEmpty || !hashField.isEmpty else { return nil }
        var span: ArticleSpan?
        if spanField.isEmpty {
            report(table, row, spanField, "sha256 without a span",
                   fix: "give the sentence's span START-END (character offsets in the article file), or leave both empty")
        } else {
            do { span = try ArticleSpan(parsing: spanField.text) } catch {
                guard case .invalidSpan(let text, let reason, let offset) = error else { return nil }
                report(table, row, Field(text: text, column: spanField.column + offset), "invalid span '\(text)': \(reason)",
                       fix: "write START-END, the sentence's first and one-past-last character offsets in the article, START < END")
            }
        }
        let hash = SHA256Digest(hex: hashField.text)
        if hashField.isEmpty {
            report(table, row, hashField, "span without a sha256",
                   fix: "give the SHA-256 of the sentence's UTF-8 (64 lower-case hex digits), or leave both empty")
        } else if hash == nil {
            report(table, row, hashField, "sha256 '\(hashField.text)' is not 64 lower-case hex digits",
                   fix: "write the SHA-256 of the sentence's UTF-8 as hashlib's hexdigest() prints it")
        }
        guard let span, let hash else { return nil }
        return SentenceLocation(span: span, sha256: hash)
    }

    /// Reads `conflicts.tsv`.
    mutating func readConflicts(_ table: TSVTable) {
        var lines: [String: Int] = [:]
        for row in table.rows {
            let id = checkID(table, row, file: .conflicts, what: "conflict", taken: lines)
            var subjects: [Conflict.Subject] = []
            let subjectItems = row["subjects"].items()
            if subjectItems.isEmpty {
                report(table, row, row["subjects"], "conflict without a subject",
                       fix: "list the node or edge ids the sources disagree on")
            }
            for item in subjectItems {
                if let edge = edgeIDs[item.text] {
                    subjects.append(.edge(edge))
                } else if let node = nodeIDs[item.text] {
                    subjects.append(.node(node))
                } else if isExcused(item.text, in: .edges) || isExcused(item.text, in: .nodes) {
                    continue  // declared on a faulty line already reported
                } else {
                    let guess = Spelling.closest(to: item.text, among: edges.map(\.slug) + nodes.map(\.slug), count: 1).first
                    report(table, row, item, "conflict subject '\(item.text)' is neither a node nor an edge",
                           fix: (guess.map { "did you mean '\($0)'? " } ?? "") + "use ids from \(path(.nodes)) or \(path(.edges))")
                }
            }
            let field = parse(table, row, row["field"], as: Conflict.Field.self, what: "conflict field")
            if row["description"].isEmpty {
                report(table, row, row["description"], "conflict without a description",
                       fix: "say in your own words what the sources disagree on")
            }
            let sources = sourceList(table, row, row["sources"])
            if row["sources"].items().isEmpty {
                report(table, row, row["sources"], "conflict without a source", fix: "list the sources on each side")
            }
            guard let id, let field else { continue }
            lines[id] = row.line
            conflicts.append(Conflict(slug: id, subjects: subjects, field: field,
                                      description: row["description"].text, sources: sources))
        }
    }
}
