import SummitGraph

extension ArticleState {
    /// "the first Central Asia + Japan summit", "the first summit of the X Dialogue": when the
    /// article has no current event of the noun's kind yet (and, for a summit, the dataset none
    /// cited that week), the event the phrase names is a node — known by that name, else a new
    /// one ("Central Asia + Japan Summit", "Summit of the X Dialogue") — and current from here
    /// on. A bare "the summit" names nothing.
    /// - Complexity: O(*m* · *w*) for *m* mentions of *w* tokens each.
    mutating func nameCurrentEvents(_ mentions: [Mention], tokens t: [Token]) {
        for m in mentions {
            guard case .currentEvent(let subtype) = m.referent, subtype == "summit", currentEvents[subtype] == nil,
                  !reader.isHeadline, !isLedUpTo(m, tokens: t), let name = eventName(m, in: mentions, tokens: t) else { continue }
            let known = reader.table.names[NameKey(name).text]?.first?.entity
            let entity = known
                ?? reader.propose(Entity(slug: Slugs.make(name), kind: .initiative, subtype: subtype, name: name, aliases: [], origin: .proposed),
                                  tokens: m.tokens)
            guard reader.table[entity].isEventLike else { continue }
            // The phrase as written, after its determiner, is a name of the new node too ("first
            // summit of the X Dialogue"), as the seeds keep "First Central Asia + Japan Summit".
            if known == nil, let said = writtenName(m, tokens: t), NameKey(said).text != NameKey(name).text {
                reader.table.addAlias(said, to: entity)
                reader.addPlusVariants(of: said, to: entity)
            }
            currentEvents[subtype] = entity
            // "the first summit of the X Dialogue" is part of X, as its name says (the seeds' "first
            // summit of the dialogue").
            let body = m.tokens.first(where: { t[$0].kind == .word && lexicon.events[t[$0].folded] != nil }).flatMap { modifyingBody(m, noun: $0, tokens: t) }
            if known == nil, let x = bodyNamed(after: m, tokens: t) ?? body, x != entity {
                facts.append(Fact(type: .partOf, source: entity, target: x, status: .ongoing, sentence: reader.sentence, rule: "name-of", confidence: 0.8))
            }
        }
    }

    /// "the 24th Meeting of the X Commission, which is scheduled to convene in Bangkok": an event
    /// other than the article's summit that the facts from `start` on tell only as planned is a
    /// planned part of the body its name names (as a next meeting is in the golds), not an ongoing
    /// one. (The article's own summit, previewed, stays part of its dialogue, as the seeds keep it.)
    mutating func planParts(from start: Int) {
        for n in start..<facts.count where facts[n].rule == "name-of" && facts[n].type == .partOf && reader.table[facts[n].source].isEventLike {
            let event = facts[n].source
            if currentEvents["summit"] == event { continue }
            let own = facts[start...].filter { ($0.source == event || $0.target == event) && Self.eventTypes.contains($0.type) }
            if !own.isEmpty, own.allSatisfy({ $0.status == .planned }) { facts[n].status = .planned }
        }
    }

    /// The format or body whose name stands right before an event noun ("the X Dialogue summit").
    func modifyingBody(_ m: Mention, noun n: Int, tokens t: [Token]) -> Int? {
        // (Past an ordinal the mention took in: "the first X Dialogue summit".)
        var start = m.tokens.lowerBound
        while start < n, lexicon.ordinalWords[t[start].folded] != nil || t[start].kind == .number { start += 1 }
        guard n > start, let entry = reader.table.names[NameKey(MentionReader.nameText(t[start..<n])).text]?.first,
              [.initiative, .organization].contains(reader.table[entry.entity].kind), !reader.table[entry.entity].isEventLike else { return nil }
        return entry.entity
    }

    /// The initiative or organisation an event phrase ends in ("… of the X Dialogue").
    func bodyNamed(after m: Mention, tokens t: [Token]) -> Int? {
        guard let of = m.tokens.first(where: { t[$0].folded == "of" }) else { return nil }
        let start = t[safe: of + 1]?.folded == "the" ? of + 2 : of + 1
        guard start < m.tokens.upperBound, let entry = reader.table.names[NameKey(MentionReader.nameText(t[start..<m.tokens.upperBound])).text]?.first,
              [.initiative, .organization].contains(reader.table[entry.entity].kind) else { return nil }
        return entry.entity
    }

