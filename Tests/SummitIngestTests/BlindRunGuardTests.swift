import Testing
@testable import SummitIngest

/// Guards found on the twentieth and twenty-first held-out sets' false positives, each pinned on
/// sentences of our own about other events: an aide of a leader, who accepts an invitation, an
/// adoption still to come, a participle's subject, a chair among those taking part, a run of name
/// particles, a comma that opens a clause, an event still ahead, offices held years back; and,
/// from the earlier sets read again, who was unable to travel, an event proposed, another's summit,
/// the same day after a year, a meeting not on the schedule, a format's name before a noun, "there
/// were no talks", a name read back across a portfolio; and from the twenty-second and
/// twenty-third: an offer, an ordinal meeting, offices a decade back, one's own state, a demonym
/// after an object, a possessive state before an office, a name running into a title, an initial,
/// an indefinite meeting, a name that ran on into its place, a number word opening a name, a day
/// "of that year", a second infinitive, a visit being prepared; and a recall rule, a visit that
/// names no destination; from the twenty-fifth, the leaders of states, a declaration's venue; from
/// the twenty-fourth, the meeting after talks, a member of a house, two titles of one person, the
/// destination before an infinitive; from the twenty-sixth, an ordinal before a format's summit;
/// from the twenty-seventh, a senator's title; from the twenty-ninth, two titles joined by "and".
@Suite struct BlindRunGuardTests {
    typealias F = IngestFixture

    func expect(_ text: String, published: String = "2024-03-08", has: [String], lacks: [String] = [],
                sourceLocation: SourceLocation = #_sourceLocation) throws {
        try F.expect(text, published: published, has: has, lacks: lacks, sourceLocation: sourceLocation)
    }

    @Test func anAideOfALeaderHoldsARoleInTheState() throws {
        try expect("LIMA, March 3 - Press Secretary of the President of Peru Carlos Rojas told reporters that the talks went well.",
                   has: ["holds_role carlos-rojas peru ongoing"], lacks: ["head_of carlos-rojas"])
    }

    @Test func whoAcceptsAnInvitationIsWhoWillVisit() throws {
        try expect("Peruvian President Dina Boluarte accepted the invitation of Chilean President Gabriel Boric "
                   + "to pay an official visit to Chile next year.",
                   has: ["visits dina-boluarte chile planned"], lacks: ["visits gabriel-boric"])
    }

    @Test func anAdoptionStillToComeNamesNoLeader() throws {
        try expect("LIMA, March 3 - President Dina Boluarte of Peru will host the Andean Summit in Lima on Friday. "
                   + "The summit is expected to adopt the Lima Declaration on water.",
                   has: ["adopted andean-summit lima-declaration planned"], lacks: ["adopted dina-boluarte"])
    }

    @Test func aParticipleAfterANounIsThatNounsAndAChairOnlyChairs() throws {
        let chaired = "QUITO, May 8 - President Daniel Noboa of Ecuador chaired the Andean Summit in Quito on Friday. "
        try expect(chaired + "In the evening a dinner was hosted by Noboa at the Carondelet Palace in honour of the heads of state "
                   + "participating in the summit.",
                   has: ["chairs daniel-noboa andean-summit occurred"], lacks: ["participates_in daniel-noboa"])
        try expect(chaired + "President Gustavo Petro of Colombia and Noboa took part in the summit.",
                   has: ["participates_in gustavo-petro andean-summit occurred"], lacks: ["participates_in daniel-noboa"])
    }

    @Test func aNameReadBackFromItsAppositionKeepsItsParticles() throws {
        try expect("The bloc will be represented by Antonio Costa, the president of the European Council, "
                   + "and Ursula von der Leyen, the president of the European Commission.",
                   has: ["head_of ursula-von-der-leyen european-commission ongoing"], lacks: ["head_of leyen"])
    }

    @Test func aCommaAndAfterTheFirstObjectOpensAnotherClause() throws {
        try expect("OSLO, May 8 - Norwegian Foreign Minister Espen Barth Eide held a separate meeting with Swedish "
                   + "Foreign Minister Maria Stenergard, and Danish Foreign Minister Lars Lokke Rasmussen and Finnish Foreign Minister Elina "
                   + "Valtonen discussed Arctic shipping.",
                   has: ["met espen-barth-eide maria-stenergard occurred"],
                   lacks: ["met espen-barth-eide lars-lokke-rasmussen", "met espen-barth-eide elina-valtonen"])
    }

