import SummitGraph

extension MentionReader {
    /// The office at `i` ("President", "Prime Ministers", "Minister of Transport and Logistics"),
    /// its plural flag and the end.
    func officeWord(at i: Int) -> (Lexicon.Office, Bool, Int)? {
        guard i < tokens.count else { return nil }
        for office in lexicon.officesByFirstWord[tokens[i].folded] ?? [] {
            if let end = end(of: office.words, at: i, across: "-"), let found = withPortfolio(office, plural: false, start: i, end: end) { return found }
            if let end = end(of: office.pluralWords, at: i, across: "-"), let found = withPortfolio(office, plural: true, start: i, end: end) { return found }
        }
        return nil
    }


    /// A role phrase at `i`: "[the] [former] [Kazakh|Japan's] OFFICE [of STATE, STATE and STATE]
    /// [[,] NAME] [of STATE]", or an apposition after a person ("Taro Aso, Deputy Leader of …").
    /// States the office held (`head_of`, `holds_role`) and resolves who is meant: the name, the
    /// holder known at the article's date, or a `position` node for an office whose holder is unknown.
    /// - Complexity: O(*t* · *L*).
    mutating func office(at i: Int, previous: Mention?) -> ([Mention], Int)? {
        var j = i
        // "Adviser to the Russian President and Executive Secretary of … B": the office an aide's
        // title serves, not B's.
        let before = word(i) == "the" ? i : word(i - 1) == "the" ? i - 1 : i
        if word(before - 1) == "to", before >= 2, tokens[before - 2].kind == .word, tokens[before - 2].isCapitalized,
           !lexicon.functionWords.contains(tokens[before - 2].folded) { return nil }
        // "a spokesman for the Tajik president, B", "an aide to President A": the aide's name follows.
        if ["to", "for"].contains(word(before - 1)), before >= 2, tokens[before - 2].kind == .word,
           lexicon.aideNouns.contains(tokens[before - 2].folded) { return nil }
        if word(j) == "the" { j += 1 }
        var historical = false
        // "former President", "ex-President", "then-President", "the then prime minister".
        for cue in lexicon.formerTitleCues where matches(cue.words, at: j) {
            historical = true; j += cue.words.count
            if isMark(j, "-") { j += 1 }
            break
        }
        var orgs: [Int] = []
        if let (entries, e) = knownName(at: j),
           let s = entries.first(where: { $0.isDemonym && table[$0.entity].kind == .state }) ?? entries.first(where: { [.state, .organization].contains(table[$0.entity].kind) }) {
            let possessive = e < tokens.count && tokens[e].text.lowercased() == "'s"
            // "U.S. President": the acronym's last full stop.
            let at = possessive ? e + 1 : isMark(e, ".") ? e + 1 : e
            // A state's acronym stands as its adjective: "UAE Foreign Minister", "UK Prime Minister".
            let acronym = s.exact != nil && table[s.entity].kind == .state
            // "… and Lesotho Prime Minister Sam Matekane": a state's own name before a capitalised
            // office, after no preposition, stands as its adjective too.
            let attributive = table[s.entity].kind == .state && tokens[safe: at]?.isCapitalized == true
                && !(j > 0 && ["of", "in", "to", "from", "at", "with", "by", "for", "on"].contains(word(j - 1) ?? ""))
            if (s.isDemonym || possessive || acronym || attributive), officeWord(at: at) != nil { orgs = [s.entity]; j = at }
        }
        // Whether the office's state stood before it ("New Zealand's Deputy Prime Minister"): a
        // phrase that opens so is a new person's, never an apposition to the one before.
        let stateBefore = !orgs.isEmpty
        guard let (said, plural, afterOffice) = officeWord(at: j) else { return nil }
        // "Minister of State for Foreign Trade NAME": where the portfolio ends and the name begins
        // is not known, so the phrase is not read (it would take the office for the person before).
        if word(afterOffice) == "for" { return nil }
        var office = said
        // "his Brazilian counterpart, Rafael Menezes": the office of the person the phrase follows
        // (the latest named), as the article gave it; nothing when it gave that person none.
        let isCounterpart = office.relation.rawValue == "same"
        // "his Zambian counterpart, Energy Minister B": the title said after it is B's, in the
        // counterpart's state.
        if isCounterpart, isMark(afterOffice, ","), let (second, _, _) = officeWord(at: afterOffice + 1), second.relation.rawValue != "same" {
            guard let (found, e) = self.office(at: afterOffice + 1, previous: nil), let m = found.first, m.entities.count == 1,
                  let p = m.entities.first, table[p].kind == .person else { return ([Mention(tokens: i..<afterOffice, referent: .entities([]))], afterOffice) }
            if m.organisations.isEmpty {
                for org in orgs {
                    facts.append(Fact(type: second.relation, source: p, target: org, status: .ongoing, title: second.title,
                                      sentence: sentence, rule: "role-phrase", confidence: 0.85))
                }
            }
            return ([Mention(tokens: i..<e, referent: .entities([p]), isRolePhrase: true)], e)
        }
        if isCounterpart {
            // (Not across an office this sentence names before it and the reader did not resolve:
            // "Richard Marles, the deputy prime minister and defence minister, and his Latvian
            // counterpart" is not the prime minister named before.)
            let otherOffice = (0..<max(0, i - 1)).contains { officeWord(at: $0) != nil }
            guard !orgs.isEmpty, let p = people.last, spokenIn[p] == sentence || !otherOffice, let held = table.offices(of: p).first?.title ?? spokenTitles[p],
                  let same = lexicon.offices.first(where: { NameKey($0.title).text == held && $0.relation.rawValue != "same" }) else { return nil }
            office = same
        }
        // A lower-case office is a role only when something pins it: "the president of …", "the Kazakh president".
        var k = afterOffice
        if word(k) == "of" {
            var m = k + 1
            if word(m) == "the" { m += 1 }
            let (found, end) = organisations(at: m)
            if !found.isEmpty { (orgs, k) = (orgs + found, end) }
            // "the Governor of the Japan Bank for International Cooperation (JBIC) B": the body's
            // acronym in brackets, then the name.
            if !found.isEmpty, isMark(k, "("), isMark(k + 2, ")"), tokens[safe: k + 1].map({ $0.kind == .word && $0.isAllCaps }) == true { k += 3 }
        }
        var holder: Int? = nil
        var appositionStart: Int? = nil
        if !plural, office.words.contains("of"), let end = portfolioListEnd(after: k) { k = end }
        // "the Ambassador of the Republic of Korea to Ghana, B": the state an envoy serves in is
        // no part of who is meant.
        if !plural, !orgs.isEmpty, word(k) == "to", case let m = word(k + 1) == "the" ? k + 2 : k + 1,
           let (entries, e) = knownName(at: m), entries.contains(where: { table[$0.entity].kind == .state && !$0.isDemonym }), isMark(e, ",") { k = e }
        if !plural {
            var n = k
            let comma = isMark(n, ",")
            if comma { n += 1 }
            // "Foreign Minister Sayyid Hilal …", "President, H.E. Mr. A": honorifics are no name words.
            while let h = honorific(at: n), h > n { n = h }
            // "A, President of X, B, President of Y": between two names each followed by its office,
            // the office is the name's before it (the apposition below), not the next one's. (Not
            // when that name came after its own office: "the President of X, A, the President of
            // Y, B" gives each office the name after it.)
            if comma, i >= 2, isMark(i - 1, ","), tokens[i - 2].kind == .word, tokens[i - 2].isCapitalized, nameHasOwnOffice(at: n),
               previous.map({ !($0.isRolePhrase && $0.tokens.upperBound == i - 1 && $0.office != nil) }) ?? true {
                // (left to the apposition)
            } else if let (entries, e) = knownName(at: n), let p = entries.first(where: { table[$0.entity].kind == .person }) {
                (holder, k) = (p.entity, e)
            } else if !comma || !orgs.isEmpty, let (person, e) = personName(at: n, titled: !orgs.isEmpty) {
                (holder, k) = (person, e)
            } else if !orgs.isEmpty, comma && (officeWord(at: n) != nil || formerOffice(at: n)) || word(n) == "and" && officeWord(at: n + 1) != nil {
                // "the Chairman of the X League, Member of the House of Representatives B",
                // "Moldova's Deputy Prime Minister and Foreign Minister B", "the Deputy Leader of the
                // LDP, former Prime Minister of Japan B": a second title, then the name, is one person's.
                let second = comma ? n : n + 1
                let saved = (facts.count, people)
                if let (found, e) = self.office(at: second, previous: nil), let p = found.first?.entities.first, table[p].kind == .person {
                    (holder, k) = (p, e)
                } else { facts.removeLast(facts.count - saved.0); people = saved.1 }
            }
            if holder != nil, orgs.isEmpty, word(k) == "of" {
                let (found, end) = organisations(at: word(k + 1) == "the" ? k + 2 : k + 1)
                if !found.isEmpty { (orgs, k) = (found, end) }
            }
            // "NAME, the Armenian prime minister's spokeswoman": the office is another's, no apposition.
            let owned = holder == nil && tokens[safe: k]?.text.lowercased() == "'s"
            // An apposition: "PERSON, OFFICE of ORG" and "…, OFFICE of ORG and former OFFICE of STATE".
            if holder == nil, !owned, let previous, i > 0, previous.tokens.upperBound == i - 1,
               // ("the President of A and the Prime Minister of B": two people, the second office its own.)
               isMark(i - 1, ",") || (word(i - 1) == "and" && previous.isRolePhrase && word(i) != "the" && !stateBefore),
               let p = previous.entities.first, table[p].kind == .person {
                holder = p
            }
            // "… met with Taro Aso, Deputy Leader of …": a new person named just before the comma.
            if holder == nil, !owned, !orgs.isEmpty, isMark(i - 1, ","), previous.map({ $0.tokens.upperBound < i - 1 }) ?? true {
                var s = i - 1
                // Up to four name words, with the particles between them ("Mohamed bin Zayed Al
                // Nahyan", "Mishal Al Ahmad Al Jaber Al Sabah") and hyphens inside them
                // ("Kassym-Jomart"), not through an honorific ("Sheikh").
                while s > 0, !honorificTokens.contains(s - 1),
                      tokens[(s - 1)..<(i - 1)].filter({ $0.isCapitalized && !lexicon.nameParticles.contains($0.folded) }).count <= 4 {
                    if s > 1, isMark(s - 1, "-"), tokens[s - 2].kind == .word, tokens[s - 2].isCapitalized,
                       tokens[s - 2].range.upperBound == tokens[s - 1].range.lowerBound, tokens[s - 1].range.upperBound == tokens[s].range.lowerBound {
                        s -= 2; continue
                    }
                    guard tokens[s - 1].kind == .word else { break }
                    let t = tokens[s - 1]
                    let nameWord = t.isCapitalized && !lexicon.functionWords.contains(t.folded)
                    // (A run of them: "Ursula von der Leyen".)
                    var p = s - 2
                    while p >= 0, tokens[p].kind == .word, !tokens[p].isCapitalized, lexicon.nameParticles.contains(tokens[p].folded) { p -= 1 }
                    let particle = !t.isCapitalized && lexicon.nameParticles.contains(t.folded) && s < i - 1
                        && p >= 0 && tokens[p].kind == .word && tokens[p].isCapitalized
                    guard nameWord || particle else { break }
                    s -= 1
                }
                // (Not the end of a title's portfolio: "… for Foreign Affairs and Security Policy
                // Kaja Kallas, former Prime Minister of Estonia": where the name starts is not known.)
                let portfolio = s >= 2 && ["and", "for", "of"].contains(tokens[s - 1].folded) && tokens[s - 2].isCapitalized
                if s < i - 1, !portfolio, let (p, e) = personName(at: s), e == i - 1 { holder = p; appositionStart = s }
            }
        }
        guard tokens[j].isCapitalized || !orgs.isEmpty || holder != nil || office.isGeneric else { return nil }
        let status: EdgeStatus = historical ? .historical : .ongoing
        let relation = office.isGeneric ? EdgeType.headOf : office.relation
        // "chair of the Inuit Circumpolar Council", "director of the Steppe Policy Centre": an
        // office that heads an organisation is its head (the schema's head_of); of a state or a
        // place ("the Governor of Okinawa") a role.
        func relationTo(_ org: Int) -> EdgeType {
            office.heads == "organisation" && table[org].kind == .organization ? .headOf : relation
        }
        // A leader's counterpart is whoever leads the other state, under any title; a counterpart
        // the article names nowhere is a person not known, never a `position` node.
        if isCounterpart, holder == nil {
            let heads = orgs.compactMap { org in
                table.holder(of: org, title: office.title, headTitles: headTitles)
                    ?? (relation == .headOf ? table.holder(of: org, title: nil, headTitles: headTitles) : nil)
            }
            var m = Mention(tokens: i..<k, referent: .entities(heads.count == orgs.count ? heads : []), isRolePhrase: true)
            (m.organisations, m.office) = (orgs, office.title)
            return ([m], k)
        }
        // "Press Secretary of the President of Kazakhstan Berik Uali": the name is the first
        // title's, an aide of the state's leader, who holds a role in the state.
        if let holder, !orgs.isEmpty, let title = servedTitle(before: i) {
            for org in orgs {
                facts.append(Fact(type: .holdsRole, source: holder, target: org, status: status, title: title,
                                  sentence: sentence, rule: "aide-phrase", confidence: 0.8))
            }
            return ([Mention(tokens: i..<k, referent: .entities([holder]), isRolePhrase: true)], k)
        }
        if let holder {
            if !office.isGeneric { spokenTitles[holder] = NameKey(office.title).text }
            if office.isGeneric, orgs.isEmpty, table[holder].kind == .person, !titledHeads.contains(holder) { titledHeads.append(holder) }
            if orgs.isEmpty, !office.isGeneric, !historical, table[holder].kind == .person, table[holder].origin == .proposed {
                titledOnly.append((holder, office.title))
            }
            for org in orgs {
                facts.append(Fact(type: relationTo(org), source: holder, target: org, status: status, title: office.isGeneric ? nil : office.title,
                                  sentence: sentence, rule: "role-phrase", confidence: 0.9))
                if !historical, !office.isGeneric { table.addHolder(holder, of: org, title: office.title) }
            }
            var m = Mention(tokens: (appositionStart ?? i)..<k, referent: .entities([holder]), isRolePhrase: true)
            (m.organisations, m.office) = (orgs, office.isGeneric ? nil : office.title)
            return ([m], k)
        }
        guard !historical else { return nil }
        if orgs.isEmpty {
            // "the Tajik leader" whose holder is not known: not whoever last led another state;
            // "the Federal President", an office the reader does not know: nobody it knows.
            guard !plural, !(previous.map { $0.isAdjective && $0.tokens.upperBound == i } ?? false),
                  !(i > 1 && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized && !lexicon.functionWords.contains(tokens[i - 1].folded)
                    && previous?.tokens.upperBound != i) else { return nil }
            // "the head of state", "the prime minister": the latest person holding such an office.
            let titles = office.isGeneric ? Set(headTitles(for: office).map { NameKey($0).text }) : [NameKey(office.title).text]
            // A generic phrase ("the head of state") means the head of a state, not of an agency.
            func fits(_ held: EntityTable.HolderKey) -> Bool { titles.contains(held.title) && (!office.isGeneric || table[held.organisation].kind == .state) }
            // Only one who holds it: with two foreign ministers named, "the Foreign Minister" is
            // either, and the article's own is not always the last named.
            let holders = people.filter { table.offices(of: $0).contains(where: fits) }
            // "the Head of State", capitalised in a sentence, as a presidency's release calls its
            // own: the first such head the article named, not the latest ("… received by the
            // Emperor. The Head of State held talks with …").
            let own = office.isGeneric && j > 0 && tokens[j].isCapitalized && !(isMark(j - 1, ".") || isMark(j - 1, ":"))
                && tokens[j..<k].filter({ $0.kind == .word && !lexicon.functionWords.contains($0.folded) }).allSatisfy(\.isCapitalized)
            guard let p = own ? titledHeads.first ?? holders.min(by: { (firstSpokenIn[$0] ?? .max) < (firstSpokenIn[$1] ?? .max) }) : holders.last,
                  office.isGeneric || holders.count == 1 else { return nil }
            var m = Mention(tokens: i..<k, referent: .entities([p]))
            if let held = table.offices(of: p).first(where: fits), !office.isGeneric {
                (m.organisations, m.office) = ([held.organisation], office.title)
            }
            return ([m], k)
        }
        var resolved: [Int] = []
        for org in orgs {
            if let h = table.holder(of: org, title: office.isGeneric ? nil : office.title, headTitles: headTitles(for: office)) { resolved.append(h); continue }
            // A headline names no new office ("Italian premier receives …"): the body says who is meant.
            guard !office.isGeneric, !isHeadline else { continue }
            // Nor an office the state does not have (state-heads.tsv): "the prime ministers of the
            // Czech Republic, Slovakia and Austria" names Austria's chancellor, not an office.
            if relationTo(org) == .headOf, table[org].kind == .state, let titles = lexicon.stateHeads[table[org].slug],
               !titles.contains(NameKey(office.title).text) { continue }
            let name = "\(office.title) of \(table[org].name)"
            let position = table.names[NameKey(name).text]?.first { table[$0.entity].kind == .position }?.entity
                ?? propose(Entity(slug: Slugs.make(name), kind: .position, name: name, aliases: [], origin: .proposed), tokens: i..<k)
            facts.append(Fact(type: relationTo(org), source: position, target: org, status: .ongoing, title: office.title,
                              sentence: sentence, rule: "role-phrase", confidence: 0.85))
            table.addHolder(position, of: org, title: office.title)
            resolved.append(position)
        }
        guard !resolved.isEmpty || plural else { return nil }
        var m = Mention(tokens: i..<k, referent: .entities(resolved), isRolePhrase: true)
        (m.organisations, m.office) = (orgs, office.isGeneric ? nil : office.title)
        return ([m], k)
    }

}
