import SummitGraph

extension MentionReader {
    /// `office`, matched from `start` to `end`, with the portfolio its title goes on with
    /// (offices.tsv `portfolio`): "Minister" + "of Water Resources and Irrigation", "Minister of
    /// State" + "for Foreign Trade", "Minister of Foreign Affairs" + "and Trade". The office then
    /// titled as written, to the portfolio's end; `nil` for an office that needs a portfolio and
    /// has none ("the Minister of Kazakhstan").
    func withPortfolio(_ office: Lexicon.Office, plural: Bool, start: Int, end: Int) -> (Lexicon.Office, Bool, Int)? {
        guard let kind = office.portfolio else { return (office, plural, end) }
        guard let last = portfolioEnd(after: end, opened: kind == "required", capitalized: tokens[start].isCapitalized) else {
            return kind == "required" ? nil : (office, plural, end)
        }
        var tail = ""
        for t in tokens[end..<last] { tail += t.isMark(",") ? "," : " " + t.text }
        let titled = Lexicon.Office(title: office.title + tail, plural: office.plural + tail, relation: office.relation,
                                    isGeneric: false, heads: office.heads)
        return (titled, plural, last)
    }

    /// Where a portfolio after `k` ends: "of" or "for" (when `opened`; else "and", a comma or
    /// "for"), then runs of capitalised words that end in a portfolio word (languages.tsv
    /// `portfolios`), "the" allowed before one, joined by "and" or commas; `nil` when no run follows. A run ends on a portfolio word,
    /// capitalised when the title is, and never right before an office's word: "Minister of
    /// Foreign Affairs and Defence Minister B" is two titles, "Minister of Finance, Rachel
    /// Reeves" one.
    /// - Complexity: O(*p*), the portfolio's words.
    func portfolioEnd(after k: Int, opened: Bool, capitalized: Bool) -> Int? {
        func portfolioWord(_ m: Int) -> Bool {
            guard let w = word(m), lexicon.portfolioWords.contains(w) else { return false }
            return tokens[m].isCapitalized || !capitalized
        }
        var m = k, end: Int? = nil, first = true
        while m < tokens.count {
            var n = m
            if first && opened {
                guard ["of", "for"].contains(word(n)) else { return nil }
                n += 1
            } else if isMark(n, ",") {
                n += 1
                if word(n) == "and" { n += 1 }
            } else if word(n) == "and" || (first && word(n) == "for") {
                n += 1
            } else { break }
            if word(n) == "the" { n += 1 }
            // A run: capitalised words up to the last portfolio word among them ("Pacific Island
            // Affairs", "Climate Change Adaptation"; "Energy" of "Energy Almas Satkaliyev").
            let runStart = n
            var r = n
            while r < tokens.count, r - runStart < 5, let w = word(r), !lexicon.functionWords.contains(w), tokens[r].isCapitalized || portfolioWord(r) {
                r += 1
                if portfolioWord(r - 1) { n = r }
            }
            guard n > runStart else { break }
            // ("… and Defence Minister B": the run is the next title's.)
            if let w = word(n), lexicon.officeTitleWords.contains(w), !lexicon.portfolioWords.contains(w) { break }
            end = n; m = n; first = false
        }
        return end
    }
}
