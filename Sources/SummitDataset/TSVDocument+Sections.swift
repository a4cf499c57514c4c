extension TSVDocument {
    /// A block of rows after the header, with the comment lines that head it: the seeds'
    /// `# met`, `# persons`. A comment line that follows a row starts the next section; the
    /// comments right after the header head the first one (the last of them names it, the
    /// others are the file's preface).
    struct Section: Sendable {
        /// The comment lines above the rows.
        var comments: [Int] = []
        /// The data rows, in order.
        var rows: [Int] = []
        /// The section's first line.
        var start: Int
        /// The index just past its last line (its trailing blank lines included).
        var end: Int

        /// The number of blank lines after its last row.
        func trailingBlanks(in document: TSVDocument) -> Int {
            let last = rows.last ?? comments.last ?? start - 1
            return (last + 1..<end).filter { document.lines[$0].kind == .blank }.count
        }

        /// The word the heading starts with, lower-cased: `part_of` for `# part_of: initiatives`,
        /// `persons` for `# persons`; `nil` without a heading.
        func headingWord(in document: TSVDocument) -> String? {
            guard let last = comments.last else { return nil }
            let text = String(decoding: document.lines[last].bytes.dropFirst(), as: UTF8.self)
            let word = trimmingSpaces(text[...]).lowercased().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            return word.isEmpty ? nil : String(word)
        }

        /// Whether the heading names `group`, in the singular or with an `s`.
        func isHeaded(_ group: String, in document: TSVDocument) -> Bool {
            guard let word = headingWord(in: document), !group.isEmpty else { return false }
            return word == group.lowercased() || word == group.lowercased() + "s"
        }
    }

    /// The sections after the header, in file order; empty when there is no header.
    /// - Complexity: O(*n*) in the number of lines.
    func sections() -> [Section] {
        guard let header = headerIndex else { return [] }
        var sections: [Section] = []
        var current = Section(start: header + 1, end: header + 1)
        for index in (header + 1)..<lines.count {
            switch lines[index].kind {
            case .comment:
                if !current.rows.isEmpty {
                    sections.append(current)
                    current = Section(start: index, end: index)
                }
                current.comments.append(index)
            case .row:
                current.rows.append(index)
            case .blank, .header:
                break
            }
            current.end = index + 1
        }
        sections.append(current)
        return sections
    }
}
