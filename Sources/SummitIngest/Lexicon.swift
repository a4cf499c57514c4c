import SummitGraph

/// The ingester's word lists for one language, read from the TSV files under `Lexicon/`
/// (compiled into the binary). A second language is a set of rows with its `lang` code.
public struct Lexicon: Sendable {
    public let language: String
    /// Abbreviations whose full stop does not end a sentence, folded (`mr.`).
    let abbreviations: Set<String>
    /// Month names (folded) → 1…12.
    let months: [String: Int]
    /// Weekday names (folded) → 1 (Monday)…7.
    let weekdays: [String: Int]
    /// Relative day words (folded) → days from publication.
    let relativeDays: [String: Int]
    /// Number words (folded) → value.
    let numbers: [String: Int]
    /// Ordinal words ("second" → 2): part of an event's name ("the second India–Central Asia Summit").
    let ordinalWords: [String: Int]
    /// Words joining the two ends of a date range (folded).
    let rangeWords: Set<String>
    /// Phrases meaning "the day just named" (folded words).
    let sameDayPhrases: [[String]]
    /// "of that year", "later that year": the year said last, longest first.
    let thatYearPhrases: [[String]]
    let offices: [Office]
    let honorifics: [[String]]
    let statusCues: [StatusCue]
    /// The status cues that make an office title a former one ("former", "ex-", "then"), longest first.
    let formerTitleCues: [StatusCue]
    let stopPhrases: Set<NameKey>
    /// The stop phrases that open a line of links ("Read also:").
    let linkPhrases: Set<NameKey>
    /// The stop phrases that open a credit line ("Photo: Akorda press service").
    let creditPhrases: Set<NameKey>
    let relations: [RelationCue]
    let nameHeads: [String: NameHead]
    let events: [String: EventNoun]
    let groups: [[String]]
    /// The cues, offices and honorifics by their first word (folded), longest first: what can start at a token.
    let relationsByFirstWord: [String: [RelationCue]]
    let officesByFirstWord: [String: [Office]]
    let honorificsByFirstWord: [String: [[String]]]
    /// Common nouns that say what a nearby name is (geo-nouns.tsv): folded noun → meaning.
    let geoNouns: [String: String]
    /// Nouns that make a new initiative with a "for" phrase (initiative-nouns.tsv): noun → subtype.
    let initiativeNouns: [String: String]
    /// Nouns for an office's staff (org-nouns.tsv): folded words and subtype, longest first.
    let orgNouns: [(words: [String], subtype: String)]
    /// English function words, which never start a name.
    let functionWords: Set<String>
    /// Lower-case words inside people's names, and words that end a verb's subject phrase.
    let nameParticles: Set<String>, subjectBlockers: Set<String>
    /// Verbs of saying: a date right after one dates the saying ("the White House said on Wednesday").
    let reportingVerbs: Set<String>
    /// Words that make an event noun another event than the article's ("the next summit").
    let otherEventWords: Set<String>
    /// Words that open a sentence's fronted adverbial ("At the conclusion of the Summit, …").
    let frontedOpeners: Set<String>
    /// Words before an event's name that make it another edition of it ("the next X Summit"),
    /// and those of them that make it a coming one.
    let editionWords: Set<String>, comingEditionWords: Set<String>
    /// Pronouns that open a relative clause after a comma (", who …,").
    let relativePronouns: Set<String>
    /// Words after which a verb's form is a noun ("the visit"): no active cue starts there.
    let determiners: Set<String>
    /// Forms of "be" that make the participle after them passive ("will be received by").
    let auxiliaries: Set<String>
    /// The endings of a verb's -ing form, and the words that open a verb phrase before one
    /// ("in adopting"): an active cue's object is not found across them.
    let gerundEndings: Set<String>, gerundOpeners: Set<String>
    /// Words that open another clause, which a verb's object never lies past ("but", "while").
    let clauseBreaks: Set<String>
    /// Words opening a clause whose date is counted from ("since"), and words before a date of
    /// an end ("until", "will conclude on"): neither dates the sentence's facts.
    let countedFrom: Set<String>, endWords: Set<String>
    /// A person's pronouns that open a sentence ("He later met B"): the person named first before.
    let personPronouns: Set<String>
    /// "A arrived in B and then met C": the words between two verbs that share a subject.
    let conjunctions: Set<String>, sequenceAdverbs: Set<String>
    /// The auxiliaries of a present perfect ("has brought together": a standing gathering).
    let perfectAuxiliaries: Set<String>
    /// Adverbs that may stand between a status cue's words ("is also expected to").
    let statusInserts: Set<String>
    /// Words before "of"/"to"/"for" that put the event named next later ("ahead of").
    let leadUpWords: Set<String>
    /// "on an official visit": the nouns and the words that may stand before them.
    let stayNouns: Set<String>, stayKinds: Set<String>
    /// Words that, after a verb in the perfect, tell an event as a habit; words that, right after
    /// an office holder's name, end the office.
    let habitualWords: Set<String>, leavingWords: Set<String>
    /// Nouns of an aide's job ("a spokesman for the Tajik president, B": B is the aide).
    let aideNouns: Set<String>
    /// Words of a body's seat ("based in Amman"): no event is held there.
    let seatWords: Set<String>
    /// The words of a minister's portfolio ("Water Resources and Irrigation"), and the first
    /// words of the titles that need one ("Minister", "Deputy"), never a name's.
    let portfolioWords: Set<String>, titleOnlyWords: Set<String>
    /// Words before a group phrase that make it another group ("business leaders").
    let outsiderWords: Set<String>
    /// Nouns of a job at a body ("a fellow at the X Forum"), and the words of a clause that places
    /// an event after a comma ("the summit, held in Tokyo").
    let jobNouns: Set<String>, placingWords: Set<String>
    /// Every word of an office's title ("minister", "president", "secretary").
    let officeTitleWords: Set<String>
    /// The titles of each state's head of state and of government (state-heads.tsv): state id →
    /// folded titles. A state not listed may have any.
    let stateHeads: [String: Set<String>]
    /// Words that may stand between "and" and a verb sharing the subject before it: auxiliaries,
    /// the words inside status cues, the words of planning cues ("is scheduled to", "will").
    let verbPhraseWords: Set<String>

