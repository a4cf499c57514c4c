import SummitGraph

extension MentionReader {
    /// Connecting words a multi-word name may contain ("Summit of the Heads of State").
    static let connectors: Set<String> = ["of", "the", "for", "and", "on", "plus", "de"]
    /// What follows a number in an ordinal ("49th", "1st", "2nd", "3rd").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    /// A lower-case "of", "on" or "for": the word before it is a name's head ("Declaration on …").
    static func isLink(_ t: Token) -> Bool { !t.isCapitalized && ["of", "on", "for"].contains(t.folded) }

    /// Whether "12th", "49th" (a number and its suffix, written together) ends right before `i`.
    static func ordinalSuffix(_ tokens: [Token], before i: Int) -> Bool {
        i >= 2 && tokens[i - 2].kind == .number && ordinalSuffixes.contains(tokens[i - 1].folded)
            && tokens[i - 2].range.upperBound == tokens[i - 1].range.lowerBound
    }

    /// Where `words` (folded) end when they stand at `i`, the mark `mark` allowed between two of
    /// them: "Secretary-General" for the office Secretary General (`-`), "H.E." (`.`).
    /// - Complexity: O(words).
    func end(of words: [String], at i: Int, across mark: String) -> Int? {
        var j = i
        for (n, w) in words.enumerated() {
            if n > 0, isMark(j, mark) { j += 1 }
            guard j < tokens.count, tokens[j].folded == w else { return nil }
            j += 1
        }
        return j
    }

    /// A name at `i`: a new one when a title-case phrase ends in a head word of the lexicon
    /// ("… Business Forum", "Tokyo Declaration of the Summit …") and is not known as a whole,
    /// else the longest known name. A new name "X of the Y" whose Y is known or new itself is
    /// proposed as part of Y; "Summit of the X" also gets the alias "X Summit".
    /// - Complexity: O(*t* · *L*).
    mutating func properName(at i: Int) -> ([Mention], Int)? {
        let known = knownName(at: i)
        // "the 49th ASEAN Summit": the ordinal is part of an event's name (the 48th is another),
        // even where the name without it is known.
        let numbered = Self.ordinalSuffix(tokens, before: i)
        // "the second India–Central Asia Summit": an ordinal word too.
        let worded = i >= 1 && tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized && lexicon.ordinalWords[tokens[i - 1].folded] != nil
        // (Not of a name a common event noun follows: "the first X Dialogue summit" is the summit's.)
        let ordinal = (numbered || worded) && !(titleCaseRun(at: i).flatMap { word($0.0.upperBound) }.map { lexicon.events[$0] != nil } ?? false)
        if let (found, headKind) = titleCaseRun(at: i), found.upperBound > (known?.1 ?? i) || (ordinal && headKind.kind == .initiative) {
            var run = found, unnumbered: String? = nil
            if ordinal, headKind.kind == .initiative {
                unnumbered = Self.nameText(tokens[run])
                run = (run.lowerBound - (numbered ? 2 : 1))..<run.upperBound
            }
            let name = Self.nameText(tokens[run]), plain = Self.nameText(tokens[run], droppingAcronyms: true)
            if let entries = table.names[NameKey(name).text] ?? table.names[NameKey(plain).text] {
                return ([Mention(tokens: run, referent: .entities([choose(entries, at: i)]))], run.upperBound)
            }
            // A new spelling of a known name ("Summit of the Heads of State of the X" for "X Summit"):
            // the known node, and an alias candidate.
            let derived = derivedAliases(of: run).flatMap { [$0] + Self.plusVariants(of: $0) } + Self.plusVariants(of: name)
            let table = self.table
            if let known = derived.compactMap({ table.names[NameKey($0).text]?.first { table[$0.entity].kind == headKind.kind } }).first {
                aliases.append((known.entity, name, sentence))
                return ([Mention(tokens: run, referent: .entities([known.entity]))], run.upperBound)
            }
            let entity = propose(Entity(slug: Slugs.make(name), kind: headKind.kind, subtype: headKind.subtype, name: name, aliases: [], origin: .proposed), tokens: run)
            structure(of: run, entity: entity)
            // Said again without its number, it is the same event ("the ASEAN Summit"); so it is
            // without the acronym in brackets inside its name.
            if let unnumbered, self.table.names[NameKey(unnumbered).text] == nil { self.table.addAlias(unnumbered, to: entity) }
            if plain != name { self.table.addAlias(plain, to: entity) }
            return ([Mention(tokens: run, referent: .entities([entity]))], run.upperBound)
        }
        guard let (entries, end) = known else { return nil }
        let entity = choose(entries, at: i)
        let adjective = entries.allSatisfy(\.isDemonym)
        if adjective, let noun = word(end), lexicon.geoNouns[noun] == "state" {
            return ([Mention(tokens: i..<(end + 1), referent: .entities([entity]))], end + 1)  // "the Japanese government"
        }
        // "Nara Prefecture": the place noun belongs to the name.
        let next = word(end).flatMap { lexicon.geoNouns[$0] }?.hasPrefix("place:") == true && tokens[end].isCapitalized ? end + 1 : end
        return ([Mention(tokens: i..<next, referent: .entities([entity]), isAdjective: adjective)], next)
    }

