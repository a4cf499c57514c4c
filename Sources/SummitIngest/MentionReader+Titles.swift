import SummitGraph

extension MentionReader {
    /// "the press service of the Tajik president": the office's staff, an organisation named
    /// "Press service of the President of Tajikistan", inside the state.
    mutating func officeStaff(at i: Int) -> ([Mention], Int)? {
        guard let noun = lexicon.orgNouns.first(where: { matches($0.words, at: i) }), !tokens[i].isCapitalized,
              word(i + noun.words.count) == "of" else { return nil }
        var k = i + noun.words.count + 1
        if word(k) == "the" { k += 1 }
        let saved = (facts.count, people)
        // ("the office of Polish President Karol Nawrocki": the staff of a person the phrase names is
        // no body of the state's; the role phrase is read alone.)
        guard let (found, end) = office(at: k, previous: nil), let role = found.first, let title = role.office,
              role.organisations.count == 1, let org = role.organisations.first,
              !role.entities.contains(where: { table[$0].kind == .person && NameKey.tokens(of: table[$0].name).last == tokens[end - 1].folded }) else {
            facts.removeLast(facts.count - saved.0); people = saved.1
            return nil
        }
        let written = tokens[i..<(i + noun.words.count)].map(\.text).joined(separator: " ")
        let name = written.prefix(1).uppercased() + written.dropFirst() + " of the \(title) of \(table[org].name)"
        let staff = table.names[NameKey(name).text]?.first?.entity
            ?? propose(Entity(slug: Slugs.make(name), kind: .organization, subtype: noun.subtype, name: name, aliases: [], origin: .proposed), tokens: i..<end)
        facts.append(Fact(type: .partOf, source: staff, target: org, status: .ongoing, sentence: sentence, rule: "office-staff", confidence: 0.8))
        return ([Mention(tokens: i..<end, referent: .entities([staff]))], end)
    }

    /// "Minister of Trade, Industry and Competition Parks Tau": where the list a portfolio's title
    /// goes on with ends (", Industry and Competition"), when a name of two or three capitalised
    /// words follows it; `nil` when `end` opens no such list. The list's words start no known name
    /// ("Minister of Trade, Kenya and Uganda …" is a list of states).
    func portfolioListEnd(after end: Int) -> Int? {
        guard isMark(end, ","), end > 0, tokens[end - 1].kind == .word, tokens[end - 1].isCapitalized else { return nil }
        var m = end + 1
        while m < tokens.count, m - end <= 6, (tokens[m].kind == .word && tokens[m].isCapitalized) || isMark(m, ",") { m += 1 }
        guard m > end + 1, word(m) == "and", !tokens[m].isCapitalized, let last = tokens[safe: m + 1],
              last.kind == .word, last.isCapitalized, !lexicon.functionWords.contains(last.folded) else { return nil }
        let item = m + 1
        guard ((end + 1)...item).allSatisfy({ tokens[$0].kind != .word || knownName(at: $0) == nil }) else { return nil }
        // The name after it: two or three capitalised words, then something that is no name word.
        var n = item + 1
        while n < tokens.count, n - item <= 4, tokens[n].kind == .word, tokens[n].isCapitalized,
              !lexicon.functionWords.contains(tokens[n].folded), officeWord(at: n) == nil { n += 1 }
        guard (2...3).contains(n - item - 1) else { return nil }
        return item + 1
    }

    /// Whether the capitalised name at `i` is followed by a comma and an office of its own
    /// ("B, President of the Kyrgyz Republic").
    func nameHasOwnOffice(at i: Int) -> Bool {
        var j = i
        while j < tokens.count, j - i < 8, (tokens[j].kind == .word && (tokens[j].isCapitalized || lexicon.nameParticles.contains(tokens[j].folded)))
                || isMark(j, "-") || isMark(j, ".") { j += 1 }
        guard j > i, isMark(j, ",") else { return false }
        var k = j + 1
        while let h = honorific(at: k), h > k { k = h }
        if word(k) == "the" { k += 1 }
        return officeWord(at: k) != nil
    }

    /// The title that serves the office at `i`: "Press Secretary of [the] OFFICE", up to four
    /// capitalised words right before "of [the]" that are no function words; `nil` otherwise.
    func servedTitle(before i: Int) -> String? {
        var o = i - 1
        if word(o) == "the" { o -= 1 }
        guard o > 0, word(o) == "of" else { return nil }
        var s = o
        while s > 0, o - s < 4, tokens[s - 1].kind == .word, tokens[s - 1].isCapitalized, !lexicon.functionWords.contains(tokens[s - 1].folded) { s -= 1 }
        return s < o ? tokens[s..<o].map(\.text).joined(separator: " ") : nil
    }

    /// Whether a former office opens at `i` ("former Prime Minister", "ex-President").
    func formerOffice(at i: Int) -> Bool {
        lexicon.formerTitleCues.contains { cue in
            guard matches(cue.words, at: i) else { return false }
            let j = i + cue.words.count
            return officeWord(at: isMark(j, "-") ? j + 1 : j) != nil
        }
    }
}
