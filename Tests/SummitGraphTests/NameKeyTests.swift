@testable import SummitGraph
import Testing
import TestSupport

@Suite("Name keys: the ASCII fast path folds as Foundation does")
struct NameKeyTests {
    /// Random ASCII text of every kind (controls, punctuation, digits, both cases, CRLF).
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func asciiTokensEqualFoldedTokens(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        func next(_ n: Int) -> Int { random.below(n) }
        for _ in 0..<50 {
            let pieces = ["\r\n", "  ", "-", "'", "Ab", "zZ", "09", "\t", "\u{7F}", "\u{0}", "_", "Rahmon", "N17"]
            var text = ""
            for _ in 0..<next(12) {
                text += next(3) == 0 ? pieces[next(pieces.count)] : String(UnicodeScalar(UInt8(next(128))))
            }
            #expect(NameKey.asciiTokens(of: text) == NameKey.foldedTokens(of: text), "\(Array(text.utf8))")
        }
    }

    @Test func nonASCIINamesAreFolded() {
        #expect(NameKey("Émomali  RAHMON").text == "emomali rahmon")
        #expect(NameKey("Эмомали Рахмон").text == "эмомали рахмон")
        #expect(NameKey("Shavkat Mirziyoyev (President)").text == "shavkat mirziyoyev president")
    }
}
