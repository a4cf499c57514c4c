import SummitGraph

/// The reading of one article in progress: mentions, the current events, the last date said,
/// and the facts so far.
struct ArticleState {
    let article: Article
    let graph: Graph
    var reader: MentionReader
    var facts: [Fact] = []
    /// The latest event of each subtype this article mentioned ("the summit").
    var currentEvents: [String: Int] = [:]
    /// The person the sentence before named first, for a pronoun opening this one.
    var previousSubject: Int? = nil
    /// Events the article names as still to come after what it reported (never its current one).
    var nextEvents: Set<Int> = []
    /// The last date the article gave, for "on the same day" and undated events.
    var lastDate: DateSpan? = nil
    /// The last day the article gave, for "on the same day" (not a year said since: "in 2028").
    var lastDay: DateSpan? = nil
    /// The last sentence that spoke of the current summit, for "the meeting" after talks.
    var lastSummitSentence = -1
    /// The last sentence that spoke of "the talks".
    var lastTalksSentence = -1
    /// New events made for unnamed mentions ("a dinner"), by sentence and token.
    var newEvents: [String: Int] = [:]
    /// The sentences each entity is mentioned in.
    var mentionSentences: [Int: Set<Int>] = [:]
    /// The words for the dataset's cooperation areas (its schema's synonyms), longest first.
    let areaSynonyms: [Lexicon.AreaSynonym]
    /// The ordinals the article gives a summit anywhere ("the first ever summit", "the second
    /// summit"): ``summitOrdinals(in:lexicon:)``.
    var summitOrdinals: Set<Int> = []

    var lexicon: Lexicon { article.lexicon }

