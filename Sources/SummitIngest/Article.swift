import SummitGraph

/// An article read for extraction: its text, publication date, dateline, sentences and language.
public struct Article: Sendable {
    public let text: ArticleFile
    /// The publication date: `--published`, else the ` date YYYY-MM-DD` header.
    public let published: FuzzyDate
    /// The dateline ("DUSHANBE, Tajikistan, December 19."), when the article opens with one.
    public let dateline: Dateline?
    public let sentences: [Sentence]
    /// The sentences that link to other pages ("Read also: …"): ``crossLinks(_:lexicon:)``.
    let crossLinks: Set<Int>
    let lexicon: Lexicon

    /// Reads `text`: the header, the language (refused unless it has a lexicon), the sentences
    /// and the dateline. `published` overrides the header's date.
    /// - Throws: ``IngestError/unsupportedLanguage(file:language:supported:)``,
    ///   ``IngestError/invalidDate(file:line:column:text:)``, ``IngestError/missingDate(file:)``.
    /// - Complexity: O(*n*).
    public init(text: ArticleFile, published: FuzzyDate? = nil) throws(IngestError) {
        try self.init(text: text, published: published, lexicons: nil)
    }

    /// As ``init(text:published:)``, reading with `lexicons` (by language code) instead of the shipped ones.
    init(text: ArticleFile, published: FuzzyDate?, lexicons: [String: Lexicon]?) throws(IngestError) {
        let language = try LanguageGuess.guess(text.scalars)
        let chosen: Lexicon? = if let lexicons { lexicons[language.code] } else { try Lexicon.load(language: language.code) }
        guard let lexicon = chosen else {
            let supported: [String] = if let lexicons { Array(lexicons.keys).sorted() } else { try Lexicon.supportedLanguages() }
            throw .unsupportedLanguage(file: text.file, language: language.name, supported: supported.map(Self.languageName))
        }
        let (header, bodyStart) = try Self.header(text)
        guard let date = published ?? header else { throw .missingDate(file: text.file) }
        self.text = text
        self.published = date
        self.lexicon = lexicon
        let splitter = SentenceSplitter(lexicon: lexicon)
        sentences = splitter.split(text.scalars, body: bodyStart..<text.scalars.count).enumerated().map {
            Sentence(index: $0.offset, range: $0.element.range, text: text, startsParagraph: $0.element.startsParagraph)
        }
        dateline = Dateline.find(in: sentences.prefix(12), lexicon: lexicon, published: date)
        crossLinks = Self.crossLinks(sentences, lexicon: lexicon)
    }

    static func languageName(_ code: String) -> String {
        let rows = (try? LexiconData.shared().languages.rows) ?? []
        return rows.first { $0["lang"] == code }?["name"] ?? code
    }

    /// The ` date YYYY-MM-DD` header's date and where the body starts after it.
    static func header(_ text: ArticleFile) throws(IngestError) -> (FuzzyDate?, Int) {
        let s = text.scalars
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        let word: [Unicode.Scalar] = ["d", "a", "t", "e", " "]
        guard i + word.count <= s.count, Array(s[i..<(i + word.count)]) == word else { return (nil, 0) }
        let start = i + word.count
        var end = start
        while end < s.count, !s[end].properties.isWhitespace { end += 1 }
        let value = text.string(start..<end)
        guard let date = try? FuzzyDate(parsing: value), date.precision == .day else {
            throw .invalidDate(file: text.file, line: 1, column: start + 1, text: value)
        }
        return (date, end)
    }
}

/// The place (and date) an article opens with: "BAKU, Azerbaijan, December 18." or
/// "Tokyo, The Gulf Observer:".
public struct Dateline: Sendable, Equatable {
    /// The place's words, as written, and the state's when given.
    public let place: String
    public let state: String?
    public let date: FuzzyDate?
    /// The sentence it opens and how many of its tokens it takes.
    let sentence: Int
    let tokenCount: Int
    /// Token ranges of the place and the state in that sentence.
    let placeTokens: Range<Int>
    let stateTokens: Range<Int>?

    /// - Complexity: O(*t*) in the tokens of the sentences looked at.
    static func find(in sentences: ArraySlice<Sentence>, lexicon: Lexicon, published: FuzzyDate) -> Dateline? {
        for sentence in sentences where sentence.startsParagraph {
            let t = sentence.tokens
            func capitalizedRun(from i: Int) -> Int {
                var j = i
                while j < t.count, j - i < 3, t[j].kind == .word, t[j].isCapitalized { j += 1 }
                return j
            }
            let placeEnd = capitalizedRun(from: 0)
            guard placeEnd > 0, placeEnd < t.count, t[placeEnd].isMark(","), lexicon.months[t[0].text.lowercased()] == nil,
                  lexicon.weekdays[t[0].text.lowercased()] == nil else { continue }
            let finder = DateFinder(lexicon: lexicon, published: published)
            let place = t[0..<placeEnd].map(\.text).joined(separator: " ")
            var i = placeEnd + 1
            var state: Range<Int>? = nil
            if let date = finder.dates(in: Array(t[i...])).first, date.tokens.lowerBound == 0, case .absolute(let span, _) = date.value {
                return Dateline(place: place, state: nil, date: span.start, sentence: sentence.index, tokenCount: i + date.tokens.upperBound + 1,
                                placeTokens: 0..<placeEnd, stateTokens: nil)
            }
            let stateEnd = capitalizedRun(from: i)
            if stateEnd > i, stateEnd < t.count, t[stateEnd].isMark(",") {
                state = i..<stateEnd
                i = stateEnd + 1
                if let date = finder.dates(in: Array(t[i...])).first, date.tokens.lowerBound == 0, case .absolute(let span, _) = date.value {
                    return Dateline(place: place, state: t[state!].map(\.text).joined(separator: " "), date: span.start, sentence: sentence.index,
                                    tokenCount: i + date.tokens.upperBound + 1, placeTokens: 0..<placeEnd, stateTokens: state)
                }
            }
            // "Tokyo, The Gulf Observer:": a place, then the outlet and a colon.
            if let colon = t.prefix(placeEnd + 7).firstIndex(where: { $0.isMark(":") }), colon > placeEnd + 1 {
                return Dateline(place: place, state: nil, date: nil, sentence: sentence.index, tokenCount: colon + 1,
                                placeTokens: 0..<placeEnd, stateTokens: nil)
            }
        }
        return nil
    }
}