    /// The words of an event phrase between its determiner (or a possessive) and its end, at
    /// most eight before the noun: "first summit of the X Dialogue", "informal summit of the Y".
    func writtenName(_ m: Mention, tokens t: [Token]) -> String? {
        var k = m.tokens.lowerBound
        while k > 0, m.tokens.lowerBound - k < 8 {
            let w = t[k - 1]
            if lexicon.determiners.contains(w.folded) || w.text.lowercased() == "'s" {
                return k < m.tokens.lowerBound ? MentionReader.nameText(t[k..<m.tokens.upperBound]) : nil
            }
            guard w.kind == .word || w.kind == .number || w.isMark("+") || w.isMark("-") else { return nil }
            k -= 1
        }
        return nil
    }

    /// The name an event mention gives: its noun and what follows "of" ("Summit of the X
    /// Dialogue"), or the capitalised words right before the noun and the noun ("Tokyo Summit").
    func eventName(_ m: Mention, in mentions: [Mention], tokens t: [Token]) -> String? {
        guard let n = m.tokens.first(where: { t[$0].kind == .word && lexicon.events[t[$0].folded] != nil }),
              // "a summit meeting": the first noun names it.
              n == 0 || lexicon.events[t[n - 1].folded] == nil else { return nil }
        let noun = t[n].text.prefix(1).uppercased() + t[n].text.dropFirst()
        if m.tokens.upperBound > n + 2, t[n + 1].folded == "of" {
            return noun + " " + MentionReader.nameText(t[(n + 1)..<m.tokens.upperBound])
        }
        // "the X Dialogue summit": a format's or a body's summit, named after it.
        if let body = modifyingBody(m, noun: n, tokens: t) { return reader.table[body].name + " " + noun }
        // Two or more states or regions joined by a mark or "plus" ("the first Central Asia plus
        // Japan summit", "the EU–Central Asia summit"): a format's summit. A city or one state
        // before the noun ("the Bishkek summit") may be any summit held there: no name.
        var k = n, names = 0
        func joiner(_ j: Int) -> Bool { t[j].isMark("+") || t[j].isMark("-") || t[j].isMark("&") || t[j].folded == "plus" }
        while k > 0, let named = mentions.last(where: { $0.tokens.upperBound == k }), named.entities.count == 1,
              [.state, .place].contains(reader.table[named.entities[0]].kind), reader.table[named.entities[0]].subtype != "city" {
            names += 1
            k = named.tokens.lowerBound
            guard k > 1, joiner(k - 1), mentions.contains(where: { $0.tokens.upperBound == k - 1 }) else { break }
            k -= 1
        }
        guard names >= 2 else { return nil }
        return MentionReader.nameText(t[k..<n]) + " " + noun
    }

