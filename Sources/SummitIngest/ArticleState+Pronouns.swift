import SummitGraph

extension ArticleState {
    /// "Takaichi met Tokayev on Friday. She later hosted a dinner": a person's pronoun opening a
    /// sentence, or opening it after a phrase and a comma ("On Friday, she …"), is the person the
    /// sentence before named first (the subject, as news writes it). Nothing when the sentence
    /// before named no one (nor when it was the headline).
    /// - Complexity: O(*m*) for *m* mentions.
    func withPronoun(_ mentions: [Mention], tokens t: [Token]) -> [Mention] {
        guard let person = previousSubject, let at = pronounIndex(t),
              !mentions.contains(where: { $0.tokens.contains(at) }) else { return mentions }
        var all = mentions
        all.append(Mention(tokens: at..<(at + 1), referent: .entities([person])))
        all.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for n in all.indices { all[n].index = n }
        return all
    }

    /// Where a person's pronoun opens the sentence: its first word, or the first after a comma
    /// that closes an opening phrase of at most six words.
    func pronounIndex(_ t: [Token]) -> Int? {
        if let first = t.first, first.kind == .word, lexicon.personPronouns.contains(first.folded) { return 0 }
        guard let comma = t.prefix(7).firstIndex(where: { $0.isMark(",") }), comma + 1 < t.count,
              t[comma + 1].kind == .word, lexicon.personPronouns.contains(t[comma + 1].folded) else { return nil }
        return comma + 1
    }

    /// The person a sentence opens with, its subject, for the pronoun of the next: its first
    /// mention (a demonym before it aside), when that is one person. "Takaichi held talks with B
    /// and C. She met D": Takaichi; a sentence that opens with anything else gives no one.
    func firstPerson(_ mentions: [Mention]) -> Int? {
        guard let m = mentions.first(where: { !$0.isAdjective }), m.tokens.lowerBound < 8,
              case .entities(let e) = m.referent, e.count == 1, reader.table[e[0]].kind == .person else { return nil }
        return e[0]
    }
}
