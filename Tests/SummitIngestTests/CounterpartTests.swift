import Testing
@testable import SummitIngest

/// "his Finnish counterpart" and verbs used as nouns: guards found on the fourth held-out set's
/// false positives (sentences here are our own, on other events).
@Suite struct CounterpartTests {
    typealias F = IngestFixture

    @Test func aCounterpartTakesTheOfficeOfThePersonItFollows() throws {
        let c = try F.candidates("""
            OSLO, March 7. The Prime Minister of Norway, Astrid Berg, received a delegation from Finland on Thursday.
            Foreign Minister Erik Moen and his Finnish counterpart, Mikko Salo, joined the talks.
            """)
        // Not the prime minister's office, the one Erik Moen was named with.
        #expect(F.edges(c).contains("holds_role mikko-salo finland ongoing"))
        #expect(!F.edges(c).contains { $0.hasPrefix("head_of mikko-salo") })
    }

    @Test func aCounterpartNamedNowhereIsNoPositionNode() throws {
        let c = try F.candidates("""
            OSLO, March 7. The Prime Minister of Norway, Astrid Berg, invited her Danish counterpart to pay an official visit to Oslo on Thursday.
            """)
        #expect(!c.contains { $0.record == .node && $0.kind == "position" })
        #expect(!F.edges(c).contains { $0.contains("prime-minister-of-denmark") })
    }

    @Test func aLeadersCounterpartIsWhoeverLeadsTheOtherState() throws {
        let c = try F.candidates("""
            OSLO, March 7. President of Iceland Jon Olafsson arrived in Oslo on Thursday.
            The Prime Minister of Norway, Astrid Berg, met her Icelandic counterpart at the Storting.
            """)
        #expect(F.edges(c).contains("met astrid-berg jon-olafsson occurred 2024-03-07"))
        #expect(!c.contains { $0.record == .node && $0.kind == "position" })
    }

    @Test func aVerbsFormAfterADeterminerIsANoun() throws {
        let c = try F.candidates("""
            OSLO, March 7. The talks followed a video call between Foreign Minister of Norway Erik Moen and Finnish Foreign Minister Mikko Salo, who discussed preparations for the visit and agreed to convene the first Nordic Energy Dialogue in Helsinki in the autumn.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("visits") })
        #expect(F.edges(c).contains("holds_role erik-moen norway ongoing"))
    }
}
