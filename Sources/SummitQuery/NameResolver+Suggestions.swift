import SummitGraph

/// "Did you mean": the names closest to one that names no node.
extension NameResolver {
    /// A text a suggestion can be found by, and what it stands for.
    private struct Spelled {
        let text: String
        let node: NodeID
        /// What the message shows as matched: the name or alias as written.
        let shown: String
        /// Whole names (0) are closer than single words of longer names (1).
        let tier: Int
    }

    /// Up to three nodes whose whole name comes closest to `query`, best first.
    ///
    /// Whole folded names come first: each name and alias, the id, and for a state of the
    /// ``Gazetteer`` that the graph has, the gazetteer's names and its demonyms (`Tajiks` →
    /// Tajikistan, `Kazakstan` → Kazakhstan, never "President of Kazakhstan" for one of its
    /// words). A word of a longer name is offered only when it is strictly closer than every
    /// whole name (`Rahmn` → Emomali Rahmon). A name in Han or kana script is also found by a
    /// part of it of two characters or more: a Japanese surname (`高市` → 高市早苗, Sanae Takaichi).
    /// Suggestions lie within an edit distance that grows with the query's length (a third of
    /// it, at least 1), and within one of the best.
    /// - Complexity: O(*n* · *m*) for *n* names and words of length *m*, plus the gazetteer's states.
    public func suggestions(for query: String) -> [NameCandidate] {
        let folded = NameKey(query).text
        guard !folded.isEmpty else { return [] }
        let limit = max(1, folded.unicodeScalars.count / 3)
        var scored: [(distance: Int, tier: Int, order: Int, spelled: Spelled)] = []
        for (order, spelled) in spellings().enumerated() {
            var distance = Spelling.distance(folded, spelled.text, limit: limit)
            if distance == nil, spelled.tier == 0, Self.isIdeographic(folded), folded.count >= 2, spelled.text.contains(folded) {
                distance = 1  // a part of a name written without spaces
            }
            if let distance { scored.append((distance, spelled.tier, order, spelled)) }
        }
        let bestWhole = scored.filter { $0.tier == 0 }.map(\.distance).min() ?? .max
        let best = scored.map(\.distance).min() ?? 0
        scored = scored.filter { ($0.tier == 0 || $0.distance < bestWhole) && $0.distance <= best + 1 }
        scored.sort { ($0.distance, $0.tier, $0.order) < ($1.distance, $1.tier, $1.order) }
        var seen = Set<NodeID>(), result: [NameCandidate] = []
        for entry in scored where result.count < 3 && seen.insert(entry.spelled.node).inserted {
            result.append(candidate(entry.spelled.node, matched: entry.spelled.shown))
        }
        return result
    }

    /// Every whole name (tier 0) and every word of three letters or more of a longer name (tier 1).
    private func spellings() -> [Spelled] {
        var whole: [Spelled] = [], words: [Spelled] = []
        for entry in entries {
            whole.append(Spelled(text: entry.key.text, node: entry.node, shown: entry.text, tier: 0))
            let tokens = entry.key.tokens
            guard tokens.count > 1 else { continue }
            for token in tokens where token.count > 2 {
                words.append(Spelled(text: String(token), node: entry.node, shown: entry.text, tier: 1))
            }
        }
        for id in graph.nodeIDs { whole.append(Spelled(text: graph[id].slug, node: id, shown: graph[id].name, tier: 0)) }
        for state in Gazetteer.standard.entries where state.kind == .state {
            guard let node = ([state.name] + state.aliases).lazy.compactMap({ self.index.byKey[NameKey($0)]?.first }).first else { continue }
            for name in [state.name] + state.aliases + state.demonyms {
                whole.append(Spelled(text: NameKey(name).text, node: node, shown: graph[node].name, tier: 0))
            }
        }
        return whole + words
    }

    /// Whether `text` is written in Han or kana (no spaces between words).
    private static func isIdeographic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
