import SummitGraph

/// A line of `nodes.tsv` as ``DatasetWriter`` adds it: the model's vocabularies, other records
/// named by their ids (slugs), since a record may name one added in the same write.
public struct NodeRecord: Hashable, Sendable {
    public var id: String
    public var kind: NodeKind
    public var subtype: String?
    public var name: String
    public var aliases: [String]
    public var attributes: [Attribute]
    /// Ids of the sources that name the node.
    public var sources: [String]

    public init(id: String, kind: NodeKind, subtype: String? = nil, name: String, aliases: [String] = [],
                attributes: [Attribute] = [], sources: [String] = []) {
        (self.id, self.kind, self.subtype, self.name) = (id, kind, subtype, name)
        (self.aliases, self.attributes, self.sources) = (aliases, attributes, sources)
    }

    /// Node `id` of `graph`.
    public init(_ id: NodeID, in graph: Graph) {
        let node = graph[id]
        self.init(id: node.slug, kind: node.kind, subtype: node.subtype, name: node.name, aliases: node.aliases,
                  attributes: node.attributes, sources: node.sources.map { graph[$0].slug })
    }

    var fields: [String: String] {
        ["id": id, "kind": kind.rawValue, "subtype": subtype ?? "", "name": name, "aliases": list(aliases),
         "attributes": list(attributes.map { "\($0.key)=\($0.value)" }), "sources": list(sources)]
    }
}

/// A line of `edges.tsv` as ``DatasetWriter`` adds it; ends, place and sources by id.
public struct EdgeRecord: Hashable, Sendable {
    public var id: String
    public var type: EdgeType
    public var source: String
    public var target: String
    public var status: EdgeStatus
    public var date: DateSpan?
    public var place: String?
    public var role: ParticipationRole?
    public var title: String?
    public var areas: [CooperationArea]
    public var topics: [String]
    /// Ids of the sources that state the fact; the evidence goes in ``EvidenceRecord``s.
    public var sources: [String]
    public var note: String?

    public init(id: String, type: EdgeType, source: String, target: String, status: EdgeStatus, date: DateSpan? = nil,
                place: String? = nil, role: ParticipationRole? = nil, title: String? = nil, areas: [CooperationArea] = [],
                topics: [String] = [], sources: [String], note: String? = nil) {
        (self.id, self.type, self.source, self.target, self.status) = (id, type, source, target, status)
        (self.date, self.place, self.role, self.title) = (date, place, role, title)
        (self.areas, self.topics, self.sources, self.note) = (areas, topics, sources, note)
    }

    /// Edge `id` of `graph` (its evidence: ``EvidenceRecord/records(of:in:)``).
    public init(_ id: EdgeID, in graph: Graph) {
        let edge = graph[id]
        self.init(id: edge.slug, type: edge.type, source: graph[edge.source].slug, target: graph[edge.target].slug,
                  status: edge.status, date: edge.date, place: edge.place.map { graph[$0].slug }, role: edge.role,
                  title: edge.title, areas: edge.areas, topics: edge.topics, sources: edge.sources.map { graph[$0].slug },
                  note: edge.note)
    }

    var fields: [String: String] {
        ["id": id, "type": type.rawValue, "source": source, "target": target, "status": status.rawValue,
         "date": date?.description ?? "", "place": place ?? "", "role": role?.rawValue ?? "", "title": title ?? "",
         "areas": list(areas.map(\.rawValue)), "topics": list(topics), "sources": list(sources), "note": note ?? ""]
    }
}

/// A line of `evidence.tsv`: what one source says about one edge, in the dataset's words, and
/// where its article says it.
public struct EvidenceRecord: Hashable, Sendable {
    public var edge: String
    public var source: String
    public var paraphrase: String
    public var location: SentenceLocation?

    public init(edge: String, source: String, paraphrase: String, location: SentenceLocation? = nil) {
        (self.edge, self.source, self.paraphrase, self.location) = (edge, source, paraphrase, location)
    }

    /// The evidence of edge `id` of `graph`: one record per citation with a paraphrase.
    public static func records(of id: EdgeID, in graph: Graph) -> [EvidenceRecord] {
        graph[id].citations.compactMap { citation in
            citation.paraphrase.map {
                EvidenceRecord(edge: graph[id].slug, source: graph[citation.source].slug, paraphrase: $0, location: citation.location)
            }
        }
    }

    var fields: [String: String] {
        ["edge": edge, "source": source, "paraphrase": paraphrase,
         "span": location?.span.description ?? "", "sha256": location?.sha256.description ?? ""]
    }
}

/// A line of `conflicts.tsv`: a disagreement between sources; subjects and sources by id.
public struct ConflictRecord: Hashable, Sendable {
    public var id: String
    /// Ids of the nodes and edges the sources disagree on.
    public var subjects: [String]
    public var field: Conflict.Field
    public var description: String
    public var sources: [String]

    public init(id: String, subjects: [String], field: Conflict.Field, description: String, sources: [String]) {
        (self.id, self.subjects, self.field, self.description, self.sources) = (id, subjects, field, description, sources)
    }

    /// `conflict` of `graph`.
    public init(_ conflict: Conflict, in graph: Graph) {
        let subjects = conflict.subjects.map { subject in
            switch subject {
            case .node(let n): graph[n].slug
            case .edge(let e): graph[e].slug
            }
        }
        self.init(id: conflict.slug, subjects: subjects, field: conflict.field, description: conflict.description,
                  sources: conflict.sources.map { graph[$0].slug })
    }

    var fields: [String: String] {
        ["id": id, "subjects": list(subjects), "field": field.rawValue, "description": description, "sources": list(sources)]
    }
}

extension Source {
    var fields: [String: String] {
        ["id": slug, "file": file, "publisher": publisher, "published": published?.description ?? "", "title": title,
         "place": place ?? "", "author": author ?? ""]
    }
}

/// A `;`-separated list, as the seeds write them.
private func list(_ items: [String]) -> String { items.joined(separator: ";") }
