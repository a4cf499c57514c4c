import Foundation
import Testing
import SummitGraph
@testable import SummitIngest

/// A second language is rows with its `lang` code in the lexicon files, not code: Spanish rows
/// added to the shipped tables (as a contributor would add them to the TSV files) make a Spanish
/// article readable instead of refused, against a dataset that names the people (the gazetteer's
/// names are English: "Oslo" is found, "Noruega" would not be). (What is still English in code: the grammar words the
/// frames name, such as "of", "the", "in", "and", "for"; see the README's "Ingesting articles".)
@Suite struct SecondLanguageTests {
    static let spanish: [String: String] = [
        "relations": "es\tse reunió con\tmet\tactive\t\toccurred\nes\tvisitó\tvisits\tactive\t\toccurred\nes\tvisitará\tvisits\tactive\t\tplanned\n",
        "calendar": "es\tweekday\tlunes\t1\nes\tweekday\tmartes\t2\nes\tmonth\tdiciembre\t12\n",
        "status-cues": "es\tno\tdropped\n",
    ]

    func candidates(_ text: String, tables: LexiconData) throws -> [Candidate] {
        let file = try ArticleFile(data: Data(text.utf8), file: "a.txt")
        let article = try Article(text: file, published: try FuzzyDate(parsing: "2024-03-08"), lexicons: try Lexicon.lexicons(of: tables))
        return CandidateList.make(try Extractor(graph: try IngestFixture.graph()).extract(article), source: "es-test")
    }

    static let article = """
        Astrid Berg se reunió con Jon Olafsson en Oslo el martes, y los dos hablaron de la pesca en el mar del Norte.
        Jon Olafsson visitará Oslo el lunes. Astrid Berg no visitó Reikiavik por la tormenta que se espera para la semana.
        """

    @Test func spanishIsRefusedByNameWithoutItsRows() throws {
        #expect(throws: IngestError.unsupportedLanguage(file: "a.txt", language: "Spanish", supported: ["English"])) {
            try candidates(Self.article, tables: try LexiconData(adding: [:]))
        }
    }

    @Test func spanishRowsMakeASpanishArticleReadable() throws {
        let tables = try LexiconData(adding: Self.spanish)
        #expect(Lexicon.supportedLanguages(in: tables) == ["en", "es"])
        let edges = IngestFixture.edges(try candidates(Self.article, tables: tables))
        #expect(edges.contains("met astrid-berg jon-olafsson occurred 2024-03-05"))
        #expect(edges.contains("visits jon-olafsson oslo planned 2024-03-11"))
        #expect(!edges.contains { $0.hasPrefix("visits astrid-berg") }, "'no visitó': a Spanish status cue")
    }
}
