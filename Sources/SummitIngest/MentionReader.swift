import SummitGraph

/// Reads the mentions of each sentence in turn: known names (longest first), role phrases,
/// new names, events and groups. It proposes the nodes an article introduces and the facts a
/// name or a role phrase states by itself (an office held, a place inside another).
struct MentionReader {
    let lexicon: Lexicon
    let date: FuzzyDate
    var table: EntityTable
    /// Facts stated by names and role phrases.
    var facts: [Fact] = []
    /// New surface forms of known people ("Takaichi Sanae", "Serdar Berdimuhamedow"): entity, form, sentence.
    var aliases: [(entity: Int, alias: String, sentence: Int)] = []
    /// People mentioned so far, latest last (for "the head of state", "the prime minister").
    var people: [Int] = []
    /// The sentence each person was last named in.
    var spokenIn: [Int: Int] = [:]
    /// The sentence each person was first named in.
    var firstSpokenIn: [Int: Int] = [:]
    /// Events named so far as the edition their name means (not "the next X Summit").
    var namedEvents: Set<Int> = []
    /// People named with a generic title and no state ("Head of State Kassym-Jomart Tokayev"),
    /// first first: whom a presidency's "the Head of State" means.
    var titledHeads: [Int] = []
    /// The title a person was last named with, with or without its state ("Foreign Minister
    /// NAME"), folded: what "his Indonesian counterpart" takes from the person it follows.
    var spokenTitles: [Int: String] = [:]
    /// The sentence being read and its tokens.
    var sentence = 0
    var tokens: [Token] = []
    /// Whether the current sentence is a headline (title case, no full stop): it proposes no new names.
    var isHeadline = false
    /// Tokens of honorifics read in the current sentence ("His Majesty"): a list may run through them.
    var honorificTokens = Set<Int>()
    /// New people named by a title alone, no state or body with it ("President Serdar
    /// Berdimuhamedov"): person and title.
    var titledOnly: [(person: Int, title: String)] = []

    /// Titles that head a state, for "the head of state" and "the Tajik leader".
    var headTitles: [String] { lexicon.offices.filter { $0.relation == .headOf && !$0.isGeneric && $0.heads != "organisation" }.map(\.title) }

    /// The head titles a generic office phrase may stand for: "the head of state" a president,
    /// a king, never a prime minister.
    func headTitles(for office: Lexicon.Office) -> [String] {
        guard let scope = office.heads else { return headTitles }
        return lexicon.offices.filter { $0.relation == .headOf && !$0.isGeneric && ($0.heads == nil || $0.heads == scope) }.map(\.title)
    }

    /// The mentions of `tokens` (from `start`), in order.
    /// - Complexity: O(*t* · *L*) for *L* the longest name in words.
    mutating func read(_ tokens: [Token], sentence: Int, from start: Int = 0) -> [Mention] {
        (self.tokens, self.sentence) = (tokens, sentence)
        honorificTokens = []
        let words = tokens.filter { $0.kind == .word && !lexicon.functionWords.contains($0.folded) }
        // A headline: no closing full stop, and most words capitalised, or the article's first line
        // in sentence case ("German chancellor to visit Mongolia next month").
        isHeadline = !(tokens.last.map { $0.isMark(".") || $0.isMark("!") || $0.isMark("?") || $0.isMark("\"") } ?? false)
            && words.count >= 3 && (words.filter(\.isCapitalized).count * 10 >= words.count * 7 || (sentence == 0 && words.count <= 16))
        var mentions: [Mention] = []
        var i = start
        var addressed: Int? = nil
        while i < tokens.count {
            if let n = honorific(at: i) { honorificTokens.formUnion(i..<n); i = n; addressed = n; continue }
            var read = mention(at: i, previous: mentions.last)
            if read == nil, addressed == i, let person = addressedPerson(at: i) { read = ([person], person.tokens.upperBound) }
            addressed = nil
            if let (found, next) = read, let person = possessedPerson(after: found, at: next) { read = (found + [person], person.tokens.upperBound) }
            if let (found, next) = read {
                for m in found { for e in m.entities where table[e].kind == .person { people.removeAll { $0 == e }; people.append(e); spokenIn[e] = sentence; firstSpokenIn[e] = firstSpokenIn[e] ?? sentence } }
                mentions += found
                i = next
                continue
            }
            i += 1
        }
        for n in mentions.indices { mentions[n].index = n }
        return mentions
    }

