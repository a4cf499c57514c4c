import SummitGraph

/// Finds the dates a sentence says: "December 19", "19 December 2025", "December 18 through
/// 20", "18-20 December", "December 2025", "2025-12-19", "19/12/2025", weekdays ("on
/// Saturday", "Friday (December 19)" keeps the calendar date), "yesterday", "on the same day".
struct DateFinder {
    let lexicon: Lexicon
    /// The year of a date that gives none, and its month, to tell "December" read in January.
    let published: FuzzyDate

    /// - Complexity: O(*t*) in the number of tokens.
    func dates(in tokens: [Token]) -> [DateMention] {
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if let (mention, next) = date(at: i, tokens) {
                // "December 8 of that year": the month and day in the year said last.
                if case .absolute(let span, yearGiven: false) = mention.value, span.start == span.end,
                   let phrase = lexicon.thatYearPhrases.first(where: { matches($0, tokens, at: next) }) {
                    found.append(DateMention(value: .thatYear(month: span.start.month, day: span.start.day), tokens: mention.tokens.lowerBound..<(next + phrase.count)))
                    i = next + phrase.count
                } else { found.append(mention); i = next }
            } else if let phrase = lexicon.thatYearPhrases.first(where: { matches($0, tokens, at: i) }) {
                found.append(DateMention(value: .thatYear(month: nil, day: nil), tokens: i..<(i + phrase.count)))
                i += phrase.count
            } else { i += 1 }
        }
        return found
    }

    private func month(_ t: Token?) -> Int? { t.flatMap { $0.kind == .word ? lexicon.months[$0.text.lowercased()] : nil } }
    private func number(_ t: Token?, _ range: ClosedRange<Int>) -> Int? {
        guard let t, t.kind == .number, let n = Int(t.text), range.contains(n) else { return nil }
        return n
    }
    private func at(_ tokens: [Token], _ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    /// The year for a month and day said without one: the publication year, or the one before
    /// when the month lies more than six months after publication.
    private func year(for month: Int) -> Int {
        guard let m = published.month else { return published.year }
        return month - m > 6 ? published.year - 1 : published.year
    }

    private func span(_ y: Int, _ m: Int, _ d1: Int?, _ d2: Int?) -> DateSpan? {
        guard let start = FuzzyDate(year: y, month: m, day: d1) else { return nil }
        guard let d2, let end = FuzzyDate(year: y, month: m, day: d2) else { return DateSpan(start) }
        return DateSpan(start: start, end: end)
    }

    /// A range's second day after `i` ("through 20", "-20", "and 20"), and the index after it.
    private func rangeEnd(_ tokens: [Token], _ i: Int) -> (Int, Int)? {
        guard let t = at(tokens, i), (t.kind == .word && lexicon.rangeWords.contains(t.text.lowercased())) || t.isMark("-"),
              let d = number(at(tokens, i + 1), 1...31) else { return nil }
        return (d, i + 2)
    }

    private func date(at i: Int, _ tokens: [Token]) -> (DateMention, Int)? {
        // ISO 2025-12-19 and 19/12/2025.
        if let y = number(at(tokens, i), 1000...2999), at(tokens, i + 1)?.isMark("-") == true,
           let m = number(at(tokens, i + 2), 1...12), at(tokens, i + 3)?.isMark("-") == true,
           let d = number(at(tokens, i + 4), 1...31), let s = span(y, m, d, nil) {
            return (DateMention(value: .absolute(s, yearGiven: true), tokens: i..<(i + 5)), i + 5)
        }
        if let d = number(at(tokens, i), 1...31), at(tokens, i + 1)?.isMark("/") == true,
           let m = number(at(tokens, i + 2), 1...12), at(tokens, i + 3)?.isMark("/") == true,
           let y = number(at(tokens, i + 4), 1000...2999), let s = span(y, m, d, nil) {
            return (DateMention(value: .absolute(s, yearGiven: true), tokens: i..<(i + 5)), i + 5)
        }
        // Month first: "December 19", "December 18 through 20", "December 19, 2025", "December 2025".
        if let m = month(at(tokens, i)) {
            // "Nov. 17": an abbreviated month's full stop.
            let dayAt = at(tokens, i + 1)?.isMark(".") == true && tokens[i].text.count <= 4 ? i + 2 : i + 1
            if let d = number(at(tokens, dayAt), 1...31) {
                var next = dayAt + 1, d2: Int? = nil
                if let (e, after) = rangeEnd(tokens, next) { (d2, next) = (e, after) }
                var y = year(for: m), given = false
                if at(tokens, next)?.isMark(",") == true, let yy = number(at(tokens, next + 1), 1000...2999) { (y, given, next) = (yy, true, next + 2) }
                else if let yy = number(at(tokens, next), 1000...2999) { (y, given, next) = (yy, true, next + 1) }
                if let s = span(y, m, d, d2) { return (DateMention(value: .absolute(s, yearGiven: given), tokens: i..<next), next) }
            }
            if let y = number(at(tokens, i + 1), 1000...2999), let s = span(y, m, nil, nil) {
                return (DateMention(value: .absolute(s, yearGiven: true), tokens: i..<(i + 2)), i + 2)
            }
            // "in April": the month, in the publication year (the one before when it lies more than six months ahead).
            if i > 0, ["in", "since", "until", "by"].contains(tokens[i - 1].folded), let s = span(year(for: m), m, nil, nil) {
                return (DateMention(value: .absolute(s, yearGiven: false), tokens: i..<(i + 1)), i + 1)
            }
            return nil
        }
        // Day first: "19 December", "18-20 December", "18 to 20 December 2025".
        if let d = number(at(tokens, i), 1...31) {
            var next = i + 1, d2: Int? = nil
            if let (e, after) = rangeEnd(tokens, next) { (d2, next) = (e, after) }
            guard let m = month(at(tokens, next)) else { return nil }
            next += 1
            var y = year(for: m), given = false
            if let yy = number(at(tokens, next), 1000...2999) { (y, given, next) = (yy, true, next + 1) }
            if let s = span(y, m, d, d2) { return (DateMention(value: .absolute(s, yearGiven: given), tokens: i..<next), next) }
            return nil
        }
        // "in 2026", "the agreement of 2009": a year; and one before the lower-case noun it dates
        // ("Modi's 2018 visit", "the 2019 summit").
        if let y = number(at(tokens, i), 1900...2100), i > 0, let s = FuzzyDate(year: y) {
            let before = tokens[i - 1].text.lowercased()
            let dates = ["in", "since", "until", "by", "of"].contains(tokens[i - 1].folded)
                || (["'s", "the", "a", "his", "her", "its", "their"].contains(before)
                    && at(tokens, i + 1).map { $0.kind == .word && !$0.isCapitalized } == true)
            if dates { return (DateMention(value: .absolute(DateSpan(s), yearGiven: true), tokens: i..<(i + 1)), i + 1) }
        }
        guard let t = at(tokens, i), t.kind == .word else { return nil }
        let word = t.text.lowercased()
        if let w = lexicon.weekdays[word] {
            // "Friday (December 19)" and "Friday, December 19": the calendar date says it.
            var j = i + 1
            if at(tokens, j)?.isMark("(") == true || at(tokens, j)?.isMark(",") == true { j += 1 }
            if let (inner, after) = date(at: j, tokens), case .absolute = inner.value {
                let end = at(tokens, after)?.isMark(")") == true ? after + 1 : after
                return (DateMention(value: inner.value, tokens: i..<end), end)
            }
            return (DateMention(value: .weekday(w), tokens: i..<(i + 1)), i + 1)
        }
        if let r = lexicon.relativeDays[word] { return (DateMention(value: .relative(r), tokens: i..<(i + 1)), i + 1) }
        for phrase in lexicon.sameDayPhrases where matches(phrase, tokens, at: i) {
            return (DateMention(value: .sameDay, tokens: i..<(i + phrase.count)), i + phrase.count)
        }
        return nil
    }

    func matches(_ words: [String], _ tokens: [Token], at i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        return words.indices.allSatisfy { tokens[i + $0].folded == words[$0] }
    }
}
