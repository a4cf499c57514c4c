/// A node's dense index in a ``Graph``: O(1) to look up, 4 bytes to store.
///
/// Ids are only meaningful for the graph that issued them. A node's stable,
/// human-readable identity is its ``Node/slug``.
public struct NodeID: Hashable, Comparable, Sendable, BitwiseCopyable, CustomStringConvertible {
    public let index: Int32
    @inlinable public init(_ index: Int) { self.index = Int32(truncatingIfNeeded: index) }
    @inlinable public var offset: Int { Int(index) }
    @inlinable public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
    public var description: String { "n\(index)" }
}

/// An edge's dense index in a ``Graph``.
public struct EdgeID: Hashable, Comparable, Sendable, BitwiseCopyable, CustomStringConvertible {
    public let index: Int32
    @inlinable public init(_ index: Int) { self.index = Int32(truncatingIfNeeded: index) }
    @inlinable public var offset: Int { Int(index) }
    @inlinable public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
    public var description: String { "e\(index)" }
}

/// A source's (article's) dense index in a ``Graph``.
public struct SourceID: Hashable, Comparable, Sendable, BitwiseCopyable, CustomStringConvertible {
    public let index: Int32
    @inlinable public init(_ index: Int) { self.index = Int32(truncatingIfNeeded: index) }
    @inlinable public var offset: Int { Int(index) }
    @inlinable public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
    public var description: String { "s\(index)" }
}

/// A stable, human-readable identifier: lower-case ASCII letters and digits in
/// groups joined by single hyphens (`emomali-rahmon`).
public enum Slug {
    /// Whether `text` is a valid slug.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func isValid<S: StringProtocol>(_ text: S) -> Bool {
        var previousWasHyphen = true  // forbids a leading hyphen
        for unit in text.utf8 {
            switch unit {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }
}
