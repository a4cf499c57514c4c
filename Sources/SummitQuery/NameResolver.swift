import Synchronization
import SummitGraph

/// Finds the node a user means by a name: an id, a name or alias (case- and diacritics-
/// insensitive), or words that occur in exactly one node's names ("Rahmon", "aso").
public struct NameResolver: Sendable {
    struct Entry: Sendable {
        let node: NodeID
        let text: String
        let key: NameKey
        let tokens: Set<Substring>
    }

    /// The folded names, built the first time a query is not an id: looking up an id (what
    /// scripts and the benchmark do on graphs of millions of nodes) folds no name at all.
    final class Index: Sendable {
        let entries: [Entry]
        let byKey: [NameKey: [NodeID]]
        let offices: OfficeHolders

        /// - Complexity: O(total length of the names).
        init(_ graph: Graph) {
            var entries: [Entry] = []
            var byKey: [NameKey: [NodeID]] = [:]
            for id in graph.nodeIDs {
                let node = graph[id]
                for text in [node.name] + node.aliases {
                    let key = NameKey(text)
                    entries.append(Entry(node: id, text: text, key: key, tokens: Set(key.tokens)))
                    if byKey[key]?.contains(id) != true { byKey[key, default: []].append(id) }
                }
            }
            (self.entries, self.byKey, offices) = (entries, byKey, OfficeHolders(graph))
        }
    }

    let graph: Graph
    private final class Slot: Sendable { let index = Mutex<Index?>(nil) }
    private let built = Slot()

    public init(graph: Graph) { self.graph = graph }

    var index: Index {
        built.index.withLock { index in
            if let index { return index }
            let made = Index(graph)
            index = made
            return made
        }
    }

    var entries: [Entry] { index.entries }

    /// The node `query` means.
    ///
    /// Tried in order, the first step that finds anything decides: the exact id; a name or
    /// alias equal to `query` once folded; an office phrase ("President of Tajikistan", "the
    /// Japanese Emperor", "Japan's Prime Minister": the holders its `head_of`/`holds_role` edges
    /// record, former ones left out; a place named by its name, an alias or a demonym from the
    /// ``Gazetteer``); a demonym alone, for its state (`Tajik`); names or aliases containing
    /// every word of `query`.
    /// - Throws: ``QueryError/ambiguousName(_:candidates:)`` when a step finds several nodes,
    ///   ``QueryError/unknownName(_:suggestions:)`` when none finds any.
    /// - Complexity: O(length of `query`) for an id; O(total length of the names) the first time
    ///   anything else is asked, then O(1) for a full name and O(*n*) in the number of names otherwise.
    public func resolve(_ query: String) throws(QueryError) -> NodeID {
        if let id = graph.node(slug: query) { return id }
        let key = NameKey(query)
        if let ids = index.byKey[key] { return try unique(ids, query: query) }
        let words = key.tokens
        let holders = index.offices.holders(of: words, place: places(named:))
        if !holders.isEmpty { return try unique(holders, query: query) }
        if Gazetteer.standard.state(forDemonym: key.text) != nil, case let states = places(named: words), !states.isEmpty {
            return try unique(states, query: query)  // "Tajik": the state, not the Tajik press service
        }
        if !words.isEmpty {
            var matches: [NodeID] = []
            for entry in entries where words.allSatisfy(entry.tokens.contains) && !matches.contains(entry.node) {
                matches.append(entry.node)
            }
            if !matches.isEmpty { return try unique(matches, query: query) }
        }
        throw .unknownName(query, suggestions: suggestions(for: query))
    }

    /// The nodes `words` name as a place: by name or alias, or by a demonym (`tajik`,
    /// `japanese`) of a gazetteer state the graph has by name or alias.
    func places(named words: [Substring]) -> [NodeID] {
        let key = NameKey(words.joined(separator: " "))
        if let ids = index.byKey[key] { return ids }
        guard let state = Gazetteer.standard.state(forDemonym: key.text) else { return [] }
        for name in [state.name] + state.aliases { if let ids = index.byKey[NameKey(name)] { return ids } }
        return []
    }

    private func unique(_ ids: [NodeID], query: String) throws(QueryError) -> NodeID {
        if ids.count == 1 { return ids[0] }
        throw .ambiguousName(query, candidates: ids.sorted().map { candidate($0, matched: graph[$0].name) })
    }

    func candidate(_ id: NodeID, matched: String) -> NameCandidate {
        NameCandidate(id: graph[id].slug, name: graph[id].name, kind: graph[id].kind, matched: matched)
    }
}
