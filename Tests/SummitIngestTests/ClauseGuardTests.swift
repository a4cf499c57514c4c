import Testing
@testable import SummitIngest

/// Guards found on the sixth and seventh held-out sets' false positives, each on sentences of our
/// own about other events: names that start with a state's, sentence-opening words, honorifics
/// after an office, "then-", clause breaks, passive agents, a demonym before a noun cue, the summit
/// of a dialogue, whom "the head of state" can mean; an event's ordinal, a passive's patient, and
/// a city naming an event.
@Suite struct ClauseGuardTests {
    typealias F = IngestFixture

    @Test func anOrganisationNamedAfterAStateIsNoState() throws {
        let c = try F.candidates("""
            LIMA, March 7. The President of Peru, Luis Castro, received Maria Lopes, President of the Brazil Development Finance Agency, on Thursday.
            """)
        #expect(!F.edges(c).contains { $0.contains(" brazil ") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("head_of maria-lopes brazil-development-finance-agency ongoing") }, "\(F.edges(c))")
        #expect(!c.contains { $0.record == .node && $0.name == "Development Finance" })
    }

    @Test func aWordOpeningTheSentenceIsNoName() throws {
        let c = try F.candidates("""
            LIMA, March 7. Tomorrow, the President of Chile will visit Peru. Separately, the Prime Minister of Peru will travel to Quito.
            """)
        #expect(!c.contains { $0.record == .node && ["Tomorrow", "Separately"].contains($0.name) }, "\(c.map(\.name))")
    }

    @Test func anHonorificAfterAnOfficeIsNoNameWord() throws {
        let c = try F.candidates("""
            KUWAIT CITY, March 7. Kuwaiti Foreign Minister Sheikh Salem Abdullah Al Jaber met Omani Foreign Minister Sayyid Badr bin Hamad Al Busaidi on Thursday.
            """)
        #expect(F.edges(c).contains { $0.hasPrefix("holds_role salem-abdullah-al-jaber kuwait") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("holds_role badr-bin-hamad-al-busaidi oman") }, "\(F.edges(c))")
    }

    @Test func aDemonymCapitalNeedsADeterminerToBeTheCity() throws {
        let money = try F.candidates("""
            ASTANA, March 7. The number of firms with Turkish capital in Kazakhstan has doubled since 2019, the ministry said.
            """)
        #expect(!F.edges(money).contains { $0.hasPrefix("part_of ankara") }, "\(F.edges(money))")
        let city = try F.candidates("""
            ASTANA, March 7. The President of Kazakhstan, Aidos Serikov, arrived in the Turkish capital on Thursday.
            """)
        #expect(F.edges(city).contains { $0.hasPrefix("part_of ankara") }, "\(F.edges(city))")
    }

    @Test func noObjectPastAClauseBreak() throws {
        let c = try F.candidates("""
            SANTIAGO, March 7. Foreign Minister of Chile Pablo Ortiz signed the joint statement on Chile's behalf but did not endorse the Santiago Declaration on Fisheries, which the other ministers adopted.
            """)
        #expect(!F.edges(c).contains { $0.contains("pablo-ortiz santiago-declaration") }, "\(F.edges(c))")
    }

    @Test func thenBeforeAnOfficeMakesItAFormerOne() throws {
        let c = try F.candidates("""
            SANTIAGO, March 7. Then-President Carlos Rivas of Peru clashed with Chile over fishing rights in 2019. Then Prime Minister Ana Soto of Peru visited Chile in 2020, and Chile later hosted the talks.
            """)
        #expect(F.edges(c).contains { $0.hasPrefix("head_of carlos-rivas peru historical") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("head_of ana-soto peru historical") }, "\(F.edges(c))")
        // "then" is no status of a relation: "and then met" is a meeting that took place.
        let met = try F.candidates("""
            OSLO, March 7. The President of Iceland, Jon Olafsson, then met the Prime Minister of Norway, Astrid Berg, on Thursday.
            """)
        #expect(F.edges(met).contains { $0.hasPrefix("met jon-olafsson astrid-berg occurred") }, "\(F.edges(met))")
    }

