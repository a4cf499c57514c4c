import SummitGraph

extension MentionReader {
    /// A person's name at `i`: one to three capitalised words that are no known non-person
    /// name, no month, weekday or function word. A known person whose name ends in these words
    /// ("Rahmon") is that person; otherwise a new person is proposed.
    /// After a title (`titled`), a first word that names a place or a state alone is a given
    /// name when a name word follows ("President Santiago Pena", "Jordan Bardella").
    mutating func personName(at i: Int, titled: Bool = false) -> (Int, Int)? {
        var j = i, count = 0
        // "S. Jaishankar": an initial, its full stop, a name word.
        func initial(_ k: Int) -> Bool {
            k + 2 < tokens.count && tokens[k].kind == .word && tokens[k].text.count == 1 && tokens[k].isCapitalized && isMark(k + 1, ".")
                && tokens[k + 2].kind == .word && tokens[k + 2].isCapitalized && tokens[k + 2].text.count > 1
        }
        // "Fa'amausili", "O'Brien", "N'Diaye": an apostrophe glued between two letters' runs.
        func apostrophe(_ k: Int) -> Bool {
            k > 0 && k + 1 < tokens.count && isMark(k, "'") && tokens[k + 1].kind == .word && tokens[k - 1].kind == .word
                && tokens[k - 1].range.upperBound == tokens[k].range.lowerBound && tokens[k].range.upperBound == tokens[k + 1].range.lowerBound
        }
        func nameWord(_ k: Int) -> Bool {
            initial(k) || k < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized
                && (!tokens[k].isAllCaps || tokens[k].text.count > 3 || (tokens[k].text.count == 1 && apostrophe(k + 1)))
                && !lexicon.functionWords.contains(tokens[k].folded) && lexicon.months[tokens[k].folded] == nil
                && lexicon.weekdays[tokens[k].folded] == nil && lexicon.relativeDays[tokens[k].folded] == nil
                && lexicon.nameHeads[tokens[k].folded] == nil && officeWord(at: k) == nil
                // ("Hon. Minister Regmi": a title's word, its portfolio unsaid, is no name word.)
                && !lexicon.titleOnlyWords.contains(tokens[k].folded)
        }
        while count < 4, nameWord(j) {
            if titled, count == 0, let (entries, e) = knownName(at: j), e == j + 1,
               entries.allSatisfy({ [.state, .place].contains(table[$0.entity].kind) && !$0.isDemonym }),
               nameWord(e), knownName(at: e) == nil, !(tokens[safe: e + 1].map { $0.text.lowercased() == "'s" } ?? false) {
                count += 1; j = e; continue
            }
            if let (entries, e) = knownName(at: j), entries.contains(where: { table[$0.entity].kind != .person }) {
                // "Prime Minister Luís Montenegro were among …", "Carmela Santiago, who …": a one-word
                // state's or place's name ending a person's name, nothing capitalised or possessive
                // after it, is the surname.
                let last = e == j + 1 && count >= 1 && entries.allSatisfy { [.state, .place].contains(table[$0.entity].kind) && !$0.isDemonym }
                    && !(tokens[safe: e].map { ($0.kind == .word && $0.isCapitalized) || $0.text.lowercased() == "'s" } ?? false)
                if last { j = e; count += 1 }
                break
            }
            // A capitalised particle ("Al", "Bin") is no word of the four.
            if !lexicon.nameParticles.contains(tokens[j].folded) || j == i { count += 1 }
            if initial(j) { j += 2; continue }
            j += 1
            while apostrophe(j) { j += 2 }
            // "Kassym-Jomart", "Lula da Silva": a hyphen or a particle between two name words.
            if isMark(j, "-"), nameWord(j + 1) { j += 1 }
            // "Han Ji-won": a short lower-case syllable glued to a name word by a hyphen is part of it
            // (not a compound modifier: "Kremlin-backed").
            else if isMark(j, "-"), j + 1 < tokens.count, tokens[j + 1].kind == .word, !tokens[j + 1].isCapitalized,
                    tokens[j + 1].text.count <= (count >= 2 ? 5 : 4), !tokens[j + 1].folded.hasSuffix("ed"),
                    tokens[j - 1].range.upperBound == tokens[j].range.lowerBound, tokens[j].range.upperBound == tokens[j + 1].range.lowerBound,
                    // "Moon Jae-in": after two name words, a function word's spelling too.
                    !lexicon.functionWords.contains(tokens[j + 1].folded) || count >= 2 {
                j += 2
                if count == 1 || nameWord(j) { continue }
                break
            }
            else {
                var k = j
                while let w = word(k), lexicon.nameParticles.contains(w), !tokens[k].isCapitalized, k - j < 3 { k += 1 }
                if k > j, nameWord(k) { j = k }
                // "Abdel Fattah al-Sisi": a particle glued by a hyphen to the name word after it.
                else if k == j + 1, isMark(k, "-"), nameWord(k + 1) { j = k + 1 }
            }
        }
        guard j > i else { return nil }
        // "Mswati III", "Felipe VI": a regnal number is part of the name.
        if count >= 1, let t = tokens[safe: j], t.kind == .word, Self.isRegnalNumber(t.text) { j += 1 }
        // "International Cooperation Agency": words that run on into an organisation's or an
        // initiative's head word name that, not a person.
        if let next = tokens[safe: j], next.kind == .word, next.isCapitalized, lexicon.nameHeads[next.folded].map({ $0.kind != .place }) == true { return nil }
        let words = tokens[i..<j].filter { $0.kind == .word }.map(\.folded)
        if isHeadline, !table.entities.indices.contains(where: { table[$0].kind == .person && NameKey(table[$0].name).tokens.map(String.init) == words }) { return nil }
        let people = table.people
        if let p = people.first(where: { p in ([table[p].name] + table[p].aliases).contains { NameKey($0).tokens.suffix(words.count).map(String.init) == words } }) {
            return (p, j)
        }
        // "President Lula", after "Luiz Inácio Lula da Silva": a known surname alone.
        if words.count == 1, let known = table.lastNames[words[0]], known.count == 1 { return (known[0], j) }
        let name = Self.nameText(tokens[i..<j])
        // One capitalised word opening the sentence ("Tomorrow, the President …", "Separately, …")
        // is capitalised for its place, no evidence of a name.
        if words.count == 1, tokens[..<i].allSatisfy({ $0.kind == .mark }) { return nil }
        // The same words in another order, or one spelling apart: a new form of a known person.
        if words.count >= 2, let p = knownVariant(of: words) {
            aliases.append((p, name, sentence))
            return (p, j)
        }
        // "S. Nazarzoda", after "Sirojiddin Nazarzoda": an initial and a known surname whose given
        // name it opens are that person (one only), and a new form of the name.
        if words.count == 2, initial(i), case let known = people.filter({ p in
            ([table[p].name] + table[p].aliases).contains { let t = NameKey($0).tokens; return t.count >= 2 && t.last.map(String.init) == words[1] && t.first?.hasPrefix(words[0]) == true }
        }), known.count == 1 {
            aliases.append((known[0], name, sentence))
            return (known[0], j)
        }
        return (propose(Entity(slug: Slugs.make(name), kind: .person, name: name, aliases: [], origin: .proposed), tokens: i..<j), j)
    }

