import SummitGraph

/// Reads the relations one sentence states, from its mentions and the relation lexicon: each
/// cue's frame finds the two ends among the mentions around it, keeping only ends whose kinds
/// the edge type allows; status cues before the cue set the status; the sentence's dates and
/// cooperation areas are attached.
struct RelationReader {
    let lexicon: Lexicon
    let tokens: [Token]
    let mentions: [Mention]
    let sentence: Int
    /// Resolves a mention to entities (events and groups need the article's context).
    let resolve: (Mention) -> [Int]
    let kindOf: (Int) -> NodeKind
    /// Tokens a list may run through (honorifics: "A, and His Majesty B").
    let skippable: Set<Int>
    /// Tokens some mention covers (a capitalised word outside them stops a subject or an object).
    let covered: Set<Int>

    init(lexicon: Lexicon, tokens: [Token], mentions: [Mention], sentence: Int, resolve: @escaping (Mention) -> [Int],
         kindOf: @escaping (Int) -> NodeKind, skippable: Set<Int> = []) {
        (self.lexicon, self.tokens, self.mentions, self.sentence) = (lexicon, tokens, mentions, sentence)
        (self.resolve, self.kindOf, self.skippable) = (resolve, kindOf, skippable)
        covered = Set(mentions.flatMap { Array($0.tokens) })
    }

    /// Token ranges inside direct quotations of five words or more (speech, not names).
    var quotations: [Range<Int>] {
        var result: [Range<Int>] = [], open: Int? = nil
        for (i, t) in tokens.enumerated() where t.isMark("\"") {
            if let o = open { if tokens[o..<i].filter({ $0.kind == .word }).count >= 5 { result.append(o..<i) }; open = nil } else { open = i }
        }
        return result
    }

    /// The relations read, without dates (the caller resolves them with the status).
    /// - Complexity: O(*t* · *c* + *m*²) for *c* cues and *m* mentions.
    func relations() -> [(fact: Fact, cue: Int)] {
        var found: [(Fact, Int)] = []
        let quoted = quotations
        var i = 0
        // The subject of the last verb read, for a verb coordinated with it ("… and met C").
        var lastSubject: Mention? = nil, sawVerb = false
        while i < tokens.count {
            let hits = cues(at: i)
            guard let longest = hits.map(\.1).max() else { i += 1; continue }
            let inQuote = quoted.contains { $0.contains(i) }
            let before = found.count
            func read(_ hits: [(Lexicon.RelationCue, Int, Mention?)]) {
                for (c, end, ofSubject) in hits where !inQuote || c.type == .proposed {
                    for (a, b) in ends(of: c, at: i, end: end, ofSubject: ofSubject) where a != b {
                        guard c.type.sourceKinds.contains(kindOf(a)), c.type.targetKinds.contains(kindOf(b)) else { continue }
                        var fact = Fact(type: c.type, source: a, target: b, status: c.status, role: c.role, sentence: sentence,
                                        rule: "\(c.frame):\(c.words.joined(separator: " "))", confidence: c.frame == "active" ? 0.8 : 0.85)
                        fact.isPresent = c.isPresent
                        found.append((fact, i))
                    }
                }
            }
            // "A met B on Monday and is scheduled to meet C": a verb right after "and" (through
            // adverbs, auxiliaries and a status cue's words) shares the subject of the verb before
            // it, not its object. ("A met B and C met D" has a subject of its own.)
            // (When the verb before found no subject, nor has this one: its object is none.)
            let shared = sawVerb && hits.contains { $0.0.frame == "active" } && followsConjunction(i, through: lexicon.verbPhraseWords)
            if shared {
                if let subject = lastSubject { read(hits.filter { $0.0.frame == "active" }.map { ($0.0, $0.1, $0.2 ?? subject) }) }
                read(hits.filter { $0.0.frame != "active" })
            } else {
                read(hits)
            }
            // "A and B met in Hiroshima in May": when the longest cue ("met in", gathering people
            // for an event) finds nothing, the shorter one it starts with ("met") may.
            if found.count == before, let shorter = shorterCues(at: i, than: hits) { read(shorter) }
            // "A arrived in Tokyo on Friday and met B": a verb after "and" whose own subject is not
            // found shares the verb's before it.
            if found.count == before, let subject = lastSubject, followsConjunction(i) {
                read(hits.filter { $0.0.frame == "active" }.map { ($0.0, $0.1, subject) })
            }
            // "A held talks with B and was later received by C": the patient is A, not B.
            // (Not "chaired by B and attended by C": with no "was" of its own the passive shares the first's.)
            if let subject = lastSubject, hits.contains(where: { $0.0.frame == "passive" }), followsConjunction(i, through: lexicon.auxiliaries),
               tokens[max(0, i - 3)..<i].contains(where: { $0.kind == .word && lexicon.auxiliaries.contains($0.folded) }) {
                found.removeSubrange(before...)
                read(hits.filter { $0.0.frame == "passive" }.map { ($0.0, $0.1, subject) })
            }
            if hits.contains(where: { $0.0.frame == "active" }) { sawVerb = true }
            if found.count > before, !shared, let c = hits.first?.0, c.frame == "active" {
                lastSubject = subject(before: i, c.type.sourceKinds, verb: true)?.last ?? lastSubject
            }
            i = longest
        }
        return found
    }

