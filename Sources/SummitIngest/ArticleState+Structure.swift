import SummitGraph

extension ArticleState {
    /// Places ranked small to large: a place is only inside a larger one.
    static func rank(_ e: Entity) -> Int {
        switch (e.kind, e.subtype) {
        case (.place, "building"): 0
        case (.place, "ward"): 1
        case (.place, "city"): 2
        case (.place, "prefecture"): 3
        case (.state, _): 5
        case (.place, "region"): 6
        case (.place, "continent"): 7
        default: 9
        }
    }

    /// "DUSHANBE, Tajikistan": the dateline's city lies in its state.
    mutating func datelineFacts(_ mentions: [Mention]) -> [Mention] {
        var mentions = mentions
        guard let dateline = article.dateline, let stateTokens = dateline.stateTokens else { return mentions }
        // "TIANJIN, China": a dateline's place is a city; an unknown one is proposed.
        if !mentions.contains(where: { $0.tokens == dateline.placeTokens }), mentions.contains(where: { $0.tokens == stateTokens }) {
            let name = Ingester.titleCased(dateline.place)
            let city = reader.propose(Entity(slug: Slugs.make(name), kind: .place, subtype: "city", name: name, aliases: [], origin: .proposed),
                                      tokens: dateline.placeTokens)
            mentions.insert(Mention(tokens: dateline.placeTokens, referent: .entities([city])), at: 0)
            for n in mentions.indices { mentions[n].index = n }
        }
        guard let city = mentions.first(where: { $0.tokens == dateline.placeTokens })?.entities.first,
              let state = mentions.first(where: { $0.tokens == stateTokens })?.entities.first,
              reader.table[city].kind == .place, reader.table[state].kind == .state else { return mentions }
        facts.append(Fact(type: .partOf, source: city, target: state, status: .ongoing, sentence: dateline.sentence, rule: "dateline", confidence: 0.9))
        return mentions
    }