    /// The mention at `i`, by the first reader that finds one, in order of precedence.
    private mutating func mention(at i: Int, previous: Mention?) -> ([Mention], Int)? {
        if let found = officeStaff(at: i) { return found }
        if let found = office(at: i, previous: previous) { return found }
        if let found = capital(at: i) { return found }
        if let found = properName(at: i) {
            if let other = otherEdition(found, at: i) { return other }
            namedEvents.formUnion(found.0.flatMap(\.entities).filter { table[$0].isEventLike })
            return found
        }
        if let found = regionStates(at: i) { return found }
        if let found = variant(at: i) { return found }
        if let found = surname(at: i) { return found }
        if let found = placeNoun(at: i) { return found }
        if let found = unnamedInitiative(at: i) { return found }
        return event(at: i) ?? group(at: i)
    }

    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind != .mark ? tokens[i].folded : nil }
    func isMark(_ i: Int, _ mark: String) -> Bool { i >= 0 && i < tokens.count && tokens[i].isMark(mark) }

    /// Whether `words` (folded) are the tokens at `i`.
    func matches(_ words: [String], at i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        return words.indices.allSatisfy { tokens[i + $0].folded == words[$0] }
    }

    func honorific(at i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        // "DR Congo", "MR" in a shouted headline: a word in capitals is no "Dr" or "Mr".
        guard !(tokens[i].isAllCaps && tokens[i].text.count > 1) else { return nil }
        for h in lexicon.honorificsByFirstWord[tokens[i].folded] ?? [] where tokens[i].isCapitalized {
            // Its words, a full stop allowed after each ("H.E.", "His Excellency").
            guard var next = end(of: h, at: i, across: ".") else { continue }
            if isMark(next, ".") { next += 1 }
            // ("the General Assembly", "General Secretariat": a word of a name, no rank.)
            if let w = word(next), lexicon.nameHeads[w] != nil || w == "assembly" { continue }
            return next
        }
        return nil
    }

    /// The marks a name may contain, which ``knownName(at:)`` skips as NameKey does.
    static let nameMarks: Set<String> = ["+", "\"", "'", "-", "&", ".", "/"]

    /// The longest known name at `i`: (entries, end). Marks inside a name ("+", quotes, a
    /// hyphen, a full stop) are skipped as NameKey skips them; a name never spans a comma.
    func knownName(at i: Int) -> ([EntityTable.NameEntry], Int)? {
        guard i < tokens.count, tokens[i].kind != .mark else { return nil }
        // The folded key of each prefix, built once: "central", "central asia", …
        var keyForEnd: [String] = [], ends: [Int] = []
        var key = "", wordCount = 0
        var j = i
        while j < tokens.count, wordCount < table.longestName {
            let t = tokens[j]
            if t.kind == .mark {
                guard Self.nameMarks.contains(t.text), j + 1 < tokens.count, tokens[j + 1].kind != .mark else { break }
                j += 1; continue
            }
            // A possessive ends a name ("Japan's"), unless a known name goes on through it
            // ("the People's Republic of China").
            if t.text == "'s" || t.text == "'S", key.isEmpty || !table.prefixes.contains(key + " s") { break }
            for word in t.folded.split(separator: " ") { key = key.isEmpty ? String(word) : key + " " + word; wordCount += 1 }
            j += 1
            guard !key.isEmpty else { continue }
            keyForEnd.append(key)
            ends.append(j)
            if !table.prefixes.contains(key) { break }  // no longer name starts with these words
        }
        for n in stride(from: ends.count, through: 1, by: -1) {
            guard let entries = table.names[keyForEnd[n - 1]] else { continue }
            let written = tokens[i..<ends[n - 1]].filter { $0.kind != .mark }
            let fits = entries.filter { entry in
                if let exact = entry.exact { return written.map(\.text).joined() == exact }
                return !entry.capitalized || tokens[i].isCapitalized || tokens[i].kind == .number
            }
            if !fits.isEmpty { return (fits, ends[n - 1]) }
        }
        return nil
    }

    /// Chooses among entities sharing a name by context: after "in", "at", "from" or "to" a
    /// place (a city) is meant, otherwise a state; the dataset's node before the gazetteer's.
    func choose(_ entries: [EntityTable.NameEntry], at i: Int) -> Int {
        let ids = entries.map(\.entity)
        guard ids.count > 1 else { return ids[0] }
        let placeContext = i > 0 && ["in", "at", "from", "to"].contains(tokens[i - 1].folded)
        let preferred = ids.filter { placeContext ? table[$0].kind == .place : table[$0].kind == .state }
        let pool = preferred.isEmpty ? ids : preferred
        return pool.min { (table[$0].origin == .dataset ? 0 : 1, $0) < (table[$1].origin == .dataset ? 0 : 1, $1) }!
    }

    /// "five Central Asian nations": the region, with its states as members.
    private mutating func regionStates(at i: Int) -> ([Mention], Int)? {
        guard let (region, members, end) = regionMembers(at: i) else { return nil }
        listFacts(region: region, after: end)
        return ([Mention(tokens: i..<end, referent: .entities([region]), members: members)], end)
    }

    /// "five Central Asian nations: Kazakhstan, Uzbekistan and Tajikistan": each is part of the region.
    mutating func listFacts(region: Int, after end: Int) {
        guard isMark(end, ":") else { return }
        var k = end + 1
        while let (entries, e) = knownName(at: k), let s = entries.first(where: { table[$0.entity].kind == .state && !$0.isDemonym }) {
            facts.append(Fact(type: .partOf, source: s.entity, target: region, status: .ongoing, sentence: sentence, rule: "list-apposition", confidence: 0.85))
            k = e
            while isMark(k, ",") || word(k) == "and" { k += 1 }
        }
    }

    /// "the Japanese capital", "the capital of Japan": the capital, which the sentence places in its state.
    private mutating func capital(at i: Int) -> ([Mention], Int)? {
        var state: Int? = nil, end = i
        // "the Japanese capital" is Tokyo; "with Japanese capital" is money: a determiner pins the city.
        if let (entries, e) = knownName(at: i), let d = entries.first(where: { $0.isDemonym && table[$0.entity].kind == .state }),
           word(e).flatMap({ lexicon.geoNouns[$0] }) == "capital", i > 0, lexicon.determiners.contains(tokens[i - 1].folded) {
            (state, end) = (d.entity, e + 1)
        } else if word(i).flatMap({ lexicon.geoNouns[$0] }) == "capital", word(i + 1) == "of" {
            var k = i + 2
            if word(k) == "the" { k += 1 }
            if let (entries, e) = knownName(at: k), let s = entries.first(where: { table[$0.entity].kind == .state && !$0.isDemonym }) { (state, end) = (s.entity, e) }
        }
        guard let state, let slug = table[state].capital, let city = table.index(ofSlug: slug) ?? table.index(ofSlug: slug + "-city") else { return nil }
        if NameKey(table[city].name).text != NameKey(table[state].name).text {  // (not Singapore in Singapore)
            facts.append(Fact(type: .partOf, source: city, target: state, status: .ongoing, sentence: sentence, rule: "capital-phrase", confidence: 0.9))
        }
        return ([Mention(tokens: i..<end, referent: .entities([city]))], end)
    }

    /// A known person's last name alone ("Rahmon", "Takaichi").
    /// With its particle: "Mr Al Sudani", "El-Sisi"; after a title's word ("Minister Regmi"). Not
    /// after another given name ("Gurbanguly Berdimuhamedov" is not Serdar Berdimuhamedov).
    private func surname(at i: Int) -> ([Mention], Int)? {
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, !lexicon.functionWords.contains(tokens[i - 1].folded),
           !honorificTokens.contains(i - 1), officeWord(at: i - 1) == nil, !lexicon.titleOnlyWords.contains(tokens[i - 1].folded),
           knownName(at: i - 1) == nil { return nil }
        var j = i
        if lexicon.nameParticles.contains(tokens[i].folded) {
            j += isMark(i + 1, "-") ? 2 : 1
            guard j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized else { return nil }
        } else if lexicon.functionWords.contains(tokens[i].folded) { return nil }
        // (Or the first word of a two-word name no one's last name is: "Ishiba" for "Ishiba
        // Shigeru", the family name first.)
        let w = tokens[j].folded
        let byFirst = j == i && !isHeadline && !(tokens[safe: j + 1].map { $0.kind == .word && $0.isCapitalized } ?? false) ? table.firstNames[w] : nil
        guard let people = table.lastNames[w] ?? byFirst, people.count == 1 else { return nil }
        return ([Mention(tokens: i..<(j + 1), referent: .entities(people))], j + 1)
    }

    /// A known person's name in another order or one spelling apart ("Takaichi Sanae",
    /// "Serdar Berdimuhamedow"): the person, and an alias candidate.
    private mutating func variant(at i: Int) -> ([Mention], Int)? {
        var j = i
        while j < tokens.count, j - i < 3, tokens[j].kind == .word, tokens[j].isCapitalized, !lexicon.functionWords.contains(tokens[j].folded) { j += 1 }
        guard j - i >= 2 else { return nil }
        let words = tokens[i..<j].map(\.folded)
        guard let p = knownVariant(of: words) else { return nil }
        aliases.append((p, tokens[i..<j].map(\.text).joined(separator: " "), sentence))
        return ([Mention(tokens: i..<j, referent: .entities([p]))], j)
    }

    /// The person whose name or alias has these words in another order, or one or two letters apart.
    func knownVariant(of words: [String]) -> Int? {
        table.people.first { p in
            table[p].kind == .person && ([table[p].name] + table[p].aliases).contains { known in
                let k = NameKey.tokens(of: known)
                guard k.count == words.count, k != words else { return false }
                return Set(k) == Set(words) || (k.first == words.first && (Spelling.distance(k.joined(separator: " "), words.joined(separator: " "), limit: 2) ?? 9) <= 2)
            }
        }
    }

    /// "the prefecture of Nara", "the city of Osaka": a place of that kind, new unless known.
    private mutating func placeNoun(at i: Int) -> ([Mention], Int)? {
        guard let w = word(i), let meaning = lexicon.geoNouns[w], meaning.hasPrefix("place:"), word(i + 1) == "of",
              i + 2 < tokens.count, tokens[i + 2].kind == .word, tokens[i + 2].isCapitalized else { return nil }
        if let (entries, end) = knownName(at: i + 2) {
            return ([Mention(tokens: i..<end, referent: .entities([choose(entries, at: i + 2)]))], end)
        }
        var end = i + 2
        while end < tokens.count, end - i < 5, tokens[end].kind == .word, tokens[end].isCapitalized, !lexicon.functionWords.contains(tokens[end].folded) { end += 1 }
        let name = tokens[(i + 2)..<end].map(\.text).joined(separator: " ")
        let entity = propose(Entity(slug: Slugs.make(name), kind: .place, subtype: String(meaning.dropFirst(6)), name: name, aliases: [], origin: .proposed), tokens: (i + 2)..<end)
        return ([Mention(tokens: i..<end, referent: .entities([entity]))], end)
    }

}
