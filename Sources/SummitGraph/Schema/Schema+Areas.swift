extension Schema {
    /// `area` and every area under it, at any depth (`energy`: hydropower, renewable-energy,
    /// solar-energy, energy-efficiency…): what a query for `area` matches. An area the schema
    /// does not declare matches only itself.
    /// - Complexity: O(size of the subtree).
    public func areas(under area: CooperationArea) -> Set<CooperationArea> {
        var found: Set<CooperationArea> = [area], stack = [area]
        while let next = stack.popLast() {
            for child in children(of: next) where found.insert(child).inserted { stack.append(child) }
        }
        return found
    }

    /// The broader areas `area` belongs to, nearest first (`solar-energy`: renewable-energy, energy).
    /// - Complexity: O(depth); a cycle (which ``problems(of:)-(AreaTerm)`` reports) is not followed twice.
    public func ancestors(of area: CooperationArea) -> [CooperationArea] {
        var chain: [CooperationArea] = [], seen: Set<CooperationArea> = [area], next = term(for: area)?.parent
        while let parent = next, seen.insert(parent).inserted {
            chain.append(parent)
            next = term(for: parent)?.parent
        }
        return chain
    }

    /// The area names, sorted, as messages list them.
    public var areaNames: [String] { areas.map(\.name.rawValue).sorted() }
}
