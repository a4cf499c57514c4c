import Testing
@testable import SummitIngest

/// The schema's `head_of` links a person to the state or the organisation they head: a chair, a
/// director, a governor of an organisation is its head (a governor of a city heads nothing).
@Suite struct OrganisationHeadTests {
    typealias F = IngestFixture

    @Test func theChairOfACouncilIsItsHead() throws {
        try F.expect("OSLO, March 7 - Lena Holm, chair of the Nordic Ice Council, met Prime Minister Astrid Berg of Norway on Thursday. "
                     + "The Chairperson of the Arctic Fisheries Commission, Ole Dahl, met her on Friday.",
                     has: ["head_of lena-holm nordic-ice-council ongoing", "head_of ole-dahl arctic-fisheries-commission ongoing"],
                     lacks: ["holds_role lena-holm", "holds_role ole-dahl"])
    }

    @Test func theGovernorOfABankHeadsItNotTheGovernorOfACity() throws {
        try F.expect("OSLO, March 7 - Per Aas, governor of the Nordic Investment Bank, met Prime Minister Astrid Berg of Norway on Thursday. "
                     + "Kari Lund, governor of Oslo, met her on Friday.",
                     has: ["head_of per-aas nordic-investment-bank ongoing"],
                     lacks: ["head_of kari-lund"])
    }

    @Test func theDirectorOfACentreIsItsHead() throws {
        try F.expect("OSLO, March 7 - Nils Vik, director of the Fjord Policy Centre, met Prime Minister Astrid Berg of Norway on Thursday.",
                     has: ["head_of nils-vik fjord-policy-centre ongoing", "met nils-vik astrid-berg occurred"])
    }
}
