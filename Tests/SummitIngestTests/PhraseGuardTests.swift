import Testing
@testable import SummitIngest

/// Guards found on the fifth held-out set's false positives, each on sentences of our own about
/// other events: passives, gerund phrases, possessives, two names joined by "and the",
/// invitations, and which head "the head of state" means.
@Suite struct PhraseGuardTests {
    typealias F = IngestFixture

    @Test func aParticipleAfterBeIsPassive() throws {
        let c = try F.candidates("""
            OSLO, March 7. The Prime Minister of Norway, Astrid Berg, will hold talks with Foreign Minister of Iceland Jon Olafsson on Friday and will be received the same day by King Harald of Norway.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("met jon-olafsson") || $0.hasPrefix("met astrid-berg king") })
        #expect(!F.edges(c).contains { $0.hasPrefix("met") && $0.contains("harald") && $0.contains("olafsson") })
    }

    @Test func aGerundPhraseEndsTheVerbsReach() throws {
        let c = try F.candidates("""
            OSLO, March 7. The President of Iceland, Jon Olafsson, joined the other leaders in adopting the Oslo Declaration on Friday and proposed a Nordic Council on Critical Minerals.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("participates_in jon-olafsson oslo-declaration") }, "\(F.edges(c))")
    }

    @Test func aPossessiveNameIsNotTheEnd() throws {
        let c = try F.candidates("""
            OSLO, March 7. The Nordic Energy Forum, organised by Norway's Ministry of Trade, Industry and Fisheries, opened on Friday.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("organizes norway") })
    }

    @Test func twoNamesJoinedByAndTheAreTwo() throws {
        let c = try F.candidates("""
            OSLO, March 7. The Foreign Minister of Norway, Erik Moen, will attend the Nordic Council Ministers' Meeting and the Arctic Regional Forum in Helsinki on May 10.
            """)
        #expect(!c.contains { $0.record == .node && $0.name.contains(" and the ") })
    }

    @Test func anInvitationIsNoVisitUnlessAccepted() throws {
        let asked = try F.candidates("""
            OSLO, March 7. The Prime Minister of Norway, Astrid Berg, invited the President of Iceland, Jon Olafsson, to pay an official visit to Norway.
            """)
        #expect(!F.edges(asked).contains { $0.hasPrefix("visits") })
        let accepted = try F.candidates("""
            OSLO, March 7. The President of Iceland, Jon Olafsson, accepted an invitation to visit Norway in June.
            """)
        #expect(F.edges(accepted).contains("visits jon-olafsson norway planned 2024-06"))
    }

    @Test func theHeadOfStateIsNoPrimeMinister() throws {
        let c = try F.candidates("""
            TOKYO, March 7. President of Finland Aino Virtanen held talks with the Prime Minister of Japan, Kenji Mori, on Thursday.
            The Head of State, who arrived in Tokyo on Wednesday, thanked Mori for his hospitality.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("visits kenji-mori") })
        #expect(F.edges(c).contains { $0.hasPrefix("visits aino-virtanen") })
    }

    @Test func anOfficeOwnedByAnotherIsNoApposition() throws {
        let c = try F.candidates("""
            YEREVAN, March 7. "We will not sign," Anna Sargsyan, the Armenian prime minister's spokeswoman, told reporters.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("head_of anna-sargsyan") })
    }
}