    @Test func aPassiveAgentIsNoSubjectOfTheNextVerb() throws {
        let c = try F.candidates("""
            OSLO, March 7. She was received by King Harald of Norway on Thursday and then met the Foreign Minister of Iceland, Jon Olafsson.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("met") && $0.contains("harald") }, "\(F.edges(c))")
    }

    @Test func aDemonymBeforeANounCueIsItsSubject() throws {
        let c = try F.candidates("""
            TOKYO, March 7. Mori held a phone call with the Prime Minister of Sweden, Eva Lind, her office said, and pledged continued Japanese support for Moldova's energy grid.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("supports eva-lind") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("supports japan moldova") }, "\(F.edges(c))")
    }

    @Test func theSummitOfADialogueIsTheSummit() throws {
        let c = try F.candidates("""
            LIMA, March 7. Tomorrow, the President of Chile, Rosa Vidal, will take part in the first summit of the Andes + Korea Dialogue, which will be chaired by the President of Peru, Luis Castro.
            """)
        // The article names no summit node, so nothing is said of it; never of the dialogue.
        #expect(!F.edges(c).contains { $0.hasPrefix("participates_in rosa-vidal andes") || $0.hasPrefix("chairs luis-castro andes") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("head_of luis-castro peru") }, "\(F.edges(c))")
        let named = try F.candidates("""
            LIMA, March 7. The Andes + Korea Summit opens on Friday. The President of Chile, Rosa Vidal, will take part in the first summit of the Andes + Korea Dialogue.
            """)
        #expect(F.edges(named).contains { $0.hasPrefix("participates_in rosa-vidal andes-korea-summit planned") }, "\(F.edges(named))")
    }

    @Test func theHeadOfStateHeadsAState() throws {
        let c = try F.candidates("""
            LIMA, March 7. The President of Peru, Luis Castro, met Ana Ruiz, President of the Chile Export Agency, on Thursday. In the evening, the Head of State will attend a dinner hosted by the Foreign Minister of Peru, Elena Paz.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("participates_in ana-ruiz") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("participates_in luis-castro") }, "\(F.edges(c))")
    }

    @Test func anOrdinalIsPartOfAnEventsName() throws {
        let c = try F.candidates("""
            LIMA, March 7. The President of Peru, Luis Castro, chaired the 12th Andean Summit in Cusco on Friday. Chile will host the 13th Andean Summit in Santiago next year.
            """)
        #expect(F.edges(c).contains { $0.hasPrefix("chairs luis-castro 12th-andean-summit occurred") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("hosts chile 13th-andean-summit planned") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.hasPrefix("hosts chile 12th") }, "\(F.edges(c))")
        // An ordinal word too.
        let worded = try F.candidates("LIMA, March 7. The President of Peru, Luis Castro, said Peru would host the second Andean Summit next year.")
        #expect(F.edges(worded).contains { $0.hasPrefix("hosts peru second-andean-summit planned") }, "\(F.edges(worded))")
    }

    @Test func aPassivesPatientIsTheNearestMention() throws {
        let c = try F.candidates("""
            LIMA, March 7. Andean leaders adopted the Lima Declaration on Water at a summit hosted by Peru on Friday.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("hosts peru lima-declaration") }, "\(F.edges(c))")
        // Two passives in a row: the second's patient is the first's, not its agent.
        let two = try F.candidates("""
            LIMA, March 7. The Andean Summit was chaired by the President of Peru, Luis Castro, and attended by the Presidents of Chile and Bolivia.
            """)
        #expect(F.edges(two).contains { $0.hasPrefix("participates_in") && $0.contains("andean-summit") && !$0.contains("luis-castro andean") }, "\(F.edges(two))")
        #expect(!F.edges(two).contains { $0.contains("participates_in") && $0.contains(" luis-castro") && $0.contains("president-of-chile") }, "\(F.edges(two))")
    }

