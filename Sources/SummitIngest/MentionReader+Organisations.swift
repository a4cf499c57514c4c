import SummitGraph

extension MentionReader {
    /// States and organisations at `i`, joined by commas and "and": "Kazakhstan, Uzbekistan and
    /// Tajikistan", "Central Asian nations", "Japan's ruling Liberal Democratic Party" (the party,
    /// which the phrase places in Japan).
    mutating func organisations(at start: Int) -> ([Int], Int) {
        var found: [Int] = [], i = start, end = start
        while i < tokens.count {
            // "the Japan International Cooperation Agency": a name that starts with a state's is
            // the organisation, not the state.
            if let (run, head) = titleCaseRun(at: i), run.upperBound > (knownName(at: i)?.1 ?? i) {
                // "the India-Brazil-South Africa Dialogue Forum": no state either when the name is another kind's.
                guard head.kind == .organization, let (m, e) = properName(at: i), let org = m.first?.entities.first,
                      table[org].kind == .organization else { break }
                found.append(org); (i, end) = (e, e)
            }
            else if let (region, members, e) = regionMembers(at: i) { found += members; (i, end) = (e, e); listFacts(region: region, after: e) }
            else if let (entries, e) = knownName(at: i), let s = entries.first(where: { [.state, .organization].contains(table[$0.entity].kind) && !$0.isDemonym }) {
                // "King Mswati III of Eswatini and Lesotho Prime Minister Sam Matekane": a state
                // before an office after "and" opens another role phrase, no state of this one.
                if i > start, officeWord(at: e) != nil, table[s.entity].kind == .state { break }
                var entity = s.entity, after = e
                if after < tokens.count, tokens[after].text.lowercased() == "'s" {
                    // "Japan's ruling Liberal Democratic Party": the organisation, inside the state.
                    var m = after + 1
                    while let w = word(m), !tokens[m].isCapitalized, m - after < 4, !["and", "of"].contains(w) { m += 1 }
                    if let (ms, oe) = properName(at: m), let org = ms.first?.entities.first, table[org].kind == .organization {
                        facts.append(Fact(type: .partOf, source: org, target: entity, status: .ongoing, sentence: sentence, rule: "possessive", confidence: 0.85))
                        (entity, after) = (org, oe)
                    } else { break }
                }
                found.append(entity)
                (i, end) = (after, after)
            } else if let (m, e) = properName(at: i), let org = m.first?.entities.first, table[org].kind == .organization {
                found.append(org); (i, end) = (e, e)
            } else { break }
            if isMark(i, ","), word(i + 1) == "and" { i += 2 } else if isMark(i, ",") || word(i) == "and" { i += 1 } else { break }
            // "the leaders of Japan and the five Central Asian republics".
            if word(i) == "the", regionMembers(at: i + 1) != nil { i += 1 }
        }
        return (found, end)
    }

    /// "Central Asian nations": the states of the region.
    func regionMembers(at i: Int) -> (region: Int, members: [Int], end: Int)? {
        var j = i
        if j < tokens.count, tokens[j].kind == .number || lexicon.numbers[tokens[j].folded] != nil { j += 1 }
        guard let (entries, end) = knownName(at: j), let entry = entries.first(where: { $0.isDemonym && table[$0.entity].kind == .place }),
              let noun = word(end), lexicon.geoNouns[noun] == "members" else { return nil }
        let members = table.statesByRegion[table[entry.entity].slug] ?? []
        return members.isEmpty ? nil : (entry.entity, members, end + 1)
    }
}

extension MentionReader {
}
