import SummitGraph

extension ArticleState {
    /// The place right after an event mention ("a summit in Tokyo", "a dinner … at the State Guest House").
    func placeAfter(_ m: Mention, in mentions: [Mention], tokens t: [Token], window: Int = 8) -> Int? {
        // (Not "a senior fellow at the European Policy Forum in Berlin": a job at it makes it a body.)
        var k = m.tokens.lowerBound - 1
        if k >= 0, t[k].folded == "the" { k -= 1 }
        if k >= 1, ["at", "of"].contains(t[k].folded), lexicon.jobNouns.contains(t[k - 1].folded) { return nil }
        // (Nor "The Levant Policy Forum is an independent research institute based in Amman": a
        // body's seat, languages.tsv `seats`, is no event's place.)
        if t[m.tokens.upperBound..<min(t.count, m.tokens.upperBound + window + 2)].contains(where: { lexicon.seatWords.contains($0.folded) }) { return nil }
        for next in mentions where next.tokens.lowerBound > m.tokens.upperBound && next.tokens.lowerBound <= m.tokens.upperBound + window {
            guard let p = next.entities.first, next.entities.count == 1 else { continue }
            let before = t[next.tokens.lowerBound - 1].folded == "the" ? next.tokens.lowerBound - 2 : next.tokens.lowerBound - 1
            guard before >= 0, ["in", "at"].contains(t[before].folded), reader.table[p].kind == .place,
                  ["city", "building", "ward"].contains(reader.table[p].subtype ?? ""),
                  // ("hosting the gathering at Kyiv's request": a possessive is no place.)
                  t[safe: next.tokens.upperBound]?.text.lowercased() != "'s" else { continue }
            // "the ceremony, however, observers in Moscow": past a comma that separates no list
            // ("a dinner for the presidents of A, B and C at …"), only a clause that places the
            // event ("the summit, held in Tokyo", ", which took place in") reaches it.
            let span = m.tokens.upperBound..<before
            // (A comma right before the "at" closes an apposition: "for the President of Iceland,
            // Jon Olafsson, at the Akershus Palace".)
            if span.contains(where: { c in t[c].isMark(",") && c + 1 != before && !mentions.contains { $0.tokens.lowerBound == c + 1 || $0.tokens.contains(c) }
                                          && t[safe: c + 1]?.folded != "and" }),
               !t[span].contains(where: { lexicon.placingWords.contains($0.folded) }) { return nil }
            return p
        }
        return nil
    }

    /// Turns the placeholder ends of a fact into nodes: an unnamed event ("a dinner") named after
    /// its venue ("State Guest House dinner") or its words ("joint declaration"), part of the
    /// article's summit when there is one; an initiative named by its "for" phrase.
    mutating func materialise(_ fact: Fact, mentions: [Mention], sentence: Sentence) -> Fact {
        var fact = fact
        for end in [fact.source, fact.target] where end < 0 {
            let m = mentions[-end - 1]
            let entity = newEntity(for: m, mentions: mentions, sentence: sentence)
            if fact.source == end { fact.source = entity }
            if fact.target == end { fact.target = entity }
        }
        return fact
    }

    mutating func newEntity(for m: Mention, mentions: [Mention], sentence: Sentence) -> Int {
        let key = "\(sentence.index):\(m.tokens.lowerBound)"
        if let e = newEvents[key] { return e }
        let t = sentence.tokens
        let name: String, subtype: String
        var venue: Int? = nil
        switch m.referent {
        case .newInitiative(let n, let s): (name, subtype) = (n, s)
        case .newEvent(let noun):
            subtype = lexicon.events[noun]?.subtype ?? "meeting"
            venue = placeAfter(m, in: mentions, tokens: t, window: 24)
            if let venue { name = "\(reader.table[venue].name) \(noun)" } else {
                var k = m.tokens.lowerBound
                while k > 0, t[k - 1].kind == .word, !t[k - 1].isCapitalized, !["a", "an", "the"].contains(t[k - 1].folded), !lexicon.functionWords.contains(t[k - 1].folded) { k -= 1 }
                name = t[k..<m.tokens.upperBound].map(\.text).joined(separator: " ")
            }
        default: return -1
        }
        let entity: Int
        if let known = reader.table.names[NameKey(name).text]?.first?.entity { entity = known } else {
            entity = reader.propose(Entity(slug: Slugs.make(name), kind: .initiative, subtype: subtype, name: name, aliases: [], origin: .proposed), tokens: m.tokens)
        }
        newEvents[key] = entity
        // (A declaration named after where it was adopted is held nowhere: only an event is.)
        if let venue, reader.table[entity].isEventLike {
            facts.append(Fact(type: .heldIn, source: entity, target: venue, status: .occurred, sentence: sentence.index, rule: "event-at", confidence: 0.75))
        }
        // A dinner or a reception in an article about a summit is part of the summit (not another
        // meeting: "a special virtual meeting of CARICOM heads").
        if case .newEvent(let noun) = m.referent, lexicon.events[noun]?.subtype == "meeting", lexicon.events[noun]?.current == false,
           let summit = currentEvents["summit"], summit != entity {
            facts.append(Fact(type: .partOf, source: entity, target: summit, status: .ongoing, sentence: sentence.index, rule: "sub-event", confidence: 0.6))
        }
        return entity
    }
}