    @Test func anEventNamedAheadIsNotTheArticles() throws {
        try expect("OSLO, 23 April - Nordic foreign ministers gathered in Oslo today ahead of the Arctic Summit. "
                   + "On Wednesday evening, Norwegian Foreign Minister Espen Barth Eide hosted an official reception in honour of the delegations.",
                   published: "2026-04-23",
                   has: ["hosts espen-barth-eide official-reception occurred"], lacks: ["part_of official-reception arctic-summit"])
    }

    @Test func officesInASentenceDatedYearsBackAreFormer() throws {
        try expect("The group takes its name from the town of Tartu, where Estonian President Lennart Meri and "
                   + "Latvian President Guntis Ulmanis signed a declaration on cooperation in May 1994. Estonian President Alar Karis, attending "
                   + "his first summit since his country joined the council in July 2021, met Latvian President Edgars Rinkevics.",
                   published: "2026-05-08",
                   has: ["head_of lennart-meri estonia historical", "head_of guntis-ulmanis latvia historical",
                         "head_of alar-karis estonia ongoing", "head_of edgars-rinkevics latvia ongoing"])
    }

    @Test func whoWasUnableToTravelDidNotVisit() throws {
        try expect("NEW DELHI, June 7 - Later that day, Foreign Minister Jeenbek Kulubaev of Kyrgyzstan spoke with Foreign Minister "
                   + "Murat Nurtleu of Kazakhstan, who was unable to travel to New Delhi.",
                   has: ["holds_role murat-nurtleu kazakhstan ongoing"], lacks: ["visits murat-nurtleu"])
    }

    @Test func anEventProposedIsHeldNowhereYet() throws {
        try expect("ASHGABAT, May 8 - President Serdar Berdimuhamedov of Turkmenistan thanked the hosts. "
                   + "He also proposed to hold a Caspian Energy Forum in Ashgabat next year.",
                   has: ["head_of serdar-berdimuhamedov turkmenistan ongoing"], lacks: ["held_in caspian-energy-forum"])
    }

    @Test func aSummitOfSomeoneWithNoPartInTheCurrentOneIsAnother() throws {
        try expect("TOKYO, Dec. 20 - President Kassym-Jomart Tokayev of Kazakhstan and President Sadyr Japarov of Kyrgyzstan took part in "
                   + "the first Central Asia plus Japan summit in Tokyo on Saturday. Russian President Vladimir Putin's summit with the region, "
                   + "in Dushanbe in October, was about gas. Japan's summit with the region was chaired by Prime Minister Sanae Takaichi.",
                   published: "2025-12-20",
                   has: ["held_in central-asia-plus-japan-summit tokyo occurred", "chairs sanae-takaichi central-asia-plus-japan-summit occurred"],
                   lacks: ["held_in central-asia-plus-japan-summit dushanbe"])
    }

    @Test func theSameDayIsTheLastDaySaidNotAYear() throws {
        try expect("TASHKENT, May 8 - President Shavkat Mirziyoyev of Uzbekistan met business leaders on Friday. "
                   + "The first stage of the plant is to be commissioned in 2028.\n\n"
                   + "On the same day, Mirziyoyev was received by President Rumen Radev of Bulgaria at the palace.",
                   published: "2026-05-08",
                   has: ["met rumen-radev shavkat-mirziyoyev occurred 2026-05-08"], lacks: ["met rumen-radev shavkat-mirziyoyev planned"])
    }

    @Test func aMeetingNotOnTheScheduleIsNoFact() throws {
        try expect("MOSCOW, May 8 - Kremlin spokesman Dmitry Peskov told reporters that a meeting between President Vladimir Putin "
                   + "of Russia and Prime Minister Shehbaz Sharif of Pakistan was not on the schedule.",
                   has: ["head_of vladimir-putin russia ongoing"], lacks: ["met vladimir-putin"])
    }