    /// "Putin's summit with the region": a summit someone owns who has no part in the article's
    /// current one (no participant, chair or host, nor the state of one, nor named in its name)
    /// is another event, which the phrase leaves unnamed: it stands for nothing. ("Japan's summit
    /// with the region", of a summit Japan takes part in or whose name names it, is the current one.)
    /// - Complexity: O(*m* · *f*) for *m* mentions and the article's *f* facts so far.
    func withoutOthersEvents(_ mentions: [Mention], tokens t: [Token]) -> [Mention] {
        let table = reader.table
        return mentions.map { m in
            // "attended the official dinner hosted by B": a meal or a reception the article has not
            // named before is a new one, never the summit the meeting falls back to.
            if case .currentEvent("meeting") = m.referent,
               let noun = m.tokens.first(where: { lexicon.events[t[$0].folded]?.side == true }).map({ t[$0].folded }),
               !(currentEvents["meeting"].map { NameKey.tokens(of: table[$0].name).contains(noun) } ?? false) {
                var other = m
                other.referent = .newEvent(noun)
                return other
            }
            // "will instead chair a special virtual meeting of CARICOM heads": an indefinite
            // meeting, once the article has its event, is another one.
            if case .currentEvent(let subtype) = m.referent, subtype != "talks", eventEntity(m) != nil, isIndefinite(m, tokens: t),
               let noun = m.tokens.first(where: { lexicon.events[t[$0].folded] != nil }).map({ t[$0].folded }) {
                var other = m
                other.referent = .newEvent(noun)
                return other
            }
            // "the third conference will be held in Nouakchott", at the Second Conference on X: an
            // ordinal other than the one the current event's name has names another event.
            if case .currentEvent = m.referent, let event = eventEntity(m), let said = ordinal(before: m, tokens: t),
               let own = NameKey.tokens(of: table[event].name).lazy.compactMap({ self.lexicon.ordinalWords[$0] ?? Self.ordinalNumber($0) }).first,
               said != own {
                var other = m
                other.referent = .entities([])
                return other
            }
            // "the second summit of the Dialogue will be hosted by Kazakhstan in 2027", in an article
            // that also speaks of the "first ever" summit: a plan for a later edition than one the
            // article names is not the current summit (whose name gives it no number).
            if case .currentEvent("summit") = m.referent, let said = ordinal(before: m, tokens: t), let low = summitOrdinals.min(), said > low,
               lexicon.statusCues.contains(where: { $0.status == "planned" && !occurrences(of: $0, in: t, 0..<t.count).isEmpty }) {
                var other = m
                other.referent = .entities([])
                return other
            }
            guard case .currentEvent = m.referent, let event = eventEntity(m),
                  m.tokens.lowerBound > 0, t[m.tokens.lowerBound - 1].text.lowercased() == "'s",
                  let owner = mentions.last(where: { $0.tokens.upperBound == m.tokens.lowerBound - 1 })?.entities.first,
                  [.person, .state].contains(table[owner].kind) else { return m }
            let taking = Set(facts.filter { $0.target == event && [.participatesIn, .chairs, .hosts].contains($0.type) }.map(\.source))
            let states = Set(facts.filter { $0.type == .headOf && taking.contains($0.source) }.map(\.target))
            let eventWords = Set(NameKey.tokens(of: table[event].name))
            let ownerStates = table[owner].kind == .state ? [owner] : facts.filter { $0.type == .headOf && $0.source == owner }.map(\.target)
            let named = ownerStates.contains { s in NameKey.tokens(of: table[s].name).allSatisfy(eventWords.contains) }
            guard !taking.contains(owner), !ownerStates.contains(where: { taking.contains($0) || states.contains($0) }), !named else { return m }
            var other = m
            other.referent = .entities([])
            return other
        }
    }

    /// A body's or a format's name before a common noun is that noun's modifier, no end of a
    /// fact: "the X Dialogue summit" is a summit (the article's, as "the summit" is), "X Dialogue
    /// platforms" are platforms (nothing named).
    /// - Complexity: O(*m*) for *m* mentions.
    func withModifiers(_ mentions: [Mention], tokens t: [Token]) -> [Mention] {
        let table = reader.table
        return mentions.map { m in
            guard case .entities(let e) = m.referent, e.count == 1, [.initiative, .organization].contains(table[e[0]].kind),
                  !table[e[0]].isEventLike, let next = t[safe: m.tokens.upperBound], next.kind == .word, !next.isCapitalized,
                  !mentions.contains(where: { $0.tokens.lowerBound == m.tokens.upperBound }) else { return m }
            var modified = m
            if let noun = lexicon.events[next.folded] {
                (modified.referent, modified.tokens) = (.currentEvent(noun.subtype), m.tokens.lowerBound..<(m.tokens.upperBound + 1))
            } else if lexicon.initiativeNouns[next.folded] != nil || lexicon.initiativeNouns[String(next.folded.dropLast())] != nil {
                modified.referent = .entities([])
            } else { return m }
            return modified
        }
    }

    /// Whether an event phrase opens with "a" or "an", through lower-case words ("a special virtual
    /// meeting") and a name that modifies it ("a D-8 ministerial meeting"), five tokens at most.
    func isIndefinite(_ m: Mention, tokens t: [Token]) -> Bool {
        var k = m.tokens.lowerBound - 1
        while k >= 0, m.tokens.lowerBound - k <= 5, !["a", "an"].contains(t[k].folded),
              (t[k].kind == .word && !lexicon.functionWords.contains(t[k].folded)) || t[k].kind == .number || t[k].isMark("-") { k -= 1 }
        return k >= 0 && ["a", "an"].contains(t[k].folded)
    }

