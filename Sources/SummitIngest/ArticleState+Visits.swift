import SummitGraph

extension ArticleState {
    /// "B, who arrived Thursday on an official visit", "B, who is in Kazakhstan on a state visit":
    /// a visit whose destination the phrase leaves out (languages.tsv `stay-nouns`, `stay-kinds`,
    /// no "to" after) is to the state the sentence puts B in ("in Kazakhstan"), else to the
    /// dateline's (a visit to B's own state is dropped with every such visit, in `read`). Its
    /// status is the sentence's, as for any cue.
    /// - Complexity: O(*t* · *m*) for *t* tokens and *m* mentions.
    func unsaidVisits(_ mentions: [Mention], reading: RelationReader, tokens t: [Token]) -> [Fact] {
        var found: [Fact] = []
        var i = 0
        while i + 2 < t.count {
            defer { i += 1 }
            guard t[i].folded == "on", ["a", "an"].contains(t[i + 1].folded) else { continue }
            var n = i + 2
            while n < t.count, lexicon.stayKinds.contains(t[n].folded) || t[n].isMark("-") { n += 1 }
            guard n < t.count, lexicon.stayNouns.contains(t[n].folded), t[safe: n + 1]?.folded != "to" else { continue }
            // "B, who has been in Japan since Thursday on a visit": the state said, and B before it.
            let said = stateSaid(before: i, tokens: t, mentions: mentions)
            guard let subject = reading.subject(before: said.map { $0.tokens.lowerBound - 1 } ?? i, [.person], verb: false)?.last,
                  let visitor = subject.entities.first, reader.table[visitor].kind == .person,
                  let host = said?.entities.first ?? datelineState() else { continue }
            let fact = Fact(type: .visits, source: visitor, target: host, status: .occurred, sentence: reader.sentence, rule: "stay:on a visit", confidence: 0.7)
            if let f = withStatus(fact, cue: i, tokens: t, names: mentions.map(\.tokens)) { found.append(f) }
        }
        return found
    }

    /// A state named after "in" in the six tokens before `end`, with no comma between ("who is
    /// in Kazakhstan on …", "in Japan since Thursday on …").
    private func stateSaid(before end: Int, tokens t: [Token], mentions: [Mention]) -> Mention? {
        mentions.last { m in
            m.tokens.upperBound <= end && end - m.tokens.upperBound <= 6 && m.tokens.lowerBound > 0 && t[m.tokens.lowerBound - 1].folded == "in"
                && m.entities.count == 1 && reader.table[m.entities[0]].kind == .state
                && !t[m.tokens.upperBound..<end].contains { $0.isMark(",") }
        }
    }

    /// The state of the dateline's city.
    private func datelineState() -> Int? {
        let table = reader.table
        guard let d = article.dateline, let city = table.names[NameKey(Ingester.titleCased(d.place)).text]?.first?.entity,
              let slug = table[city].partOf, let state = table.index(ofSlug: slug), table[state].kind == .state else { return nil }
        return state
    }
}