    @Test func aFormatsNameBeforeANounModifiesIt() throws {
        try expect("HELSINKI, May 8 - Finland hosted the Nordic plus Japan Dialogue summit in Helsinki on Friday. "
                   + "President Alexander Stubb of Finland proposed setting up Nordic plus Japan Dialogue platforms for students.",
                   published: "2026-05-08",
                   has: ["hosts finland nordic-plus-japan-dialogue-summit occurred", "held_in nordic-plus-japan-dialogue-summit helsinki occurred",
                         "part_of nordic-plus-japan-dialogue-summit nordic-plus-japan-dialogue ongoing"],
                   lacks: ["hosts finland nordic-plus-japan-dialogue ", "proposed alexander-stubb nordic-plus-japan-dialogue"])
    }

    @Test func thereWereNoTalksIsNoMeeting() throws {
        try expect("LIMA, Nov. 16 - Officials confirmed there were no formal talks between President Lee Jae-myung of South Korea "
                   + "and President Gabriel Boric of Chile. There was no bilateral meeting between Boric and Lee either.",
                   has: ["head_of gabriel-boric chile ongoing"], lacks: ["met "])
    }

    @Test func aNameAfterAPortfolioIsNotReadBackAcrossIt() throws {
        try expect("ULAANBAATAR, Sept. 27 - On 26 September, Foreign Minister Dashdorj Ariunbold of Mongolia met High Representative "
                   + "of the European Union for Foreign Affairs and Security Policy Kaja Kallas, former Prime Minister of Estonia.",
                   published: "2026-09-27",
                   has: ["holds_role dashdorj-ariunbold mongolia ongoing"], lacks: ["head_of security-policy", "met dashdorj-ariunbold security-policy"])
    }

    @Test func anOfferIsNoFactAndAnOrdinalMeetingOfAnythingIsNotTheSummit() throws {
        try expect("BISHKEK, Dec. 20 - President Sadyr Japarov of Kyrgyzstan took part in the Central Asia plus Japan summit in Tokyo. "
                   + "According to the President, Kyrgyzstan is ready to hold the first meeting of the platform in Bishkek, should the partners support the idea.",
                   published: "2025-12-20",
                   has: ["held_in central-asia-plus-japan-summit tokyo occurred"], lacks: ["held_in central-asia-plus-japan-summit bishkek"])
    }

    @Test func officesADecadeBackAreFormerNotFiveYearsBack() throws {
        try expect("COLOMBO, Dec. 8 - In March 2020 Prime Minister Narendra Modi of India hosted a video conference of SAARC leaders. "
                   + "In May 1994 President Chandrika Kumaratunga of Sri Lanka met him.", published: "2025-12-08",
                   has: ["head_of narendra-modi india ongoing", "head_of chandrika-kumaratunga sri-lanka historical"])
    }

    @Test func noOneVisitsTheirOwnStateNorADemonymAfterTheObject() throws {
        try expect("TOKYO, Dec. 21 - President Kassym-Jomart Tokayev of Kazakhstan met Prime Minister Sanae Takaichi of Japan. "
                   + "On the sidelines of Tokayev's visit to Japan, Kazakh and Japanese companies signed agreements. Tokayev flew to Astana.",
                   published: "2025-12-21",
                   has: ["visits kassym-jomart-tokayev japan occurred"], lacks: ["visits kassym-jomart-tokayev kazakhstan", "visits kassym-jomart-tokayev astana"])
    }

    @Test func anOfficeAfterAPossessiveStateOpensANewPerson() throws {
        try expect("NEW DELHI, March 3 - Among the other ministers attending this year are Greek Foreign Minister George Gerapetritis "
                   + "and New Zealand's Deputy Prime Minister and Foreign Minister Winston Peters.",
                   has: ["holds_role george-gerapetritis greece ongoing"], lacks: ["holds_role george-gerapetritis new-zealand"])
    }

    @Test func aNameEndsWhereAnotherTitleOpensAndAnInitialIsAName() throws {
        try expect("ANNING, Aug. 14 - The Meeting was co-chaired by H.E. Wang Yi, Member of the Political Bureau of the Central Committee "
                   + "of the Communist Party of China and Minister of Foreign Affairs of the People's Republic of China.",
                   has: ["part_of communist-party-of-china china ongoing"], lacks: ["part_of central-committee-of-the-communist-party-of-china-and"])
        try expect("NEW DELHI, May 8 - India's External Affairs Minister S. Jaishankar met Foreign Minister Penny Wong of Australia.",
                   has: ["holds_role s-jaishankar india ongoing", "met s-jaishankar penny-wong occurred"], lacks: ["holds_role s india"])
    }