    /// Mentions ending at or before `i` (nearest first), not across a semicolon.
    func before(_ i: Int) -> [Mention] {
        let stop = tokens[..<i].lastIndex { $0.isMark(";") } ?? -1
        return mentions.filter { $0.tokens.upperBound <= i && $0.tokens.lowerBound > stop && (!$0.isAdjective || !$0.organisations.isEmpty) && !isModifier($0) }.reversed()
    }

    /// Mentions that end after `i`, nearest first, within `window` tokens, not across a semicolon.
    func after(_ i: Int, window: Int = 14) -> [Mention] {
        let stop = tokens[i...].firstIndex { $0.isMark(";") } ?? tokens.count
        return mentions.filter { $0.tokens.upperBound > i && $0.tokens.lowerBound < min(stop, i + window) && !$0.isAdjective && !isModifier($0) }
    }

    /// "her home prefecture of Nara", "his visit to": the sentence's subject, the first fitting
    /// person before a possessive pronoun ("A met B … on the second day of his visit": A's visit).
    func possessor(before i: Int, _ kinds: Set<NodeKind>) -> [Mention]? {
        guard i > 0, ["her", "his", "their", "its"].contains(tokens[i - 1].folded) else { return nil }
        return firstFitting(before(i).reversed(), kinds).map { [$0] }
    }

    func entities(_ ms: [Mention], fitting kinds: Set<NodeKind>) -> [Int] {
        ms.flatMap { m -> [Int] in
            let own = resolve(m).filter { kinds.contains(kindOf($0)) }
            return own.isEmpty ? m.members.filter { kinds.contains(kindOf($0)) } : own
        }
    }

    func firstFitting(_ ms: [Mention], _ kinds: Set<NodeKind>) -> Mention? {
        ms.first { !entities([$0], fitting: kinds).isEmpty }
    }

    /// "it was attended by": the article's current event, when "it" and a form of "be" (adverbs
    /// between) stand right before the participle at `i`.
    func itSubject(before i: Int) -> Mention? {
        var k = i - 1
        while k > 0, tokens[k].kind == .word, lexicon.sequenceAdverbs.contains(tokens[k].folded) || lexicon.statusInserts.contains(tokens[k].folded) { k -= 1 }
        guard k >= 1, tokens[k].kind == .word, lexicon.auxiliaries.contains(tokens[k].folded), tokens[k - 1].folded == "it" else { return nil }
        return Mention(tokens: 0..<0, referent: .currentEvent("meeting"))
    }