    /// What a sentence's plans and proposals say of its other facts: where a planned event is held
    /// is planned too ("The first X Summit will be hosted by Korea in Seoul"); a proposal places
    /// nothing yet ("proposed to hold an Energy Forum in Ashgabat"), and a dialogue proposed has
    /// no members yet ("called for a Central Asia–Japan Energy Dialogue").
    /// - Complexity: O(*f*) for the sentence's *f* facts.
    func settlePlansAndProposals(_ found: inout [Fact]) {
        let planned = Set(found.filter { $0.status == .planned && reader.table[$0.target].isEventLike }.map(\.target))
        for k in found.indices where found[k].type == .heldIn && found[k].status == .occurred && planned.contains(found[k].source) { found[k].status = .planned }
        let proposals = Set(found.filter { $0.type == .proposed }.map(\.target))
        found.removeAll { ($0.type == .heldIn && proposals.contains($0.source)) || ($0.rule == "name-members" && proposals.contains($0.target)) }
    }
}

extension ArticleState {
    /// The date this article gave an event that is an end of `fact` (or, for a leader's part in
    /// what an event adopted, that event among `found`), for a fact its own sentence does not
    /// date: "the adoption of the Tokyo Declaration was one of the summit's outcomes", after "the
    /// Dialogue was established in 2004", is the summit's, not 2004.
    /// - Complexity: O(*f*) for the article's *f* facts so far.
    func eventDate(of fact: Fact, among found: [Fact]) -> DateSpan? {
        var ends = [fact.source, fact.target]
        if fact.rule == "event-adopts" { ends += found.filter { $0.type == .adopted && $0.target == fact.target }.map(\.source) }
        let events = ends.filter { $0 >= 0 && reader.table[$0].isEventLike }
        guard !events.isEmpty else { return nil }
        return facts.last { $0.ownDate && $0.date != nil && (events.contains($0.source) || events.contains($0.target)) }?.date
    }

    /// The date of the sentence that dates `fact`: for a relation read from a verb, the first date
    /// after its cue and before the next verb's or the next clause's ("A met B on Monday and will
    /// meet C on Friday"; "A signed X on May 8, and on May 21 B signed Y"), else the last one
    /// before it ("On Monday, A met B"); for any other, the sentence's first.
    /// - Complexity: O(*t* + *d* + *c*) for *t* tokens, *d* dates and *c* cues.
    func date(of fact: Fact, among dates: [DateMention], cues: [Int], tokens t: [Token]) -> DateMention? {
        guard let c = fact.cue else { return dates.first }
        let clause = (c..<t.count).first { k in
            t[k].isMark(";") || (t[k].isMark(",") && t[safe: k + 1].map { lexicon.conjunctions.contains($0.folded) } == true)
        } ?? Int.max
        let next = min(cues.first { $0 > c } ?? Int.max, clause)
        return dates.first { $0.tokens.lowerBound > c && $0.tokens.lowerBound < next } ?? dates.last { $0.tokens.upperBound <= c } ?? dates.first
    }

    /// The ordinal between an event noun and its determiner ("the third conference", "the 12th
    /// summit"), as a number.
    func ordinal(before m: Mention, tokens t: [Token]) -> Int? {
        var k = m.tokens.lowerBound - 1
        while k >= 0, m.tokens.lowerBound - k <= 3, t[k].folded != "the" {
            if let n = lexicon.ordinalWords[t[k].folded] { return n }
            if t[k].kind == .number, let next = t[safe: k + 1], MentionReader.ordinalSuffixes.contains(next.folded) { return Int(t[k].text) }
            k -= 1
        }
        return nil
    }

    /// The ordinals said before "summit" in `sentences`, within its noun phrase ("the first ever
    /// summit", "the first ever Andean-Pacific Summit", "the second summit of the Dialogue").
    /// - Complexity: O(*n*) for the article's *n* tokens.
    static func summitOrdinals(in sentences: [Sentence], lexicon: Lexicon) -> Set<Int> {
        var found: Set<Int> = []
        for sentence in sentences {
            let t = sentence.tokens
            for (k, token) in t.enumerated() where lexicon.events[token.folded]?.subtype == "summit" {
                var j = k - 1
                while j >= 0, k - j <= 6, t[j].folded != "the", t[j].kind != .mark || t[j].isMark("-") {
                    if let n = lexicon.ordinalWords[t[j].folded] { found.insert(n); break }
                    j -= 1
                }
            }
        }
        return found
    }

    /// "12th" as a folded name token: 12.
    static func ordinalNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isNumber }
        return !digits.isEmpty && MentionReader.ordinalSuffixes.contains(String(word.dropFirst(digits.count))) ? Int(digits) : nil
    }
}
