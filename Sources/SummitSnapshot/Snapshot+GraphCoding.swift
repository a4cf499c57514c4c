import SummitGraph

extension BinaryWriter {
    /// Writes every column and table of `graph`, then `notes`.
    mutating func write(graph: Graph, notes: [String]) {
        let nodes = graph.nodes, edges = graph.edges
        write(graph.sources.count)
        for source in graph.sources {
            for text in [source.slug, source.file, source.publisher, source.title] { write(text) }
            write(source.published?.packed ?? 0)
            write(source.place)
            write(source.author)
        }
        write(pool: nodes.slugs)
        write(pool: nodes.names)
        write(array: nodes.kindCodes)
        write(nodes.kinds.map(\.rawValue))
        write(array: nodes.detailCodes)
        write(nodes.details.count)
        for detail in nodes.details {
            write(detail.subtype)
            write(detail.aliases)
            write(detail.attributes.map(\.key))
            write(detail.attributes.map(\.value))
            write(array: detail.sources.map(\.index))
        }
        write(array: nodes.index.slots)
        for column in [edges.sources, edges.targets] { write(array: column) }
        write(array: edges.typeCodes)
        write(edges.types.map(\.rawValue))
        write(array: edges.statusCodes)
        write(array: edges.dates)
        write(array: edges.detailCodes)
        write(edges.details.count)
        for detail in edges.details {
            write(detail.place?.index ?? -1)
            write(detail.role?.rawValue)
            write(detail.title)
            write(detail.areas.map(\.rawValue))
            write(detail.topics)
            write(array: detail.citations.map(\.source.index))
            write(detail.citations.count)
            for citation in detail.citations { write(citation.paraphrase) }
            for citation in detail.citations { write(location: citation.location) }
            write(detail.note)
        }
        write(pool: edges.slugs)
        write(array: edges.index.slots)
        for adjacency in [graph.outgoing, graph.incoming] {
            write(array: adjacency.offsets)
            write(array: adjacency.edges)
            write(array: adjacency.farEnds)
        }
        write(graph.conflicts.count)
        for conflict in graph.conflicts {
            write(conflict.slug)
            write(conflict.field.rawValue)
            write(conflict.description)
            write(array: conflict.sources.map(\.index))
            write(conflict.subjects.count)
            for subject in conflict.subjects {
                switch subject {
                case .node(let id): write(UInt8(0)); write(id.index)
                case .edge(let id): write(UInt8(1)); write(id.index)
                }
            }
        }
        write(notes)
    }

    /// A sentence location as its span's two ends (`-1` for none) and the hash's four words.
    mutating func write(location: SentenceLocation?) {
        write(Int64(location?.span.start ?? -1))
        write(Int64(location?.span.end ?? -1))
        let words = location?.sha256.words ?? (0, 0, 0, 0)
        for word in [words.0, words.1, words.2, words.3] { write(word) }
    }

    mutating func write(pool: StringPool) {
        write(array: pool.bytes)
        write(array: pool.ends)
    }
}