    /// A Roman numeral of two to five letters ("II", "VI", "XIV"), as a monarch's name ends.
    static func isRegnalNumber(_ text: String) -> Bool {
        (2...5).contains(text.count) && text.allSatisfy({ "IVX".contains($0) })
            && text.range(of: "^X{0,3}(IX|IV|V?I{0,3})$", options: .regularExpression) != nil
    }

    /// "Mr. Chaiwat Rattanakorn, Minister of Foreign Affairs": two name words or more right after
    /// a word of address (at `i`), which no other reader took, are a person's.
    mutating func addressedPerson(at i: Int) -> Mention? {
        guard !isHeadline, let (p, e) = personName(at: i), tokens[i..<e].filter({ $0.kind == .word }).count >= 2 else { return nil }
        return Mention(tokens: i..<e, referent: .entities([p]))
    }

    /// "DR Congo's Félix Tshisekedi": two or three capitalised words after a state's possessive
    /// (`found` ending at `next`), none of them a known name's, an office's, a place noun's or a
    /// name head's, are a person's.
    mutating func possessedPerson(after found: [Mention], at next: Int) -> Mention? {
        guard found.count == 1, found[0].entities.count == 1, let s = found[0].entities.first, table[s].kind == .state,
              tokens[safe: next]?.text.lowercased() == "'s", !isHeadline else { return nil }
        let start = next + 1
        let words = tokens[start...].prefix(3).prefix { $0.kind == .word && $0.isCapitalized }
        guard words.count >= 2, knownName(at: start) == nil, officeWord(at: start) == nil, honorific(at: start) == nil,
              !words.contains(where: { lexicon.nameHeads[$0.folded] != nil || lexicon.geoNouns[$0.folded] != nil || lexicon.officeTitleWords.contains($0.folded) }),
              let (p, e) = personName(at: start), tokens[start..<e].filter({ $0.kind == .word }).count >= 2 else { return nil }
        return Mention(tokens: start..<e, referent: .entities([p]))
    }
}
