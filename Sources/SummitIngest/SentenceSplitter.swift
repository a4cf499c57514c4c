/// Splits an article's body into sentences.
///
/// A blank line ends a paragraph. Inside a paragraph a line break ends a sentence when the line
/// ends in terminal punctuation, is short (a headline, a byline, a date), or the next line is a
/// bullet; otherwise the lines are one wrapped sentence. Inside a line, `.`, `!` or `?` (and any
/// closing quotes) followed by a space and a capital, a digit or a quote ends a sentence, unless
/// the word before the full stop is an abbreviation of the lexicon or a single capital (an initial).
struct SentenceSplitter {
    let lexicon: Lexicon
    /// Lines of fewer words than this, not ending in a comma, stand alone.
    static let shortLine = 8

    /// The sentence ranges of `scalars[body]`, and whether each starts a paragraph.
    /// - Complexity: O(*n*).
    func split(_ scalars: [Unicode.Scalar], body: Range<Int>) -> [(range: Range<Int>, startsParagraph: Bool)] {
        var result: [(Range<Int>, Bool)] = []
        var lines: [Range<Int>] = []
        var start = body.lowerBound
        for i in body where scalars[i] == "\n" { lines.append(start..<i); start = i + 1 }
        lines.append(start..<body.upperBound)
        var unitStart: Int? = nil, paragraphStart = true
        for (n, line) in lines.enumerated() {
            let trimmed = trim(scalars, line)
            if trimmed.isEmpty {
                if let s = unitStart { emit(scalars, s..<lines[n - 1].upperBound, &result, paragraphStart); unitStart = nil }
                paragraphStart = true
                continue
            }
            if unitStart == nil { unitStart = trimmed.lowerBound }
            let next = n + 1 < lines.count ? trim(scalars, lines[n + 1]) : 0..<0
            let nextIsBullet = isBullet(scalars, next)
            // A line that starts in lower case goes on the line before ("… Relations\nof the Ministry …").
            let nextContinues = next.first.map { scalars[$0].properties.isLowercase } ?? false
            let last = scalars[trimmed.upperBound - 1]
            if (endsUnit(scalars, trimmed) && (!nextContinues || ".!?".unicodeScalars.contains(last))) || nextIsBullet || n + 1 == lines.count {
                emit(scalars, unitStart!..<trimmed.upperBound, &result, paragraphStart)
                unitStart = nil
                paragraphStart = false
            }
        }
        if let s = unitStart { emit(scalars, s..<body.upperBound, &result, paragraphStart) }
        return result
    }

    private func emit(_ scalars: [Unicode.Scalar], _ unit: Range<Int>, _ result: inout [(Range<Int>, Bool)], _ paragraph: Bool) {
        var unit = trim(scalars, unit)
        while isBullet(scalars, unit) { unit = trim(scalars, (unit.lowerBound + 1)..<unit.upperBound) }
        var start = unit.lowerBound, first = true
        var i = unit.lowerBound
        while i < unit.upperBound {
            let s = scalars[i]
            if s == "." || s == "!" || s == "?" {
                var end = i + 1
                while end < unit.upperBound, scalars[end] == "." || scalars[end] == "\"" || scalars[end] == "'" || scalars[end] == ")" { end += 1 }
                if end < unit.upperBound, scalars[end].properties.isWhitespace, startsSentence(scalars, from: end, to: unit.upperBound),
                   s != "." || !isAbbreviation(scalars, dotAt: i, from: start) {
                    let piece = trim(scalars, start..<end)
                    if !piece.isEmpty { result.append((piece, paragraph && first)); first = false }
                    start = end
                }
                i = end
                continue
            }
            i += 1
        }
        let piece = trim(scalars, start..<unit.upperBound)
        if !piece.isEmpty { result.append((piece, paragraph && first)) }
    }

    private func startsSentence(_ scalars: [Unicode.Scalar], from: Int, to end: Int) -> Bool {
        var j = from
        while j < end, scalars[j].properties.isWhitespace { j += 1 }
        guard j < end else { return true }
        let s = scalars[j]
        return s.properties.isUppercase || (s.isASCII && s.properties.numericType != nil) || s == "\"" || s == "'" || s == "(" || s == "•"
    }

    private func isAbbreviation(_ scalars: [Unicode.Scalar], dotAt i: Int, from start: Int) -> Bool {
        var j = i
        while j > start, !scalars[j - 1].properties.isWhitespace, scalars[j - 1] != "(" , scalars[j - 1] != "\"" { j -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[j...i])
        let text = String(word)
        if lexicon.abbreviations.contains(text.lowercased()) { return true }
        // A single capital before the stop is an initial ("J. Smith").
        return text.unicodeScalars.count == 2 && text.unicodeScalars.first!.properties.isUppercase
    }

    private func endsUnit(_ scalars: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        let last = scalars[line.upperBound - 1]
        if ".!?:\"')]".unicodeScalars.contains(last) { return true }
        if last == "," || last == ";" { return false }
        var words = 0, inWord = false
        for i in line {
            let isSpace = scalars[i].properties.isWhitespace
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words < Self.shortLine
    }

    private func isBullet(_ scalars: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard let first = line.first else { return false }
        let s = scalars[first]
        return s == "•" || s == "·" || s == "▪" || ((s == "*" || s == "-") && line.count > 1 && scalars[first + 1] == " ")
    }

    func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b, scalars[a].properties.isWhitespace { a += 1 }
        while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
        return a..<b
    }
}
