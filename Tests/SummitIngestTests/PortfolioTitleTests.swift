import Testing
@testable import SummitIngest

/// A minister's title with its portfolio (offices.tsv `portfolio`, languages.tsv `portfolios`),
/// names with an apostrophe inside, an assembly as a body, another edition of a named event: rules
/// from the fifty-eighth round, each pinned on sentences of our own about other events.
@Suite struct PortfolioTitleTests {
    typealias F = IngestFixture

    @Test func aMinisterOfAPortfolioHoldsARole() throws {
        try F.expect("TASHKENT, March 7 - Kazakh Minister of Transport and Logistics Nurlan Omarov met Minister of Energy of "
                     + "Uzbekistan Jasur Karimov on Thursday.",
                     has: ["holds_role nurlan-omarov kazakhstan ongoing", "holds_role jasur-karimov uzbekistan ongoing",
                           "met nurlan-omarov jasur-karimov occurred"],
                     lacks: ["holds_role logistics-nurlan-omarov", "holds_role energy"])
    }

    @Test func aSecondTitleWithAPortfolioBeforeTheName() throws {
        try F.expect("BANGKOK, March 7 - Laotian Deputy Prime Minister and Minister of National Defence Somsak Vong met Thai "
                     + "Defence Minister Anan Chai in Bangkok on Thursday.",
                     has: ["holds_role somsak-vong laos ongoing", "met somsak-vong anan-chai occurred"],
                     lacks: ["holds_role deputy-prime-minister-of-laos"])
        try Self.expectNoNode(containing: "Deputy Prime Minister", in: "BANGKOK, March 7 - Laotian Deputy Prime Minister and Minister "
                              + "of National Defence Somsak Vong met Thai Defence Minister Anan Chai in Bangkok on Thursday.")
    }

    @Test func aPortfolioGoesOnAfterAKnownTitle() throws {
        try F.expect("BUDAPEST, March 7 - Hungarian Minister of Foreign Affairs and Trade Gabor Nemes received Minister of State "
                     + "for Foreign Trade of Oman Salim Harthi on Thursday.",
                     has: ["holds_role gabor-nemes hungary ongoing", "holds_role salim-harthi oman ongoing",
                           "met gabor-nemes salim-harthi occurred"],
                     lacks: ["holds_role trade-gabor-nemes", "holds_role foreign-trade"])
    }

    @Test func aPortfolioEndsBeforeTheNextTitle() throws {
        try F.expect("OSLO, March 7 - Norway's Minister of Finance and Defence Minister Ola Berg met Danish Foreign Minister "
                     + "Lars Holm on Thursday.",
                     has: ["met ola-berg lars-holm occurred", "holds_role ola-berg norway ongoing", "holds_role lars-holm denmark ongoing"])
        try Self.expectNoNode(containing: "Minister", in: "OSLO, March 7 - Norway's Minister of Finance and Defence Minister Ola Berg "
                              + "met Danish Foreign Minister Lars Holm on Thursday.")
    }

    @Test func aPortfolioOfCapitalisedWordsEndsOnItsLastPortfolioWord() throws {
        try F.expect("SUVA, March 7 - The meeting was chaired by Fiji's Minister for Pacific Island Affairs, Mere Tora, on Thursday. "
                     + "Vanuatu's Minister of Climate Change Adaptation, Ralph Kalo, proposed a registry.",
                     has: ["holds_role mere-tora fiji ongoing", "holds_role ralph-kalo vanuatu ongoing"],
                     lacks: ["holds_role change-adaptation", "holds_role island-affairs"])
        try Self.expectNoNode(containing: "Adaptation", in: "SUVA, March 7 - Vanuatu's Minister of Climate Change Adaptation, "
                              + "Ralph Kalo, proposed a registry.")
    }

    @Test func aMinisterWithoutAPortfolioIsNoOffice() throws {
        try F.expect("ROME, March 7 - The Minister of Italy Giulia Neri met President Luis Castro of Peru on Thursday.",
                     has: ["head_of luis-castro peru ongoing"], lacks: ["holds_role giulia-neri italy", "holds_role minister-of-italy"])
    }

    @Test func anApostropheInsideANameIsPartOfIt() throws {
        try F.expect("APIA, March 7 - Samoa's Minister of Foreign Affairs, Tuila Fa'asili Mata, met Irish Foreign Minister "
                     + "Sean O'Rourke on Thursday.",
                     has: ["holds_role tuila-fa-asili-mata samoa ongoing", "holds_role sean-o-rourke ireland ongoing",
                           "met tuila-fa-asili-mata sean-o-rourke occurred"])
        let c = try F.candidates("APIA, March 7 - Irish Foreign Minister Sean O'Rourke arrived in Apia on Thursday.")
        #expect(c.contains { $0.record == .node && $0.name == "Sean O'Rourke" }, "\(c.filter { $0.record == .node }.map(\.name))")
    }

