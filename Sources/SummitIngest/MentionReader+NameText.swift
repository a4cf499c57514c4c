import SummitGraph

extension MentionReader {
    /// The name a run of tokens spells: words as written, quotes dropped, one space between;
    /// `droppingAcronyms`, without a bracketed acronym inside it ("Asia Cooperation Dialogue
    /// (ACD) Ministerial Meeting" is also "Asia Cooperation Dialogue Ministerial Meeting").
    static func nameText(_ tokens: ArraySlice<Token>, droppingAcronyms: Bool = false) -> String {
        var text = ""
        var previous: Token? = nil
        var bracketed: Set<Int> = []
        if droppingAcronyms {
            for k in tokens.indices where tokens[k].isMark("(") && k + 2 < tokens.endIndex && tokens[k + 2].isMark(")") { bracketed.formUnion(k...(k + 2)) }
        }
        for (k, t) in zip(tokens.indices, tokens) where !t.isMark("\"") && !bracketed.contains(k) {
            let glued = t.isMark("-") || t.isMark(",") || t.isMark("'") || previous?.isMark("-") == true || t.text.lowercased() == "'s"
                || t.isMark(")") || previous?.isMark("(") == true
                || (t.isMark(".") && previous?.range.upperBound == t.range.lowerBound)  // "S. Jaishankar"
                || (previous?.kind == .number && previous?.range.upperBound == t.range.lowerBound)  // "49th"
                || (previous?.isMark("'") == true && previous?.range.upperBound == t.range.lowerBound)  // "O'Brien"
            if !text.isEmpty && !glued { text += " " }
            text += t.text
            previous = t
        }
        return text
    }

    /// Other names an "X of the Y" name goes by: "Tokyo Declaration" for "Tokyo Declaration of
    /// the Summit", "Y Summit" for "Summit of the [Heads of State of the] Y"; none for "Nordic
    /// Council of Ministers".
    func derivedAliases(of run: Range<Int>) -> [String] {
        // "Kampala Declaration" for "Kampala Declaration on Peace, Security and Development": a
        // document named for its place (two words or more) and then what it is on.
        if let on = run.first(where: { tokens[$0].folded == "on" && !tokens[$0].isCapitalized }), on > run.lowerBound,
           !run[..<on].contains(where: { tokens[$0].folded == "of" }),
           lexicon.nameHeads[tokens[on - 1].folded]?.kind == .initiative, tokens[run.lowerBound..<on].filter({ $0.kind == .word }).count >= 2 {
            return [Self.nameText(tokens[run.lowerBound..<on])]
        }
        guard let firstOf = run.first(where: { tokens[$0].folded == "of" }) else { return [] }
        let head = tokens[run.lowerBound..<firstOf].filter { $0.kind == .word }
        // (An organisation's "X of Ministers", "X of Governors" is another body than X.)
        if let last = head.last, lexicon.nameHeads[last.folded]?.kind == .organization, word(firstOf + 1) != "the" { return [] }
        if head.count >= 2 { return [Self.nameText(tokens[run.lowerBound..<firstOf])] }
        guard let first = head.first, let lastOf = run.last(where: { tokens[$0].folded == "of" }),
              let firstTail = run.first(where: { $0 > lastOf && tokens[$0].isCapitalized && tokens[$0].folded != "the" }) else { return [] }
        return [Self.nameText(tokens[firstTail..<run.upperBound]) + " " + first.text]
    }
}