    @Test func aCityBeforeAnEventNounNamesTheEvent() throws {
        let c = try F.candidates("""
            LIMA, March 7. The President of Peru, Luis Castro, said Peru stands ready to ensure the success of the Santiago summit, and supports Chile in its role as chair.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("supports santiago") }, "\(F.edges(c))")
    }

    @Test func aNextEventNamedLaterIsNotTheCurrentOne() throws {
        let c = try F.candidates("""
            QUITO, March 7. The President of Ecuador, Marco Vega, met the President of Peru, Luis Castro, in Quito on Thursday. The leaders agreed that the 9th Summit of the Andean Community will be held in Lima in October. After the summit, the guests toured the old town. In the evening, Marco Vega hosted an official dinner.
            """)
        #expect(F.edges(c).contains { $0.hasPrefix("held_in 9th-summit-of-the-andean-community lima planned") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.hasPrefix("part_of official-dinner 9th") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("hosts marco-vega official-dinner occurred") }, "\(F.edges(c))")
        // Days away, the planned summit is the one a report of arrivals is about.
        let eve = try F.candidates("""
            QUITO, March 7. The President of Peru, Luis Castro, arrived in Quito on Thursday. The 9th Summit of the Andean Community will be held in Quito on March 9 and 10. Marco Vega, the President of Ecuador, will host a dinner for the leaders.
            """)
        #expect(F.edges(eve).contains { $0.hasPrefix("part_of dinner 9th-summit-of-the-andean-community") || $0.contains("dinner 9th-summit") }, "\(F.edges(eve))")
    }

    @Test func anEventDatedYearsBackIsBackground() throws {
        let c = try F.candidates("""
            NAIROBI, March 7. Then Prime Minister of India Ravi Sen visited Kenya in 2011. The bloc traces its history to the Lima Agreement of 2009, signed by then-President of Peru Carlos Rivas. The Prime Minister of India, Anil Rao, visited Kenya in January. Anil Rao met the President of Kenya, John Mwangi, in Nairobi on Thursday.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("visits ravi-sen") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.contains("carlos-rivas lima-agreement") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("visits anil-rao kenya occurred 2024-01") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("met anil-rao john-mwangi occurred 2024-03-07") }, "\(F.edges(c))")
    }

    @Test func aSecretaryGeneralHeadsTheOrganisation() throws {
        // The schema's head_of: heads a state or an organisation; never "the head of state".
        let c = try F.candidates("""
            OSLO, March 7. The Secretary General of the Nordic Trade Council, Halla Lind, met the Prime Minister of Norway, Astrid Berg, on Thursday. Later the head of government met the Secretary-General of the Arctic Fisheries Commission, Ole Dahl.
            """)
        #expect(F.edges(c).contains { $0.hasPrefix("head_of halla-lind nordic-trade-council ongoing") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("head_of ole-dahl arctic-fisheries-commission ongoing") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("met astrid-berg ole-dahl") || $0.hasPrefix("met ole-dahl astrid-berg") }, "\(F.edges(c))")
    }

    @Test func anEventOfANamedBodyIsNotTheBody() throws {
        let c = try F.candidates("""
            LIMA, March 7. Chile will host the next meeting of foreign ministers of the Andean Dialogue in Santiago. Peru hosted the Andean Dialogue's first leaders' summit in Lima.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("hosts chile andean-dialogue") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.hasPrefix("hosts peru andean-dialogue") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.hasPrefix("participates_in chile andean-dialogue planned") }, "\(F.edges(c))")
    }

    @Test func theAgentsOfAPassiveAreNoSubjectOfANounCue() throws {
        // Both agents, the second after "and" and a title the reader does not know as a name.
        let c = try F.candidates("""
            OSLO, March 7. The summit, co-chaired by Nordic Council President Astrid Berg and Finnish President Timo Lahti, closed shortly after 17:00 with the adoption of the Oslo Joint Declaration.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("adopted astrid-berg") || $0.hasPrefix("adopted timo-lahti") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("head_of timo-lahti finland") }, "\(F.edges(c))")
    }

    @Test func theDayAVisitEndsDoesNotMakeItAPlan() throws {
        let c = try F.candidates("LIMA, March 8. The working visit of the President of Chile to Peru will conclude on Sunday, March 10.")
        #expect(F.edges(c).contains { $0.hasPrefix("visits president-of-chile peru occurred") }, "\(F.edges(c))")
    }

    @Test func cooperationAgreedIsUnderWay() throws {
        let c = try F.candidates("LIMA, March 7. The two presidents agreed that Peru and Chile would expand cooperation in energy and fisheries.")
        #expect(F.edges(c).contains { $0.hasPrefix("cooperates_with peru chile ongoing") || $0.hasPrefix("cooperates_with chile peru ongoing") }, "\(F.edges(c))")
    }

    @Test func anAdverbBetweenBeAndAParticipleKeepsItPassive() throws {
        let c = try F.candidates("""
            TASHKENT, March 7. The Foreign Minister of Peru, Ana Soto, held talks with the Foreign Minister of Chile, Pablo Ortiz, and was later received by the President of Uzbekistan, Timur Aliev.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("met pablo-ortiz timur-aliev") }, "\(F.edges(c))")
        // And its patient is the subject of the verb before "and was", not that verb's object.
        #expect(F.edges(c).contains { $0.hasPrefix("met timur-aliev ana-soto occurred") }, "\(F.edges(c))")
    }

    @Test func aPassivesAgentIsNoNameInsideALongerOne() throws {
        let c = try F.candidates("ASTANA, March 7. Leaders attended the Kazakhstan Business Forum, organised by Kazakh Invest and Business Finland.")
        #expect(!F.edges(c).contains { $0.hasPrefix("organizes finland") }, "\(F.edges(c))")
    }

    @Test func aTitleAloneIsWhoeverAloneHoldsIt() throws {
        // Two foreign ministers named: "the Foreign Minister" is neither for sure.
        let c = try F.candidates("""
            BAKU, March 7. The Foreign Minister of Peru, Ana Soto, met the Foreign Minister of Chile, Pablo Ortiz, and Prince Faisal bin Omar Al Rashid, the Foreign Minister of Jordan. The Foreign Minister will travel to Astana tomorrow.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("visits") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("holds_role faisal-bin-omar-al-rashid jordan") }, "\(F.edges(c))")
    }

    @Test func aProposalPlacesNothingYet() throws {
        let c = try F.candidates("ASHGABAT, March 7. The President of Peru, Luis Castro, proposed to hold a Peru + Chile Energy Forum in Lima next year.")
        #expect(F.edges(c).contains { $0.hasPrefix("proposed luis-castro peru-chile-energy-forum") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.hasPrefix("held_in") }, "\(F.edges(c))")
    }

    @Test func theHeadsOfStatesAreNotTheStates() throws {
        let c = try F.candidates("ASTANA, August 9. Following the talks, the heads of the five Central Asian states signed a Joint Statement on Water.", published: "2024-08-09")
        #expect(!F.edges(c).contains { $0.hasPrefix("adopted kazakhstan") || $0.hasPrefix("participates_in kazakhstan") }, "\(F.edges(c))")
    }

    @Test func anotherStatesOwnSummitIsNotTheArticlesOwn() throws {
        let c = try F.candidates("""
            LIMA, March 7. The President of Peru, Luis Castro, chaired the Andean Summit in Lima on Friday. Brazil's own summit with the region, in Brasilia in June, was larger.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("held_in andean-summit brasilia") }, "\(F.edges(c))")
        #expect(F.edges(c).contains { $0.hasPrefix("held_in andean-summit lima") }, "\(F.edges(c))")
    }

    @Test func aRelativeClauseAfterAnUnreadNameNamesNoSubject() throws {
        let c = try F.candidates("""
            TOKYO, May 13. His Highness the Crown Prince, who is visiting on behalf of the Emir of Kuwait, Sheikh Nasser Al Sabah, arrived in Tokyo on Monday.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("visits nasser-al-sabah") }, "\(F.edges(c))")
    }

    @Test func wherePlannedEventIsHeldIsPlanned() throws {
        let c = try F.candidates("SEOUL, March 7. The first Korea-Chile Summit will be hosted by South Korea in Seoul, the presidential office said.")
        #expect(F.edges(c).contains { $0.hasPrefix("held_in first-korea-chile-summit seoul planned") || $0.hasPrefix("held_in korea-chile-summit seoul planned") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.hasPrefix("held_in") && $0.contains(" occurred") }, "\(F.edges(c))")
    }

    @Test func andTheOfficeIsAnotherPerson() throws {
        let c = try F.candidates("""
            TOKYO, March 7. The President of Peru, Luis Castro, opened the forum. In the presence of the President of Peru and the Prime Minister of Japan, documents were signed.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("head_of luis-castro japan") }, "\(F.edges(c))")
    }

    @Test func aDialogueCalledForHasNoMembersYet() throws {
        let c = try F.candidates("LIMA, March 7. The President of Peru, Luis Castro, called for the establishment of a Peru – Chile Energy Dialogue.")
        #expect(F.edges(c).contains { $0.hasPrefix("proposed luis-castro peru-chile-energy-dialogue") }, "\(F.edges(c))")
        #expect(!F.edges(c).contains { $0.hasPrefix("participates_in") }, "\(F.edges(c))")
    }

    @Test func aNumberedSittingOfABodyIsNotTheSummit() throws {
        let c = try F.candidates("""
            LIMA, March 7. The President of Peru, Luis Castro, chaired the Andean Summit in Lima. The 12th meeting of the Peru–Chile Intergovernmental Commission will be held in Santiago in April.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("held_in andean-summit santiago") }, "\(F.edges(c))")
    }

    @Test func whetherLeavesItOpen() throws {
        let c = try F.candidates("LIMA, March 7. Officials declined to say whether Chilean President Ana Maria Soto would travel to Peru for the summit.")
        #expect(!F.edges(c).contains { $0.hasPrefix("visits") }, "\(F.edges(c))")
    }

    @Test func aForumChairedNowIsABodyNotAMeeting() throws {
        let text = "SUVA, May 4 - Prime Minister Anthony Albanese of Australia held talks with Fijian Prime Minister "
            + "Sitiveni Rabuka, who currently chairs the Melanesian Spearhead Forum, in Suva on Monday. "
            + "Brazil is hosting the Amazon Summit, where President Lula of Brazil, who chairs the summit, spoke."
        let edges = F.edges(try F.candidates(text, published: "2026-05-05"))
        #expect(!edges.contains { $0.contains("melanesian-spearhead-forum") })
        #expect(edges.contains("met anthony-albanese sitiveni-rabuka occurred 2026-05-04"))
        #expect(edges.contains { $0.hasPrefix("chairs lula amazon-summit occurred") })
    }
}
