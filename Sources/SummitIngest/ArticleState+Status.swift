import SummitGraph

extension ArticleState {
    /// The fact with the status its sentence's cues give (status-cues.tsv); `nil` when the fact
    /// did not happen. Read in this order: a remote talk (no meeting), a denial before the cue,
    /// a cue after the cue that undoes it ("… but the trip was called off", "… if invited"), a
    /// dropping cue in the five tokens before the cue ("has not", "had been due to"), an opinion
    /// there ("should") unless the sentence says it was agreed,
    /// then the other status cues there, longest first.
    /// Words inside a mention (`names`: the sentence's mentions' tokens) are the name's, no cue:
    /// "Former President A visited B" is a visit that occurred, by a former president.
    func withStatus(_ fact: Fact, cue: Int, tokens: [Token], names: [Range<Int>] = []) -> Fact? {
        var fact = fact
        // Headline style: "Chancellor to visit Mongolia" is a plan.
        if reader.isHeadline, cue > 0, tokens[cue - 1].folded == "to", fact.status == .occurred, fact.role != .member { fact.status = .planned }
        // Five words before the cue, a name's words and articles not counted ("whether US President
        // Donald Trump would travel", "is due to pay an official visit to": "whether", "is" in reach).
        var from = cue, counted = 0
        while from > 0, counted < 5 {
            from -= 1
            if !names.contains(where: { $0.contains(from) }), !lexicon.statusInserts.contains(tokens[from].folded),
               !["a", "an", "the"].contains(tokens[from].folded) { counted += 1 }
        }
        // "is expected both to attend and to pay a state visit to B": a second infinitive shares
        // the first's cue; the window opens five words before the first "to".
        if let and = (from..<cue).last(where: { tokens[$0].folded == "and" && tokens[safe: $0 + 1]?.folded == "to" }),
           let first = (max(0, and - 8)..<and).last(where: { tokens[$0].folded == "to" }) {
            var counted = 0
            from = first
            while from > 0, counted < 5 {
                from -= 1
                if !names.contains(where: { $0.contains(from) }), !lexicon.statusInserts.contains(tokens[from].folded) { counted += 1 }
            }
        }
        // "a declaration that includes plans to establish X": for "includes" the words after count too.
        let to = fact.rule.hasPrefix("includes") ? min(tokens.count, cue + 4) : cue
        func cues(_ status: String) -> [Lexicon.StatusCue] { lexicon.statusCues.filter { $0.status == status } }
        func occurrences(of cue: Lexicon.StatusCue, in tokens: [Token], _ range: Range<Int>) -> [Int] {
            self.occurrences(of: cue, in: tokens, range).filter { at in !names.contains { $0.contains(at) } }
        }
        // "held talks by phone", "a video call": talks, but no meeting in person.
        if fact.type == .met, cues("remote").contains(where: { !occurrences(of: $0, in: tokens, 0..<tokens.count).isEmpty }) { return nil }
        // "denied reports that A would attend": a denial anywhere before the cue.
        if cues("negates").contains(where: { !occurrences(of: $0, in: tokens, 0..<cue).isEmpty }) { return nil }
        // "invited the President of Iceland, Jon Olafsson, to visit Norway": asked, not done.
        // "invited her to pay an official visit to B": the infinitive's "to" may stand anywhere
        // between the appeal and the cue. "accepted an invitation to visit B" is a plan.
        for c in cues("appeal") {
            for at in occurrences(of: c, in: tokens, 0..<cue) where ((at + c.words.count)..<cue).contains(where: { tokens[$0].folded == "to" }) {
                guard cues("accepts").contains(where: { !occurrences(of: $0, in: tokens, 0..<at).isEmpty }) else { return nil }
                fact.status = .planned; fact.rule = "accepted+" + fact.rule
                return fact
            }
        }
        // "A was due to visit B, but the trip was cancelled", "A would go if invited": undone after the cue.
        let after = min(tokens.count, cue + 1)..<tokens.count
        if cues("undoes").contains(where: { !occurrences(of: $0, in: tokens, after).isEmpty }) { return nil }
        // A cue that drops the fact outweighs one that plans it ("will not", "would like to").
        let window = from..<to
        if cues("dropped").contains(where: { c in occurrences(of: c, in: tokens, window).contains { $0 != cue } }) { return nil }
        // "should visit" is an opinion, unless agreed: "they agreed that A should visit B".
        for c in cues("opinion") {
            for at in occurrences(of: c, in: tokens, window) where at != cue {
                if !cues("binds").contains(where: { !occurrences(of: $0, in: tokens, 0..<at).isEmpty }) { return nil }
            }
        }
        // "the visit … was postponed": put off, planned without its date.
        if cues("deferred").contains(where: { !occurrences(of: $0, in: tokens, after).isEmpty }) {
            fact.status = .planned; fact.rule = "postponed+" + fact.rule
            return fact
        }
        for cueWords in lexicon.statusCues where !Self.readFirst.contains(cueWords.status) {
            guard occurrences(of: cueWords, in: tokens, window).contains(where: { $0 != cue }) else { continue }
            switch cueWords.status {
            case "postponed": fact.status = .planned; fact.rule = "postponed+" + fact.rule
            case "historical": fact.status = .historical
            case "agreed": if Self.eventTypes.contains(fact.type) { fact.status = .planned }
            case "continues": break
            default: if fact.role != .member { fact.status = .planned }
            }
            return fact
        }
        // "A meeting between A and B is expected to take place on Friday", "A dinner hosted by the
        // Prime Minister is planned for Monday": a noun phrase that opens the sentence, its ends,
        // then the verb that says whether it happened.
        // ("… a visit by Xi to the United States could be arranged": a possibility, no fact.)
        if fact.status == .occurred, var last = phraseEnd(of: fact, cue: cue, tokens: tokens, names: names) {
            // (Past a relative clause: "A meeting between A and B, which diplomats had expected, did not take place".)
            if tokens[safe: last]?.isMark(",") == true, let w = tokens[safe: last + 1], lexicon.relativePronouns.contains(w.folded) || w.folded == "which",
               let close = tokens[(last + 1)...].prefix(16).firstIndex(where: { $0.isMark(",") }) { last = close + 1 }
            if let w = tokens[safe: last], ["could", "might", "may"].contains(w.folded) { return nil }
            if cues("dropped").contains(where: { occurrences(of: $0, in: tokens, last..<min(tokens.count, last + 4)).first == last }) { return nil }
            if cues("planned").contains(where: { occurrences(of: $0, in: tokens, last..<min(tokens.count, last + 6)).first == last }) {
                fact.status = .planned
            }
        }
        return fact
    }

