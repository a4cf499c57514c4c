import SummitDataset
import SummitGraph
import SummitQuery

/// `--quote`: each cited source's sentence read from its article file, and how text shows it.
enum Quotes {
    /// Fills the quote (or why there is none) of every cited source `visit` reaches. What
    /// concerns every edge alike is said once on stderr: article files not found, or no
    /// located sentence at all.
    static func fill(graph: Graph, library: inout ArticleLibrary, _ visit: ((inout SourceReference) -> Void) -> Void) {
        var missing = Set<String>(), located = 0
        visit { reference in
            guard let location = reference.location, let id = graph.source(slug: reference.id) else { return }
            located += 1
            switch library.quote(location, from: graph[id]) {
            case .sentence(let sentence): reference.quote = sentence
            case .articleNotFound:
                reference.quoteProblem = .articleNotFound
                missing.insert(reference.file)
            case .articleUnreadable: reference.quoteProblem = .articleUnreadable
            case .articleChanged: reference.quoteProblem = .articleChanged
            case .outsideArticle: reference.quoteProblem = .spanOutsideArticle
            }
        }
        if located == 0 {
            Failure.printError("summitgraph: note: no cited source has a located sentence (span and sha256 in evidence.tsv); nothing to quote")
        } else if !missing.isEmpty {
            let files = missing.sorted()
            Failure.printError("summitgraph: note: \(files.count) article file\(files.count == 1 ? "" : "s") not found in \(library.whereLooked): "
                + files.joined(separator: ", ") + "; their sentences are not quoted (pass --articles DIR or set $\(ArticleLibrary.environmentVariable))")
        }
    }

    /// What text output prints under a cited source: the sentence on one line, or why it is
    /// not quoted; nothing when it has no location or its article was not found (said once).
    static func line(_ source: SourceReference) -> String? {
        if let quote = source.quote {
            return "“" + quote.split(whereSeparator: \.isNewline).map { trimmed($0) }.joined(separator: " ") + "”"
        }
        switch source.quoteProblem {
        case .articleChanged?: return "(not quoted: \(source.file) changed since the sentence was located)"
        case .spanOutsideArticle?: return "(not quoted: the span \(source.span ?? "") reaches past the end of \(source.file))"
        case .articleUnreadable?: return "(not quoted: \(source.file) is not readable UTF-8 text)"
        case .articleNotFound?, nil: return nil
        }
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
