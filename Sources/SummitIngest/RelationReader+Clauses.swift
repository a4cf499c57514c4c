import SummitGraph

/// The clauses a relation's ends are read across: relative clauses (", who …,") and verbs joined
/// by a conjunction ("arrived in B and then met C").
extension RelationReader {
    /// The relative clause right after `m` (", who is on a visit to B," or ", which hosted B"),
    /// from its comma up to the next comma: it tells of `m`, so it neither stops `m` being the
    /// subject of a cue inside it nor of the verb after it ("A, who is on a visit to B, met C").
    func relativeClause(after m: Mention) -> Range<Int> {
        var c = m.tokens.upperBound
        // "Ferdinand Marcos Jr., who …": an abbreviation's full stop before the comma.
        if tokens[safe: c]?.isMark(".") == true, tokens[safe: c + 1]?.isMark(",") == true { c += 1 }
        return relativeClause(openingAt: c, before: tokens.count) ?? c..<c
    }

    /// The ", who …," clauses that close before `i` (after a name no mention covers too).
    func relativeClauses(before i: Int) -> [Range<Int>] {
        (0..<max(0, i - 1)).compactMap { relativeClause(openingAt: $0, before: i) }.filter { $0.upperBound < i }
    }

    /// The relative clause whose comma is at `c`, up to the next comma or semicolon before `limit`
    /// (or `limit`), when a relative pronoun follows the comma.
    /// - Complexity: O(*t*).
    func relativeClause(openingAt c: Int, before limit: Int) -> Range<Int>? {
        guard tokens[safe: c]?.isMark(",") == true, let w = tokens[safe: c + 1]?.folded, lexicon.relativePronouns.contains(w) else { return nil }
        return c..<(tokens[(c + 1)..<limit].firstIndex { $0.isMark(",") || $0.isMark(";") } ?? limit)
    }

    /// Whether the verb at `i` follows a conjunction, with sequence adverbs (and the words of
    /// `also`: a passive's auxiliary) between ("and then", "and was later").
    func followsConjunction(_ i: Int, through also: Set<String> = []) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].kind == .word, lexicon.sequenceAdverbs.contains(tokens[k].folded) || also.contains(tokens[k].folded) { k -= 1 }
        return k >= 0 && tokens[k].kind == .word && lexicon.conjunctions.contains(tokens[k].folded)
    }
}