    /// Where the noun phrase a noun cue or a participle opening the sentence stands in ends: after
    /// "between A and B", or after the agent of "A dinner hosted by B"; `nil` for other facts.
    func phraseEnd(of fact: Fact, cue: Int, tokens: [Token], names: [Range<Int>]) -> Int? {
        func firstName(after k: Int) -> Range<Int>? { names.filter { $0.lowerBound > k }.min { $0.lowerBound < $1.lowerBound } }
        if fact.rule.hasPrefix("between:"), let and = ((cue + 1)..<min(tokens.count, cue + 12)).first(where: { tokens[$0].folded == "and" }),
           let second = firstName(after: and), second.lowerBound <= and + 3 { return second.upperBound }
        // ("a visit by Xi to the United States": the noun after an article, its two ends.)
        if fact.rule.hasPrefix("prep:"), cue > 0, ["a", "an", "the"].contains(tokens[cue - 1].folded),
           let to = (cue..<min(tokens.count, cue + 10)).first(where: { tokens[$0].folded == "to" }),
           let target = firstName(after: to), target.lowerBound <= to + 2 { return target.upperBound }
        // ("A dinner hosted by": an article, the noun, the participle.)
        if fact.rule.hasPrefix("passive:"), (1...3).contains(cue), ["a", "an", "the"].contains(tokens[0].folded),
           !tokens[1..<cue].contains(where: { $0.kind != .word || lexicon.auxiliaries.contains($0.folded) }),
           let by = (cue..<min(tokens.count, cue + 4)).first(where: { tokens[$0].folded == "by" }),
           let agent = firstName(after: by), agent.lowerBound <= by + 2 { return agent.upperBound }
        return nil
    }

