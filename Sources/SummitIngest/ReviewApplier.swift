import SummitDataset
import SummitGraph

/// Applies a decided review file to a dataset folder through the dataset writer: the source row,
/// new nodes and aliases, a person in the place of the office node he fills, new edges with
/// their evidence (span and SHA-256 of the sentence), corroborations (the edge cites the source, evidence added), conflicts (a `conflicts.tsv` row;
/// the edge cites the source, its status is left for the reviewer), rejected ids in
/// `rejections.tsv`. The writer validates the result first and writes all files or none.
/// Applying the same file again changes nothing.
public enum ReviewApplier {
    /// - Parameters:
    ///   - write: `false` for a dry run: everything is checked and counted, nothing written.
    ///   - afterEach: called after each step of the writer's commit (the crash-safety test's hook).
    /// - Throws: ``IngestError/merge(_:)`` for a row naming a node nobody has; the writer's
    ///   ``DatasetError`` for a result that does not validate or cannot be written.
    /// - Complexity: O(size of the dataset + rows · end degree).
    public static func apply(_ review: ReviewFile, to directory: String, write: Bool,
                             afterEach: (DatasetWriter.CommitStep) -> Void = { _ in }) throws -> CandidateMerge.Summary {
        var writer = try DatasetWriter(directory: directory)
        let graph = try writer.validated()
        var summary = CandidateMerge.Summary()
        let src = review.source.id
        if graph.source(slug: src) == nil {
            try writer.add(Source(slug: src, file: review.source.file, publisher: review.source.publisher,
                                  published: try? FuzzyDate(parsing: review.source.published), title: review.source.title,
                                  place: review.source.place.isEmpty ? nil : review.source.place,
                                  author: review.source.author.isEmpty ? nil : review.source.author))
        }
        let accepted = review.candidates.filter { $0.decision == "accept" || $0.decision == "edit" }
        var known = Set(graph.nodeIDs.map { graph[$0].slug })
        // A person who fills an office kept as a position node: the person's id → the node's.
        var renamed: [String: String] = [:]
        for c in accepted where c.record == .node {
            if let old = c.filledNode, !known.contains(c.source), known.contains(old) {
                try writer.replaceNode(old, with: NodeRecord(id: c.source, kind: NodeKind(unchecked: c.kind), subtype: c.subtype.isEmpty ? nil : c.subtype,
                                                             name: c.name, aliases: c.aliases, sources: [src]))
                known.remove(old)
                known.insert(c.source)
                renamed[c.source] = old
                summary.nodes += 1
                continue
            }
            if known.contains(c.source) {
                if let id = graph.node(slug: c.source), graph[id].sources.contains(where: { graph[$0].slug == src }) { summary.unchanged += 1; continue }
                try writer.addSource(src, toNode: c.source)
                summary.unchanged += 1
                continue
            }
            try writer.add(NodeRecord(id: c.source, kind: NodeKind(unchecked: c.kind), subtype: c.subtype.isEmpty ? nil : c.subtype,
                                      name: c.name, aliases: c.aliases, sources: [src]))
            known.insert(c.source)
            summary.nodes += 1
        }
        for c in accepted where c.record == .alias {
            guard let id = graph.node(slug: c.source) else { throw IngestError.merge("no node '\(c.source)' in the dataset") }
            for alias in c.aliases where !graph[id].aliases.contains(alias) && graph[id].name != alias {
                try writer.addAlias(alias, toNode: c.source)
                summary.aliases += 1
            }
        }
        var added: [String: (slug: String, status: String)] = [:]
        var slugs = Set(graph.edgeIDs.map { graph[$0].slug })
        var conflictIDs = Set(graph.conflicts.map(\.slug))
        for c in accepted where c.record == .edge {
            guard known.contains(c.source), known.contains(c.target) else {
                throw IngestError.merge("no node '\(known.contains(c.source) ? c.target : c.source)' in the dataset or the review file")
            }
            let evidence = { (edge: String) in EvidenceRecord(edge: edge, source: src, paraphrase: c.paraphrase, location: location(c)) }
            let type = EdgeType(unchecked: c.type), date = c.date.isEmpty ? nil : try? DateSpan(parsing: c.date)
            let status = EdgeStatus(rawValue: c.status) ?? .occurred
            let existing = sameFact(c, type: type, in: graph, renamed: renamed)
            if let (id, fits) = existing.first(where: { graph[$0.0].status == status && $0.1 }) ?? existing.first {
                let edge = graph[id]
                let cites = edge.sources.contains { graph[$0].slug == src }
                if edge.status == status && fits {
                    if cites { summary.unchanged += 1 } else { try writer.corroborate(evidence(edge.slug)); summary.corroborations += 1 }
                    continue
                }
                let conflict = "conflict-\(edge.slug)-\(src)"
                if !conflictIDs.contains(conflict) {
                    let field: Conflict.Field = edge.status != status ? .status : .date
                    try writer.add(ConflictRecord(id: conflict, subjects: [edge.slug], field: field,
                                                  description: "\(src) reports \(field == .status ? status.rawValue : c.date)",
                                                  sources: Array(Set(edge.sources.map { graph[$0].slug } + [src])).sorted()))
                    conflictIDs.insert(conflict)
                    summary.conflicts += 1
                }
                if !cites { try writer.corroborate(evidence(edge.slug)) }
                continue
            }
            let key = "\(c.type)|\(c.source)|\(c.target)"
            if added[key] != nil { summary.unchanged += 1; continue }
            var slug = "\(c.type.replacingOccurrences(of: "_", with: "-"))-\(c.source)-\(c.target)", n = 2
            while slugs.contains(slug) { slug = "\(c.type.replacingOccurrences(of: "_", with: "-"))-\(c.source)-\(c.target)-\(n)"; n += 1 }
            slugs.insert(slug)
            added[key] = (slug, c.status)
            try writer.add(EdgeRecord(id: slug, type: type, source: c.source, target: c.target, status: status, date: date,
                                      place: c.place.isEmpty ? nil : c.place, role: ParticipationRole(rawValue: c.role),
                                      title: c.title.isEmpty ? nil : c.title, areas: c.areas.compactMap(CooperationArea.init(rawValue:)).sorted(),
                                      topics: c.topics, sources: [src]))
            try writer.add(evidence(slug))
            summary.edges += 1
        }
        let rejected = Rejections.ids(in: writer.contents(of: Rejections.fileName))
        for c in review.candidates where c.decision == "reject" {
            summary.rejected += 1
            guard !rejected.contains(c.id) else { continue }
            try writer.add([("id", c.id), ("source", src), ("note", c.paraphrase)], to: Rejections.fileName)
        }
        if write { _ = try writer.write(afterEach: afterEach) } else { _ = try writer.validated() }
        return summary
    }

    /// The graph's edges of the candidate's type between its ends, each with whether its date fits.
    /// Ends are looked up under the id they had in `graph` (`renamed`: new id → old).
    static func sameFact(_ c: Candidate, type: EdgeType, in graph: Graph, renamed: [String: String] = [:]) -> [(EdgeID, Bool)] {
        guard let a = graph.node(slug: renamed[c.source] ?? c.source), let b = graph.node(slug: renamed[c.target] ?? c.target) else { return [] }
        let date = c.date.isEmpty ? nil : try? DateSpan(parsing: c.date)
        return graph.edges(of: a, direction: .both).compactMap { id in
            let e = graph[id]
            guard e.type == type, (e.source == a && e.target == b) || (type.isSymmetric && e.source == b && e.target == a) else { return nil }
            return (id, date == nil || e.date == nil || e.date!.overlaps(date!))
        }
    }

    static func location(_ c: Candidate) -> SentenceLocation? {
        guard let span = ArticleSpan(start: c.span.lowerBound, end: c.span.upperBound), let digest = SHA256Digest(hex: c.hash) else { return nil }
        return SentenceLocation(span: span, sha256: digest)
    }
}
