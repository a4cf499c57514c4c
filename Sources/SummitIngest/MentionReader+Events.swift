import SummitGraph

extension MentionReader {
    /// "the summit", "a two-day meeting", "a dinner".
    mutating func event(at i: Int) -> ([Mention], Int)? {
        guard let w = word(i), let noun = lexicon.events[w] else { return nil }
        // "the APEC summit": another event, named by the word before it, not the article's own.
        if i > 0, tokens[i - 1].kind == .word || tokens[i - 1].kind == .number, tokens[i - 1].isCapitalized || tokens[i - 1].kind == .number,
           !lexicon.functionWords.contains(tokens[i - 1].folded), knownName(at: i - 1) == nil, !tokens[i].isCapitalized { return nil }
        var k = i - 1
        while k >= 0, tokens[k].kind != .mark || tokens[k].text == "-" || tokens[k].text == "'", !["the", "a", "an", "this", "that", "their", "its"].contains(tokens[k].folded) {
            if lexicon.otherEventWords.contains(tokens[k].folded) { return nil }  // "the next summit"
            k -= 1
        }
        let definite = k >= 0 && !["a", "an"].contains(tokens[k].folded)
        let referent: Mention.Referent = noun.current || definite ? .currentEvent(noun.subtype) : .newEvent(w)
        // "the first summit of the X Dialogue": the event, of X; X is read (and proposed) but is
        // no end of what the sentence says of the event ("take part in", "chaired by").
        var end = i + 1
        var body: Int? = nil
        if word(end) == "of" {
            let k = word(end + 1) == "the" ? end + 2 : end + 1
            if let (m, e) = properName(at: k), let x = m.first?.entities.first, m.first?.entities.count == 1,
               [.initiative, .organization].contains(table[x].kind), !table[x].isEventLike { end = e; body = x }
        }
        // "a meeting of the CIS Council of Heads of State": one sitting of the body, named so,
        // not after the city it is in.
        if let body, !definite, noun.subtype == "meeting", table[body].kind == .organization {
            // ("a special meeting of …": with the words between the article and the noun.)
            let first = k >= 0 && (k + 1..<i).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) ? k + 1 : i
            let name = Self.nameText(tokens[first..<end])
            let entity = table.names[NameKey(name).text]?.first?.entity
                ?? propose(Entity(slug: Slugs.make(name), kind: .initiative, subtype: noun.subtype, name: name, aliases: [], origin: .proposed), tokens: i..<end)
            return ([Mention(tokens: i..<end, referent: .entities([entity]))], end)
        }
        // "the 12th meeting of the X Commission": one sitting of a body's series, not the
        // article's summit (a meeting with no current one of its own never falls back to it).
        let numbered = i > 0 && (lexicon.ordinalWords[tokens[i - 1].folded] != nil || Self.ordinalSuffix(tokens, before: i))
        // (So is "the first meeting of the platform", whatever follows "of".)
        if body != nil || word(end) == "of", numbered, noun.subtype == "meeting", case .currentEvent = referent {
            return ([Mention(tokens: i..<end, referent: .currentEvent("sitting"))], end)
        }
        return ([Mention(tokens: i..<end, referent: referent)], end)
    }

    /// "a new framework for cooperation in the AI sector": an initiative the "for" phrase names,
    /// up to a comma, "and", "that" or "which".
    func unnamedInitiative(at i: Int) -> ([Mention], Int)? {
        guard let w = word(i), let subtype = lexicon.initiativeNouns[w], word(i + 1) == "for", !tokens[i].isCapitalized else { return nil }
        var end = i + 2
        while end < tokens.count, end - i < 10, tokens[end].kind != .mark, !["and", "that", "which", "to", "with"].contains(tokens[end].folded) { end += 1 }
        guard end > i + 2 else { return nil }
        let name = tokens[i].text.prefix(1).uppercased() + tokens[i].text.dropFirst() + " " + tokens[(i + 1)..<end].map(\.text).joined(separator: " ")
        if let known = table.names[NameKey(name).text]?.first {
            return ([Mention(tokens: i..<end, referent: .entities([known.entity]))], end)
        }
        return ([Mention(tokens: i..<end, referent: .newInitiative(name, subtype))], end)
    }

    /// "the leaders", "the participants": those of the article's current event; not "over 300
    /// business leaders" (a number or an outsider word before it, languages.tsv `outsiders`).
    func group(at i: Int) -> ([Mention], Int)? {
        if i > 0, tokens[i - 1].kind == .number || (tokens[i - 1].kind == .word && lexicon.outsiderWords.contains(tokens[i - 1].folded)) { return nil }
        for g in lexicon.groups where matches(g, at: i) { return ([Mention(tokens: i..<(i + g.count), referent: .group)], i + g.count) }
        return nil
    }

    /// "the next Ukraine-Nordic Summit", "the previous G20 Summit": a named event after a word
    /// that makes it another edition (languages.tsv `editions`) is not the edition the name means.
    /// A coming one ("next", "following") is an event of its own, "Next Ukraine-Nordic Summit",
    /// what the article says of it said of that one; a past one, after the article named the
    /// event, a mention of no one. (Named so first, "the last X Summit" is the only edition the
    /// article speaks of, the name's.)
    mutating func otherEdition(_ found: ([Mention], Int), at i: Int) -> ([Mention], Int)? {
        guard let w = word(i - 1), lexicon.editionWords.contains(w), found.0.count == 1, let e = found.0[0].entities.first,
              found.0[0].entities.count == 1, table[e].isEventLike else { return nil }
        let range = found.0[0].tokens
        guard lexicon.comingEditionWords.contains(w) else {
            return namedEvents.contains(e) ? ([Mention(tokens: range, referent: .entities([]))], found.1) : nil
        }
        let name = tokens[i - 1].text.prefix(1).uppercased() + tokens[i - 1].text.dropFirst() + " " + table[e].name
        let next = table.names[NameKey(name).text]?.first?.entity
            ?? propose(Entity(slug: Slugs.make(name), kind: .initiative, subtype: table[e].subtype, name: name, aliases: [], origin: .proposed),
                       tokens: (i - 1)..<range.upperBound)
        return ([Mention(tokens: range, referent: .entities([next]))], found.1)
    }
}