    /// The cue kinds `withStatus` reads before the plain status cues (each by its own rule), and
    /// `then`, which only an office title reads ("then-President A": a former office, while "and
    /// then met B" is no status at all).
    static let readFirst: Set<String> = ["remote", "negates", "undoes", "dropped", "opinion", "binds", "deferred", "appeal", "accepts", "then"]

    /// Where `cue`'s words stand wholly inside `range`, adverbs (languages.tsv `inserts`) allowed
    /// between them ("is also expected to"). A capitalised month name is no cue word ("In May, A
    /// visited B": the month, not the modal "may").
    /// - Complexity: O(*r* · *w*) for a range of *r* tokens and a cue of *w* words (and inserts).
    func occurrences(of cue: Lexicon.StatusCue, in tokens: [Token], _ range: Range<Int>) -> [Int] {
        guard !cue.words.isEmpty, range.count >= cue.words.count else { return [] }
        return (range.lowerBound...(range.upperBound - cue.words.count)).filter { i in
            guard tokens[i].folded == cue.words[0], !(tokens[i].isCapitalized && lexicon.months[tokens[i].folded] != nil) else { return false }
            var at = i + 1
            for word in cue.words.dropFirst() {
                while at < range.upperBound, tokens[at].folded != word, lexicon.statusInserts.contains(tokens[at].folded) { at += 1 }
                guard at < range.upperBound, tokens[at].folded == word else { return false }
                at += 1
            }
            return true
        }
    }

    /// Where the sentence's date stands when it lies a decade back or more: such a sentence tells
    /// of the offices then held ("… where Polish President A signed a declaration in February 1991").
    func formerOfficeDate(_ dates: [DateMention]) -> Range<Int>? {
        dates.first.flatMap { d in
            d.resolve(published: article.published, status: .occurred, previous: nil, yearSaid: lastDate?.start.year)
                .flatMap { $0.lastDay < article.published.firstDay - Self.formerOfficeDays ? d.tokens : nil }
        }
    }

    /// Whether `fact`, a role phrase the article gave its holder nowhere before, stands in the
    /// clause of a date a decade back (no comma between them but one after an opening date; not
    /// "A, attending …, whose country joined in July 2024"): a former office.
    func isFormerOffice(_ fact: Fact, dated date: Range<Int>, mentions: [Mention], tokens: [Token]) -> Bool {
        guard fact.rule == "role-phrase", fact.status == .ongoing,
              !facts.contains(where: { $0.rule == "role-phrase" && $0.source == fact.source && $0.status == .ongoing }) else { return false }
        return mentions.contains { m in
            guard m.isRolePhrase, m.entities.contains(fact.source) else { return false }
            let between = m.tokens.upperBound <= date.lowerBound ? m.tokens.upperBound..<date.lowerBound
                : date.upperBound..<max(date.upperBound, m.tokens.lowerBound)
            return !between.contains { k in tokens[k].isMark(",") && !(k == date.upperBound && date.lowerBound <= 1) }
        }
    }

    /// Whether the holder of `fact`, a role phrase, is said right after it to have left the
    /// office ("Bolivia's foreign minister, B, resigned", "B, who stepped down"): a former office.
    func hasLeftOffice(_ fact: Fact, mentions: [Mention], tokens t: [Token]) -> Bool {
        guard fact.rule == "role-phrase", fact.status == .ongoing else { return false }
        return mentions.contains { m in
            guard m.isRolePhrase, m.entities.contains(fact.source) else { return false }
            var k = m.tokens.upperBound
            if t[safe: k]?.isMark(",") == true { k += 1 }
            if let w = t[safe: k], lexicon.relativePronouns.contains(w.folded) { k += 1 }
            while k < m.tokens.upperBound + 4, let w = t[safe: k], lexicon.auxiliaries.contains(w.folded) || lexicon.perfectAuxiliaries.contains(w.folded) { k += 1 }
            return t[safe: k].map { lexicon.leavingWords.contains($0.folded) } ?? false
        }
    }
}
