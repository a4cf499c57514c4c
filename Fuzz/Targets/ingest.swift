// Fuzz target: the article ingester on arbitrary bytes, against a small graph with a summit, its
// people and a dialogue. It refuses the text (an IngestError) or reads it; it never traps, every
// candidate's span lies inside the article and the review file it makes, once decided, reads back
// with the same candidates.
import Foundation

let ingestGraph: Graph = {
    var b = GraphBuilder()
    let japan = try! b.add(Node(slug: "japan", kind: .state, name: "Japan"))
    let kz = try! b.add(Node(slug: "kazakhstan", kind: .state, name: "Kazakhstan", aliases: ["Kazakh"]))
    let summit = try! b.add(Node(slug: "summit", kind: .initiative, subtype: "summit", name: "Central Asia + Japan Summit"))
    let takaichi = try! b.add(Node(slug: "sanae-takaichi", kind: .person, name: "Sanae Takaichi"))
    let tokayev = try! b.add(Node(slug: "kassym-jomart-tokayev", kind: .person, name: "Kassym-Jomart Tokayev"))
    _ = try? b.add(Node(slug: "dialogue", kind: .initiative, subtype: "dialogue", name: "Central Asia plus Japan Dialogue"))
    _ = try? b.add(Edge(slug: "h1", type: .headOf, source: takaichi, target: japan, status: .ongoing, title: "Prime Minister", citations: []))
    _ = try? b.add(Edge(slug: "h2", type: .headOf, source: tokayev, target: kz, status: .ongoing, title: "President", citations: []))
    _ = try? b.add(Edge(slug: "c1", type: .chairs, source: takaichi, target: summit, status: .occurred, citations: []))
    return b.build()
}()

func fuzzIngest(_ bytes: Data) {
    guard let text = try? ArticleFile(data: bytes, file: "fuzz.txt"),
          let article = try? Article(text: text, published: FuzzyDate(year: 2025, month: 12, day: 20)),
          let extraction = try? Extractor(graph: ingestGraph).extract(article) else { return }
    let candidates = CandidateList.make(extraction, source: "fuzz")
    let length = text.originalScalars.count
    for c in candidates {
        invariant(c.span.lowerBound >= 0 && c.span.upperBound <= length && !c.span.isEmpty, "span \(c.span) outside an article of \(length) scalars")
    }
    // Decided as a reviewer would (apply refuses undecided rows), then written and read back.
    let decided = candidates.enumerated().map { n, c in var c = c; c.decision = n % 2 == 0 ? "accept" : "reject"; return c }
    let review = ReviewFile(source: ReviewFile.SourceRecord(id: "fuzz", file: "fuzz.txt", publisher: "", published: "2025-12-20", title: ""), candidates: decided)
    let written = review.text()
    guard let read = try? ReviewFile(parsing: written, file: "fuzz.review.tsv") else { invariant(false, "a review file written could not be read back"); return }
    invariant(read.candidates.map(\.id) == candidates.map(\.id), "the review file read back other candidates")
}
