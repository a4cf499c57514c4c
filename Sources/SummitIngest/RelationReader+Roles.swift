import SummitGraph

/// Which mentions a relation's end may be: a modifier never is, a passive's agent is no subject
/// of the next verb, a demonym before a noun cue is its subject.
extension RelationReader {
    /// A name glued by a hyphen to a lower-case word is part of a modifier, not an end: "the
    /// one-China principle", "a pro-Russia party", "China-led talks".
    func isModifier(_ m: Mention) -> Bool {
        func glued(_ a: Int, _ b: Int) -> Bool { tokens[a].range.upperBound == tokens[b].range.lowerBound }
        let lower = m.tokens.lowerBound, upper = m.tokens.upperBound
        if lower >= 2, tokens[lower - 1].isMark("-"), glued(lower - 2, lower - 1), glued(lower - 1, lower),
           tokens[lower - 2].kind == .word, !tokens[lower - 2].isCapitalized { return true }
        if upper + 1 < tokens.count, tokens[upper].isMark("-"), glued(upper - 1, upper), glued(upper, upper + 1),
           tokens[upper + 1].kind == .word, !tokens[upper + 1].isCapitalized { return true }
        // "organised by Japan's Ministry of Economy, Trade and Industry": a name that owns the
        // name after it is not itself the end (the ministry is).
        if upper + 1 < tokens.count, tokens[upper].text.lowercased() == "'s", tokens[upper + 1].kind == .word, tokens[upper + 1].isCapitalized { return true }
        // "hosted the X Dialogue's first leaders' summit": the summit is hosted, not X.
        if upper < tokens.count, tokens[upper].text.lowercased() == "'s", eventNoun(within: (upper + 1)..<min(tokens.count, upper + 5)) { return true }
        // "the Bishkek summit", "the Tokyo talks": a name before a lower-case event noun names the event.
        if upper < tokens.count, tokens[upper].kind == .word, !tokens[upper].isCapitalized, lexicon.events[tokens[upper].folded] != nil,
           m.entities.allSatisfy({ [.place, .state].contains(kindOf($0)) }) { return true }
        return false
    }

    /// Whether a lower-case event noun ("summit", "meeting", "declaration") stands in `range`
    /// before any capitalised word or clause mark: "the next meeting of foreign ministers of X"
    /// is that meeting, not X.
    func eventNoun(within range: Range<Int>) -> Bool {
        for k in range {
            let t = tokens[k]
            if t.kind == .word, t.isCapitalized { return false }
            if t.isMark(",") || t.isMark(";") { return false }
            if t.kind == .word, lexicon.events[t.folded] != nil { return true }
        }
        return false
    }

    /// Whether `m` stands after an office's plural and "of" ("the heads of the five Central
    /// Asian states", "the presidents of A and B"): the holders are meant, not the states.
    func isOfficesOwner(_ m: Mention) -> Bool {
        var k = m.tokens.lowerBound - 1
        if k >= 0, tokens[k].folded == "the" { k -= 1 }
        guard k >= 1, tokens[k].folded == "of" else { return false }
        let word = tokens[k - 1].folded
        return lexicon.offices.contains { $0.pluralWords.first == word }
    }

    /// Whether `m` is who invited: after "the invitation of", "an invitation from", "invited by"
    /// (an appeal word of status-cues.tsv, then "of", "from" or "by"), through "the", honorifics
    /// and the capitalised words of a title.
    func isInviter(_ m: Mention) -> Bool {
        var s = m.tokens.lowerBound - 1
        while s >= 0, skippable.contains(s) || tokens[s].folded == "the" || (tokens[s].kind == .word && tokens[s].isCapitalized) { s -= 1 }
        guard s >= 1, ["of", "from", "by"].contains(tokens[s].folded) else { return false }
        let word = tokens[s - 1].folded
        return lexicon.statusCues.contains { $0.status == "appeal" && $0.words == [word] }
    }

    /// Whether `m` follows "by" (through "the" and honorifics): the agent of a passive.
    /// So is one coordinated with an agent ("chaired by A and B": B too).
    func isAgent(_ m: Mention) -> Bool {
        var s = m.tokens.lowerBound - 1
        // Past "the", honorifics and the capitalised words of a title ("by European Council
        // President A", "by Uzbek President B").
        while s >= 0, skippable.contains(s) || tokens[s].folded == "the" || (tokens[s].kind == .word && tokens[s].isCapitalized) { s -= 1 }
        guard s >= 0 else { return false }
        if tokens[s].folded == "by" { return true }
        guard tokens[s].folded == "and" || tokens[s].isMark(",") else { return false }
        var e = s
        if tokens[s].folded == "and", s > 0, tokens[s - 1].isMark(",") { e = s - 1 }
        guard let previous = mentions.last(where: { $0.tokens.upperBound == e }) else { return false }
        return isAgent(previous)
    }

    /// "continued Japanese support for B", "Kazakh investment in B": the demonym before a noun
    /// cue (lower-case words between, at most two) is the cue's subject, whoever the sentence is about.
    func demonymSubject(before i: Int, _ kinds: Set<NodeKind>) -> [Mention]? {
        guard let m = mentions.last(where: { $0.isAdjective && $0.organisations.isEmpty && $0.tokens.upperBound <= i }),
              i - m.tokens.upperBound <= 2,
              tokens[m.tokens.upperBound..<i].allSatisfy({ $0.kind == .word && !$0.isCapitalized && !lexicon.functionWords.contains($0.folded) }),
              !entities([m], fitting: kinds).isEmpty else { return nil }
        return [m]
    }
}