    /// An office and how its holder relates to what it serves.
    struct Office: Sendable {
        let title: String, plural: String, relation: EdgeType, isGeneric: Bool
        /// `required`: an office only with a portfolio after it ("Minister of Transport");
        /// `extends`: a portfolio may go on after it ("Minister of Foreign Affairs and Trade").
        var portfolio: String? = nil
        /// For a head_of office: "state", "government" or "organisation", nil for either of the first
        /// two; for a holds_role one, "organisation" when it heads an organisation it is said of.
        let heads: String?
        /// The folded words of the title and of its plural, folded once (every token of an
        /// article is matched against them).
        let words: [String], pluralWords: [String]

        init(title: String, plural: String, relation: EdgeType, isGeneric: Bool, heads: String?, portfolio: String? = nil) {
            (self.title, self.plural, self.relation, self.isGeneric, self.heads) = (title, plural, relation, isGeneric, heads)
            self.portfolio = portfolio
            (words, pluralWords) = (NameKey.tokens(of: title), NameKey.tokens(of: plural))
        }
    }
    /// Words before a cue that set the status (`dropped` and `postponed` are not edge statuses).
    struct StatusCue: Sendable { let words: [String], status: String }
    /// A relation's cue: its words, the edge type, the frame that finds its ends.
    struct RelationCue: Sendable {
        let words: [String], type: EdgeType, frame: String, role: ParticipationRole?, status: EdgeStatus
        /// A present-tense form: a weekday dates what is today or still ahead.
        var isPresent = false
    }
    struct NameHead: Sendable { let kind: NodeKind, subtype: String? }
    /// `side`: a meal or a reception, which "the" never makes the article's summit.
    struct EventNoun: Sendable { let subtype: String, current: Bool, side: Bool }
    /// An area synonym: folded words → area, and, for a synonym of three letters or fewer (an
    /// acronym such as `ai`), its capitals, which the text must match (`AI`).
    struct AreaSynonym: Sendable { let words: [String], area: String, acronym: String? }

    /// The synonyms `schema` gives its cooperation areas (a dataset's own areas included),
    /// longest first: the words articles use, declared once in the schema, not in the lexicon.
    /// - Complexity: O(total length of the synonyms).
    static func areaSynonyms(in schema: Schema) -> [AreaSynonym] {
        schema.areas.flatMap { term in
            term.synonyms.map { synonym in
                AreaSynonym(words: NameKey.tokens(of: synonym), area: term.name.rawValue,
                            acronym: synonym.count <= 3 ? synonym.uppercased() : nil)
            }
        }.sorted { $0.words.count > $1.words.count }
    }

