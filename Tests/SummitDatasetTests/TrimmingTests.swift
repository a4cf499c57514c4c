import Foundation
@testable import SummitDataset
import Testing
import TestSupport

@Suite("Trimming spaces as Foundation trims .whitespaces")
struct TrimmingTests {
    @Test(arguments: 1...30 as ClosedRange<UInt64>)
    func equalsFoundation(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        func next(_ n: Int) -> Int { random.below(n) }
        // Spaces of every kind, characters that look like spaces but are not (line breaks,
        // zero-width space, BOM), combining marks, letters.
        let pieces = [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\u{1680}", "\n", "\r", "\u{200B}", "\u{FEFF}",
                      "\u{301}", "a", "Ж", "徳", "😀", ";", "x y"]
        for _ in 0..<60 {
            let text = (0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(trimmingSpaces(text[...]) == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Every scalar of the Basic Multilingual Plane (all of Unicode's spaces are there) is a space
    /// to both or to neither.
    @Test func everyBMPScalarAgrees() {
        for value in 0...0xFFFF as ClosedRange<UInt32> {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            #expect(isSpace(scalar) == text.trimmingCharacters(in: .whitespaces).isEmpty, "U+\(String(value, radix: 16))")
        }
    }
}