    /// Facts stated by how names stand together: an event "in"/"at" a place (`held_in`), a place
    /// "in"/"of" a larger one (`part_of`), "five Central Asian nations: A, B and C" (`part_of`),
    /// a dialogue named after its members ("Central Asia + Japan Dialogue": `participates_in`).
    mutating func structuralFacts(_ mentions: [Mention], sentence: Sentence, dates: [DateMention]) -> [Fact] {
        let t = sentence.tokens, table = reader.table
        var found: [Fact] = []
        func fact(_ type: EdgeType, _ a: Int, _ b: Int, _ rule: String, status: EdgeStatus = .ongoing, role: ParticipationRole? = nil) {
            found.append(Fact(type: type, source: a, target: b, status: status, role: role, sentence: sentence.index, rule: rule, confidence: 0.8))
        }
        for (n, m) in mentions.enumerated() where !m.isAdjective {
            let ends = m.entities
            // A place, then "in"/"of" [the|her|…] [up to three lower-case words] a larger place.
            if let x = ends.first, ends.count == 1, Self.rank(table[x]) < 5 || table[x].kind == .place {
                var k = m.tokens.upperBound
                if k < t.count, ["in", "of"].contains(t[k].folded) {
                    k += 1
                    var skipped = 0
                    while k < t.count, t[k].kind == .word, !t[k].isCapitalized, skipped < 4, mentions.first(where: { $0.tokens.lowerBound == k }) == nil { k += 1; skipped += 1 }
                    if let next = mentions[(n + 1)...].first(where: { $0.tokens.lowerBound == k }), let y = next.entities.first, next.entities.count == 1,
                       [.place, .state].contains(table[y].kind), Self.rank(table[x]) < Self.rank(table[y]), Self.rank(table[x]) < 5 {
                        fact(.partOf, x, y, "located")
                    }
                }
            }
            // "the Institute … of the Ministry of Foreign Affairs": an organisation of another, or of a state.
            if let x = ends.first, ends.count == 1, table[x].kind == .organization, m.tokens.upperBound < t.count, t[m.tokens.upperBound].folded == "of" {
                let k = t[safe: m.tokens.upperBound + 1]?.folded == "the" ? m.tokens.upperBound + 2 : m.tokens.upperBound + 1
                if let next = mentions[(n + 1)...].first(where: { $0.tokens.lowerBound == k }), let y = next.entities.first, next.entities.count == 1,
                   [.organization, .state].contains(table[y].kind), y != x {
                    fact(.partOf, x, y, "organisation-of")
                }
            }
            // An event in or at a place, or a place "for" an event ("convened in Tokyo for the summit").
            // Its status from the cues before the event's name ("would attend the Forum in Beijing": planned)
            // and before the place ("the Forum, which will be held in Lisbon": planned).
            // (Not an event proposed: "He also proposed to hold an X Forum in Ashgabat", whoever "he" is.)
            // (Nor the point a clause counts from: "since the conference was first held in Helsinki".)
            if let e = eventEntity(m), !proposes(before: m.tokens.lowerBound, tokens: t), !countedFrom(m.tokens.lowerBound, in: t),
               let p = placeAfter(m, in: mentions, tokens: t),
               let place = mentions.first(where: { $0.tokens.lowerBound >= m.tokens.upperBound && $0.entities.contains(p) }) {
                let fact = Fact(type: .heldIn, source: e, target: p, status: .occurred, sentence: sentence.index, rule: "event-at", confidence: 0.75)
                let names = mentions.map(\.tokens)
                if var f = withStatus(fact, cue: m.tokens.lowerBound, tokens: t, names: names),
                   let there = withStatus(fact, cue: place.tokens.lowerBound, tokens: t, names: names) {
                    if f.status == .occurred { (f.status, f.rule) = (there.status, there.rule) }
                    // "the Ministerial Meeting, which is scheduled to take place in Astana": a plan
                    // the clause between the event and its place states, further back than five words.
                    if f.status == .occurred, place.tokens.lowerBound - m.tokens.upperBound <= 12,
                       lexicon.statusCues.contains(where: { c in
                           c.status == "planned" && occurrences(of: c, in: t, m.tokens.upperBound..<place.tokens.lowerBound).contains {
                               ["take", "be", "convene", "open", "meet", "gather"].contains(t[safe: $0 + c.words.count]?.folded ?? "")
                           }
                       }) { f.status = .planned }
                    // "a two-day meeting in Tokyo on Dec. 19-20": the date said right after the place
                    // is the event's, whatever date opened the sentence ("will fly on Thursday").
                    if let d = dates.first(where: { (place.tokens.upperBound...(place.tokens.upperBound + 1)).contains($0.tokens.lowerBound) }),
                       let date = d.resolve(published: article.published, status: f.status, previous: lastDay, yearSaid: lastDate?.start.year) {
                        (f.date, f.ownDate) = (date, true)
                    }
                    // (Dated years back, it is the story's background, as an event fact is.)
                    if f.ownDate, let date = f.date, date.lastDay < article.published.firstDay - Self.backgroundDays { continue }
                    found.append(f)
                }
            }
            if let p = ends.first, table[p].kind == .place, m.tokens.lowerBound > 0, ["in", "at"].contains(t[m.tokens.lowerBound - 1].folded),
               m.tokens.upperBound + 1 < t.count, t[m.tokens.upperBound].folded == "for",
               let next = mentions[(n + 1)...].first, next.tokens.lowerBound <= m.tokens.upperBound + 6, let e = eventEntity(next) {
                found.append(Fact(type: .heldIn, source: e, target: p, status: .occurred, sentence: sentence.index, rule: "event-at", confidence: 0.75))
            }
        }
        // A new dialogue named after its members.
        for d in table.entities.indices {
            guard table[d].origin == .proposed, table[d].subtype == "dialogue", table[d].firstMention?.sentence == sentence.index else { continue }
            let inner = NameKey.tokens(of: table[d].name)
            var members: [Int] = []
            var i = 0
            while i < inner.count {
                var matched = false
                for len in stride(from: min(4, inner.count - i), through: 1, by: -1) {
                    let key = inner[i..<(i + len)].joined(separator: " ")
                    if let entry = table.names[key]?.first(where: { !$0.isDemonym && [.state, .place].contains(table[$0.entity].kind) }) {
                        let e = entry.entity
                        members += table[e].kind == .state ? [e] : table.statesByRegion[table[e].slug] ?? []
                        i += len; matched = true; break
                    }
                }
                if !matched { i += 1 }
            }
            if members.count >= 2 { for s in members { fact(.participatesIn, s, d, "name-members", role: .member) } }
        }
        return found
    }

    /// "During the summit, the ministry will organise a forum": what happens during an event is part of it.
    func duringFacts(_ found: [Fact], mentions: [Mention], tokens: [Token]) -> [Fact] {
        guard tokens.first?.folded == "during", let first = mentions.first, first.tokens.lowerBound <= 2, let event = eventEntity(first) else { return [] }
        return found.compactMap { f in
            guard f.target != event, reader.table[f.target].kind == .initiative, reader.table[f.target].origin == .proposed else { return nil }
            return Fact(type: .partOf, source: f.target, target: event, status: f.status == .planned ? .planned : .ongoing,
                        sentence: f.sentence, rule: "during-event", confidence: 0.7)
        }
    }

    /// The event a mention stands for, if it is one.
    func eventEntity(_ m: Mention) -> Int? {
        switch m.referent {
        case .currentEvent(let subtype): return currentEvents[subtype] ?? (subtype == "meeting" ? currentEvents["summit"] : nil)
        case .entities(let e): return e.count == 1 && reader.table[e[0]].isEventLike ? e[0] : nil
        default: return nil
        }
    }

