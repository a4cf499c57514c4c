import SummitGraph

/// Who holds which office, read from a graph's `head_of` and `holds_role` edges: so that a name
/// may be an office phrase ("President of Tajikistan", "the Japanese Emperor", "Japan's Prime
/// Minister") that means whoever holds it, as the articles say it.
struct OfficeHolders: Sendable {
    /// Folded title → the state or organisation → the nodes holding the title there.
    private var holders: [NameKey: [NodeID: [NodeID]]] = [:]
    /// The longest title, in words.
    private var longestTitle = 0

    /// The holders the graph records: edges of types whose rule takes a `title`, that are not
    /// `historical` (a former office no longer names its holder).
    /// - Complexity: O(*E*).
    init(_ graph: Graph) {
        guard let title = graph.schema.field(named: "title") else { return }
        for id in graph.edgeIDs {
            let edges = graph.edges
            guard graph.schema.rule(for: edges.type(of: id))?.requires(title) == true, edges.status(of: id) != .historical,
                  let text = graph[id].title else { continue }
            let key = NameKey(text)
            guard !key.isEmpty else { continue }
            longestTitle = max(longestTitle, key.tokens.count)
            let (holder, office) = (edges.source(of: id), edges.target(of: id))
            if holders[key, default: [:]][office, default: []].contains(holder) == false {
                holders[key, default: [:]][office, default: []].append(holder)
            }
        }
    }

    /// The holders of the office `words` name, given how to read a place: "TITLE of PLACE",
    /// "PLACE TITLE" or "PLACE's TITLE" (a leading "the" is dropped). `place` maps folded
    /// words (a name, an alias, a demonym) to the nodes they name.
    /// - Returns: the holders, in the graph's order; empty when the words name no office held.
    /// - Complexity: O(*w*²) lookups for *w* words.
    func holders(of words: [Substring], place: ([Substring]) -> [NodeID]) -> [NodeID] {
        var words = words
        if words.first == "the" { words.removeFirst() }
        guard words.count >= 2, !holders.isEmpty else { return [] }
        var found: [NodeID] = []
        func add(title: ArraySlice<Substring>, place placeWords: ArraySlice<Substring>) {
            guard !title.isEmpty, !placeWords.isEmpty, let offices = holders[NameKey(title.joined(separator: " "))] else { return }
            var placeWords = Array(placeWords)
            if placeWords.first == "the" { placeWords.removeFirst() }
            var places = place(placeWords)
            if places.isEmpty, placeWords.last == "s", placeWords.count > 1 { places = place(Array(placeWords.dropLast())) }  // Japan's
            for office in places { for holder in offices[office] ?? [] where !found.contains(holder) { found.append(holder) } }
        }
        for (i, word) in words.enumerated() where word == "of" {
            add(title: words[..<i], place: words[(i + 1)...])
        }
        for length in 1...min(longestTitle, words.count - 1) {
            add(title: words[(words.count - length)...], place: words[..<(words.count - length)])
        }
        return found.sorted()
    }
}