    /// The (source, target) pairs the cue at `i` (ending at `end`) states.
    private func ends(of cue: Lexicon.RelationCue, at i: Int, end: Int, ofSubject: Mention?) -> [(Int, Int)] {
        let (sk, tk) = (cue.type.sourceKinds, cue.type.targetKinds)
        func pairs(_ a: [Int], _ b: [Int]) -> [(Int, Int)] { a.flatMap { x in b.map { (x, $0) } } }
        switch cue.frame {
        case "active", "prep":
            // "the heads of state participating in the summit": a participle after a noun is that
            // noun's; only a mention right before it (or before a comma) is its subject, never a
            // name further back ("a dinner hosted by A … for the leaders participating in S").
            // (After a determiner the form is a noun: "a separate meeting with B"; after a
            // preposition it is the verb's before: "congratulated A on chairing the summit".)
            if ofSubject == nil, isGerund(i), i > 0, tokens[i - 1].kind == .word, !lexicon.functionWords.contains(tokens[i - 1].folded),
               !lexicon.auxiliaries.contains(tokens[i - 1].folded),
               !tokens[max(0, i - 2)..<i].contains(where: { lexicon.determiners.contains($0.folded) }),
               !mentions.contains(where: { $0.tokens.upperBound == i || ($0.tokens.upperBound == i - 1 && tokens[i - 1].isMark(",")) }) {
                return []
            }
            let adjective = cue.frame == "prep" ? demonymSubject(before: i, sk) : nil
            guard let subject = ofSubject.map({ [$0] }) ?? adjective ?? subject(before: i, sk, verb: cue.frame == "active") ?? possessor(before: i, sk) else { return [] }
            guard let object = firstFitting(after(end), tk) else {
                // "A and B held talks", "A and B last met in Ankara": a symmetric relation between two subjects.
                // (Not when an object the reader did not resolve follows: "A and B, who received
                // the APEC flag".)
                let both = entities(subject, fitting: sk.intersection(tk))
                let object = tokens[safe: end].map { $0.kind == .word && (lexicon.determiners.contains($0.folded) || $0.isCapitalized) } ?? false
                return cue.type.isSymmetric && cue.frame == "active" && both.count == 2 && !object ? [(both[0], both[1])] : []
            }
            // The object follows in the same phrase: no comma between the cue and it, and no
            // capitalised word no mention covers ("born in Mumbai and studied in London": not London).
            // Nor a new verb phrase: "joined the other leaders in adopting X" (X is not joined).
            let gap = end..<max(end, object.tokens.lowerBound)
            // Nor past a word that opens another clause: "signed the communiqué but did not endorse X".
            // Nor past an event noun: "will host the next meeting of ministers of X" hosts no X.
            guard !gap.contains(where: { k in k > gap.lowerBound && isGerund(k) && lexicon.gerundOpeners.contains(tokens[k - 1].folded) }),
                  !eventNoun(within: gap),
                  !tokens[gap].contains(where: { $0.kind == .word && lexicon.clauseBreaks.contains($0.folded) }),
                  !tokens[gap].contains(where: { $0.isMark(",") }),
                  !gap.contains(where: { k in
                      tokens[k].kind == .word && tokens[k].isCapitalized && !covered.contains(k) && !skippable.contains(k)
                          && lexicon.months[tokens[k].folded] == nil && lexicon.weekdays[tokens[k].folded] == nil
                  }) else { return [] }
            // "A participated in the Summit in Oslo, together with B, C and D": they took part too.
            var subjects = entities(subject, fitting: sk)
            if cue.type == .participatesIn, let with = tokens[object.tokens.upperBound...].prefix(8).indices.first(where: { k in
                   tokens[k].folded == "with" && ["together", "along"].contains(tokens[k - 1].folded) && tokens[k - 2].isMark(",") }),
               let first = after(with + 1, window: 4).first, !entities([first], fitting: sk).isEmpty {
                subjects += entities(coordinated(from: first), fitting: sk).filter { !subjects.contains($0) }
            }
            return pairs(subjects, entities(coordinated(from: object), fitting: tk))
        case "passive":
            // The patient is the nearest mention before the participle (a place between is the
            // event's, an agent the first passive's: "was chaired by A, and attended by B"): "a
            // summit hosted by B", never a declaration named before the summit.
            // The agent follows in the same phrase: no capitalised word no mention covers before it
            // ("organised by Kazakh Invest and Business Finland": no state is the organiser).
            // ("adopted at the second Russia – Central Asia summit": at or during an event, the
            // event adopted it, not a state its name names.)
            let atEvent = cue.words.last != "by"
            guard let agent = atEvent ? after(end, window: 8).first(where: { entities([$0], fitting: [.initiative]).contains { kindOf($0) == .initiative } })
                                      : firstFitting(after(end), sk),
                  !tokens[end..<agent.tokens.lowerBound].indices.contains(where: { k in
                      tokens[k].kind == .word && tokens[k].isCapitalized && !covered.contains(k) && !skippable.contains(k) }),
                  // ("the declaration adopted at the summit": the event right after "at", not a
                  // name further on, "adopted at the close of the talks, provides for a framework".)
                  !atEvent || !tokens[end..<agent.tokens.lowerBound].contains(where: { $0.isMark(",") || lexicon.clauseBreaks.contains($0.folded) }),
                  // ("Apart from Putin, it was attended by A and B": "it", the current event.)
                  let patient = ofSubject ?? itSubject(before: i) ?? before(i).first(where: { m in !isAgent(m) && !resolve(m).contains { kindOf($0) == .place } }),
                  !entities([patient], fitting: tk).isEmpty else { return [] }
            return pairs(entities(coordinated(from: agent), fitting: sk), entities([patient], fitting: tk))
        case "between":
            let kinds = sk.intersection(tk)
            guard let first = firstFitting(after(end), kinds) else { return [] }
            let list = entities(coordinated(from: first), fitting: kinds)
            guard list.count >= 2 else { return [] }
            return [(list[0], list[1])]
        case "mutual":
            // The nearest "A and B" before the cue, in the same clause.
            let kinds = sk.intersection(tk)
            let candidates = before(i)
            for (n, second) in candidates.enumerated() where n + 1 < candidates.count {
                let first = candidates[n + 1]
                let gap = tokens[first.tokens.upperBound..<second.tokens.lowerBound]
                guard gap.count == 1, gap.first?.folded == "and", let a = entities([first], fitting: kinds).first,
                      let b = entities([second], fitting: kinds).first else { continue }
                return [(a, b)]
            }
            return []
        case "pair":
            // "Tajik-Japanese cooperation": two demonyms joined by a hyphen right before the cue.
            let adjectives = mentions.filter { $0.isAdjective && $0.tokens.upperBound <= i && $0.tokens.lowerBound >= i - 3 }
            guard adjectives.count == 2, adjectives[1].tokens.upperBound == i, tokens[adjectives[0].tokens.upperBound].isMark("-"),
                  let a = resolve(adjectives[0]).first, let b = resolve(adjectives[1]).first else { return [] }
            return [(a, b)]
        case "gather":
            guard let subject = before(i).first(where: { !$0.organisations.isEmpty || !entities([$0], fitting: [.state, .person, .position]).isEmpty }),
                  let forIndex = tokens[end...].prefix(6).firstIndex(where: { $0.folded == "for" }),
                  let event = after(forIndex + 1, window: 8).first(where: { resolve($0).contains { kindOf($0) == .initiative } }) else { return [] }
            let people = subject.organisations.isEmpty ? entities([subject], fitting: sk) : subject.organisations
            return pairs(people, resolve(event).filter { kindOf($0) == .initiative })
        case "list", "event-list":
            // "Taking part were A, B and C.": the cue opens the sentence; everyone listed takes
            // part in the article's current event.
            guard tokens[..<i].allSatisfy({ $0.kind == .mark }) else { return [] }
            // ("Attending the one-day summit were A, B and C": the event named between.)
            var start = end, named: [Int]? = nil
            if let e = after(end, window: 8).first, !resolve(e).filter({ kindOf($0) == .initiative }).isEmpty,
               !tokens[end..<e.tokens.lowerBound].contains(where: { $0.isMark(",") || ($0.kind == .word && $0.isCapitalized) }),
               ["were", "was"].contains(tokens[safe: e.tokens.upperBound]?.folded ?? "") {
                (start, named) = (e.tokens.upperBound + 1, resolve(e).filter { kindOf($0) == .initiative })
            } else if cue.frame == "event-list" { return [] }
            guard let first = after(start, window: 4).first,
                  first.tokens.lowerBound == start || (first.tokens.lowerBound == start + 1 && tokens[start].isMark(":")),
                  !entities([first], fitting: sk).isEmpty else { return [] }
            let event = named ?? resolve(Mention(tokens: 0..<0, referent: .currentEvent("meeting"))).filter { kindOf($0) == .initiative }
            return pairs(entities(coordinated(from: first), fitting: sk), event)
        case "gathers":
            // "The Summit … brought together A, B and C": the event before the cue (its subject,
            // through appositions and passives) has the people or states right after it take part.
            guard let first = after(end, window: 4).first, first.tokens.lowerBound <= end + 1,
                  !entities([first], fitting: sk).isEmpty,
                  // (Not a meal or a reception: "hosted the dinner … of a summit that brought together".)
                  let event = before(i).lazy.filter({ m in !self.tokens[m.tokens].contains { self.lexicon.events[$0.folded]?.side == true } })
                      .compactMap({ m -> [Int]? in
                      let e = resolve(m).filter { kindOf($0) == .initiative }
                      return e.isEmpty ? nil : e
                  }).first else { return [] }
            return pairs(entities(coordinated(from: first), fitting: sk), event)
        case "as":
            // "B attended as a guest": the cue ends in "as"; B takes part in the current event.
            guard let subject = subject(before: i, sk, verb: true) else { return [] }
            let event = resolve(Mention(tokens: 0..<0, referent: .currentEvent("meeting"))).filter { kindOf($0) == .initiative }
            return pairs(entities(subject, fitting: sk), event)
        case "apposition":
            guard i > 1, tokens[i - 1].isMark(","), let holder = mentions.last(where: { $0.tokens.upperBound == i - 1 }),
                  let object = firstFitting(after(end, window: 6), tk) else { return [] }
            return pairs(entities([holder], fitting: sk), entities([object], fitting: tk))
        case "for":
            guard let event = after(end, window: 6).first(where: { if case .newEvent = $0.referent { true } else if case .currentEvent = $0.referent { true } else { false } }),
                  let forIndex = tokens[event.tokens.upperBound...].prefix(8).firstIndex(where: { $0.folded == "for" || $0.folded == "with" }),
                  let guests = firstFitting(after(forIndex + 1, window: 4), cue.type.sourceKinds) else { return [] }
            // "hosting the summit, with Prime Minister B in the chair": B chairs it, no guest.
            let chair = tokens[guests.tokens.upperBound...].prefix(3).map(\.folded)
            if tokens[forIndex].folded == "with", chair.starts(with: ["in", "the", "chair"]) || chair.first == "presiding" { return [] }
            // "is hosting the summit together with the AU Commission": a co-host, no guest.
            if tokens[forIndex].folded == "with", forIndex > 0, ["together", "jointly"].contains(tokens[forIndex - 1].folded) { return [] }
            return pairs(entities(coordinated(from: guests), fitting: cue.type.sourceKinds), resolve(event))
        case "includes":
            // The container: what owns "agenda" ("the summit's agenda includes"), else the nearest initiative.
            let agenda = tokens[max(0, i - 3)..<i].firstIndex { $0.folded == "agenda" }
            let owner = agenda.flatMap { a in mentions.last { $0.tokens.upperBound <= a && $0.tokens.upperBound >= a - 1 } }
            // (A document or an event contains; a state never does: "According to the Japanese side,
            // the document will include X" puts X in no state.)
            let containers = tk.filter { $0 == .initiative || $0 == .organization }
            guard let container = (owner ?? firstFitting(before(i), containers)).flatMap({ entities([$0], fitting: containers).first }) else { return [] }
            let stop = tokens[end...].firstIndex { $0.isMark(";") || $0.isMark(".") } ?? tokens.count
            let items = mentions.filter { $0.tokens.lowerBound >= end && $0.tokens.lowerBound < stop }.flatMap { entities([$0], fitting: [.initiative]) }
            return items.filter { $0 != container }.map { ($0, container) }
        default:
            return []
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
