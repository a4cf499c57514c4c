import Testing
@testable import SummitIngest

/// Guards found on the twentieth and twenty-first held-out sets' false positives, each pinned on
/// sentences of our own about other events: an aide of a leader, who accepts an invitation, an
/// adoption still to come, a participle's subject, a chair among those taking part, a run of name
/// particles, a comma that opens a clause, an event still ahead, offices held years back.
@Suite struct BlindRunGuardTests {
    typealias F = IngestFixture

    @Test func anAideOfALeaderHoldsARoleInTheState() throws {
        let edges = F.edges(try F.candidates("LIMA, March 3 - Press Secretary of the President of Peru Carlos Rojas told reporters that the talks went well."))
        #expect(edges.contains("holds_role carlos-rojas peru ongoing"), "\(edges)")
        #expect(!edges.contains { $0.hasPrefix("head_of carlos-rojas") }, "\(edges)")
    }

    @Test func whoAcceptsAnInvitationIsWhoWillVisit() throws {
        let edges = F.edges(try F.candidates("Peruvian President Dina Boluarte accepted the invitation of Chilean President Gabriel Boric "
            + "to pay an official visit to Chile next year."))
        #expect(edges.contains { $0.hasPrefix("visits dina-boluarte chile planned") }, "\(edges)")
        #expect(!edges.contains { $0.hasPrefix("visits gabriel-boric") }, "\(edges)")
    }

    @Test func anAdoptionStillToComeNamesNoLeader() throws {
        let edges = F.edges(try F.candidates("LIMA, March 3 - President Dina Boluarte of Peru will host the Andean Summit in Lima on Friday. "
            + "The summit is expected to adopt the Lima Declaration on water."))
        #expect(edges.contains { $0.hasPrefix("adopted andean-summit lima-declaration planned") }, "\(edges)")
        #expect(!edges.contains { $0.hasPrefix("adopted dina-boluarte") }, "\(edges)")
    }

    @Test func aParticipleAfterANounIsThatNounsAndAChairOnlyChairs() throws {
        let dinner = F.edges(try F.candidates("QUITO, May 8 - President Daniel Noboa of Ecuador chaired the Andean Summit in Quito on Friday. "
            + "In the evening a dinner was hosted by Noboa at the Carondelet Palace in honour of the heads of state participating in the summit."))
        #expect(!dinner.contains { $0.hasPrefix("participates_in daniel-noboa") }, "\(dinner)")
        #expect(dinner.contains { $0.hasPrefix("chairs daniel-noboa andean-summit occurred") }, "\(dinner)")
        let listed = F.edges(try F.candidates("QUITO, May 8 - President Daniel Noboa of Ecuador chaired the Andean Summit in Quito on Friday. "
            + "President Gustavo Petro of Colombia and Noboa took part in the summit."))
        #expect(listed.contains { $0.hasPrefix("participates_in gustavo-petro andean-summit occurred") }, "\(listed)")
        #expect(!listed.contains { $0.hasPrefix("participates_in daniel-noboa") }, "\(listed)")
    }

    @Test func aNameReadBackFromItsAppositionKeepsItsParticles() throws {
        let edges = F.edges(try F.candidates("The bloc will be represented by Antonio Costa, the president of the European Council, "
            + "and Ursula von der Leyen, the president of the European Commission."))
        #expect(edges.contains("head_of ursula-von-der-leyen european-commission ongoing"), "\(edges)")
        #expect(!edges.contains { $0.contains(" leyen ") }, "\(edges)")
    }

    @Test func aCommaAndAfterTheFirstObjectOpensAnotherClause() throws {
        let edges = F.edges(try F.candidates("OSLO, May 8 - Norwegian Foreign Minister Espen Barth Eide held a separate meeting with Swedish "
            + "Foreign Minister Maria Stenergard, and Danish Foreign Minister Lars Lokke Rasmussen and Finnish Foreign Minister Elina "
            + "Valtonen discussed Arctic shipping."))
        #expect(edges.contains { $0.hasPrefix("met espen-barth-eide maria-stenergard occurred") }, "\(edges)")
        #expect(!edges.contains { $0.hasPrefix("met espen-barth-eide lars-lokke-rasmussen") || $0.hasPrefix("met espen-barth-eide elina-valtonen") }, "\(edges)")
    }

    @Test func anEventNamedAheadIsNotTheArticles() throws {
        let edges = F.edges(try F.candidates("OSLO, 23 April - Nordic foreign ministers gathered in Oslo today ahead of the Arctic Summit. "
            + "On Wednesday evening, Norwegian Foreign Minister Espen Barth Eide hosted an official reception in honour of the delegations.",
            published: "2026-04-23"))
        #expect(edges.contains { $0.hasPrefix("hosts espen-barth-eide official-reception occurred") }, "\(edges)")
        #expect(!edges.contains { $0.hasPrefix("part_of official-reception arctic-summit") }, "\(edges)")
    }

    @Test func officesInASentenceDatedYearsBackAreFormer() throws {
        let edges = F.edges(try F.candidates("The group takes its name from the town of Tartu, where Estonian President Lennart Meri and "
            + "Latvian President Guntis Ulmanis signed a declaration on cooperation in May 1994. Estonian President Alar Karis, attending "
            + "his first summit since his country joined the council in July 2021, met Latvian President Edgars Rinkevics.", published: "2026-05-08"))
        #expect(edges.contains("head_of lennart-meri estonia historical"), "\(edges)")
        #expect(edges.contains("head_of guntis-ulmanis latvia historical"), "\(edges)")
        #expect(edges.contains("head_of alar-karis estonia ongoing"), "\(edges)")
        #expect(edges.contains("head_of edgars-rinkevics latvia ongoing"), "\(edges)")
    }
}