    /// The lexicon for `language`, or `nil` when no relation is listed for it.
    /// - Throws: ``IngestError/lexicon(file:line:message:)`` for a broken data file.
    public static func load(language: String) throws(IngestError) -> Lexicon? {
        try all.get()[language]
    }

    /// Every language's lexicon, built once per process.
    private static let all: Result<[String: Lexicon], IngestError> = Result { () throws(IngestError) in
        try lexicons(of: LexiconData.shared())
    }

    /// A lexicon for every language `tables` lists relations for.
    static func lexicons(of tables: LexiconData) throws(IngestError) -> [String: Lexicon] {
        var lexicons: [String: Lexicon] = [:]
        for language in supportedLanguages(in: tables) { lexicons[language] = try Lexicon(language: language, tables: tables) }
        return lexicons
    }

    /// The languages that have a lexicon, by code.
    public static func supportedLanguages() throws(IngestError) -> [String] { supportedLanguages(in: try LexiconData.shared()) }

    static func supportedLanguages(in tables: LexiconData) -> [String] {
        Array(Set(tables.relations.rows.compactMap { $0["lang"] })).sorted()
    }

    init(language: String, tables: LexiconData) throws(IngestError) {
        self.language = language
        func rows(_ table: LexiconTable) -> [[String: String]] { table.rows(for: language) }
        func words(_ text: String?) -> [String] { NameKey.tokens(of: text ?? "") }
        abbreviations = Set(rows(tables.abbreviations).compactMap { $0["abbreviation"]?.lowercased() })
        var months: [String: Int] = [:], weekdays: [String: Int] = [:], relative: [String: Int] = [:]
        var ranges = Set<String>(), sameDay: [[String]] = [], thatYear: [[String]] = [], numbers: [String: Int] = [:], ordinals: [String: Int] = [:]
        for row in rows(tables.calendar) {
            let word = row["word"] ?? "", value = Int(row["value"] ?? "")
            switch row["kind"] {
            case "month": months[word.lowercased()] = value
            case "weekday": weekdays[word.lowercased()] = value
            case "relative": relative[word.lowercased()] = value
            case "range": ranges.insert(word.lowercased())
            case "same-day": sameDay.append(words(word))
            case "that-year": thatYear.append(words(word))
            case "number": numbers[word.lowercased()] = value
            case "ordinal": ordinals[word.lowercased()] = value
            default: break
            }
        }
        ordinalWords = ordinals
        (self.months, self.weekdays, relativeDays, rangeWords, sameDayPhrases) = (months, weekdays, relative, ranges, sameDay)
        self.numbers = numbers
        thatYearPhrases = thatYear.sorted { $0.count > $1.count }
        offices = rows(tables.offices).map {
            Office(title: $0["office"] ?? "", plural: $0["plural"] ?? "", relation: EdgeType(unchecked: $0["relation"] ?? "holds_role"),
                   isGeneric: $0["generic"] == "yes", heads: ($0["heads"] ?? "").isEmpty ? nil : $0["heads"],
                   portfolio: ($0["portfolio"] ?? "").isEmpty ? nil : $0["portfolio"])
        }.sorted { $0.words.count > $1.words.count }
        honorifics = rows(tables.honorifics).map { words($0["honorific"]) }.sorted { $0.count > $1.count }
        statusCues = rows(tables.statusCues).map { StatusCue(words: words($0["phrase"]), status: $0["status"] ?? "") }
            .sorted { $0.words.count > $1.words.count }
        formerTitleCues = statusCues.filter { $0.status == "historical" || $0.status == "then" }
        stopPhrases = Set(rows(tables.stopPhrases).map { NameKey($0["phrase"] ?? "") })
        linkPhrases = Set(rows(tables.stopPhrases).filter { $0["links"] == "yes" }.map { NameKey($0["phrase"] ?? "") })
        creditPhrases = Set(rows(tables.stopPhrases).filter { $0["links"] == "credit" }.map { NameKey($0["phrase"] ?? "") })
        relations = rows(tables.relations).map {
            RelationCue(words: words($0["cue"]), type: EdgeType(unchecked: $0["type"] ?? ""), frame: $0["frame"] ?? "",
                        role: ParticipationRole(rawValue: $0["role"] ?? ""), status: EdgeStatus(rawValue: $0["status"] ?? "") ?? .occurred, isPresent: $0["tense"] == "present")
        }.sorted { $0.words.count > $1.words.count }
        var heads: [String: NameHead] = [:]
        for row in rows(tables.nameHeads) {
            let subtype = row["subtype"] ?? ""
            heads[(row["head"] ?? "").lowercased()] = NameHead(kind: NodeKind(unchecked: row["kind"] ?? ""), subtype: subtype.isEmpty ? nil : subtype)
        }
        nameHeads = heads
        var events: [String: EventNoun] = [:]
        for row in rows(tables.events) { events[(row["noun"] ?? "").lowercased()] = EventNoun(subtype: row["subtype"] ?? "meeting", current: row["current"] == "yes", side: row["current"] == "side") }
        self.events = events
        groups = rows(tables.groups).map { words($0["phrase"]) }.sorted { $0.count > $1.count }
        relationsByFirstWord = Dictionary(grouping: relations) { $0.words.first ?? "" }
        var byFirst: [String: [Office]] = [:]
        for office in offices {
            byFirst[office.words.first ?? "", default: []].append(office)
            if office.pluralWords.first != office.words.first { byFirst[office.pluralWords.first ?? "", default: []].append(office) }
        }
        officesByFirstWord = byFirst
        honorificsByFirstWord = Dictionary(grouping: honorifics) { $0.first ?? "" }
        var geo: [String: String] = [:]
        for row in rows(tables.geoNouns) { geo[(row["noun"] ?? "").lowercased()] = row["meaning"] ?? "" }
        geoNouns = geo
        var nouns: [String: String] = [:]
        for row in rows(tables.initiativeNouns) { nouns[(row["noun"] ?? "").lowercased()] = row["subtype"] ?? "programme" }
        initiativeNouns = nouns
        orgNouns = rows(tables.orgNouns).map { (words($0["noun"]), $0["subtype"] ?? "agency") }.sorted { $0.words.count > $1.words.count }
        var function = Set<String>()
        for row in rows(tables.languages) {
            for column in ["words", "starts"] { function.formUnion((row[column] ?? "").split(separator: " ").map(String.init)) }
        }
        functionWords = function
        func set(_ column: String) -> Set<String> { Set(rows(tables.languages).flatMap { ($0[column] ?? "").split(separator: " ").map(String.init) }) }
        (nameParticles, subjectBlockers, reportingVerbs) = (set("particles"), set("blockers"), set("reporting"))
        otherEventWords = set("other-event")
        frontedOpeners = set("fronted")
        editionWords = set("editions").union(set("coming-editions"))
        comingEditionWords = set("coming-editions")
        relativePronouns = set("relative")
        determiners = set("determiners")
        (auxiliaries, gerundEndings, gerundOpeners) = (set("auxiliaries"), set("gerund"), set("gerund-openers"))
        clauseBreaks = set("clause-breaks")
        (countedFrom, endWords) = (set("counted-from"), set("end-words"))
        personPronouns = set("pronouns")
        (conjunctions, sequenceAdverbs) = (set("conjunctions"), set("sequence-adverbs"))
        perfectAuxiliaries = set("perfect")
        statusInserts = set("inserts")
        leadUpWords = set("lead-up")
        (stayNouns, stayKinds) = (set("stay-nouns"), set("stay-kinds"))
        (habitualWords, leavingWords) = (set("habitual"), set("leaving"))
        aideNouns = set("aides")
        seatWords = set("seats")
        portfolioWords = set("portfolios")
        titleOnlyWords = Set(offices.filter { $0.portfolio == "required" }.flatMap { [$0.words.first, $0.pluralWords.first].compactMap { $0 } })
        outsiderWords = set("outsiders")
        (jobNouns, placingWords) = (set("jobs"), set("placing"))
        officeTitleWords = Set(offices.flatMap { $0.words + $0.pluralWords }).subtracting(functionWords)
        var stateHeads: [String: Set<String>] = [:]
        for row in rows(tables.stateHeads) {
            var titles = Set((row["titles"] ?? "").split(separator: ";").map { NameKey(String($0)).text })
            // (Headlines' "PM" is a prime minister.)
            if titles.contains("prime minister") { titles.insert("pm") }
            stateHeads[row["state"] ?? "", default: []].formUnion(titles)
        }
        self.stateHeads = stateHeads
        verbPhraseWords = auxiliaries.union(perfectAuxiliaries).union(statusInserts)
            .union(statusCues.filter { $0.status == "planned" }.flatMap(\.words)).union(["to"])
    }
}
