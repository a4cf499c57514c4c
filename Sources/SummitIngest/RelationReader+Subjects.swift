import SummitGraph

extension RelationReader {
    /// The subject of the verb at `i`: the nearest mention before it that fits `kinds`, with the
    /// mentions coordinated with it. Nothing when a clause word or a pronoun ("that", "he"), a
    /// capitalised word no mention covers, or a mention that does not fit stands between (a
    /// mention inside commas, an apposition, may stand between).
    /// For a verb (`verb`), a possessive before another noun does not make the subject either
    /// ("A's predecessor visited B": not A); for a noun cue it does ("A's planned visit to B").
    func subject(before i: Int, _ kinds: Set<NodeKind>, verb: Bool = false) -> [Mention]? {
        var end = i
        // What a relative clause of an earlier mention names is no subject of the verb after the
        // clause ("A, who chairs B this year, presided over C": the words inside block nothing).
        // So does one after an unread name ("His Highness the Crown Prince, who is visiting on
        // behalf of the Amir B, arrived in Tokyo": not B).
        let clauses = (before(i).map { relativeClause(after: $0) } + relativeClauses(before: i)).filter { !$0.isEmpty && $0.upperBound < i }
        // "The summit, the first since the X Dialogue was set up in 2004, adopted …", "B, State
        // Minister at Japan's Ministry of …, also took part": a verb right after a comma follows an
        // insert opened by the comma before it; what the insert names is not the subject.
        var adverbs = i - 1
        while adverbs > 0, tokens[adverbs].kind == .word, lexicon.sequenceAdverbs.contains(tokens[adverbs].folded) || lexicon.statusInserts.contains(tokens[adverbs].folded) { adverbs -= 1 }
        // (An insert that is only a name, "the President of Chile, Ana Soto, signed", is the subject.)
        if adverbs > 0, tokens[adverbs].isMark(","), let open = tokens[..<adverbs].indices.last(where: { tokens[$0].isMark(",") && !covered.contains($0) }),
           ((open + 1)..<adverbs).contains(where: { tokens[$0].kind == .word && !covered.contains($0) && !lexicon.functionWords.contains(tokens[$0].folded) }) {
            if before(open).contains(where: { !entities([$0], fitting: kinds).isEmpty }) {
                end = open
            } else if open > 0, tokens[open - 1].kind == .word, tokens[open - 1].isCapitalized, !covered.contains(open - 1) {
                // ("Jorge Pinto, a deputy minister at Chile's Ministry of Economy, also took part":
                // the subject is a name the reader did not read.)
                return nil
            }
        }
        for m in before(i) where m.tokens.upperBound <= end {
            if let clause = clauses.first(where: { $0.contains(m.tokens.lowerBound) }) {
                end = min(end, clause.lowerBound); continue
            }
            let gap = tokens[m.tokens.upperBound..<end]
            if verb, gap.first?.text.lowercased() == "'s", gap.dropFirst().contains(where: { $0.kind == .word }) { return nil }
            let relative = relativeClause(after: m)
            let blocked = gap.indices.contains { k in
                if relative.contains(k) { return false }
                let t = tokens[k]
                let isDateWord = lexicon.months[t.folded] != nil || lexicon.weekdays[t.folded] != nil
                return t.kind == .word && (lexicon.subjectBlockers.contains(t.folded)
                    || (t.isCapitalized && !isDateWord && !covered.contains(k) && !skippable.contains(k)))
            }
            if blocked { return nil }
            // "A held talks with B in Riyadh, and two weeks later travelled to C": an "and" before
            // words no mention covers opens the verb's own clause; its subject is not before it.
            if verb, gap.indices.contains(where: { k in
                guard tokens[k].folded == "and", !relative.contains(k) else { return false }
                var n = k + 1
                while n < end, ["the", "a", "an"].contains(tokens[n].folded) { n += 1 }
                return n < end && !covered.contains(n) && !skippable.contains(n)
            }) { return nil }
            // "A was received by B and then met C", "the summit, chaired by B, closed with the adoption
            // of X": the agent of a passive is no subject of the verb or noun after it.
            if isAgent(m) { return nil }
            if isOfficesOwner(m) { return nil }
            // "A accepted the invitation of B to pay a visit to C": the invited, not B, visits.
            if isInviter(m) { end = m.tokens.lowerBound; continue }
            // "A, who is on a working visit to Japan to take part in the summit": a place or state
            // after "to", "in", "at", "from" is where, never who does what the infinitive says.
            // (Before an infinitive only: "… visit to Japan to take part in".)
            if i > 0, tokens[i - 1].folded == "to", m.tokens.lowerBound > 0, ["to", "in", "at", "from", "into"].contains(tokens[m.tokens.lowerBound - 1].folded),
               entities([m], fitting: [.person]).isEmpty { end = m.tokens.lowerBound - 1; continue }
            // "discussed the security situation in the Baltic Sea region, support for Ukraine": for a
            // noun's cue, a place after "in", "at" or "near", closed by a comma (a place noun
            // between), is where, never whose (a capital standing for its state has no
            // preposition: "Tokyo's support for B").
            if !verb, m.tokens.lowerBound > 0, tokens[m.tokens.upperBound..<i].prefix(2).contains(where: { $0.isMark(",") }), case let p = tokens[m.tokens.lowerBound - 1].folded == "the" ? m.tokens.lowerBound - 2 : m.tokens.lowerBound - 1,
               p >= 0, ["in", "at", "near"].contains(tokens[p].folded), !resolve(m).isEmpty, resolve(m).allSatisfy({ kindOf($0) == .place }) {
                end = max(0, p); continue
            }
            if !entities([m], fitting: kinds).isEmpty {
                // "The leaders of Japan and the five Central Asian republics adopted …": the
                // leaders, not their states (the first of a list owns the office too).
                let list = coordinated(upTo: m)
                return list.contains(where: isOfficesOwner) ? nil : list
            }
            // Only an apposition may stand between: "Takaichi, chair of the meeting, hosted".
            guard tokens[safe: m.tokens.upperBound]?.isMark(",") == true else { return nil }
            end = m.tokens.lowerBound
        }
        return nil
    }
}
