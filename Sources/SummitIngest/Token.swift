import SummitGraph

/// A word, number or punctuation mark of the normalised text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable { case word, number, mark }
    let kind: Kind
    /// The normalised text.
    let text: String
    /// The folded form (NameKey's), empty for marks.
    let folded: String
    /// Scalar offsets in the normalised text.
    let range: Range<Int>

    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var isAllCaps: Bool { kind == .word && text.count > 1 && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase } }
    var isWordLike: Bool { kind != .mark }
    func isMark(_ mark: String) -> Bool { kind == .mark && text == mark }
}

enum Tokenizer {
    /// The tokens of `scalars[range]`: runs of letters (with combining marks), runs of digits,
    /// and each other non-space scalar alone. A possessive `'s` is its own token.
    /// - Complexity: O(*n*).
    static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        func make(_ kind: Token.Kind, _ r: Range<Int>) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[r])
            let text = String(view)
            // An ASCII word or number folds to its lower case, as NameKey folds it, without the search for words.
            let ascii = scalars[r].allSatisfy { $0.value < 0x80 && (isLetter($0) || isDigit($0)) }
            let folded = kind == .mark ? "" : ascii ? text.lowercased() : NameKey.tokens(of: text).joined(separator: " ")
            tokens.append(Token(kind: kind, text: text, folded: folded, range: r))
        }
        while i < range.upperBound {
            let s = scalars[i]
            if isSpace(s) { i += 1; continue }
            if isLetter(s) {
                var j = i + 1
                while j < range.upperBound, isLetter(scalars[j]) || isDigit(scalars[j]) { j += 1 }
                make(.word, i..<j); i = j; continue
            }
            if isDigit(s) {
                var j = i + 1
                while j < range.upperBound, isDigit(scalars[j]) { j += 1 }
                // "2-day", "5th": a number glued to letters stays a number followed by a word.
                make(.number, i..<j); i = j; continue
            }
            if s == "'", i + 1 < range.upperBound, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= range.upperBound || !isLetter(scalars[i + 2]) {
                make(.word, i..<(i + 2)); i += 2; continue
            }
            make(.mark, i..<(i + 1)); i += 1
        }
        return tokens
    }

    /// A letter or a combining mark.
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isLetter || (s.value >= 0x80 && s.properties.generalCategory == .nonspacingMark)
    }

    /// An ASCII digit (a number token is ASCII digits only).
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value &- 0x30 < 10 }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s == " " || (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace
    }
}