    mutating func read(_ sentence: Sentence) {
        var mentions = reader.read(sentence.tokens, sentence: sentence.index)
        if article.dateline?.sentence == sentence.index { mentions = datelineFacts(mentions) }
        mentions = withPronoun(mentions, tokens: sentence.tokens)
        mentions = withModifiers(mentions, tokens: sentence.tokens)
        mentions = withoutOthersEvents(mentions, tokens: sentence.tokens)
        for m in mentions { for e in m.entities + m.organisations + m.members { mentionSentences[e, default: []].insert(sentence.index) } }
        defer { previousSubject = reader.isHeadline ? nil : firstPerson(mentions) }
        let eventsBefore = currentEvents, factsBefore = facts.count
        for m in mentions where !isLedUpTo(m, tokens: sentence.tokens) {
            for e in m.entities where reader.table[e].isEventLike { currentEvents[reader.table[e].subtype ?? "meeting"] = e }
        }
        if currentEvents["summit"] == nil, mentions.contains(where: { $0.referent == .currentEvent("summit") }), let s = datasetSummit() {
            currentEvents["summit"] = s
        }
        nameCurrentEvents(mentions, tokens: sentence.tokens)
        let datelineEnd = article.dateline?.sentence == sentence.index ? article.dateline!.tokenCount : 0
        let saidDates = DateFinder(lexicon: lexicon, published: article.published).dates(in: sentence.tokens)
        var dates = saidDates.filter { d in
            // The dateline's own date ("BRASILIA, Brazil, November 14 (Reuters) - …") dates the report.
            d.tokens.lowerBound >= datelineEnd &&
            // "the first gathering since October", "since B joined in October": a point the
            // sentence counts from, not its date (a "since" earlier in the same clause); "the
            // visit will conclude on Sunday": when it ends.
            !countedFrom(d.tokens.lowerBound, in: sentence.tokens) &&
            !sentence.tokens[max(0, d.tokens.lowerBound - 2)..<d.tokens.lowerBound].contains { lexicon.endWords.contains($0.folded) } &&
            // "…, the White House said on Wednesday": the date of the saying, not of the fact.
            !sentence.tokens[max(0, d.tokens.lowerBound - 2)..<d.tokens.lowerBound].contains { lexicon.reportingVerbs.contains($0.folded) }
        }
        // ("continues until tomorrow, December 20": a date in apposition to one left out goes with it.)
        let left = saidDates.filter { d in !dates.contains { $0.tokens == d.tokens } }
        dates.removeAll { d in left.contains { l in l.tokens.upperBound < d.tokens.lowerBound && d.tokens.lowerBound <= l.tokens.upperBound + 1
            && sentence.tokens[l.tokens.upperBound..<d.tokens.lowerBound].allSatisfy { $0.isMark(",") } } }
        if let summit = currentEvents["summit"], mentions.contains(where: { $0.entities.contains(summit) || $0.referent == .currentEvent("summit") }) {
            lastSummitSentence = sentence.index
        }
        // "Japarov held talks with Takaichi. … Kulubaev took part in the meeting.": after talks
        // told since the summit was last spoken of, "the meeting" is those talks, no node.
        if mentions.contains(where: { $0.referent == .currentEvent("talks") }) { lastTalksSentence = sentence.index }
        let talks = max(facts.last(where: { $0.type == .met })?.sentence ?? -1, lastTalksSentence)
        let meetingIsTalks = currentEvents["meeting"] == nil && talks > lastSummitSentence && sentence.index - talks <= 3
        let reading = RelationReader(lexicon: lexicon, tokens: sentence.tokens, mentions: mentions, sentence: sentence.index,
                                     resolve: { [currentEvents, facts, graph, reader] m in
                                         if meetingIsTalks, m.referent == .currentEvent("meeting") { return [] }
                                         return Self.resolve(m, events: currentEvents, facts: facts, graph: graph, table: reader.table) },
                                     kindOf: { [reader] e in e < 0 ? .initiative : reader.table[e].kind }, skippable: reader.honorificTokens)
        var found = reader.facts.filter { $0.sentence == sentence.index }
        reader.facts.removeAll { $0.sentence == sentence.index }
        // Whether a verb in the past tells an event as done: the sentence's weekday is then its.
        var toldAsDone = false
        let relations = reading.relations()
        let cues = Set(relations.map(\.cue)).sorted()
        for (fact, cue) in relations {
            guard var fact = withStatus(fact, cue: cue, tokens: sentence.tokens, names: mentions.map(\.tokens)) else { continue }
            fact.cue = cue
            // "Aso, who has visited Uzbekistan several times": an event told as a habit is no news.
            if Self.eventTypes.contains(fact.type), cue > 0, (max(0, cue - 2)..<cue).contains(where: { lexicon.perfectAuxiliaries.contains(sentence.tokens[$0].folded) }),
               sentence.tokens[cue...].prefix(10).contains(where: { lexicon.habitualWords.contains($0.folded) }) { continue }
            // "a format that has brought together A and B since 2007": its members, not a meeting's guests.
            if fact.rule.hasPrefix("gathers:"), cue > 0, lexicon.perfectAuxiliaries.contains(sentence.tokens[cue - 1].folded) {
                (fact.status, fact.role, fact.date) = (.ongoing, .member, nil)
            }
            fact = materialise(fact, mentions: mentions, sentence: sentence)
            // Signing a declaration, a statement, a treaty or an agreement adopts it (as the golds
            // read "signed the Treaty on …": each signer `adopted` it).
            if fact.type == .participatesIn, fact.role == .signatory, ["declaration", "agreement"].contains(reader.table[fact.target].subtype ?? "") {
                (fact.type, fact.role) = (.adopted, nil)
            }
            if !fact.isPresent, fact.status == .occurred, Self.eventTypes.contains(fact.type) { toldAsDone = true }
            found.append(fact)
        }
        found += unsaidVisits(mentions, reading: reading, tokens: sentence.tokens)
        found += duringFacts(found, mentions: mentions, tokens: sentence.tokens)
        found += structuralFacts(mentions, sentence: sentence, dates: dates)
        settlePlansAndProposals(&found)
        let said = dates.first.flatMap { $0.resolve(published: article.published, status: .occurred, previous: lastDay, yearSaid: lastDate?.start.year) }
        // What a summit adopts, its leaders adopt: "the summit adopted the declaration" (what a
        // ministers' meeting adopts, the meeting: its co-chairs sign for it, as the golds read it). Not
        // those a roll call names ("Taking part were …", "B attended as a guest"): it says who was
        // present, guests and observers among them, not who took on the text.
        // (An adoption still to come names no one yet: "the summit is expected to adopt X".)
        for f in found where f.type == .adopted && f.status == .occurred && reader.table[f.source].subtype == "summit" {
            let named = (facts + found).filter { !Self.rollCallFrames.contains($0.rule.prefix { $0 != ":" }.description) }
            let leaders = Self.resolve(Mention(tokens: 0..<0, referent: .group), events: ["summit": f.source], facts: named, graph: graph, table: reader.table)
            found += leaders.map { var g = f; g.source = $0; g.rule = "event-adopts"; g.confidence = 0.7; return g }
        }
        // A state hosting an event takes part in it as host.
        found += found.filter { $0.type == .hosts && reader.table[$0.source].kind == .state }.map {
            var f = $0; f.type = .participatesIn; f.role = .host; f.rule = "hosts-participates"; return f
        }
        // "B, who currently chairs the Pacific Islands Forum": a chair said in the present, undated,
        // of a forum the article had not made its event is an office held, not a meeting chaired
        // (the schema gives no office in an initiative), and the forum a body, held nowhere: not
        // proposed. ("Lula, who chairs the meeting", a summit or a meeting, chairs it.)
        let bodies = Set(found.filter {
            $0.type == .chairs && $0.isPresent && (dates.isEmpty || toldAsDone) && !eventsBefore.values.contains($0.target)
                && ![nil, "summit", "meeting"].contains(reader.table[$0.target].subtype)
        }.map(\.target))
        let formerDate = formerOfficeDate(dates)
        for var fact in found {
            if let date = formerDate, isFormerOffice(fact, dated: date, mentions: mentions, tokens: sentence.tokens) { fact.status = .historical }
            if hasLeftOffice(fact, mentions: mentions, tokens: sentence.tokens) { fact.status = .historical }
            if Self.eventTypes.contains(fact.type), fact.status == .occurred || fact.status == .planned, fact.date == nil, !fact.rule.hasPrefix("postponed") {
                let chosen = date(of: fact, among: dates, cues: cues, tokens: sentence.tokens)
                let own = chosen?.resolve(published: article.published, status: fact.status, isPresent: fact.isPresent && !toldAsDone, previous: lastDay, yearSaid: lastDate?.start.year)
                // A date carried from an earlier sentence never dates a plan with a day already past.
                // Nor does a date still to come date what the sentence tells as done.
                let carried = lastDate.flatMap { fact.status == .planned && $0.lastDay < article.published.firstDay
                    || fact.status == .occurred && $0.firstDay > article.published.lastDay ? nil : $0 }
                (fact.date, fact.ownDate) = (own ?? eventDate(of: fact, among: found) ?? carried, own != nil && chosen?.value != .sameDay)
                // A visit or a signing the sentence dates years back is the story's background
                // ("Then Prime Minister B visited Tanzania in 2011"), no fact of its news.
                if fact.ownDate, let date = fact.date, date.lastDay < article.published.firstDay - Self.backgroundDays { continue }
            }
            if fact.type == .chairs && bodies.contains(fact.target) || fact.type == .heldIn && bodies.contains(fact.source) { continue }
            // No one chairs or hosts a document or a route ("Takaichi, who chaired it, … the Tokyo
            // Declaration"): only an event, a format or a body.
            if fact.type == .chairs || fact.type == .hosts, fact.target >= 0, reader.table[fact.target].kind == .initiative,
               !reader.table[fact.target].isEventLike, ![nil, "dialogue"].contains(reader.table[fact.target].subtype) { continue }
            if fact.type == .cooperatesWith || fact.type == .supports { fact.areas = areas(sentence.tokens) }
            // Cooperation agreed is cooperation under way, however the sentence puts it ("agreed
            // that A and B would expand cooperation in …"), as the seeds record it.
            if fact.type == .cooperatesWith, fact.status == .planned { fact.status = .ongoing }
            if fact.type == .cooperatesWith && fact.areas.isEmpty { continue }
            // No one visits the state they hold office in ("returned to Kazakhstan"), nor a city of it.
            if fact.type == .visits {
                let own = Set((facts + found).filter { [.headOf, .holdsRole].contains($0.type) && $0.source == fact.source }.map(\.target))
                let state = reader.table[fact.target].partOf.flatMap { reader.table.index(ofSlug: $0) }
                if own.contains(fact.target) || state.map(own.contains) == true { continue }
            }
            if fact.type == .met, fact.place == nil { fact.place = place(in: mentions, tokens: sentence.tokens) }
            if fact.type == .met, fact.date == nil { fact.date = DateSpan(FuzzyDate(year: article.published.year, month: article.published.month)!) }
            // What is dated after the report was published has not happened yet ("in October").
            if fact.status == .occurred, let date = fact.date, date.firstDay > article.published.lastDay { fact.status = .planned }
            facts.append(fact)
        }
        planParts(from: factsBefore)
        // The date of a next event dates nothing after it.
        if !keepCurrentEvents(eventsBefore, newFacts: facts[factsBefore...], mentions: mentions, tokens: sentence.tokens, said: said), let said {
            lastDate = said
            // (Not a day more than a week ahead: "The next meeting will be held on 9 October 2026".)
            if said.start.precision == .day, said.firstDay <= article.published.lastDay + 7 { lastDay = said }
        }
    }

