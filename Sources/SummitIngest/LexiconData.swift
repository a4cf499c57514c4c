import Foundation

/// The lexicon files compiled into the binary, read once.
struct LexiconData: Sendable {
    let abbreviations, calendar, events, geoNouns, groups, honorifics, languages: LexiconTable
    let initiativeNouns, nameHeads, offices, orgNouns, paraphrases, relations, scripts, stateHeads, statusCues, stopPhrases: LexiconTable

    private static let cache: Result<LexiconData, IngestError> = Result { () throws(IngestError) in try LexiconData(adding: [:]) }

    /// The tables, parsed on first use.
    static func shared() throws(IngestError) -> LexiconData { try cache.get() }

    /// The shipped tables with `extra` rows (no header) appended to the named ones (`"relations"`,
    /// `"calendar"`…): how a test shows that a second language is rows, not code.
    init(adding extra: [String: String] = [:]) throws(IngestError) {
        func table(_ name: String, _ bytes: [UInt8]) throws(IngestError) -> LexiconTable {
            let added = extra[name].map { "\n" + $0 } ?? ""
            return try LexiconTable(name: "Lexicon/\(name).tsv", text: String(decoding: bytes, as: UTF8.self) + added)
        }
        abbreviations = try table("abbreviations", PackageResources.abbreviations_tsv)
        calendar = try table("calendar", PackageResources.calendar_tsv)
        events = try table("events", PackageResources.events_tsv)
        geoNouns = try table("geo-nouns", PackageResources.geo_nouns_tsv)
        groups = try table("groups", PackageResources.groups_tsv)
        honorifics = try table("honorifics", PackageResources.honorifics_tsv)
        languages = try table("languages", PackageResources.languages_tsv)
        initiativeNouns = try table("initiative-nouns", PackageResources.initiative_nouns_tsv)
        nameHeads = try table("name-heads", PackageResources.name_heads_tsv)
        offices = try table("offices", PackageResources.offices_tsv)
        orgNouns = try table("org-nouns", PackageResources.org_nouns_tsv)
        paraphrases = try table("paraphrases", PackageResources.paraphrases_tsv)
        relations = try table("relations", PackageResources.relations_tsv)
        scripts = try table("scripts", PackageResources.scripts_tsv)
        stateHeads = try table("state-heads", PackageResources.state_heads_tsv)
        statusCues = try table("status-cues", PackageResources.status_cues_tsv)
        stopPhrases = try table("stop-phrases", PackageResources.stop_phrases_tsv)
    }
}
