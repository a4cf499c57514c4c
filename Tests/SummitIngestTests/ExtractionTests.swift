import Testing
import SummitGraph
@testable import SummitIngest

/// Each rule on an article written for the test.
@Suite struct ExtractionTests {
    typealias F = IngestFixture

    @Test func rolePhrasesProposeOfficesPeopleAndPositions() throws {
        let c = try F.candidates("""
            The Prime Minister of Norway, Astrid Berg, received the President of Iceland in Oslo on Thursday.
            """)
        #expect(F.edges(c).contains("head_of astrid-berg norway ongoing"))
        #expect(F.edges(c).contains("head_of president-of-iceland iceland ongoing"))
        #expect(F.edges(c).contains("met astrid-berg president-of-iceland occurred 2024-03-07"))
        #expect(c.contains { $0.record == .node && $0.source == "president-of-iceland" && $0.kind == "position" })
        #expect(c.contains { $0.record == .node && $0.source == "astrid-berg" && $0.kind == "person" && $0.rule == "new-name" })
    }

    @Test func rolePhrasesResolveThroughHeadOfAtTheArticlesDate() throws {
        let graph = try F.graph()
        let c = try F.candidates("The Icelandic President held talks with the Norwegian Prime Minister in Oslo on March 7.", graph: graph)
        // Oslo, where they met, lies in Norway (the gazetteer's capital).
        #expect(F.edges(c) == ["met jon-olafsson astrid-berg occurred 2024-03-07", "part_of oslo norway ongoing"])
        // The head of state: the latest person mentioned who heads a state.
        let d = try F.candidates("Jon Olafsson landed in Oslo. The head of state met Astrid Berg on Friday.", graph: graph)
        #expect(F.edges(d).contains("met jon-olafsson astrid-berg occurred 2024-03-08"))
    }

    @Test func anOfficeNamedBeforeItsHolderIsReplacedByHim() throws {
        let c = try F.candidates("The Icelandic president flew in. Later the President of Iceland, Jon Olafsson, met fishermen.")
        #expect(!c.contains { $0.source == "president-of-iceland" })
        #expect(F.edges(c).contains("head_of jon-olafsson iceland ongoing"))
    }

    @Test func titleCaseNamesWithAHeadWordProposeInitiatives() throws {
        let c = try F.candidates("Norway will host the Nordic Ocean Summit in Oslo, where Iceland is expected to adopt the Bergen Fisheries Declaration.")
        let summit = try #require(c.first { $0.record == .node && $0.name == "Nordic Ocean Summit" })
        #expect(summit.kind == "initiative" && summit.subtype == "summit")
        #expect(c.contains { $0.record == .node && $0.name == "Bergen Fisheries Declaration" && $0.subtype == "declaration" })
        #expect(F.edges(c).contains("hosts norway nordic-ocean-summit planned"))
        #expect(F.edges(c).contains { $0.hasPrefix("held_in nordic-ocean-summit oslo") })
        #expect(F.edges(c).contains("adopted iceland bergen-fisheries-declaration planned"))
        // A node is proposed only when a fact needs it.
        #expect(!(try F.candidates("The Bergen Fisheries Declaration is long.")).contains { $0.record == .node })
    }

    @Test func statusCues() throws {
        let c = try F.candidates("""
            Norway is expected to host Iceland's fisheries minister. The President of Iceland, Jon Olafsson, is set to visit Norway.
            Former Prime Minister of Norway Erna Lund met Jon Olafsson in Oslo on Monday.
            """)
        #expect(F.edges(c).contains("visits jon-olafsson norway planned"))  // no date said
        #expect(F.edges(c).contains("head_of erna-lund norway historical"))
        #expect(F.edges(c).contains("met erna-lund jon-olafsson occurred 2024-03-04"))
        let dropped = try F.candidates("The President of Iceland, Jon Olafsson, cancelled his visit to Norway.")
        #expect(!F.edges(dropped).contains { $0.hasPrefix("visits") })
        let postponed = try F.candidates("The President of Iceland, Jon Olafsson, postponed his visit to Norway on Monday.")
        #expect(F.edges(postponed).contains("visits jon-olafsson norway planned"))
    }

    @Test func aMerelyMentionedCountryTakesNoPart() throws {
        let c = try F.candidates("""
            Norway hosted the Arctic Fisheries Forum in Tromso, where delegates discussed Russia's quotas and the sanctions on Russia.
            """)
        #expect(F.edges(c).contains("hosts norway arctic-fisheries-forum occurred"))
        #expect(!F.edges(c).contains { $0.contains("russia") })
    }

    @Test func quotedSpeechYieldsOnlyProposals() throws {
        let c = try F.candidates("""
            "Norway hosted the talks and Iceland attended the Arctic Fisheries Forum with us," the minister said.
            The President of Iceland, Jon Olafsson, proposed the Arctic Youth Platform at the Arctic Fisheries Forum.
            """)
        #expect(!F.edges(c).contains { $0.hasPrefix("hosts") || $0.hasPrefix("participates_in") })
        #expect(F.edges(c).contains("proposed jon-olafsson arctic-youth-platform occurred"))
    }

    @Test func aFactSaidTwiceIsOneCandidate() throws {
        let c = try F.candidates("The President of Iceland, Jon Olafsson, met Astrid Berg. Later, Jon Olafsson met with Astrid Berg again.", graph: try F.graph())
        #expect(F.edges(c).filter { $0.hasPrefix("met") }.count == 1)
    }