    /// An article that has reported what happened and then names a next event ("the 13th summit
    /// will be held in October") still tells of the event it reported: the next one is current
    /// only in its own sentence, so a later "the summit" or "a dinner" is not made part of it.
    /// A preview, where nothing has happened yet, takes the planned event as its current one, and
    /// so does a report whose planned event is days away (arrivals the day before a summit).
    /// An event the sentence states nothing of is a next one when a planning cue follows its
    /// name ("the Third Summit will be held in China in 2027").
    /// - Returns: Whether the sentence named a next event.
    mutating func keepCurrentEvents(_ before: [String: Int], newFacts: ArraySlice<Fact>, mentions: [Mention], tokens: [Token], said: DateSpan?) -> Bool {
        guard facts[..<newFacts.startIndex].contains(where: { $0.status == .occurred && Self.eventTypes.contains($0.type) }) else { return false }
        var named = false
        for (subtype, event) in currentEvents where before[subtype] != event {
            let own = newFacts.filter { ($0.source == event || $0.target == event) && Self.eventTypes.contains($0.type) }
            var later = own.contains { $0.date.map { $0.firstDay > article.published.lastDay + 7 } ?? false }
            if own.isEmpty {
                guard let m = mentions.first(where: { $0.entities.contains(event) }),
                      lexicon.statusCues.contains(where: { $0.status == "planned" && !occurrences(of: $0, in: tokens, m.tokens.upperBound..<min(tokens.count, m.tokens.upperBound + 3)).isEmpty }) else { continue }
                later = said.map { $0.firstDay > article.published.lastDay + 7 } ?? false
            } else {
                guard own.allSatisfy({ $0.status == .planned }) else { continue }
            }
            // Without an earlier event, only one beyond the week of the report is a next one:
            // a report of arrivals the day before a summit is about that summit.
            if before[subtype] != nil || later { currentEvents[subtype] = before[subtype]; nextEvents.insert(event); named = true }
        }
        return named
    }

