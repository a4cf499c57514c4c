import Foundation
import SummitGraph
import Testing
import TestSupport

@Suite("SHA-256 against FIPS 180-4's examples and Python's hashlib")
struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func publishedExamples(_ text: String, _ hex: String) {
        #expect(SHA256.hash(text).description == hex)
    }

    @Test func aMillionAs() {
        #expect(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)).description
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every length across the padding boundaries (55/56/64 bytes and their multiples), then
    /// seeded random inputs up to several blocks, including non-ASCII bytes, against hashlib.
    @Test func equalsHashlib() throws {
        var random = SeededRandom(seed: 0x5EED_5A256)
        var inputs: [[UInt8]] = (0...200).map { n in (0..<n).map { _ in UInt8(truncatingIfNeeded: random.next()) } }
        for _ in 0..<100 { inputs.append((0..<random.below(5_000)).map { _ in UInt8(truncatingIfNeeded: random.next()) }) }
        inputs.append(Array("Рахмон и 徳仁: “quotes” — and 😀".utf8))
        let hexInputs = inputs.map { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
        let digests = try hashlib(hexInputs)
        try #require(digests.count == inputs.count, "python3 gave \(digests.count) digests for \(inputs.count) inputs")
        for (bytes, expected) in zip(inputs, digests) {
            #expect(SHA256.hash(bytes).description == expected, "input of \(bytes.count) bytes")
        }
    }

    @Test func hexParsing() {
        let hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(SHA256Digest(hex: hex) == SHA256.hash("abc"))
        #expect(SHA256Digest(hex: hex)?.description == hex)
        #expect(SHA256Digest(hex: hex.uppercased()) == nil, "lower case only, as hexdigest writes it")
        #expect(SHA256Digest(hex: String(hex.dropLast())) == nil)
        #expect(SHA256Digest(hex: hex + "0") == nil)
        #expect(SHA256Digest(hex: String(hex.dropLast()) + "g") == nil)
        #expect(SHA256Digest(hex: "") == nil)
    }

    /// Digests Python computes for each hex-encoded input, one a line.
    private func hashlib(_ hexInputs: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import hashlib, sys
            for line in sys.stdin.read().split("\\n"):
                if line != "-":
                    print(hashlib.sha256(bytes.fromhex(line)).hexdigest())
            """]
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sg-sha-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("in"), output = scratch.appendingPathComponent("out")
        try Data((hexInputs.joined(separator: "\n") + "\n-").utf8).write(to: input)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 failed")
        return String(decoding: try Data(contentsOf: output), as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

@Suite("Article spans: parsing, slicing as Python slices, locating")
struct ArticleSpanTests {
    @Test func parsesAndPrints() throws {
        let span = try ArticleSpan(parsing: "812-955")
        #expect((span.start, span.end, span.count) == (812, 955, 143))
        #expect(span.description == "812-955")
    }

    @Test(arguments: [
        ("812", "expected START-END, two offsets in characters such as 812-955", 0),
        ("812-", "expected START-END, two offsets in characters such as 812-955", 4),
        ("-955", "expected START-END, two offsets in characters such as 812-955", 0),
        ("1-2-3", "expected START-END, two offsets in characters such as 812-955", 0),
        ("+1-2", "expected START-END, two offsets in characters such as 812-955", 0),
        ("1 -2", "expected START-END, two offsets in characters such as 812-955", 0),
        ("955-812", "the span ends before it starts", 0),
        ("7-7", "the span is empty: it ends where it starts", 2),
        ("99999999999999999999-1", "expected START-END, two offsets in characters such as 812-955", 0),
    ])
    func refusesMalformedSpans(_ text: String, _ reason: String, _ offset: Int) {
        #expect(throws: GraphError.invalidSpan(text, reason: reason, offset: offset)) { try ArticleSpan(parsing: text) }
    }

    /// Offsets count scalars, BOM and CR included, exactly as Python's str indexing does
    /// (`open(path, encoding="utf-8", newline="").read()[12:33]` on these bytes gives the same).
    @Test func slicesScalarsLikePython() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("Line one.\r\nÉmile met 徳仁 😀 today.\r\n".utf8)
        let text = try #require(ArticleText(utf8: bytes))
        let span = try #require(ArticleSpan(start: 12, end: 33))
        #expect(text.text(in: span) == "Émile met 徳仁 😀 today.")
        let location = try #require(text.locate(span))
        #expect(location.sha256 == SHA256.hash("Émile met 徳仁 😀 today."))
        #expect(text.sentence(at: location) == .found("Émile met 徳仁 😀 today."))
        #expect(text.sentence(at: SentenceLocation(span: try #require(ArticleSpan(start: 11, end: 32)), sha256: location.sha256)) == .changed)
        #expect(text.sentence(at: SentenceLocation(span: try #require(ArticleSpan(start: 30, end: 99)), sha256: location.sha256))
                == .outside(articleLength: 35))
        #expect(ArticleText(utf8: [0x41, 0xFF, 0x42]) == nil, "invalid UTF-8 has no offsets")
    }
}
