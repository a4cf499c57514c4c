import Testing
@testable import SummitIngest

/// Named events: a title-case phrase ending in Meeting or Conference, a plural of those who
/// meet inside one, and where a name cannot run.
@Suite struct EventNameTests {
    typealias F = IngestFixture

    @Test func aMeetingOrAConferenceNamedIsAnEvent() throws {
        try F.expect("VOV - The 9th Andes-Pacific Foreign Ministers' Meeting was held in Lima on Wednesday. "
                     + "The Lima Water Conference opened in Lima on Thursday.",
                     published: "2024-03-08",
                     has: ["held_in 9th-andes-pacific-foreign-ministers-meeting lima occurred", "held_in lima-water-conference lima occurred"])
    }

    @Test func thePluralOfThoseWhoMeetIsPartOfTheName() throws {
        try F.expect("APIA, March 7 - The Pacific Heads of Government Meeting was held in Apia.",
                     has: ["held_in pacific-heads-of-government-meeting apia occurred"],
                     lacks: ["held_in government-meeting", "part_of pacific-heads-of-government-meeting"])
    }

    @Test func noNameRunsAcrossADashBeforeTheText() throws {
        try F.expect("LIMA. ANDINA – The Fourth Consultative Meeting of the Andean Presidents took place in Lima today.",
                     has: ["held_in fourth-consultative-meeting-of-the-andean-presidents lima occurred"],
                     lacks: ["held_in andina"])
    }

    @Test func whatAMinistersMeetingAdoptsNoMinisterAdopts() throws {
        try F.expect("LIMA, March 7 - The 9th Andes-Pacific Foreign Ministers' Meeting was held in Lima on Wednesday, co-chaired by "
                     + "Peruvian Foreign Minister Elmer Schialer and Chilean Foreign Minister Alberto van Klaveren. The meeting adopted "
                     + "the Lima Statement on fisheries.",
                     has: ["adopted 9th-andes-pacific-foreign-ministers-meeting lima-statement occurred"],
                     lacks: ["adopted elmer-schialer", "adopted alberto-van-klaveren"])
    }
}