    @Test func corroborationConflictAndAlias() throws {
        let graph = try F.graph()
        let c = try F.candidates("Astrid Berg met Jon Olafsson in Oslo on March 7. Olafsson Jon and Berg also held talks with the Arctic Fisheries Forum's chair.",
                                 graph: graph)
        let met = try #require(c.first { $0.type == "met" })
        #expect(met.match == "conflicts met-berg-olafsson")  // planned in the dataset, occurred here
        #expect(c.contains { $0.record == .alias && $0.match == "alias jon-olafsson" && $0.aliases == ["Olafsson Jon"] })
        let planned = try F.candidates("Astrid Berg will meet Jon Olafsson in March.", graph: graph)
        #expect(planned.first { $0.type == "met" }?.match == "corroborates met-berg-olafsson")
    }

    @Test func idsAreStableAndRejectionsAreHonoured() throws {
        let text = "The Prime Minister of Norway, Astrid Berg, visited Iceland on Monday."
        let first = try F.candidates(text), second = try F.candidates(text)
        #expect(first.map(\.id) == second.map(\.id))
        #expect(Set(first.map(\.id)).count == first.count)
        let visit = try #require(first.first { $0.type == "visits" })
        #expect(!(try F.candidates(text, rejected: [visit.id])).contains { $0.id == visit.id })
    }

    @Test func paraphrasesAreGeneratedNotCopied() throws {
        let text = "The Prime Minister of Norway, Astrid Berg, visited Iceland on Monday."
        let c = try F.candidates(text)
        let visit = try #require(c.first { $0.type == "visits" })
        #expect(visit.paraphrase == "Astrid Berg visited Iceland on 2024-03-04.")
        #expect(c.allSatisfy { !text.contains($0.paraphrase) })
        // The span is the sentence in the file, the hash its SHA-256.
        #expect(visit.span == 0..<text.unicodeScalars.count)
        #expect(visit.hash == SHA256.hash(text).description)
    }

    @Test func regionsCapitalsAndPlaces() throws {
        let c = try F.candidates("""
            OSLO, Norway, March 7. The ministers of three Nordic nations: Norway, Iceland and Denmark, met at the Akershus Palace in the Norwegian capital.
            """)
        #expect(F.edges(c).contains("part_of oslo norway ongoing"))
        #expect(F.edges(c).contains("part_of akershus-palace oslo ongoing"))
        #expect(c.contains { $0.record == .node && $0.source == "akershus-palace" && $0.subtype == "building" })
    }
}

/// The rules that name things without a capitalised name.
@Suite struct UnnamedThingsTests {
    typealias F = IngestFixture

    @Test func anAgendaIncludesPlannedInitiatives() throws {
        let c = try F.candidates("""
            Norway will host the Nordic Ocean Summit in Oslo. The summit's agenda includes launching a new fund for coastal fisheries and a new platform for ocean research.
            """)
        #expect(F.edges(c).contains("part_of fund-for-coastal-fisheries nordic-ocean-summit planned"))
        #expect(F.edges(c).contains("part_of platform-for-ocean-research nordic-ocean-summit planned"))
        #expect(c.contains { $0.record == .node && $0.name == "Fund for coastal fisheries" && $0.subtype == "programme" })
    }

    @Test func aDinnerIsNamedAfterItsVenueAndIsPartOfTheSummit() throws {
        let c = try F.candidates("""
            Norway is hosting the Nordic Ocean Summit in Oslo. The Prime Minister of Norway, Astrid Berg, hosted a dinner for the President of Iceland, Jon Olafsson, at the Akershus Palace on Friday.
            """)
        #expect(F.edges(c).contains("hosts astrid-berg akershus-palace-dinner occurred 2024-03-08"))
        #expect(F.edges(c).contains("participates_in jon-olafsson akershus-palace-dinner occurred 2024-03-08"))
        #expect(F.edges(c).contains("part_of akershus-palace-dinner nordic-ocean-summit ongoing"))
        #expect(F.edges(c).contains { $0.hasPrefix("held_in akershus-palace-dinner akershus-palace") })
    }

    @Test func anOfficesStaffAndAnOrganisationOfAnother() throws {
        let c = try F.candidates("""
            The press office of the Norwegian prime minister said the Prime Minister of Norway, Astrid Berg, visited Iceland.
            She spoke at the Institute of Marine Research of the Ministry of Fisheries of Norway
            on the same day.
            """)
        #expect(F.edges(c).contains("part_of press-office-of-the-prime-minister-of-norway norway ongoing"))
        #expect(F.edges(c).contains("part_of institute-of-marine-research ministry-of-fisheries-of-norway ongoing"))
        #expect(F.edges(c).contains("part_of ministry-of-fisheries-of-norway norway ongoing"))
    }

    @Test func aNamedDeclarationIsTheUnnamedOneItsAdoptersWereToAdopt() throws {
        var first = try F.review("The President of Iceland, Jon Olafsson, and Astrid Berg are expected to adopt a joint declaration on Saturday.", graph: try F.graph())
        #expect(F.edges(first.candidates).contains("adopted jon-olafsson joint-declaration planned 2024-03-09"))
        for i in first.candidates.indices { first.candidates[i].decision = "accept" }
        let graph = try CandidateMerge.apply(first, to: try F.graph()).0
        let later = try F.candidates("Jon Olafsson adopted the Reykjavik Declaration on Ocean Health on Saturday.", published: "2024-03-10", graph: graph)
        #expect(c(later, "adopted jon-olafsson joint-declaration"))
        #expect(later.contains { $0.record == .alias && $0.source == "joint-declaration" && $0.aliases == ["Reykjavik Declaration on Ocean Health"] })
    }

    func c(_ candidates: [Candidate], _ prefix: String) -> Bool { F.edges(candidates).contains { $0.hasPrefix(prefix) } }
}