    /// The frames of a roll call of those present (relations.tsv).
    static let rollCallFrames: Set<String> = ["list", "event-list", "as"]

    /// Whether `m` is named as what is still ahead: "ahead of", "on the eve of", "in the run-up
    /// to" (languages.tsv `lead-up`) right before it.
    func isLedUpTo(_ m: Mention, tokens: [Token]) -> Bool {
        var k = m.tokens.lowerBound - 1
        if k >= 0, tokens[k].folded == "the" { k -= 1 }
        guard k >= 1, ["of", "to", "for"].contains(tokens[k].folded) else { return false }
        return lexicon.leadUpWords.contains(tokens[k - 1].folded)
    }

    /// Whether a "since" (languages.tsv `counted-from`) opens the clause the token at `k` stands in.
    func countedFrom(_ k: Int, in tokens: [Token]) -> Bool {
        var j = k - 1
        while j >= 0, !tokens[j].isMark(","), !tokens[j].isMark(";") {
            if lexicon.countedFrom.contains(tokens[j].folded) { return true }
            j -= 1
        }
        return false
    }

    /// How long before publication a dated event is background: a year.
    static let backgroundDays = 365
    /// How far back a sentence is dated for the offices it names to be former ones: a decade
    /// ("in May 1994", not "in March 2020", when the prime minister then is still in office).
    static let formerOfficeDays = 3653

