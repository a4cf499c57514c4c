import Testing
import SummitGraph
@testable import SummitIngest

@Suite struct DateTests {
    func dates(_ sentence: String, published: String = "2024-03-08", status: EdgeStatus = .occurred) throws -> [String] {
        let lexicon = try #require(try Lexicon.load(language: "en"))
        let p = try FuzzyDate(parsing: published)
        let scalars = Array(sentence.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        var previous: DateSpan? = try DateSpan(parsing: "2024-03-05")
        return DateFinder(lexicon: lexicon, published: p).dates(in: tokens).compactMap {
            let d = $0.resolve(published: p, status: status, previous: previous)
            previous = d ?? previous
            return d?.description
        }
    }

    @Test func everyFormIsRead() throws {
        #expect(try dates("They met on March 7 in Oslo.") == ["2024-03-07"])
        #expect(try dates("The visit runs from March 6 through 9.") == ["2024-03-06/2024-03-09"])
        #expect(try dates("Talks were held 6-9 March in Bergen.") == ["2024-03-06/2024-03-09"])
        #expect(try dates("Talks were held 6 to 9 March 2023.") == ["2023-03-06/2023-03-09"])
        #expect(try dates("The accord of 12 February 2021 still holds.") == ["2021-02-12"])
        #expect(try dates("It was signed on March 7, 2022.") == ["2022-03-07"])
        #expect(try dates("Elections come in May 2025.") == ["2025-05"])
        #expect(try dates("The Lima Agreement of 2009 still holds.") == ["2009"])
        #expect(try dates("Ties grew during Rao's 2018 visit to Lima.") == ["2018"])
        #expect(try dates("The 2030 Agenda and 2018 talks.") == [])
        #expect(try dates("The minister will travel to Oslo in April.", status: .planned) == ["2024-04"])
        #expect(try dates("May brings the vote.") == [])
        #expect(try dates("Kazakhstan hosts it in 2026.") == ["2026"])  // a month alone is a date only after "in", "since", "until", "by"
        #expect(try dates("The file is dated 2024-01-31 and 31/01/2024.") == ["2024-01-31", "2024-01-31"])
        #expect(try dates("The minister arrived yesterday.") == ["2024-03-07"])
        #expect(try dates("On the same day he flew home.") == ["2024-03-05"])
    }

    @Test func weekdaysFollowTheTense() throws {
        // 2024-03-08 is a Friday.
        #expect(try dates("They met on Tuesday.") == ["2024-03-05"])
        #expect(try dates("They will meet on Tuesday.", status: .planned) == ["2024-03-12"])
        #expect(try dates("They met on Friday.") == ["2024-03-08"])
        #expect(try dates("The talks opened on Friday (March 1).") == ["2024-03-01"])
    }

    @Test func aPresentTenseVerbsWeekdayIsTodayOrAhead() throws {
        // 2024-03-05 is a Tuesday: "travels on to Lima on Thursday" is a plan, "met on Thursday" done.
        let text = "President Boric of Chile held talks with President Lula of Brazil in Brasilia on Tuesday. "
            + "Boric travels on to Lima on Thursday. Lula visits Quito on Tuesday."
        let edges = IngestFixture.edges(try IngestFixture.candidates(text, published: "2024-03-05"))
        #expect(edges.contains("visits boric lima planned 2024-03-07"))
        #expect(edges.contains("visits lula quito occurred 2024-03-05"))
        let past = IngestFixture.edges(try IngestFixture.candidates("President Boric of Chile travelled on to Lima on Thursday.", published: "2024-03-05"))
        #expect(past.contains { $0.hasPrefix("visits") && $0.hasSuffix("occurred 2024-02-29") })
    }

    @Test func aMonthWithoutYearReadInJanuaryIsLastYear() throws {
        #expect(try dates("The summit on December 28 was short.", published: "2025-01-04") == ["2024-12-28"])
        #expect(try dates("The summit on February 2 will be short.", published: "2025-01-04", status: .planned) == ["2025-02-02"])
    }

    @Test func aPlanForAMonthAlreadyPastIsNextYears() throws {
        // More than six months ahead reads as last year's, unless the fact is still to come.
        #expect(try dates("The summit was held in October.", published: "2024-03-08") == ["2023-10"])
        #expect(try dates("The summit will be held in October.", published: "2024-03-08", status: .planned) == ["2024-10"])
        #expect(try dates("They will meet on January 12.", published: "2024-12-20", status: .planned) == ["2025-01-12"])
        #expect(try dates("They will meet on February 29.", published: "2024-03-08", status: .planned) == ["2024-02-29"])
    }

    @Test func thatYearIsTheYearSaidLast() throws {
        let lexicon = try #require(try Lexicon.load(language: "en"))
        let p = try FuzzyDate(parsing: "2026-12-21")
        let scalars = Array("On December 8 of that year they signed; later that year they met.".unicodeScalars)
        let found = DateFinder(lexicon: lexicon, published: p).dates(in: Tokenizer.tokens(scalars, in: 0..<scalars.count))
        #expect(found.map { $0.resolve(published: p, status: .occurred, previous: nil, yearSaid: 1991)?.description } == ["1991-12-08", "1991"])
        #expect(found.map { $0.resolve(published: p, status: .occurred, previous: nil)?.description } == [nil, nil])
    }

    @Test func impossibleDatesAreNoDates() throws {
        #expect(try dates("On February 30 nothing happened.") == [])
    }
}
