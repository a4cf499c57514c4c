/// How a file orders its rows, so that a new row goes where an editor would put it.
struct RowOrder {
    /// What rows are sorted by inside a section, when they are sorted.
    enum SortKey: Comparable {
        /// An id.
        case text(String)
        /// A position in another file (evidence follows its edges' order).
        case position(Int)
    }

    /// The group (section) a row belongs to: an edge's type, a node's kind; `""` when the file
    /// has one group.
    var group: (TSVDocument.RowView) -> String = { _ in "" }
    var sortKey: (TSVDocument.RowView) -> SortKey? = { _ in nil }
    /// Rows that must stay together, the new one after them (an edge's evidence).
    var anchor: (TSVDocument.RowView) -> String? = { _ in nil }
    /// What chooses between two sections of one group (an edge's source kind).
    var affinity: (TSVDocument.RowView) -> String? = { _ in nil }
    /// Whether group `a` comes before group `b` in the schema's order.
    var precedes: (String, String) -> Bool = { $0 < $1 }
    /// The heading of a new section for `group`, without the `# `.
    var heading: (String) -> String = { $0 }
}

/// Where a new row goes: before line `index`, after a new section heading when `heading` is set,
/// followed by `blanksAfter` blank lines (the spacing the sections around it use).
struct RowPlacement: Equatable {
    var index: Int
    var heading: String?
    var blanksAfter = 0
}

extension TSVDocument {
    private struct RowInfo {
        let line: Int
        let group: String
        let key: RowOrder.SortKey?
        let anchor: String?
        let affinity: String?
    }

    private struct Candidate {
        let section: Section
        /// The section's rows of the new row's group.
        let run: [RowInfo]
        let isHomogeneous: Bool
    }

    /// Where `row` goes under `order`: in its group's section (sorted in when the section is
    /// sorted, else after the section's last row; after its anchor's rows when it has some);
    /// else in a new section, in the schema's order, when the file is sectioned; else after
    /// the last row.
    /// - Complexity: O(*n*) in the number of lines.
    func placement(of values: [String: String], order: RowOrder) -> RowPlacement {
        let row = view(of: values)
        let group = order.group(row)
        let new = RowInfo(line: -1, group: group, key: order.sortKey(row), anchor: order.anchor(row), affinity: order.affinity(row))
        var candidates: [Candidate] = []
        var sectionGroups: [(section: Section, group: String)] = []
        for section in sections() {
            let groups = section.rows.map { order.group(view(ofLine: $0)) }
            // Sort keys, anchors and affinities only for the rows of the new row's group.
            let run = zip(section.rows, groups).filter { $0.1 == group }.map { line, group in
                let fields = view(ofLine: line)
                return RowInfo(line: line, group: group, key: order.sortKey(fields), anchor: order.anchor(fields), affinity: order.affinity(fields))
            }
            if !run.isEmpty || (section.rows.isEmpty && section.isHeaded(group, in: self)) {
                candidates.append(Candidate(section: section, run: run, isHomogeneous: run.count == groups.count))
            }
            if let first = groups.first, groups.allSatisfy({ $0 == first }) {
                sectionGroups.append((section, first))
            } else if groups.isEmpty, let word = section.headingWord(in: self) {
                sectionGroups.append((section, word))
            }
        }
        if let chosen = choose(among: candidates, for: new) {
            return RowPlacement(index: position(of: new, in: chosen))
        }
        let isSectioned = sectionGroups.contains { !$0.section.rows.isEmpty && $0.section.isHeaded($0.group, in: self) }
        guard isSectioned else {
            return RowPlacement(index: rowIndices.last.map { $0 + 1 } ?? lines.count)
        }
        if let before = sectionGroups.last(where: { order.precedes($0.group, group) }) {
            return RowPlacement(index: before.section.end, heading: order.heading(group),
                                blanksAfter: before.section.trailingBlanks(in: self))
        }
        let first = sectionGroups[0].section
        let index = first.isHeaded(sectionGroups[0].group, in: self) ? first.comments.last ?? first.start : first.start
        return RowPlacement(index: index, heading: order.heading(group), blanksAfter: first.trailingBlanks(in: self))
    }

    /// The section for `new`: the one holding its anchor's rows; else, among the sections of its
    /// group only (rather than mixed ones), the one nearest its position, or sharing its
    /// affinity most; ties go to the last.
    private func choose(among candidates: [Candidate], for new: RowInfo) -> Candidate? {
        if let anchor = new.anchor, let holding = candidates.last(where: { $0.run.contains { $0.anchor == anchor } }) {
            return holding
        }
        let pure = candidates.filter(\.isHomogeneous)
        let pool = pure.isEmpty ? candidates : pure
        func score(_ candidate: Candidate) -> (Int, Int) {
            var distance = 0
            if case .position(let p)? = new.key {
                let positions = candidate.run.compactMap { info -> Int? in
                    if case .position(let q)? = info.key { q } else { nil }
                }
                if let low = positions.min(), let high = positions.max() { distance = p < low ? low - p : max(0, p - high) }
            }
            let alike = new.affinity.map { a in candidate.run.filter { $0.affinity == a }.count } ?? 0
            return (-distance, alike)
        }
        return pool.enumerated().max { a, b in
            let (sa, sb) = (score(a.element), score(b.element))
            return sa != sb ? sa < sb : a.offset < b.offset
        }?.element
    }

    /// The line before which `new` goes in `candidate`'s run.
    private func position(of new: RowInfo, in candidate: Candidate) -> Int {
        let run = candidate.run
        guard let last = run.last else { return (candidate.section.comments.last ?? candidate.section.start - 1) + 1 }
        if let anchor = new.anchor, let held = run.last(where: { $0.anchor == anchor }) { return held.line + 1 }
        if let key = new.key {
            let keys = run.compactMap(\.key)
            if keys.count == run.count, zip(keys, keys.dropFirst()).allSatisfy({ $0 <= $1 }) {
                return run.first { ($0.key ?? key) > key }?.line ?? last.line + 1
            }
        }
        return last.line + 1
    }

    /// Inserts `row` at `placement`, with its heading and spacing.
    mutating func insert(row: [String: String], at placement: RowPlacement) {
        var newLines = [rowBytes(row)], kinds = [LineKind.row]
        if let heading = placement.heading {
            newLines.insert(Array("# \(heading)".utf8), at: 0)
            kinds.insert(.comment, at: 0)
            newLines += Array(repeating: [], count: placement.blanksAfter)
            kinds += Array(repeating: .blank, count: placement.blanksAfter)
        }
        insert(newLines, at: placement.index, kinds: kinds)
    }
}
