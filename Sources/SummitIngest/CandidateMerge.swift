import SummitGraph

/// Merges a review file's accepted rows into a graph in memory: the source, new nodes and
/// aliases (a person in the place of the office node he fills), new edges with their
/// paraphrase, corroborations as a citation on the existing edge,
/// conflicts as conflict records. A planned edge that an accepted candidate reports as having
/// occurred becomes `occurred` (a confirmation), and the disagreement is recorded too.
///
/// The dataset files are written by the dataset writer (issue 12); this merge is what the
/// dev-set score and the warm check measure, and what `apply --dry-run` reports.
public enum CandidateMerge {
    /// What a merge did.
    public struct Summary: Sendable, Equatable, Codable {
        public var nodes = 0, aliases = 0, edges = 0, corroborations = 0, conflicts = 0, rejected = 0, unchanged = 0
    }

    /// `graph` with `review`'s rows whose decision is `accept` or `edit` merged, matched again
    /// against `graph` (the file may be older than the dataset).
    /// - Throws: ``IngestError/merge(_:)`` when a row names a node that neither the graph nor the file has.
    /// - Complexity: O(*V* + *E* + *r* · *d*) for *r* rows and end degree *d*.
    public static func apply(_ review: ReviewFile, to graph: Graph) throws(IngestError) -> (Graph, Summary) {
        do { return try merge(review, into: graph) } catch let error as IngestError { throw error } catch { throw .merge("\(error)") }
    }

    private static func merge(_ review: ReviewFile, into graph: Graph) throws -> (Graph, Summary) {
        var summary = Summary()
        var builder = GraphBuilder()
        for s in graph.sources { try builder.add(s) }
        var sourceID = graph.source(slug: review.source.id)
        if sourceID == nil {
            sourceID = try builder.add(Source(slug: review.source.id, file: review.source.file, publisher: review.source.publisher,
                                              published: try? FuzzyDate(parsing: review.source.published), title: review.source.title,
                                              place: review.source.place.isEmpty ? nil : review.source.place))
        }
        let src = sourceID!
        let accepted = review.candidates.filter { $0.decision == "accept" || $0.decision == "edit" }
        summary.rejected = review.candidates.filter { $0.decision == "reject" }.count
        var nodes = graph.nodeIDs.map { graph[$0] }
        var slugs = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($0.element.slug, $0.offset) })
        for c in accepted where c.record == .alias {
            guard let i = slugs[c.source] else { throw IngestError.merge("no node '\(c.source)' in the dataset or the review file") }
            for alias in c.aliases where !nodes[i].aliases.contains(alias) { nodes[i].aliases.append(alias); summary.aliases += 1 }
        }
        for c in accepted where c.record == .node {
            // A person who fills an office the graph keeps as a position node takes its place.
            if let old = c.filledNode, slugs[c.source] == nil, let i = slugs[old] {
                nodes[i] = Node(slug: c.source, kind: NodeKind(unchecked: c.kind), subtype: c.subtype.isEmpty ? nil : c.subtype, name: c.name,
                                aliases: c.aliases, sources: nodes[i].sources.contains(src) ? nodes[i].sources : nodes[i].sources + [src])
                (slugs[old], slugs[c.source]) = (nil, i)
                summary.nodes += 1
                continue
            }
            if let i = slugs[c.source] { if !nodes[i].sources.contains(src) { nodes[i].sources.append(src) }; summary.unchanged += 1; continue }
            slugs[c.source] = nodes.count
            nodes.append(Node(slug: c.source, kind: NodeKind(unchecked: c.kind), subtype: c.subtype.isEmpty ? nil : c.subtype, name: c.name,
                              aliases: c.aliases, sources: [src]))
            summary.nodes += 1
        }
        for node in nodes { try builder.add(node) }
        var edges = graph.edgeIDs.map { graph[$0] }
        var edgeSlugs = Set(edges.map(\.slug))
        var conflicts = graph.conflicts
        for c in accepted where c.record == .edge {
            guard let a = slugs[c.source], let b = slugs[c.target] else { throw IngestError.merge("no node '\(slugs[c.source] == nil ? c.source : c.target)' in the dataset or the review file") }
            let fact = EdgeFact(c, source: NodeID(a), target: NodeID(b), place: slugs[c.place].map(NodeID.init))
            let citation = Citation(source: src, paraphrase: c.paraphrase)
            let same = edges.indices.filter { edges[$0].type == fact.type && fact.joins(edges[$0]) }
            if let i = same.first(where: { edges[$0].status == fact.status && fact.dateFits(edges[$0]) }) {
                if edges[i].citations.contains(where: { $0.source == src }) { summary.unchanged += 1 } else { edges[i].citations.append(citation); summary.corroborations += 1 }
            } else if let i = same.first {
                let field: Conflict.Field = edges[i].status != fact.status ? .status : .date
                let slug = "conflict-\(edges[i].slug)-\(review.source.id)"
                if !conflicts.contains(where: { $0.slug == slug }) {
                    conflicts.append(Conflict(slug: slug, subjects: [.edge(EdgeID(i))], field: field,
                                              description: "\(review.source.id) reports \(field == .status ? fact.status.rawValue : fact.date?.description ?? "no date")",
                                              sources: Array(Set(edges[i].sources + [src])).sorted()))
                    summary.conflicts += 1
                }
                if edges[i].status == .planned && fact.status == .occurred {
                    edges[i].status = .occurred
                    if fact.date != nil { edges[i].date = fact.date }
                }
                if !edges[i].citations.contains(where: { $0.source == src }) { edges[i].citations.append(citation) }
            } else {
                var slug = "\(c.type.replacingOccurrences(of: "_", with: "-"))-\(c.source)-\(c.target)"
                var n = 2
                while edgeSlugs.contains(slug) { slug = "\(c.type.replacingOccurrences(of: "_", with: "-"))-\(c.source)-\(c.target)-\(n)"; n += 1 }
                edgeSlugs.insert(slug)
                edges.append(Edge(slug: slug, type: fact.type, source: fact.source, target: fact.target, status: fact.status, date: fact.date,
                                  place: fact.place, role: ParticipationRole(rawValue: c.role), title: c.title.isEmpty ? nil : c.title,
                                  areas: c.areas.compactMap(CooperationArea.init(rawValue:)).sorted(), topics: c.topics, citations: [citation]))
                summary.edges += 1
            }
        }
        for edge in edges { try builder.add(edge) }
        for conflict in conflicts { builder.add(conflict) }
        return (builder.build(), summary)
    }

    /// A candidate's fact with its ends as node ids.
    struct EdgeFact {
        let type: EdgeType, source: NodeID, target: NodeID, status: EdgeStatus, date: DateSpan?, place: NodeID?
        init(_ c: Candidate, source: NodeID, target: NodeID, place: NodeID?) {
            (type, self.source, self.target, self.place) = (EdgeType(unchecked: c.type), source, target, place)
            status = EdgeStatus(rawValue: c.status) ?? .occurred
            date = c.date.isEmpty ? nil : try? DateSpan(parsing: c.date)
        }
        func joins(_ e: Edge) -> Bool {
            (e.source == source && e.target == target) || (type.isSymmetric && e.source == target && e.target == source)
        }
        func dateFits(_ e: Edge) -> Bool { date == nil || e.date == nil || e.date!.overlaps(date!) }
    }
}