    @Test func anAssemblyIsABodyNoPersonsName() throws {
        try F.expect("NEW YORK, March 7 - Ana Soto met President of the 81st session of the UN General Assembly Piet Smit, "
                     + "former Minister for Foreign Affairs of the Netherlands, on Thursday.",
                     has: [], lacks: ["holds_role general-assembly-piet-smit", "holds_role assembly-piet-smit"])
        try Self.expectNoNode(containing: "Assembly Piet", in: "NEW YORK, March 7 - Ana Soto met President of the 81st session of "
                              + "the UN General Assembly Piet Smit, former Minister for Foreign Affairs of the Netherlands, on Thursday.")
    }

    /// That no node proposed for `text` has `words` in its name.
    static func expectNoNode(containing words: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let names = try F.candidates(text).filter { $0.record == .node }.map(\.name)
        #expect(!names.contains { $0.contains(words) }, "no \(words) in \(names)", sourceLocation: sourceLocation)
    }

    @Test func theNextEditionOfANamedEventIsAnEventOfItsOwn() throws {
        let text = """
            LIMA, March 7 - The Andean-Pacific Summit opened in Lima on Thursday, hosted by Peru.

            The leaders agreed that the next Andean-Pacific Summit will be held in Quito in 2027, hosted by Ecuador.
            """
        try F.expect(text, has: ["held_in andean-pacific-summit lima occurred", "held_in next-andean-pacific-summit quito planned",
                                 "hosts ecuador next-andean-pacific-summit planned"],
                     lacks: ["held_in andean-pacific-summit quito", "hosts ecuador andean-pacific-summit"])
        // A past edition, after the article named the event, is nothing said of it.
        try F.expect("LIMA, March 7 - The Andean-Pacific Summit opened in Lima on Thursday. The previous Andean-Pacific Summit was "
                     + "hosted by Chile in Santiago.",
                     has: ["held_in andean-pacific-summit lima occurred"],
                     lacks: ["hosts chile andean-pacific-summit", "held_in andean-pacific-summit santiago"])
        // Named so first, the next edition is the only one the article speaks of.
        try F.expect("LIMA, March 7 - Peru's foreign minister Ana Soto said the next Andean-Pacific Summit would be held in Quito.",
                     has: ["held_in next-andean-pacific-summit quito planned"])
    }

    @Test func aFormerOfficeAfterACommaIsTheSamePersonsSecondTitle() throws {
        try F.expect("LIMA, March 7 - President Luis Castro of Peru met the Deputy Leader of the Andean Party of Chile, former Prime "
                     + "Minister of Chile Jorge Pinto, on Thursday.",
                     has: ["met luis-castro jorge-pinto occurred", "head_of jorge-pinto chile historical"],
                     lacks: ["met luis-castro deputy-leader"])
    }

    @Test func aMilitaryRankIsNoNameWord() throws {
        try F.expect("HANOI, March 7 - Deputy Minister of National Defence of Viet Nam Senior Lieutenant General Tran Van Minh "
                     + "received Admiral Jose Cruz of the Philippines on Thursday.",
                     has: ["holds_role tran-van-minh vietnam ongoing"], lacks: ["holds_role senior"])
    }

    @Test func aNameAfterAnOrganisationsBracketedAcronymIsNoPartOfIt() throws {
        try F.expect("TOKYO, March 7 - President Luis Castro of Peru received the Governor of the Andean Bank for International "
                     + "Cooperation (ABIC) Kenji Sato on Thursday.",
                     has: ["met luis-castro kenji-sato occurred"], lacks: ["met luis-castro governor"])
    }

    @Test func aCounterpartsOwnTitleIsHisInTheCounterpartsState() throws {
        try F.expect("KARIBA, March 7 - President Emmerson Moyo of Zimbabwe hosted the talks. Energy and Power Development Minister "
                     + "Tendai Dube and his Zambian counterpart, Energy Minister Chanda Phiri, were present during the talks.",
                     has: ["holds_role chanda-phiri zambia ongoing"], lacks: ["head_of chanda-phiri zambia"])
    }

    @Test func aNextMeetingOfABodyIsAPlannedPartOfIt() throws {
        try F.expect("Lao-Thai talks\n\nVIENTIANE, March 7 - Foreign Minister Anan Suk of Thailand met Foreign Minister Somsak Vong "
                     + "of Laos on Thursday. They reviewed preparations for the 24th Meeting of the Lao-Thai Joint Commission, which "
                     + "is scheduled to convene in Bangkok in July.",
                     has: ["part_of 24th-meeting-of-the-lao-thai-joint-commission lao-thai-joint-commission planned"],
                     lacks: ["part_of 24th-meeting-of-the-lao-thai-joint-commission lao-thai-joint-commission ongoing"])
    }
}
