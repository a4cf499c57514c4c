import Testing
@testable import SummitIngest

/// What a sentence does not date takes the date of the event it is about, not the last date the
/// article gave in a sentence of background; what it dates twice, the date in the verb's clause.
@Suite struct EventDateTests {
    typealias F = IngestFixture

    @Test func anUndatedOutcomeOfTheSummitTakesTheSummitsDate() throws {
        try F.expect("LIMA, March 9 - On March 7, the Andean Summit convened in Lima. The Andean Community was founded in 1969 "
                     + "as a customs union. The main outcome of the summit was the adoption of the Lima Declaration.",
                     published: "2024-03-09",
                     has: ["adopted andean-summit lima-declaration occurred 2024-03-07"],
                     lacks: ["adopted andean-summit lima-declaration occurred 1969"])
    }

    @Test func whatTheSummitsLeadersAdoptedTakesTheSummitsDateToo() throws {
        try F.expect("LIMA, March 9 - On March 7, President Dina Boluarte of Peru and President Luis Arce of Bolivia attended the "
                     + "Andean Summit in Lima. The Andean Community was founded in 1969. The summit adopted the Lima Declaration.",
                     published: "2024-03-09",
                     has: ["adopted dina-boluarte lima-declaration occurred 2024-03-07", "adopted luis-arce lima-declaration occurred 2024-03-07"])
    }

    @Test func aVerbsDateIsTheOneInItsClause() throws {
        // 2024-03-08 is a Friday.
        try F.expect("LIMA, March 8 - President Luis Arce of Bolivia, who arrived on Wednesday on an official visit, was received "
                     + "by President Dina Boluarte of Peru on Thursday.",
                     has: ["met dina-boluarte luis-arce occurred 2024-03-07"])
        try F.expect("LIMA, March 8 - Foreign Minister Elmer Schialer of Peru flew to Chile on Monday and is due to hold talks on "
                     + "Tuesday with Foreign Minister Alberto van Klaveren of Chile.",
                     has: ["met elmer-schialer alberto-van-klaveren planned 2024-03-12"])
    }
}
