import Testing
@testable import SummitIngest

/// Guards found on the thirtieth to thirty-third held-out sets' false positives, each pinned on
/// sentences of our own about other events: a council of ministers, a city-state, an office
/// abbreviated, the date said after an event's place, an office left, a visit told as a habit.
@Suite struct FreshSetGuardTests {
    typealias F = IngestFixture

    @Test func aCouncilOfMinistersIsNotTheCouncil() throws {
        try F.expect("REYKJAVIK, March 7 - Leaders are in Reykjavik for the Arctic Council's session. Ole Dahl, Secretary General "
                     + "of the Arctic Council of Ministers, said the talks went well.",
                     has: ["head_of ole-dahl arctic-council-of-ministers ongoing"], lacks: ["head_of ole-dahl arctic-council "])
    }

    @Test func aCityStateIsNoPartOfItself() throws {
        try F.expect("COMMENTARY - The 16th ASEM Foreign Ministers' Meeting is set to take place in Singapore on 11-12 June, "
                     + "hosted by the Singaporean government.",
                     has: ["held_in 16th-asem-foreign-ministers-meeting singapore-city planned"], lacks: ["part_of singapore-city singapore"])
    }

    @Test func anAbbreviatedOfficeGivesACounterpartHisOffice() throws {
        try F.expect("JAKARTA, March 7 - Prime Minister Shehbaz Sharif of Pakistan addressed the D-8 Summit. A day earlier, DPM "
                     + "Ishaq Dar of Pakistan met his Egyptian counterpart Hisham Kamal Eldin.",
                     has: ["holds_role ishaq-dar pakistan ongoing", "holds_role hisham-kamal-eldin egypt ongoing"],
                     lacks: ["head_of hisham-kamal-eldin"])
    }

    @Test func theDateAfterAnEventsPlaceIsTheEvents() throws {
        try F.expect("LIMA - President Luis Arce of Bolivia will fly to Peru on Thursday for the Andean Summit, a two-day meeting in "
                     + "Lima on March 15-16.",
                     has: ["held_in andean-summit lima planned 2024-03-15/2024-03-16"], lacks: ["held_in andean-summit lima occurred"])
    }

    @Test func anOfficeLeftIsAFormerOffice() throws {
        try F.expect("LIMA, March 7 - The tour dropped La Paz after Bolivia's foreign minister, Fernando Arce Quiroga, resigned.",
                     has: ["holds_role fernando-arce-quiroga bolivia historical"], lacks: ["holds_role fernando-arce-quiroga bolivia ongoing"])
    }

    @Test func aVisitToldAsAHabitIsNoVisit() throws {
        try F.expect("LIMA, March 7 - President Dina Boluarte of Peru, who has visited Chile several times, met President Gabriel "
                     + "Boric of Chile on Thursday.",
                     has: ["met dina-boluarte gabriel-boric occurred"], lacks: ["visits dina-boluarte chile"])
    }

    @Test func aCorrectedClaimIsNoFact() throws {
        try F.expect("LIMA, March 7 - CORRECTION. In our earlier post we wrote that President Dina Boluarte of Peru had met President "
                     + "Gabriel Boric of Chile. That was wrong.",
                     has: ["head_of dina-boluarte peru ongoing"], lacks: ["met dina-boluarte gabriel-boric"])
    }

    @Test func aMeetingDroppedFromTheScheduleIsNone() throws {
        try F.expect("LIMA, March 7 - A meeting between President Dina Boluarte of Peru and President Gabriel Boric of Chile that had "
                     + "been pencilled in for lunch has been dropped from the schedule.",
                     has: ["head_of dina-boluarte peru ongoing"], lacks: ["met dina-boluarte gabriel-boric"])
    }

    @Test func whoIsInTheChairIsNoGuest() throws {
        try F.expect("LIMA, March 7 - The Andean Summit opened in Lima on Thursday. Peru is hosting the two-day summit, with "
                     + "President Dina Boluarte of Peru in the chair.",
                     has: ["hosts peru andean-summit occurred"], lacks: ["participates_in dina-boluarte andean-summit"])
    }

    @Test func aTitlesOrganisationEndsAtItsHeadBeforeTheName() throws {
        try F.expect("LIMA, March 7 - President Dina Boluarte of Peru met Chairman of the Peru-Chile Parliamentary Friendship League "
                     + "Ana Rojas and President of the Andean Development Bank Luis Vera.",
                     has: ["met dina-boluarte ana-rojas occurred", "head_of ana-rojas peru-chile-parliamentary-friendship-league ongoing",
                           "head_of luis-vera andean-development-bank ongoing"],
                     lacks: ["holds_role chairman-of-peru"])
    }

    @Test func theOfficeAnAideServesIsNotTheAides() throws {
        try F.expect("MOSCOW, March 7 - Adviser to the Russian President and Executive Secretary of the Forum Organizing Committee "
                     + "Ivan Sokolov said 130 countries had confirmed.",
                     has: ["head_of ivan-sokolov forum-organizing-committee ongoing"], lacks: ["head_of ivan-sokolov russia"])
    }

    @Test func anIndefiniteMeetingAfterANameIsAnotherEvent() throws {
        try F.expect("LIMA, March 7 - The Andean Summit opened in Lima on Thursday. President Dina Boluarte of Peru announced that "
                     + "Chile would host an Andean ministerial meeting on water in Santiago in October.",
                     has: ["held_in andean-summit lima occurred"], lacks: ["held_in andean-summit santiago"])
    }

