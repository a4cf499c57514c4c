import Testing
@testable import SummitIngest

/// The article's own event when it has no name of its own, on sentences of our own: a format's
/// summit named by its members or by "the summit of the X", what "the talks" may mean, and what
/// signing a declaration states.
@Suite struct CurrentEventTests {
    typealias F = IngestFixture

    @Test func aFormatsSummitNamedByItsMembersIsANode() throws {
        let c = try F.candidates("""
            LIMA, March 7. Peru hosted the first Peru plus Chile summit, which was chaired by the President of Peru, Luis Castro. The summit adopted the Lima Declaration.
            """)
        let summit = c.first { $0.record == .node && $0.name == "Peru plus Chile Summit" }
        #expect(summit != nil, "\(c.filter { $0.record == .node }.map(\.name))")
        #expect(summit?.aliases.contains("first Peru plus Chile summit") == true, "\(summit?.aliases ?? [])")
        #expect(summit?.aliases.contains("Peru + Chile Summit") == true, "\(summit?.aliases ?? [])")
        #expect(F.edges(c).contains { $0.hasPrefix("chairs luis-castro peru-plus-chile-summit occurred") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("adopted peru-plus-chile-summit lima-declaration occurred") }, "\(F.edges(c))")
    }

    @Test func theSummitOfANamedBodyIsANode() throws {
        let c = try F.candidates("""
            QUITO, March 7. The President of Ecuador, Marco Vega, took part in the first summit of the Andean Dialogue in Quito on Thursday.
            """)
        #expect(F.edges(c).contains { $0.hasPrefix("participates_in marco-vega summit-of-the-andean-dialogue occurred 2024-03-07") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("part_of summit-of-the-andean-dialogue andean-dialogue ongoing") }, "\(F.edges(c))")
        #expect(c.contains { $0.record == .node && $0.name == "Summit of the Andean Dialogue" && $0.aliases.contains("first summit of the Andean Dialogue") })
    }

    @Test func aCityOrABareNounNamesNoEvent() throws {
        for text in ["QUITO, March 7. The President of Ecuador, Marco Vega, attended the Lima summit on Thursday.",
                     "QUITO, March 7. The President of Ecuador, Marco Vega, attended the summit on Thursday.",
                     "Ecuador And Peru Summit Ends With Lima Declaration"] {
            let c = try F.candidates(text)
            #expect(!c.contains { $0.record == .node && $0.subtype == "summit" }, "\(text): \(c.map(\.name))")
        }
    }

    @Test func theTalksAreNoSummit() throws {
        // "the talks" after a leaders' meeting are that meeting, never the summit around it.
        let c = try F.candidates("""
            LIMA, March 7. Peru hosted the first Peru plus Chile summit. On Friday, the President of Peru, Luis Castro, held talks with the President of Chile, Ana Soto. The Foreign Minister of Chile, Pablo Ortiz, also took part in the talks.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("participates_in pablo-ortiz") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("met luis-castro ana-soto occurred") }, "\(F.edges(c))")
    }

    @Test func signingADocumentAdoptsIt() throws {
        // A statement and an accord alike: each signer `adopted` it, as the golds read a treaty signed.
        let c = try F.candidates("""
            LIMA, March 7. The President of Peru, Luis Castro, and the President of Chile, Ana Soto, signed the Joint Statement on Water and the Lima Fisheries Accord.
            """)
        #expect(F.edges(c).contains { $0.hasPrefix("adopted luis-castro joint-statement-on-water occurred") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("adopted ana-soto lima-fisheries-accord occurred") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.hasPrefix("participates_in luis-castro joint-statement") || $0.hasPrefix("participates_in ana-soto lima-fisheries") }, "\(F.edges(c))")
    }
}