    @Test func anIndefiniteMeetingOnceTheArticleHasItsEventIsAnother() throws {
        try expect("KINGSTON, Nov. 5 - Prime Minister Andrew Holness of Jamaica had planned to attend the Summit of the Americas in Punta Cana. "
                   + "Holness will instead chair a special virtual meeting of CARICOM heads of government on Friday.", published: "2025-11-05",
                   has: ["chairs andrew-holness special-virtual-meeting planned"], lacks: ["chairs andrew-holness summit-of-the-americas"])
    }

    @Test func aNameWithOfEndsBeforeInAndAPlace() throws {
        try expect("PUNTA CANA, Nov. 5 - President Luis Abinader of the Dominican Republic hosted the Summit of the Americas in Punta Cana on Friday.",
                   published: "2025-11-08",
                   has: ["hosts luis-abinader summit-of-the-americas occurred"], lacks: ["hosts luis-abinader summit-of-the-americas-in"])
    }

    /// Found by the ingest fuzz target: a name read from past the sentence's last token.
    @Test func anEventPhraseThatEndsTheSentenceReads() throws {
        try expect("TOKYO, Dec. 20 - President Sadyr Japarov of Kyrgyzstan gathered with others for the first summit of the",
                   published: "2025-12-20", has: ["part_of tokyo japan ongoing"])
    }

    @Test func aNumberWordInsideASentenceMayOpenAName() throws {
        try expect("WARSAW, April 29 - The 10th Three Seas Initiative Summit was held in Warsaw on Monday. Three presidents spoke.",
                   published: "2025-04-29",
                   has: ["held_in 10th-three-seas-initiative-summit warsaw occurred"], lacks: ["held_in seas-initiative-summit"])
    }

    @Test func aDayOfThatYearIsInTheYearSaidLast() throws {
        try expect("MINSK, Dec. 21 - President Alexander Lukashenko of Belarus and President Vladimir Putin of Russia met in Minsk on Monday. "
                   + "The Commonwealth was founded in December 1991. On December 8 of that year the leaders of Russia, Belarus and Ukraine "
                   + "signed the Belovezha Accords.", published: "2026-12-21",
                   has: ["met alexander-lukashenko vladimir-putin occurred 2026-12-21"],
                   lacks: ["participates_in vladimir-putin belovezha-accords", "participates_in alexander-lukashenko belovezha-accords"])
    }

    @Test func aSecondInfinitiveSharesTheFirstsCue() throws {
        try expect("SEOUL, Dec. 1 - Uzbek President Shavkat Mirziyoyev is expected both to attend and to pay a state visit to "
                   + "South Korea in the days before the summit.", published: "2025-12-01",
                   has: ["visits shavkat-mirziyoyev south-korea planned"], lacks: ["visits shavkat-mirziyoyev south-korea occurred"])
    }

    @Test func aVisitBeingPreparedIsAPlan() throws {
        try expect("SEOUL, Jan. 5 - The ministers discussed preparations for President Lee Jae-myung's visit to Japan. "
                   + "Ahead of the summit, President Vladimir Putin of Russia met President Xi Jinping of China.", published: "2026-01-05",
                   has: ["visits lee-jae-myung japan planned", "met vladimir-putin xi-jinping occurred"], lacks: ["visits lee-jae-myung japan occurred"])
    }

    @Test func aVisitThatNamesNoDestinationIsToWhereTheNewsIs() throws {
        try expect("TOKYO, Dec. 20 - Leaders met. Tajik President Emomali Rahmon, who arrived Thursday on an official visit, was received "
                   + "by Emperor Naruhito on Friday. President Alexander Stubb of Finland, who has been in Kazakhstan since Monday on a state "
                   + "visit, spoke. Prime Minister Sanae Takaichi of Japan, on a brief visit, said little.", published: "2025-12-20",
                   has: ["visits emomali-rahmon japan occurred", "visits alexander-stubb kazakhstan occurred"],
                   lacks: ["visits alexander-stubb japan", "visits sanae-takaichi"])
    }

    @Test func theSameDayIsNoDayAWeekAhead() throws {
        try expect("ASHGABAT, Oct. 10 - The next meeting of the Council will be held on 9 October 2026 in Ashgabat. On the same day, "
                   + "President Serdar Berdimuhamedov of Turkmenistan received President Vladimir Putin of Russia.", published: "2025-10-10",
                   has: ["met serdar-berdimuhamedov vladimir-putin occurred"], lacks: ["met serdar-berdimuhamedov vladimir-putin planned"])
    }

