import SummitGraph

/// A date said in a sentence, as said: resolved against the publication date once the fact's
/// tense is known.
struct DateMention: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        /// A calendar date or range; `yearGiven` is false when the year was taken from the article.
        case absolute(DateSpan, yearGiven: Bool)
        /// A weekday (1 = Monday), the nearest one before or after publication by tense.
        case weekday(Int)
        /// Days from publication ("yesterday" = -1).
        case relative(Int)
        /// "On the same day": the date the article named last.
        case sameDay
        /// "On December 8 of that year", "later that year": that month and day (or the year
        /// alone) in the year the article said last.
        case thatYear(month: Int?, day: Int?)
    }
    let value: Value
    /// Token indexes in the sentence.
    let tokens: Range<Int>

    /// The date this mention means, for a fact of `status` in an article published on `published`;
    /// `isPresent` when the fact's verb is a present-tense form (a weekday is today or ahead).
    /// - Complexity: O(1).
    func resolve(published: FuzzyDate, status: EdgeStatus, isPresent: Bool = false, previous: DateSpan?, yearSaid: Int? = nil) -> DateSpan? {
        switch value {
        case .absolute(let span, yearGiven: true): return span
        // A month or day said without its year: a plan for one already past falls in the next
        // year ("will be held in October", said in March). (What the tense does not mark keeps
        // the nearer year: a date still ahead then makes it a plan.)
        case .absolute(let span, yearGiven: false):
            if status == .planned, span.lastDay < published.firstDay { return Self.shift(span, years: 1) ?? span }
            return span
        case .relative(let days): return published.precision == .day ? Self.day(published.firstDay + days) : nil
        // "On the same day" means a day: `previous` is the last day said (not "in 2028" since).
        case .sameDay: return previous.flatMap { $0.start.precision == .day ? $0 : nil }
        case .thatYear(let month, let day): return yearSaid.flatMap { FuzzyDate(year: $0, month: month, day: day) }.map(DateSpan.init)
        case .weekday(let weekday):
            guard published.precision == .day else { return nil }
            // 1970-01-01 was a Thursday (weekday 4).
            let today = ((published.firstDay % 7) + 7 + 3) % 7 + 1
            var delta = weekday - today
            if status == .planned || isPresent { if delta < 0 { delta += 7 } } else if delta > 0 { delta -= 7 }
            return Self.day(published.firstDay + delta)
        }
    }

    /// `span` moved by whole years (a 29 February that does not exist: `nil`).
    static func shift(_ span: DateSpan, years: Int) -> DateSpan? {
        func moved(_ d: FuzzyDate) -> FuzzyDate? { FuzzyDate(year: d.year + years, month: d.month, day: d.day) }
        guard let start = moved(span.start), let end = moved(span.end) else { return nil }
        return DateSpan(start: start, end: end)
    }

    /// The day `number` days after 1970-01-01.
    static func day(_ number: Int) -> DateSpan? { FuzzyDate(dayNumber: number).map(DateSpan.init) }
}