    /// Types of facts that happen on a day (they take the sentence's date).
    static let eventTypes: Set<EdgeType> = [.met, .visits, .participatesIn, .chairs, .hosts, .heldIn, .adopted, .proposed, .organizes]

    /// The cooperation areas a sentence names, sorted.
    func areas(_ tokens: [Token]) -> [String] {
        var found = Set<String>()
        for i in tokens.indices {
            for s in areaSynonyms where i + s.words.count <= tokens.count && s.words.indices.allSatisfy({ tokens[i + $0].folded == s.words[$0] }) {
                if let acronym = s.acronym, tokens[i].text != acronym { continue }
                found.insert(s.area)
                break
            }
        }
        return found.sorted()
    }

    /// The city after "in" in the sentence, where a meeting took place.
    func place(in mentions: [Mention], tokens: [Token]) -> Int? {
        mentions.first { m in
            m.tokens.lowerBound > 0 && tokens[m.tokens.lowerBound - 1].folded == "in"
                && m.entities.first.map { reader.table[$0].kind == .place && reader.table[$0].subtype == "city" } == true
        }?.entities.first
    }

    /// The summit of the dataset that articles published within a week of this one cite (the
    /// nearest), for an article that says "the summit" without naming it.
    func datasetSummit() -> Int? {
        let day = article.published.firstDay
        var best: (distance: Int, entity: Int)? = nil
        for id in graph.nodeIDs where graph[id].subtype == "summit" {
            for s in graph[id].sources { guard let p = graph[s].published else { continue }
                let d = abs(p.firstDay - day)
                if d <= 7, best.map({ d < $0.distance }) ?? true, let e = reader.table.index(ofSlug: graph[id].slug) { best = (d, e) }
            }
        }
        if best == nil {
            for e in reader.table.entities.indices where reader.table[e].origin == .proposed && reader.table[e].subtype == "summit" && !nextEvents.contains(e) { return e }
        }
        return best?.entity
    }

    /// What a mention stands for: its entities, the current event, or the event's participants.
    static func resolve(_ m: Mention, events: [String: Int], facts: [Fact], graph: Graph, table: EntityTable) -> [Int] {
        switch m.referent {
        case .entities(let e): return e
        case .currentEvent(let subtype): return (events[subtype] ?? (subtype == "meeting" ? events["summit"] : nil)).map { [$0] } ?? []
        case .newEvent, .newInitiative: return [-1 - m.index]
        case .group:
            guard let event = events["summit"] ?? events["meeting"] else { return [] }
            var people: [Int] = []
            for f in facts where f.target == event && [.participatesIn, .chairs, .hosts].contains(f.type) && [.person, .position].contains(table[f.source].kind) {
                if !people.contains(f.source) { people.append(f.source) }
            }
            if people.isEmpty, let node = graph.node(slug: table[event].slug) {
                for edge in graph.edges(of: node, direction: .in) where [.participatesIn, .chairs, .hosts].contains(graph[edge].type) {
                    if let p = table.index(ofSlug: graph[graph[edge].source].slug), [.person, .position].contains(table[p].kind), !people.contains(p) { people.append(p) }
                }
            }
            return people
        }
    }
}
