import Foundation
import Testing
import SummitGraph
@testable import SummitIngest

@Suite struct TextLayerTests {
    func article(_ text: String, published: String? = "2024-03-08") throws -> Article {
        try Article(text: ArticleFile(data: Data(text.utf8), file: "a.txt"),
                    published: published.map { try FuzzyDate(parsing: $0) })
    }

    @Test func spansPointIntoTheOriginalTextThroughBOMCRLFAndTypography() throws {
        // BOM, CRLF, curly quotes, an em dash and a decomposed é (e + U+0301).
        let original = "\u{FEFF}Line one \u{201C}quoted\u{201D} \u{2014} done.\r\nThe cafe\u{0301} opened."
        let a = try article(original)
        #expect(a.sentences.count == 2)
        let scalars = Array(original.unicodeScalars)
        func cut(_ r: Range<Int>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[r]); return String(v) }
        #expect(cut(a.sentences[0].span) == "Line one \u{201C}quoted\u{201D} \u{2014} done.")
        #expect(cut(a.sentences[1].span) == "The cafe\u{0301} opened.")
        #expect(a.text.string(a.sentences[0].range) == "Line one \"quoted\" - done.")
        #expect(a.text.string(a.sentences[1].range) == "The café opened.")
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() throws {
        let a = try article("Mr. Smith met Dr. J. Brown in the U.S. capital on Monday. They spoke for an hour.")
        #expect(a.sentences.map { a.text.string($0.range) } == [
            "Mr. Smith met Dr. J. Brown in the U.S. capital on Monday.", "They spoke for an hour.",
        ])
    }

    @Test func headlinesBulletsAndWrappedLinesAreSplitByLayout() throws {
        let text = """
            Ministers Gather In Oslo

            The ministers of the two countries came together in Oslo
            for a day of talks on fisheries.
              • Norway hosted the talks.
              • Iceland sent its minister.
            """
        let a = try article(text)
        #expect(a.sentences.map { a.text.string($0.range) } == [
            "Ministers Gather In Oslo",
            "The ministers of the two countries came together in Oslo\nfor a day of talks on fisheries.",
            "Norway hosted the talks.", "Iceland sent its minister.",
        ])
    }

    @Test func theDateHeaderAndDatelineAreRead() throws {
        let a = try article(" date 2024-03-08 OSLO, Norway, March 7. Norway and Iceland signed a fisheries accord.", published: nil)
        #expect(a.published == FuzzyDate(year: 2024, month: 3, day: 8))
        let dateline = try #require(a.dateline)
        #expect(dateline.place == "OSLO" && dateline.state == "Norway" && dateline.date == FuzzyDate(year: 2024, month: 3, day: 7))
        let b = try article("Reykjavik, The North Courier: Iceland's premier arrived.")
        #expect(b.dateline?.place == "Reykjavik" && b.dateline?.date == nil)
        #expect(throws: IngestError.invalidDate(file: "a.txt", line: 1, column: 7, text: "2024-13-01")) {
            try article(" date 2024-13-01 Text.", published: nil)
        }
        #expect(throws: IngestError.missingDate(file: "a.txt")) { try article("Text without a date.", published: nil) }
    }

    @Test func hostileBytesAreRefusedWithTheirPlace() throws {
        #expect(throws: IngestError.empty(file: "e.txt")) { try ArticleFile(data: Data(), file: "e.txt") }
        #expect(throws: IngestError.empty(file: "e.txt")) { try ArticleFile(data: Data(" \n\u{FEFF}".utf8), file: "e.txt") }
        #expect(throws: IngestError.binary(file: "b.bin", offset: 3, byte: 0)) {
            try ArticleFile(data: Data([0x50, 0x4B, 0x41, 0x00, 0x14]), file: "b.bin")
        }
        #expect(throws: IngestError.invalidUTF8(file: "l.txt", line: 2, column: 4, offset: 9)) {
            try ArticleFile(data: Data("first\nabc".utf8) + Data([0xE9, 0x20]), file: "l.txt")
        }
        // An overlong encoding and a lone surrogate are not UTF-8 either.
        #expect(throws: IngestError.invalidUTF8(file: "o.txt", line: 1, column: 1, offset: 0)) { try ArticleFile(data: Data([0xC0, 0xAF]), file: "o.txt") }
        #expect(throws: IngestError.invalidUTF8(file: "s.txt", line: 1, column: 2, offset: 1)) { try ArticleFile(data: Data([0x41, 0xED, 0xA0, 0x80]), file: "s.txt") }
        let big = Data(count: ArticleFile.maximumSize + 1)
        #expect(throws: IngestError.tooLarge(file: "big.txt", size: big.count, limit: ArticleFile.maximumSize)) { try ArticleFile(data: big, file: "big.txt") }
    }

    @Test func aHundredMegabyteFileIsRefusedBeforeItIsRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-100mb-\(getpid()).txt").path
        try Data().write(to: URL(fileURLWithPath: path))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 << 20)  // sparse: nothing is written
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: IngestError.tooLarge(file: "x.txt", size: 100 << 20, limit: ArticleFile.maximumSize)) {
            try ArticleFile(contentsOf: path, name: "x.txt")
        }
    }

    @Test func aOneMegabyteLineIsReadInLinearTime() throws {
        let line = String(repeating: "The delegates talked about trade and water ", count: 24_000) + "."
        let start = Date()
        let a = try article(line)
        #expect(a.sentences.count == 1)
        #expect(Date().timeIntervalSince(start) < 20)  // a quadratic pass would take hours
    }

    @Test func anotherLanguageIsRefusedByName() throws {
        let french = "Le président du Kazakhstan est arrivé à Tokyo pour le sommet. Il a rencontré le premier ministre et les ministres de la région pour une réunion sur le commerce."
        #expect(throws: IngestError.unsupportedLanguage(file: "a.txt", language: "French", supported: ["English"])) { try article(french) }
        let russian = "Президент Казахстана прибыл в Токио для участия в саммите. Он встретился с премьер-министром и обсудил вопросы торговли и энергетики, как и было запланировано."
        #expect(throws: IngestError.unsupportedLanguage(file: "a.txt", language: "Russian", supported: ["English"])) { try article(russian) }
        #expect(throws: IngestError.unsupportedLanguage(file: "a.txt", language: "Japanese", supported: ["English"])) {
            try article("首相は中央アジアの首脳と東京で会談した。")
        }
        // An English article quoting a foreign name stays English.
        _ = try article("The minister met the delegation of the Société Générale in Paris on Monday.")
    }
}