    /// Whether the capitalised words from `k` end in a name's head word ("Ministerial Meeting").
    func headAhead(from k: Int) -> Bool {
        var n = k
        while n < tokens.count, tokens[n].kind == .word, tokens[n].isCapitalized { n += 1 }
        return n > k && lexicon.nameHeads[tokens[n - 1].folded] != nil
    }

    /// The title-case phrase at `i` when it ends in (or its part before "of" ends in) a head
    /// word: its token range and the node it makes. Leading function words are not part of it;
    /// quotes inside are ("the \"Central Asia plus Japan\" Business Forum").
    func titleCaseRun(at start: Int) -> (Range<Int>, Lexicon.NameHead)? {
        var i = start
        // (A number word capitalised inside a sentence before another name word may open one:
        // "the 10th Three Seas Initiative Summit".)
        let numbered = i > 0 && i < tokens.count && lexicon.numbers[tokens[i].folded] != nil && !isMark(i - 1, ".")
            && tokens[safe: i + 1].map { $0.kind == .word && $0.isCapitalized && !lexicon.functionWords.contains($0.folded) } == true
        guard i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized,
              !lexicon.functionWords.contains(tokens[i].folded) || isMark(i - 1, "\"") || numbered else { return nil }
        if i > 0, isMark(i - 1, "\"") { i -= 1 }
        var j = i
        var lastCapital = i, openQuote = false, between: Int? = nil
        while j < tokens.count {
            let t = tokens[j]
            if t.kind == .word, t.isCapitalized, lexicon.months[t.folded] == nil, lexicon.weekdays[t.folded] == nil { lastCapital = j; j += 1; continue }
            if t.kind == .number { j += 1; continue }
            // "the Sharm el-Sheikh Peace Summit", "the Rio de Janeiro Declaration": a name's lower-case
            // particle between two of its capitalised words.
            if t.kind == .word, !t.isCapitalized, lexicon.nameParticles.contains(t.folded), j > i, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized {
                let glued = isMark(j + 1, "-") && tokens[j].range.upperBound == tokens[j + 1].range.lowerBound
                if let next = tokens[safe: glued ? j + 2 : j + 1], next.kind == .word, next.isCapitalized, !lexicon.functionWords.contains(next.folded) {
                    j += glued ? 2 : 1; continue
                }
            }
            // "the X Meeting and the Y Forum": two names, not one (and a "between" that runs into
            // one, "… between the Republic of A and the Republic of B", is no part of the name).
            if t.folded == "and", tokens[safe: j + 1]?.folded == "the" {
                if let b = between { lastCapital = b - 1; while lastCapital > i, !tokens[lastCapital].isCapitalized { lastCapital -= 1 } }
                break
            }
            // "… of the Communist Party of China and Minister of Foreign Affairs of …": an office
            // after "and" opens another title, no part of the name (a plural one may be: "the X
            // Foreign and Defence Ministers' Dialogue").
            if t.folded == "and", let (_, plural, _) = officeWord(at: j + 1), !plural { break }
            // "The University of Toyama and Tashkent State Technical University signed …": after an
            // "of", "and" before a run of two capitalised words or more ending in an organisation's
            // head word ("… and Tashkent State Technical University") joins two names, not one.
            if t.folded == "and", !t.isCapitalized, tokens[i..<j].contains(where: { $0.folded == "of" }) {
                var k = j + 1
                while k < tokens.count, (tokens[k].kind == .word && tokens[k].isCapitalized) || (isMark(k, "-") && k > j + 1) { k += 1 }
                if k - j > 2, let head = lexicon.nameHeads[tokens[k - 1].folded], head.kind == .organization, word(k) != "of" { break }
            }
            // ("Rahmon told Aso the Central Asia + Japan Dialogue …", "Downtown the X Forum": "the"
            // goes on with a name only after a connector, "of the", "for the".)
            if t.kind == .word, t.folded == "the", !t.isCapitalized, j > i, !Self.connectors.contains(tokens[j - 1].folded), !["between", "in"].contains(tokens[j - 1].folded) { break }
            if t.kind == .word, Self.connectors.contains(t.folded), !t.isCapitalized { j += 1; continue }
            // "the Bangkok Declaration on a Resilient Asia", "Partnership for a Green Future": an
            // article after "on" or "for", before a capitalised word.
            if t.kind == .word, ["a", "an"].contains(t.folded), !t.isCapitalized, j > i, Self.isLink(tokens[j - 1]), tokens[j - 1].folded != "of",
               let next = tokens[safe: j + 1], next.kind == .word, next.isCapitalized { j += 1; continue }
            // "Joint Statement on the Expanded Partnership between the Kyrgyz Republic and Japan":
            // "between" inside a name, once an "of", "on" or "for" has made its head.
            if t.kind == .word, t.folded == "between", !t.isCapitalized, tokens[i..<j].contains(where: Self.isLink),
               let next = tokens[safe: j + 1], next.folded == "the" || next.isCapitalized { between = j; j += 1; continue }
            // "… on Strategic Partnership in Energy and Raw Materials": "in" too, before words no
            // known name starts ("the Declaration on Water in Lima" ends at "Water").
            // (After "on" or "for" only: "the Summit of the Americas in Punta Cana" ends at "Americas".)
            // ("… on Cooperation in the Field of Critical Minerals": "in the" before a capitalised word too.)
            if t.kind == .word, t.folded == "in", !t.isCapitalized, tokens[i..<j].contains(where: { Self.isLink($0) && $0.folded != "of" }),
               case let n = tokens[safe: j + 1]?.folded == "the" ? j + 2 : j + 1,
               let next = tokens[safe: n], next.kind == .word, next.isCapitalized, knownName(at: n) == nil { j += 1; continue }
            // "… Confidence Building Measures in Asia", "… Co-operation in Europe": a continent or a
            // world region ends a name after "on" or "for" (a city or a state does not: "the
            // Declaration on Water in Lima").
            if t.kind == .word, t.folded == "in", !t.isCapitalized, tokens[i..<j].contains(where: { Self.isLink($0) && $0.folded != "of" }),
               let (entries, e) = knownName(at: j + 1), entries.contains(where: { ["continent", "region"].contains(table[$0.entity].subtype ?? "") && !$0.isDemonym }),
               !(tokens[safe: e].map { $0.kind == .word && $0.isCapitalized } ?? false) {
                lastCapital = e - 1; j = e; break
            }
            if t.isMark("\"") { openQuote.toggle(); j += 1; continue }
            // "the Summit on Financing Africa's Infrastructure": a possessive inside a name, after
            // its head and link, before a capitalised word.
            if t.text.lowercased() == "'s", j > i, tokens[j - 1].isCapitalized, tokens[i..<j].contains(where: Self.isLink),
               let next = tokens[safe: j + 1], next.kind == .word, next.isCapitalized, !lexicon.functionWords.contains(next.folded) { j += 1; continue }
            // "the 20th Asia Cooperation Dialogue (ACD) Ministerial Meeting": an acronym in
            // brackets inside a name, a capitalised word of it after.
            // (Only when the words after it end in a head word: "the Japan Bank for International
            // Cooperation (JBIC) Hiroshi Kuroda" is the bank, then a name.)
            if t.isMark("("), j > i, tokens[j - 1].isCapitalized, let acronym = tokens[safe: j + 1], acronym.kind == .word, acronym.isAllCaps,
               isMark(j + 2, ")"), let next = tokens[safe: j + 3], next.kind == .word, next.isCapitalized,
               !lexicon.functionWords.contains(next.folded), headAhead(from: j + 3) { j += 3; continue }
            // "ASTANA. KAZINFORM – The Sixth Consultative Meeting …": a dash between spaces before
            // "The" opens the text after a furniture word, no name runs across it.
            if t.isMark("-"), j > i, tokens[j - 1].range.upperBound < t.range.lowerBound,
               let next = tokens[safe: j + 1], next.isCapitalized, lexicon.functionWords.contains(next.folded) { break }
            if t.isMark("+") || t.isMark("-") || t.isMark("&") || (t.isMark("'") && j > i && tokens[j - 1].isCapitalized) { j += 1; continue }
            // "Ministry of Economy, Trade and Industry", "the Treaty on Good-Neighbourliness,
            // Friendship and Cooperation": a list inside an organisation's or a document's name,
            // after its head and an "of", "on" or "for", of words no known name starts.
            if t.isMark(","), j + 1 < tokens.count, tokens[j + 1].isCapitalized, tokens[j + 1].kind == .word,
               let link = tokens[i..<j].firstIndex(where: Self.isLink), link > i,
               let head = lexicon.nameHeads[tokens[link - 1].folded], [.organization, .initiative].contains(head.kind), tokens[link - 1].isCapitalized,
               let andIndex = tokens[(j + 1)...].prefix(6).firstIndex(where: { $0.folded == "and" }),
               andIndex + 1 < tokens.count, tokens[andIndex + 1].isCapitalized, tokens[andIndex + 1].kind == .word,
               tokens[(j + 1)..<andIndex].allSatisfy({ ($0.kind == .word && $0.isCapitalized) || $0.isMark(",") || $0.isMark("-") }),
               ((j + 1)...(andIndex + 1)).allSatisfy({ tokens[$0].kind != .word || knownName(at: $0) == nil }) {
                j += 1; continue
            }
            break
        }
        // A name ends in a noun: trailing connectors and adjectives ("… of the Japanese") are not part of it.
        while lastCapital > i, let (entries, end) = knownName(at: lastCapital), end == lastCapital + 1, entries.allSatisfy(\.isDemonym) {
            lastCapital -= 1
            while lastCapital > i, !tokens[lastCapital].isCapitalized || tokens[lastCapital].kind != .word { lastCapital -= 1 }
        }
        // "Institute of International Relations of the Ministry of …": two organisations, the first part of the second.
        if let firstOf = tokens[i...lastCapital].firstIndex(where: { $0.folded == "of" }),
           lexicon.nameHeads[tokens[max(i, firstOf - 1)].folded]?.kind == .organization,
           let cut = ((firstOf + 1)...lastCapital).first(where: { k in
               tokens[k].folded == "of" && [k + 1, k + 2].contains { lexicon.nameHeads[tokens[safe: $0]?.folded ?? ""]?.kind == .organization && tokens[$0].isCapitalized }
           }) {
            lastCapital = cut - 1
            while lastCapital > i, tokens[lastCapital].kind != .word || !tokens[lastCapital].isCapitalized { lastCapital -= 1 }
        }
        let run = i..<(lastCapital + 1)
        let words = tokens[run].filter { $0.kind == .word }
        guard !isHeadline, !lexicon.stopPhrases.contains(NameKey(Self.nameText(tokens[run]))) else { return nil }
        let firstOf = words.firstIndex { $0.folded == "of" }
        // A capitalised name and a lower-case place noun: "Shosoin repository".
        if lastCapital + 1 < tokens.count, let w = word(lastCapital + 1), let meaning = lexicon.geoNouns[w], meaning.hasPrefix("place:"),
           lexicon.nameHeads[w] != nil, firstOf == nil, knownName(at: i).map({ $0.1 <= lastCapital }) ?? true {
            return (i..<(lastCapital + 2), Lexicon.NameHead(kind: .place, subtype: String(meaning.dropFirst(6))))
        }
        guard words.count >= 2 else { return nil }
        // The head: the word before the first "of", "on" or "for" ("Declaration on Ocean Health"), else the last.
        let firstLink = words.firstIndex(where: Self.isLink)
        let headWord = firstLink.map { words[max(0, $0 - 1)] } ?? words.last!
        if let head = lexicon.nameHeads[headWord.text.lowercased()], headWord.isCapitalized { return (run, head) }
        // "the Japan-Turkmenistan Parliamentary Friendship League Keiichi Morimoto", after a title: the
        // name ends at its head word, and a person's name of two or three words follows.
        if firstLink == nil, let k = words.indices.dropLast(2).last(where: { words[$0].isCapitalized && lexicon.nameHeads[words[$0].folded].map { [.organization, .initiative].contains($0.kind) } == true }),
           k >= 1, (2...3).contains(words.count - k - 1), words[(k + 1)...].allSatisfy({ $0.isCapitalized && lexicon.nameHeads[$0.folded] == nil }),
           let end = run.first(where: { tokens[$0].range == words[k].range }), let head = lexicon.nameHeads[words[k].folded] {
            return (run.lowerBound..<(end + 1), head)
        }
        // "the Commonwealth Heads of Government Meeting": a plural before "of" names who meet,
        // and the event noun at the end is the head.
        if firstLink != nil, headWord.isCapitalized, headWord.folded.hasSuffix("s"), let last = words.last, last.isCapitalized,
           let head = lexicon.nameHeads[last.folded], head.kind == .initiative, ["summit", "meeting", "forum"].contains(head.subtype ?? ""),
           last.folded != words[0].folded { return (run, head) }
        return nil
    }

