import Testing
@testable import SummitIngest

@Suite struct LexiconTests {
    @Test func englishIsTheOnlyLanguageWithALexicon() throws {
        #expect(try Lexicon.supportedLanguages() == ["en"])
        #expect(try Lexicon.load(language: "fr") == nil)
        let english = try #require(try Lexicon.load(language: "en"))
        #expect(english.months["december"] == 12)
        #expect(english.weekdays["saturday"] == 6)
        #expect(english.abbreviations.contains("mr."))
        #expect(english.relations.contains { $0.words == ["met", "with"] && $0.type.rawValue == "met" })
    }

    @Test func aRowWithTooManyFieldsIsLocated() {
        #expect(throws: IngestError.lexicon(file: "t.tsv", line: 3, message: "3 fields, the header has 2")) {
            try LexiconTable(name: "t.tsv", text: "a\tb\n# note\n1\t2\t3\n")
        }
    }

    @Test func aTableSavedWithCRLFLineEndsReadsAsWithLF() throws {
        // A lexicon edited on Windows: as Characters, "\r\n" is no "\n" and the file was one line.
        let lf = try LexiconTable(name: "t.tsv", text: "# note\nlang\tword\nen\tsummit\nen\ttalks\n")
        let crlf = try LexiconTable(name: "t.tsv", text: "# note\r\nlang\tword\r\nen\tsummit\r\nen\ttalks\r\n")
        #expect(crlf.rows == lf.rows && crlf.rows == [["lang": "en", "word": "summit"], ["lang": "en", "word": "talks"]])
        #expect(crlf.lines == [3, 4])
    }
}