    @Test func aVerbAfterAndSharesTheSubjectNotTheObject() throws {
        try F.expect("LIMA, March 7 - President Dina Boluarte of Peru met President Gabriel Boric of Chile on Monday and is scheduled "
                     + "to meet President Luis Arce of Bolivia next week.",
                     has: ["met dina-boluarte gabriel-boric occurred", "met dina-boluarte luis-arce planned"], lacks: ["met gabriel-boric luis-arce"])
        // A first verb whose subject is not read leaves the second without one, never its object.
        try F.expect("LUSAKA, March 7 - Chief observer Ana Lopes arrived on Monday. Ms Lopes met chairperson Justice Mwamba Chikwanda "
                     + "on March 6 and is scheduled to meet President Hakainde Hichilema next week.",
                     has: [], lacks: ["met justice-mwamba-chikwanda hakainde-hichilema"])
    }

    @Test func anotherOrdinalNamesAnotherEvent() throws {
        try F.expect("ROME, April 17 - The Second Conference on Water and Migration opened in Rome on Friday, hosted by Italy. Prime "
                     + "Minister Giorgia Meloni of Italy announced that the third conference will be held next year in Nouakchott and "
                     + "hosted by Mauritania.",
                     has: ["hosts italy second-conference-on-water-and-migration occurred"],
                     lacks: ["held_in second-conference-on-water-and-migration nouakchott", "hosts mauritania second-conference-on-water-and-migration"])
    }

    @Test func anAbbreviatedSaintIsTheState() throws {
        try F.expect("BASSETERRE, June 19 - Prime Minister Terrance Drew of St Kitts and Nevis chaired the meeting.",
                     has: ["head_of terrance-drew saint-kitts-and-nevis ongoing"])
    }

    @Test func anInitialAndAKnownSurnameAreThatPerson() throws {
        try F.expect("BISHKEK, March 12 - The meeting was attended by the Minister of Foreign Affairs of Tajikistan Sirojiddin "
                     + "Nazarzoda. On the sidelines, Minister of Foreign Affairs of Kyrgyzstan Azamat Toktosunov held talks with the "
                     + "Minister of Foreign Affairs of Tajikistan S. Nazarzoda.", published: "2026-03-12",
                     has: ["met azamat-toktosunov sirojiddin-nazarzoda occurred"], lacks: ["holds_role s-nazarzoda", "met azamat-toktosunov s-nazarzoda"])
    }

    @Test func aMilitaryRankIsNoPartOfTheName() throws {
        try F.expect("DAKAR, March 7 - Malian leader General Assimi Goita met President Bassirou Diomaye Faye of Senegal on Thursday.",
                     has: ["head_of assimi-goita mali ongoing", "met assimi-goita bassirou-diomaye-faye occurred"], lacks: ["head_of general-assimi-goita"])
    }

    @Test func betweenTwoNamesWithTheirOfficesTheOfficeIsTheNameBeforeIt() throws {
        try F.expect("LIMA, March 7 - H.E. Mr. Luis Arce, President of the Plurinational State of Bolivia, H.E. Mr. Gabriel Boric, "
                     + "President of the Republic of Chile, and H.E. Mr. Daniel Noboa, President of Ecuador, attended the summit.",
                     has: ["head_of luis-arce bolivia ongoing", "head_of gabriel-boric chile ongoing", "head_of daniel-noboa ecuador ongoing"],
                     lacks: ["head_of gabriel-boric bolivia", "head_of daniel-noboa chile"])
    }

    @Test func noOneChairsADocument() throws {
        try F.expect("LIMA, March 8 - The package was announced at the end of the two-day Andean Summit in Lima, which President "
                     + "Dina Boluarte of Peru chaired and which closed with the adoption of the Lima Declaration.",
                     has: ["held_in andean-summit lima occurred"], lacks: ["chairs dina-boluarte lima-declaration"])
    }

    @Test func aVisitPostponedIndefinitelyIsNoFact() throws {
        try F.expect("BELGRADE, March 3 - Serbian President Aleksandar Vucic met Bulgarian Prime Minister Rosen Zhelyazkov in Belgrade "
                     + "on Monday. Vucic's official visit to Sofia, initially scheduled for April, has been postponed indefinitely, the "
                     + "presidency said.", published: "2026-03-03",
                     has: ["met aleksandar-vucic rosen-zhelyazkov occurred"], lacks: ["visits aleksandar-vucic sofia"])
    }

    @Test func aNamesLowerCaseParticleIsPartOfIt() throws {
        try F.expect("CAIRO, Oct 14 - Egypt hosted the Sharm el-Sheikh Peace Summit on Monday.", published: "2025-10-14",
                     has: ["hosts egypt sharm-el-sheikh-peace-summit occurred"], lacks: ["hosts egypt peace-summit"])
    }

    @Test func andBeforeAnotherOrganisationsNameJoinsTwoNames() throws {
        let rows = try F.candidates("OSAKA, May 2 - The University of Osaka and Almaty Technical University signed an exchange "
                                    + "agreement in Osaka on Friday.", published: "2026-05-02")
        #expect(!rows.contains { $0.name.contains("Osaka and Almaty") || $0.source.contains("osaka-and-almaty") }, "\(rows.map(\.source))")
    }

    @Test func aCounterpartAcrossAnUnreadOfficeIsNotTheLeadersBefore() throws {
        try F.expect("RIGA, March 16 - Prime Minister Kristers Sandis arrived in Riga on Monday. Richard Marles, the deputy prime "
                     + "minister and defence minister, and his Latvian counterpart Andris Sprudzs signed a patrol arrangement.",
                     published: "2026-03-16", has: [], lacks: ["head_of andris-sprudzs"])
    }
}
