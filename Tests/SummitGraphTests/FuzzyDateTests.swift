import SummitGraph
import Testing

@Suite("Dates with precision and ranges")
struct FuzzyDateTests {
    @Test(arguments: ["2025", "2025-12", "2025-12-19", "2024-02-29", "2025-12-19/2025-12-20", "2025-12/2026"])
    func validDatesRoundTrip(_ text: String) throws {
        #expect(try DateSpan(parsing: text).description == text)
    }

    @Test func precisionFollowsTheText() throws {
        #expect(try FuzzyDate(parsing: "2025").precision == .year)
        #expect(try FuzzyDate(parsing: "2025-12").precision == .month)
        #expect(try FuzzyDate(parsing: "2025-12-19").precision == .day)
    }

    @Test(arguments: [
        ("2025-02-30", "2025-02 has 28 days, not 30", 8),
        ("2023-02-29", "2023-02 has 28 days, not 29", 8),
        ("2025-13-01", "month 13 does not exist", 5),
        ("19-12-2025", "expected YYYY, YYYY-MM or YYYY-MM-DD", 0),
        ("2025-1-05", "expected YYYY, YYYY-MM or YYYY-MM-DD", 5),
        ("2025-12-20/2025-12-19", "the range ends before it starts", 11),
        ("2025/2026/2027", "a range has one '/' between two dates", 0),
        ("", "expected YYYY, YYYY-MM or YYYY-MM-DD", 0),
    ])
    func invalidDatesSayWhyAndWhere(_ text: String, _ reason: String, _ offset: Int) {
        #expect(throws: GraphError.invalidDate(text, reason: reason, offset: offset)) {
            try DateSpan(parsing: text)
        }
    }

    @Test func monthPrecisionCoversTheWholeMonth() throws {
        let december = try DateSpan(parsing: "2025-12")
        #expect(december.overlaps(try DateSpan(parsing: "2025-12-31")))
        #expect(!december.overlaps(try DateSpan(parsing: "2026-01-01")))
        #expect(december.lastDay - december.firstDay == 30)
    }

    @Test func dayNumbersMatchTheCalendar() throws {
        #expect(try FuzzyDate(parsing: "1970-01-01").firstDay == 0)
        #expect(try FuzzyDate(parsing: "2000-03-01").firstDay == 11017)
        #expect(try FuzzyDate(parsing: "2025-12-19").firstDay == 20441)
    }

    @Test func ordersCoarserFirstOnTheSameDay() throws {
        let dates = try ["2025-12-19", "2025-12", "2025", "2025-12-18"].map { try FuzzyDate(parsing: $0) }
        #expect(dates.sorted().map(\.description) == ["2025", "2025-12", "2025-12-18", "2025-12-19"])
    }
}