    /// "X of the Y" with Y a name: X is part of Y; "Summit of the Y" is also "Y Summit".
    private mutating func structure(of run: Range<Int>, entity: Int) {
        let ofs = run.filter { tokens[$0].folded == "of" && tokens[$0].kind == .word }
        // ("the Commonwealth Heads of Government Meeting" is one name, no X of a Y.)
        if let of = ofs.first, of > run.lowerBound, lexicon.nameHeads[tokens[of - 1].folded] == nil, tokens[of - 1].folded.hasSuffix("s") { return }
        if table[entity].kind == .organization || table[entity].isEventLike {
            for of in [ofs.first, ofs.last].compactMap({ $0 }) {
                var tail = of + 1
                if word(tail) == "the" { tail += 1 }
                if let (m, end) = properName(at: tail), end == run.upperBound, let whole = m.first?.entities.first, whole != entity,
                   [.initiative, .organization, .state].contains(table[whole].kind) {
                    facts.append(Fact(type: .partOf, source: entity, target: whole, status: .ongoing, sentence: sentence, rule: "name-of", confidence: 0.85))
                    break
                }
            }
        }
        for alias in derivedAliases(of: run) {
            table.addAlias(alias, to: entity)
            addPlusVariants(of: alias, to: entity)
        }
    }

    /// Adds a new node read at `tokens` of the current sentence; a name with "+" is also known
    /// with "plus" and the other way round ("Central Asia + Japan" is read "Central Asia plus Japan").
    mutating func propose(_ entity: Entity, tokens range: Range<Int>) -> Int {
        var entity = entity
        entity.firstMention = (sentence, range)
        let i = table.add(entity)
        addPlusVariants(of: entity.name, to: i)
        return i
    }

    mutating func addPlusVariants(of name: String, to i: Int) {
        for variant in Self.plusVariants(of: name) { table.addAlias(variant, to: i) }
    }

    static func plusVariants(of name: String) -> [String] {
        if name.contains(" + ") { return [name.replacingOccurrences(of: " + ", with: " plus ")] }
        if name.contains(" plus ") { return [name.replacingOccurrences(of: " plus ", with: " + ")] }
        return []
    }
}
