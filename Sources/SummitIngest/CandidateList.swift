import SummitGraph

/// Turns an extraction into review rows: the nodes its facts need that the dataset lacks, new
/// names of known people, then the facts, each matched against the graph; sorted by position
/// in the article; candidates rejected before are left out.
public enum CandidateList {
    /// - Parameters:
    ///   - source: the article's source id in the dataset.
    ///   - rejected: candidate ids a reviewer rejected before (`rejections.tsv`).
    /// - Complexity: O(*f* · *d*) for *f* facts and end degree *d*, plus O(*n* log *n*) to sort.
    public static func make(_ extraction: Extraction, source: String, rejected: Set<String> = []) -> [Candidate] {
        let table = extraction.table, graph = extraction.article.sentences
        var rows: [(position: (Int, Int, Int), candidate: Candidate)] = []
        var needed: [Int] = []
        for fact in extraction.facts {
            for e in [fact.source, fact.target] + (fact.place.map { [$0] } ?? []) where table[e].origin != .dataset && !needed.contains(e) { needed.append(e) }
        }
        for e in needed {
            let entity = table[e]
            let sentence = entity.firstMention?.sentence ?? extraction.facts.first { $0.source == e || $0.target == e }?.sentence ?? 0
            let s = graph[sentence]
            let id = Candidate.stableID("n", [source, entity.kind.rawValue, entity.slug])
            var paraphrase = "New \(entity.kind.rawValue)\(entity.subtype.map { " (\($0))" } ?? ""): \(entity.name)."
            var match = "new-node"
            // A new person holding an office the dataset keeps unnamed takes its node's place.
            if let position = extraction.fills[e] {
                match = "fills \(table[position].slug)"
                paraphrase = "\(entity.name) holds the office the dataset records as \(table[position].name), and takes its place."
            }
            rows.append(((sentence, 0, rows.count), Candidate(id: id, match: match, record: .node, source: entity.slug, kind: entity.kind.rawValue,
                                                             subtype: entity.subtype ?? "", name: entity.name, aliases: entity.aliases,
                                                             rule: entity.origin == .gazetteer ? "gazetteer" : "new-name", confidence: entity.origin == .gazetteer ? 0.95 : 0.7,
                                                             span: s.span, hash: s.hash, paraphrase: paraphrase)))
        }
        // A new name said twice is one candidate, at its first sentence (its id is the same).
        var aliasIDs = Set<String>()
        for (e, alias, sentence) in extraction.aliases where table[e].origin == .dataset {
            let s = graph[sentence]
            let id = Candidate.stableID("a", [source, table[e].slug, alias])
            guard aliasIDs.insert(id).inserted else { continue }
            rows.append(((sentence, 1, rows.count), Candidate(id: id, match: "alias \(table[e].slug)", record: .alias, source: table[e].slug, aliases: [alias],
                                                             rule: "name-variant", confidence: 0.6, span: s.span, hash: s.hash,
                                                             paraphrase: "\(alias) is another name of \(table[e].name).")))
        }
        for fact in extraction.facts {
            let s = graph[fact.sentence]
            let (a, b) = (table[fact.source], table[fact.target])
            let date = fact.date?.description ?? ""
            let id = Candidate.stableID("c", [source, fact.type.rawValue, a.slug, b.slug, date])
            var fields = ["source": a.name, "target": b.name, "date": date, "role": fact.role?.rawValue ?? "", "title": fact.title ?? "",
                          "areas": fact.areas.joined(separator: ", ")]
            fields["place"] = fact.place.map { table[$0].name } ?? ""
            let paraphrase = Paraphrase.text(type: fact.type.rawValue, status: fact.status.rawValue, fields: fields, language: extraction.article.lexicon.language)
            var c = Candidate(id: id, match: match(fact, table: table, graph: extraction, source: source), record: .edge, type: fact.type.rawValue,
                              source: a.slug, target: b.slug, status: fact.status.rawValue, date: date,
                              rule: fact.rule, confidence: fact.confidence, span: s.span, hash: s.hash, paraphrase: paraphrase)
            (c.place, c.role, c.title, c.areas, c.topics) = (fact.place.map { table[$0].slug } ?? "", fact.role?.rawValue ?? "", fact.title ?? "", fact.areas, fact.topics)
            rows.append(((fact.sentence, 2, rows.count), c))
        }
        return rows.sorted { $0.position < $1.position }.map(\.candidate).filter { !rejected.contains($0.id) }
    }

    /// `corroborates EDGE` (same type, ends, status and a compatible date), `conflicts EDGE` (same
    /// type and ends, another status or date), else `new`. A person who fills an office is
    /// matched as the office's node.
    static func match(_ fact: Fact, table: EntityTable, graph extraction: Extraction, source: String) -> String {
        let graph = extraction.graph
        let (s, t) = (extraction.fills[fact.source] ?? fact.source, extraction.fills[fact.target] ?? fact.target)
        guard let a = graph.node(slug: table[s].slug), let b = graph.node(slug: table[t].slug),
              table[s].origin == .dataset, table[t].origin == .dataset else { return "new" }
        var conflict: String? = nil
        for id in graph.edges(of: a, direction: fact.type.isSymmetric ? .both : .out) {
            let edge = graph[id]
            guard edge.type == fact.type, edge.opposite(of: a) == b, edge.source == a || fact.type.isSymmetric else { continue }
            let dateFits = fact.date == nil || edge.date == nil || edge.date!.overlaps(fact.date!)
            // An edge that cites this article already has this source on record (a conflict applied before).
            if edge.status == fact.status && dateFits || edge.sources.contains(where: { graph[$0].slug == source }) { return "corroborates \(edge.slug)" }
            conflict = conflict ?? "conflicts \(edge.slug)"
        }
        return conflict ?? "new"
    }
}
