extension TSVDocument {
    /// Inserts `lines` (each already laid out) before line `index`, with the file's line ending.
    /// At the end of a file without a final line break, the new last line has none either.
    mutating func insert(_ newLines: [[UInt8]], at index: Int, kinds: [LineKind]) {
        guard !newLines.isEmpty else { return }
        var ending = lineEnding
        var endingOfLast = ending
        isEdited = true
        if index == lines.count, let last = lines.indices.last, lines[last].ending == .none {
            lines[last].ending = ending
            endingOfLast = .none
        }
        if lines.isEmpty { ending = .lf; endingOfLast = .lf }
        let made = zip(newLines, kinds).enumerated().map { i, pair in
            Line(bytes: pair.0, ending: i == newLines.count - 1 ? endingOfLast : ending, kind: pair.1)
        }
        lines.insert(contentsOf: made, at: index)
        if let header = headerIndex, index <= header { headerIndex = header + made.count }
    }

    /// A row laid out in the header's column order (absent columns empty).
    func rowBytes(_ values: [String: String]) -> [UInt8] {
        Self.join(columns.map { Array((values[$0] ?? "").utf8) })
    }

    /// Adds a header line of `names` after the file's leading comments and blank lines.
    mutating func addHeader(_ names: [String]) {
        insert([Self.join(names.map { Array($0.utf8) })], at: lines.count, kinds: [.header])
        headerIndex = lines.count - 1
        columns = names
    }

    /// Sets the field in `column` of row `index` to `value`; only that field's bytes change.
    mutating func setValue(_ value: String, column: String, ofLine index: Int) {
        guard let position = columns.firstIndex(of: column) else { return }
        var parts = Self.parts(of: lines[index].bytes).map(Array.init)
        while parts.count <= position { parts.append([]) }
        parts[position] = Array(value.utf8)
        lines[index].setBytes(Self.join(parts))
        isEdited = true
    }

    /// Appends `item` to the `;`-separated list in `column` of row `index`, in the separator
    /// the field already uses (`;` or `; `); nothing when the list has it already.
    /// - Returns: whether the field changed.
    @discardableResult
    mutating func appendItem(_ item: String, column: String, ofLine index: Int) -> Bool {
        let current = value(column, ofLine: index)
        let items = current.split(separator: ";").map { trimmingSpaces($0) }
        if items.contains(item) { return false }
        let separator = current.contains("; ") ? "; " : ";"
        setValue(trimmingSpaces(current[...]).isEmpty ? item : current + separator + item, column: column, ofLine: index)
        return true
    }

    /// Adds column `name` to the header at `position`, and an empty field there to every row.
    mutating func addColumn(_ name: String, at position: Int) {
        guard let header = headerIndex else { return }
        for index in lines.indices where index == header || lines[index].kind == .row {
            var parts = Self.parts(of: lines[index].bytes).map(Array.init)
            // The CR that ends a file without a final line break stays last.
            let trailingCR = lines[index].ending == .none && parts.last?.last == 0x0D
            if trailingCR { parts[parts.count - 1].removeLast() }
            parts.insert(index == header ? Array(name.utf8) : [], at: min(position, parts.count))
            if trailingCR { parts[parts.count - 1].append(0x0D) }
            lines[index].setBytes(Self.join(parts))
        }
        columns.insert(name, at: min(position, columns.count))
        isEdited = true
    }
}

extension TSVDocument {
    /// Removes line `index`. A file that had no final line break keeps none.
    mutating func remove(lineAt index: Int) {
        let removed = lines.remove(at: index)
        if index == lines.count, removed.ending == .none, let last = lines.indices.last { lines[last].ending = .none }
        if let header = headerIndex, index < header { headerIndex = header - 1 }
        isEdited = true
    }
}
