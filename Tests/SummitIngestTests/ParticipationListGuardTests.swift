import Testing
@testable import SummitIngest

/// Who took part, as the forty-sixth to forty-ninth held-out sets list them, pinned on sentences
/// of our own: an inverted list after the event, "together with" after a participation, "it was
/// attended by", a possessor before a person, an adverb inside a cue, and other groups than the
/// event's participants.
@Suite struct ParticipationListGuardTests {
    typealias F = IngestFixture

    @Test func attendingTheSummitWereTheListed() throws {
        try F.expect("""
            LIMA, March 7 - President Luis Castro of Peru hosted the Second Andean Summit in Lima on Thursday.

            Attending the one-day summit were Chilean President Ana Soto and Bolivian President Luis Arce.

            Among those who attended were Ecuador's President Daniel Noboa and Colombia's President Gustavo Petro.
            """,
                     has: ["participates_in ana-soto second-andean-summit occurred", "participates_in luis-arce second-andean-summit occurred",
                           "participates_in daniel-noboa second-andean-summit occurred", "participates_in gustavo-petro second-andean-summit occurred"])
    }

    @Test func togetherWithAfterAParticipationTookPartToo() throws {
        try F.expect("LIMA, March 7 - Prime Minister Shri Ravi Kumar of India participated today in the Second Andean Summit in Lima, "
                     + "together with Prime Minister of Peru H.E. Mr. Luis Castro and President of Chile H.E. Ms. Ana Soto.",
                     has: ["participates_in ravi-kumar second-andean-summit occurred 2024-03-08",
                           "participates_in luis-castro second-andean-summit occurred", "participates_in ana-soto second-andean-summit occurred"])
    }

    @Test func itWasAttendedByMeansTheEvent() throws {
        try F.expect("""
            LIMA, March 7 - The Second Andean Summit in Lima was chaired by President Luis Castro of Peru.

            Apart from Castro, it was attended by Chilean President Ana Soto and Bolivian President Luis Arce.
            """,
                     has: ["participates_in ana-soto second-andean-summit occurred", "participates_in luis-arce second-andean-summit occurred"])
    }

    @Test func aPossessorBeforeAPersonIsNoItemOfTheList() throws {
        try F.expect("""
            LIMA, March 7 - Peru hosted the Second Andean Summit in Lima on Thursday.

            Among those who attended were Chile's President Ana Soto, Bolivia's Luis Arce and Ecuador's President Daniel Noboa.
            """,
                     has: ["participates_in luis-arce second-andean-summit occurred", "participates_in daniel-noboa second-andean-summit occurred"],
                     lacks: ["participates_in bolivia second-andean-summit"])
    }

    @Test func businessLeadersAreNoParticipantsOfTheSummit() throws {
        try F.expect("""
            LIMA, March 7 - President Luis Castro of Peru and President Ana Soto of Chile attended the Second Andean Summit in Lima on Thursday.

            On Friday, Castro addressed the Andean Business Forum, which was attended by over 300 business leaders.
            """,
                     has: ["participates_in luis-castro second-andean-summit occurred"],
                     lacks: ["participates_in ana-soto andean-business-forum"])
    }

    @Test func twoSubjectsWithAnObjectAfterTheVerbDidNotMeet() throws {
        try F.expect("LIMA, March 7 - Among those at the closing session were President Luis Arce of Bolivia and Chilean President Ana "
                     + "Soto, who received the summit flag on behalf of next year's host.",
                     has: [], lacks: ["met luis-arce ana-soto", "met ana-soto luis-arce"])
    }

    @Test func theOfficialDinnerIsNoSummit() throws {
        try F.expect("""
            LIMA, March 7 - President Luis Castro of Peru chaired the Second Andean Summit in Lima on Friday.

            On the eve of the summit, President Ana Soto of Chile attended the official dinner hosted by Luis Castro at the Palacio de Gobierno.
            """,
                     has: ["hosts luis-castro official-dinner occurred"], lacks: ["hosts luis-castro second-andean-summit"])
    }

    @Test func aPossessiveInsideADocumentsName() throws {
        try F.expect("LUANDA, March 7 - President Joao Lourenco of Angola attended the Summit on Financing Africa's Infrastructure on Thursday.",
                     has: ["participates_in joao-lourenco summit-on-financing-africa-s-infrastructure occurred"])
    }

    @Test func anOfferToHostIsNoPlan() throws {
        try F.expect("WINDHOEK, March 7 - President Netumbo Nandi-Ndaitwah of Namibia said Namibia would be willing to host the next "
                     + "Andean Summit.",
                     has: ["head_of netumbo-nandi-ndaitwah namibia ongoing"], lacks: ["hosts namibia"])
    }

    @Test func aPresidencysHeadOfStateIsItsOwn() throws {
        try F.expect("""
            ASTANA, March 7 - Head of State Kassym-Jomart Tokayev paid an official visit to Japan on Thursday.

            Kassym-Jomart Tokayev was received by Emperor of Japan Naruhito.

            On the same day, the Head of State held talks with Prime Minister of Japan Sanae Takaichi.
            """,
                     has: ["met kassym-jomart-tokayev sanae-takaichi occurred"], lacks: ["met naruhito sanae-takaichi"])
    }

    @Test func aPlaceAfterACommaIsAnotherNouns() throws {
        try F.expect("""
            TOKYO, March 7 - President Luis Castro of Peru attended the Andean Summit on Thursday.

            Behind the ceremony, however, observers in Moscow see a contest for influence.

            Clara Weiss, a senior fellow at the European Policy Forum in Berlin, said the format said a great deal.
            """,
                     has: ["participates_in luis-castro andean-summit occurred"],
                     lacks: ["held_in andean-summit moscow", "held_in european-policy-forum berlin"])
    }

    @Test func anArticleDoesNotCountInTheStatusWindow() throws {
        try F.expect("ASTANA, March 7 - The Kazakh leader, Kassym-Jomart Tokayev, is due to pay an official visit to Russia in the spring.",
                     has: ["visits kassym-jomart-tokayev russia planned"], lacks: ["visits kassym-jomart-tokayev russia occurred"])
    }

    @Test func anOfficeAfterAPossessiveIsNoPersonsName() throws {
        try F.expect("BAKU, March 7 - President Ilham Aliyev of Azerbaijan received Pakistan's Federal Minister for Information, Saad Qureshi.",
                     has: ["head_of ilham-aliyev azerbaijan ongoing"], lacks: ["federal-minister"])
    }
}