    @Test func theLeadersOfStatesAreNotTheStatesAndADeclarationIsHeldNowhere() throws {
        try expect("TOKYO, Dec 20, 2025 (AFP) - The leaders of Japan and the five Central Asian republics on Saturday adopted a declaration "
                   + "in Tokyo promising closer cooperation. President Kassym-Jomart Tokayev of Kazakhstan hailed it.", published: "2025-12-20",
                   has: ["head_of kassym-jomart-tokayev kazakhstan ongoing"],
                   lacks: ["adopted kazakhstan", "adopted japan", "held_in tokyo-declaration"])
    }

    @Test func theMeetingAfterTalksIsTheTalksAndAMemberIsATitle() throws {
        try expect("TOKYO, Dec. 20 - President Sadyr Japarov of Kyrgyzstan took part in the first Central Asia plus Japan summit. He "
                   + "congratulated Prime Minister Sanae Takaichi of Japan on the summit. During the talks, the parties discussed energy. "
                   + "Foreign Minister Jeenbek Kulubaev of Kyrgyzstan took part in the meeting. The same day, Japarov met Member of the "
                   + "House of Representatives Hiroshi Kameda.", published: "2025-12-20",
                   has: ["participates_in sadyr-japarov central-asia-plus-japan-summit occurred", "met sadyr-japarov hiroshi-kameda occurred"],
                   lacks: ["participates_in jeenbek-kulubaev"])
    }

    @Test func twoTitlesThenANameAreOnePerson() throws {
        try expect("TOKYO, Dec. 20 - The same day, President Sadyr Japarov of Kyrgyzstan met with the Chairman of the Japan-Kyrgyzstan "
                   + "Parliamentary Friendship League, Member of the House of Representatives Hiroshi Kameda.", published: "2025-12-20",
                   has: ["head_of hiroshi-kameda japan-kyrgyzstan-parliamentary-friendship-league ongoing", "met sadyr-japarov hiroshi-kameda occurred"],
                   lacks: ["met sadyr-japarov chairman-of", "holds_role chairman-of"])
    }

    @Test func wherePeopleGoDoesNotDoTheInfinitive() throws {
        try expect("TOKYO, Dec. 20 - President Sadyr Japarov of Kyrgyzstan, who is on a working visit to Japan to take part in the first "
                   + "Central Asia plus Japan summit, held talks with Prime Minister Sanae Takaichi of Japan.", published: "2025-12-20",
                   has: ["participates_in sadyr-japarov central-asia-plus-japan-summit occurred", "visits sadyr-japarov japan occurred"],
                   lacks: ["participates_in japan central-asia-plus-japan-summit occurred"])
    }

    @Test func anOrdinalBeforeAFormatsSummitIsTheSummits() throws {
        try expect("ASTANA, Dec. 20 - President Kassym-Jomart Tokayev of Kazakhstan took part in the first Nordic plus Japan Dialogue "
                   + "summit, held in Helsinki.", published: "2025-12-20",
                   has: ["participates_in kassym-jomart-tokayev nordic-plus-japan-dialogue-summit occurred",
                         "part_of nordic-plus-japan-dialogue-summit nordic-plus-japan-dialogue ongoing"],
                   lacks: ["part_of first-nordic"])
    }

    @Test func aSenatorsTitleIsNoNameWord() throws {
        try expect("SUVA, March 7 - Senator Penny Wong, the Australian foreign minister, sent a video message.", published: "2026-03-07",
                   has: ["holds_role penny-wong australia ongoing"], lacks: ["holds_role senator-penny-wong"])
    }

    @Test func twoTitlesJoinedByAndThenANameAreOnePerson() throws {
        try expect("TRIESTE, June 12 - Around the table were Ukraine's Foreign Minister Andrii Sybiha, Moldova's Deputy Prime Minister "
                   + "and Foreign Minister Mihai Popsoi, and others.", published: "2026-06-12",
                   has: ["holds_role andrii-sybiha ukraine ongoing", "holds_role mihai-popsoi moldova ongoing"],
                   lacks: ["holds_role andrii-sybiha moldova"])
    }
}