    /// The facts, each once: a fact said twice keeps its first sentence and gains the areas of the others.
    mutating func finish() -> Extraction {
        // An office node made before the article named its holder ("the Tajik president", then
        // "the President of Tajikistan, Emomali Rahmon"): the holder replaces it.
        var replace: [Int: Int] = [:]
        for f in facts where f.rule == "role-phrase" && f.status == .ongoing && reader.table[f.source].kind == .person {
            for g in facts where g.rule == "role-phrase" && g.target == f.target && g.title == f.title
                && reader.table[g.source].kind == .position && reader.table[g.source].origin == .proposed {
                replace[g.source] = f.source
            }
        }
        // A new declaration adopted by those the dataset says were to adopt an unnamed one ("a joint
        // declaration"): it is that declaration, under its name.
        let table = reader.table
        for p in table.entities.indices where table[p].origin == .proposed && table[p].subtype == "declaration" {
            let adopters = Set(facts.filter { $0.type == .adopted && $0.target == p }.map { table[$0.source].slug })
            guard !adopters.isEmpty else { continue }
            let generic = graph.nodeIDs.filter { id in
                let node = graph[id]
                guard node.subtype == "declaration", node.name.first?.isLowercase == true else { return false }
                return graph.edges(of: id, direction: .in).contains { graph[$0].type == .adopted && adopters.contains(graph[graph[$0].source].slug) }
            }
            guard generic.count == 1, let d = table.index(ofSlug: graph[generic[0]].slug) else { continue }
            replace[p] = d
            for alias in [table[p].name] + table[p].aliases where NameKey(alias) != NameKey(table[d].name) {
                reader.aliases.append((d, alias, table[p].firstMention?.sentence ?? 0))
            }
        }
        // An office the dataset left unnamed whose holder this article names by title alone.
        let fills = filledOffices(in: facts)
        for (person, position) in fills { replace[position] = person }
        let rewritten = facts.compactMap { f -> Fact? in
            var f = f
            f.source = replace[f.source] ?? f.source
            f.target = replace[f.target] ?? f.target
            f.place = f.place.map { replace[$0] ?? $0 }
            return f.source == f.target ? nil : f
        }
        // An office no fact but its own role phrase involves ("did not meet the Emir of Qatar") is
        // merely mentioned: neither it nor its role phrase is proposed.
        let involved = Set(rewritten.filter { $0.rule != "role-phrase" }.flatMap { [$0.source, $0.target] })
        // The chair of an event chairs it and no more, as the seeds record a summit's chair ("the
        // leaders taking part in the summit" names the chair among them).
        let chaired = Set(rewritten.filter { $0.type == .chairs }.map { "\($0.source)|\($0.target)" })
        let kept = rewritten.filter { f in
            !(f.rule == "role-phrase" && table[f.source].kind == .position && table[f.source].origin == .proposed && !involved.contains(f.source))
                && !(f.type == .participatesIn && chaired.contains("\(f.source)|\(f.target)"))
        }
        var seen: [String: Int] = [:]
        var unique: [Fact] = []
        for fact in kept.sorted(by: { $0.sentence < $1.sentence }) {
            if let i = seen[fact.identity] {
                unique[i].areas = Array(Set(unique[i].areas + fact.areas)).sorted()
                // The statement that dates the fact also says whether it happened ("to visit …" in a
                // headline, then "will visit … in October").
                if fact.ownDate && !unique[i].ownDate { (unique[i].date, unique[i].ownDate, unique[i].status) = (fact.date, true, fact.status) }
                continue
            }
            seen[fact.identity] = unique.count
            unique.append(fact)
        }
        unique += capitalFacts(unique)
        return Extraction(article: article, graph: graph, table: reader.table, facts: unique, aliases: reader.aliases, fills: fills)
    }

    /// Whether a cue that proposes (relations.tsv, `proposed`) stands before token `end`.
    func proposes(before end: Int, tokens t: [Token]) -> Bool {
        (0..<end).contains { i in
            (lexicon.relationsByFirstWord[t[i].folded] ?? []).contains { c in
                c.type == .proposed && i + c.words.count <= end && c.words.indices.allSatisfy { t[i + $0].folded == c.words[$0] }
            }
        }
    }

    /// A gazetteer city that is the dateline's place or an end or place of a fact lies in the state
    /// the gazetteer gives it ("talks in Montevideo": Montevideo is part of Uruguay), when no fact says so yet.
    /// - Complexity: O(facts).
    func capitalFacts(_ facts: [Fact]) -> [Fact] {
        let table = reader.table
        var used = facts.flatMap { f in ([f.source, f.target] + (f.place.map { [$0] } ?? [])).map { ($0, f.sentence) } }
        if let dateline = article.dateline, let city = table.names[NameKey(Ingester.titleCased(dateline.place)).text]?.first?.entity {
            used.insert((city, dateline.sentence), at: 0)
        }
        var placed = Set(facts.filter { $0.type == .partOf }.map(\.source)), found: [Fact] = []
        for (e, sentence) in used where table.entities.indices.contains(e) && !placed.contains(e) {
            guard table[e].origin != .proposed, table[e].kind == .place, table[e].subtype == "city",
                  let slug = table[e].partOf, let state = table.index(ofSlug: slug), table[state].kind == .state,
                  // (A city-state's city of its own name, Singapore in Singapore, is no fact.)
                  NameKey(table[e].name).text != NameKey(table[state].name).text else { continue }
            placed.insert(e)
            found.append(Fact(type: .partOf, source: e, target: state, status: .ongoing, sentence: sentence, rule: "gazetteer-capital", confidence: 0.9))
        }
        return found
    }
}
