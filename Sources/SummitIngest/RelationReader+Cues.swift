import SummitGraph

extension RelationReader {
    /// The cues at `i`, longest first: each with where it ends, and for "the visit of A to B"
    /// (or "the visit by A to B") the mention of A between the cue's noun and its preposition.
    func cues(at i: Int) -> [(Lexicon.RelationCue, Int, Mention?)] {
        var hits: [(Lexicon.RelationCue, Int, Mention?)] = []
        // "the Program of Economic Cooperation between A and B": a capitalised cue inside a sentence
        // (no headline: it closes with a full stop or a semicolon, or its words are mostly lower
        // case), after a capitalised word or a title's
        // link word after one, is a word of a document's name, no relation said.
        if tokens[i].isCapitalized, i >= 2, case let (p, q) = (tokens[i - 1], tokens[i - 2]),
           (p.kind == .word && p.isCapitalized && !lexicon.functionWords.contains(p.folded))
               || (["of", "on", "for", "and"].contains(p.folded) && !p.isCapitalized && q.kind == .word && q.isCapitalized) {
            let closed = tokens.last.map { $0.isMark(".") || $0.isMark(";") } ?? false
            let words = tokens.filter { $0.kind == .word && !lexicon.functionWords.contains($0.folded) }
            if closed || words.filter(\.isCapitalized).count * 10 < words.count * 7 { return [] }
        }
        // "preparations for the visit": after a determiner a verb's form is a noun, no active cue.
        let afterDeterminer = i > 0 && tokens[i - 1].kind == .word && lexicon.determiners.contains(tokens[i - 1].folded)
        // "will be received by B": after a form of "be" a participle is passive, no active cue
        // ("is hosting" stays active).
        // An adverb may stand between: "was later received by B".
        var aux = i - 1
        while aux > 0, tokens[aux].kind == .word, lexicon.sequenceAdverbs.contains(tokens[aux].folded) { aux -= 1 }
        let passive = aux >= 0 && tokens[aux].kind == .word && lexicon.auxiliaries.contains(tokens[aux].folded) && !isGerund(i)
        for c in lexicon.relationsByFirstWord[tokens[i].folded] ?? [] {
            if c.frame == "active", afterDeterminer || passive { continue }
            if let end = cueEnd(c.words, at: i) {
                guard hits.isEmpty || hits[0].0.words == c.words else { continue }
                hits.append((c, end, nil))
            } else if hits.isEmpty, c.frame == "prep", c.words.count >= 2, matches(Array(c.words.dropLast()), at: i),
                      ["of", "by"].contains(tokens[safe: i + c.words.count - 1]?.folded),
                      let m = mentions.first(where: { $0.tokens.lowerBound == i + c.words.count }),
                      tokens[safe: m.tokens.upperBound]?.folded == c.words.last {
                hits.append((c, m.tokens.upperBound + 1, m))
            }
        }
        return hits
    }

    /// The longest cues at `i` shorter than `hits` (its verb without the preposition), if any.
    func shorterCues(at i: Int, than hits: [(Lexicon.RelationCue, Int, Mention?)]) -> [(Lexicon.RelationCue, Int, Mention?)]? {
        guard let length = hits.first.map({ $0.0.words.count }), hits.allSatisfy({ $0.2 == nil }) else { return nil }
        let shorter = (lexicon.relationsByFirstWord[tokens[i].folded] ?? []).filter { $0.words.count < length && matches($0.words, at: i) }
        guard let best = shorter.map(\.words.count).max() else { return nil }
        return shorter.filter { $0.words.count == best }.map { ($0, i + $0.words.count, nil) }
    }

    /// Whether the word at `i` is a verb's -ing form ("adopting").
    func isGerund(_ i: Int) -> Bool {
        let w = tokens[i].folded
        return tokens[i].kind == .word && !tokens[i].isCapitalized && lexicon.gerundEndings.contains { w.count > $0.count + 2 && w.hasSuffix($0) }
    }

    /// Where the cue `words` at `i` ends: its words in order, and before its last one at most one
    /// adverb of the status inserts or a relative day ("participated today in", "took part
    /// yesterday in", "met again with").
    func cueEnd(_ words: [String], at i: Int) -> Int? {
        if matches(words, at: i) { return i + words.count }
        guard words.count >= 2, matches(Array(words.dropLast()), at: i), let w = tokens[safe: i + words.count - 1], w.kind == .word,
              lexicon.statusInserts.contains(w.folded) || lexicon.relativeDays[w.folded] != nil,
              let last = tokens[safe: i + words.count], last.kind == .word, last.folded == words.last else { return nil }
        return i + words.count + 1
    }

    func matches(_ words: [String], at i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        return words.indices.allSatisfy { tokens[i + $0].folded == words[$0] && tokens[i + $0].kind != .mark }
    }
}
