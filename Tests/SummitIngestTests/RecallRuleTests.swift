import Testing
import SummitGraph
@testable import SummitIngest

/// Rules added to read more of what unseen articles say (our own sentences, other wording than
/// the held-out sets'): journeys, more office titles, relative clauses, participant lists.
@Suite struct RecallRuleTests {
    typealias F = IngestFixture

    @Test func journeyVerbsStateAVisit() throws {
        let c = try F.candidates("""
            Norwegian Prime Minister Astrid Berg travelled to Chile and Peru on Monday.
            Icelandic President Jon Olafsson will fly to Canada next month.
            """)
        #expect(F.edges(c).contains { $0.hasPrefix("visits astrid-berg chile occurred") })
        #expect(F.edges(c).contains { $0.hasPrefix("visits astrid-berg peru occurred") })
        #expect(F.edges(c).contains { $0.hasPrefix("visits jon-olafsson canada planned") })
    }

    @Test func moreMinisterialTitles() throws {
        let c = try F.candidates("""
            Indian External Affairs Minister Ravi Kumar Nair and Spanish Interior Minister Elena Prado spoke to reporters in Oslo.
            """)
        #expect(F.edges(c).contains("holds_role ravi-kumar-nair india ongoing"))
        #expect(F.edges(c).contains("holds_role elena-prado spain ongoing"))
    }
}
