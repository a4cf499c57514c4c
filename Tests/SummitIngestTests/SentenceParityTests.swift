import Foundation
import Testing
import SummitGraph
import SummitIngest

/// scripts/lib/article_sentences.py (which scripts/locate-evidence uses to locate the seeds'
/// evidence) cuts the seed articles into the sentences the ingester cuts, at the same spans.
@Suite struct SentenceParityTests {
    static let script = DevSetTests.root.appendingPathComponent("scripts/lib/article_sentences.py").path

    @Test(.enabled(if: DevSetTests.present, "../shared/seeds (the seed articles) is absent"))
    func thePythonSplitterCutsTheSeedArticlesAsTheIngesterDoes() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: DevSetTests.articles).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 5)
        for name in names {
            let path = DevSetTests.articles + "/" + name
            let article = try Article(text: try ArticleFile(contentsOf: path, name: name), published: try FuzzyDate(parsing: "2025-12-19"))
            let swift = article.sentences.map { "\($0.span.lowerBound)-\($0.span.upperBound)" }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", Self.script, path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let python = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
            #expect(swift.count > 10 && python == swift, "\(name)")
        }
    }
}
