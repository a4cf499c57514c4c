import SummitGraph

/// Lists of mentions joined by commas and "and": the objects after a cue, the subjects before it.
extension RelationReader {
    /// The mention `m` and those joined to it by commas and "and" ("A, B and C").
    func coordinated(from m: Mention) -> [Mention] {
        // "DR Congo's Félix Tshisekedi": a possessor before the person is no item of the list.
        func possessor(_ x: Mention) -> Bool {
            tokens[safe: x.tokens.upperBound]?.text.lowercased() == "'s" && mentions.contains { $0.tokens.lowerBound == x.tokens.upperBound + 1 }
        }
        var list = possessor(m) ? [] : [m]
        var last = m
        for next in mentions where next.tokens.lowerBound >= last.tokens.upperBound {
            // "a visit to Japan, Kazakh and Japanese companies …": a demonym before a noun is no item.
            if next.isAdjective { break }
            let gap = tokens[last.tokens.upperBound..<next.tokens.lowerBound]
            guard !gap.isEmpty, gap.indices.allSatisfy({ gap[$0].isMark(",") || gap[$0].folded == "and" || gap[$0].folded == "the" || skippable.contains($0)
                || (possessor(last) && $0 == last.tokens.upperBound) }) else { break }
            // "met with A, and B and C discussed …": a comma before "and" right after the first
            // item, a pair after it, opens another clause (a serial comma follows a series; an
            // apposition's comma closes it: "by the President of X, A, and the Prime Minister …").
            if list.count == 1, !tokens[last.tokens].contains(where: { $0.isMark(",") }), gap.count == 2, gap.first?.isMark(",") == true, gap.last?.folded == "and",
               tokens[safe: next.tokens.upperBound]?.folded == "and",
               mentions.contains(where: { $0.tokens.lowerBound == next.tokens.upperBound + 1 }) { break }
            if !possessor(next) { list.append(next) }
            last = next
        }
        return list
    }

    /// The mention `m` and those joined to it before by commas and "and" ("A, B and C" from C).
    func coordinated(upTo m: Mention) -> [Mention] {
        var list = [m]
        var first = m
        for previous in mentions.reversed() where previous.tokens.upperBound <= first.tokens.lowerBound && !previous.isAdjective {
            let gap = tokens[previous.tokens.upperBound..<first.tokens.lowerBound]
            guard !gap.isEmpty, gap.contains(where: { $0.folded == "and" || $0.isMark(",") }),
                  gap.indices.allSatisfy({ gap[$0].isMark(",") || gap[$0].folded == "and" || skippable.contains($0) }) else { break }
            // "At the conclusion of the Summit, the leaders adopted …": the sentence's first comma
            // closes a fronted adverbial (languages.tsv `fronted`), whose mentions are no list items.
            if !gap.contains(where: { $0.folded == "and" }), let comma = gap.firstIndex(where: { $0.isMark(",") }),
               let opener = tokens.first(where: { $0.kind == .word }), lexicon.frontedOpeners.contains(opener.folded),
               !tokens[..<comma].contains(where: { $0.isMark(",") }) { break }
            list.insert(previous, at: 0)
            first = previous
        }
        return list
    }
}
