import Foundation

/// The form names are compared in: case and diacritics folded, runs of anything but
/// letters and digits collapsed to one space (`"Émomali  RAHMON"` → `"emomali rahmon"`).
public struct NameKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The folded text.
    public let text: String

    public init<S: StringProtocol>(_ name: S) {
        text = Self.tokens(of: name).joined(separator: " ")
    }

    /// The folded words of `name`, in order.
    /// - Complexity: O(*n*) in the length of `name`.
    public static func tokens<S: StringProtocol>(of name: S) -> [String] {
        name.utf8.allSatisfy({ $0 < 0x80 }) ? asciiTokens(of: name) : foldedTokens(of: name)
    }

    /// ``tokens(of:)`` by Foundation's folding of case, diacritics and width.
    static func foldedTokens<S: StringProtocol>(of name: S) -> [String] {
        let folded = String(name).folding(options: [.caseInsensitive, .diacriticInsensitive,
                                                    .widthInsensitive], locale: nil)
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// ``tokens(of:)`` for ASCII text, where folding is lowercasing: the same words, without
    /// Foundation's Unicode folding (a name lookup over every node of a big graph folds them all).
    static func asciiTokens<S: StringProtocol>(of name: S) -> [String] {
        var words: [String] = [], word: [UInt8] = []
        func close() { if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) } }
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            default: close()
            }
        }
        close()
        return words
    }

    /// The words of the folded text.
    public var tokens: [Substring] { text.split(separator: " ") }
    public var isEmpty: Bool { text.isEmpty }
    public var description: String { text }
    public static func < (a: Self, b: Self) -> Bool { a.text < b.text }
}

/// Edit distance for "did you mean" suggestions.
public enum Spelling {
    /// The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
    /// substitutions and adjacent transpositions each cost 1), or `nil` once it exceeds `limit`.
    /// - Complexity: O(*m* · *n*) time, O(*n*) memory.
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return nil }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) <= limit ? max(x.count, y.count) : nil }
        var before = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = min(best, before[j - 2] + 1)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            if rowMinimum > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }

    /// The candidates closest to `word`, best first (ties in the candidates' order), at most
    /// `count` of them, each within a distance that grows with the word's length.
    public static func closest(to word: String, among candidates: [String], count: Int = 3) -> [String] {
        let limit = max(1, word.unicodeScalars.count / 3)
        var scored: [(distance: Int, order: Int, text: String)] = []
        for (order, candidate) in candidates.enumerated() {
            if let d = distance(word, candidate, limit: limit) { scored.append((d, order, candidate)) }
        }
        scored.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        var seen = Set<String>()
        var result: [String] = []
        for candidate in scored where result.count < count && seen.insert(candidate.text).inserted {
            result.append(candidate.text)
        }
        return result
    }
}
