import SummitGraph

extension ArticleLibrary {
    /// Warnings about the article files of the dataset folder `directory`, located in its files:
    /// a source whose file is not in ``folder`` or is not UTF-8 text (`sources.tsv`), a located
    /// sentence whose article no longer has it or is shorter than its span (`evidence.tsv`).
    /// Run on a valid dataset; rows the loader would refuse are skipped.
    /// - Complexity: O(size of the dataset's sources, evidence and articles).
    public mutating func check(dataset directory: String) -> [Diagnostic] {
        var reader = DatasetReader(directory: directory, readThrough: (try? DatasetJournal.recover(in: directory)) ?? [:])
        var warnings: [Diagnostic] = []
        func warn(_ table: TSVTable, _ row: Row, _ field: Field, _ message: String, fix: String) {
            warnings.append(Diagnostic(file: table.file, line: row.line, column: field.column, severity: .warning, message: message, fix: fix))
        }
        guard let sources = reader.table(.sources) else { return [] }
        var articles: [String: (file: String, text: ArticleText)] = [:]
        for row in sources.rows where !row["file"].isEmpty {
            let file = row["file"]
            switch text(at: path(of: Source(slug: row["id"].text, file: file.text, publisher: "", published: nil, title: ""))) {
            case .failure(.missing):
                warn(sources, row, file, "article file '\(file.text)' not found in \(whereLooked)",
                     fix: "put the article there, correct the 'file' column, or name the folder with --articles DIR, $\(Self.environmentVariable) or 'articles' in datapackage.json")
            case .failure(.unreadable(let reason)):
                warn(sources, row, file, "article file '\(file.text)' is \(reason): its sentences cannot be read", fix: "save the article as UTF-8 text")
            case .success(let text):
                articles[row["id"].text] = (file.text, text)
            }
        }
        guard let evidence = reader.table(.evidence) else { return warnings }
        for row in evidence.rows {
            guard let span = try? ArticleSpan(parsing: row["span"].text), let hash = SHA256Digest(hex: row["sha256"].text),
                  let article = articles[row["source"].text] else { continue }
            let fix = "locate the sentence in the article again and write its span and sha256"
            switch article.text.sentence(at: SentenceLocation(span: span, sha256: hash)) {
            case .found: break
            case .changed:
                warn(evidence, row, row["span"], "the text at \(span) of '\(article.file)' does not have this sha256: the article changed, or the span or hash is wrong", fix: fix)
            case .outside(let length):
                warn(evidence, row, row["span"], "span \(span) reaches past the end of '\(article.file)' (\(length) characters)", fix: fix)
            }
        }
        return warnings
    }
}
