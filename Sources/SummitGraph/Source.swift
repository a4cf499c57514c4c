/// An article the dataset's facts come from.
public struct Source: Hashable, Sendable {
    public var slug: String
    /// The article's file name.
    public var file: String
    public var publisher: String
    /// The publication date; `nil` for a file imported from elsewhere.
    public var published: FuzzyDate?
    public var title: String
    /// The dateline place.
    public var place: String?
    public var author: String?

    public init(slug: String, file: String, publisher: String, published: FuzzyDate?,
                title: String, place: String? = nil, author: String? = nil) {
        self.slug = slug
        self.file = file
        self.publisher = publisher
        self.published = published
        self.title = title
        self.place = place
        self.author = author
    }
}

/// A disagreement between sources, kept visible rather than resolved.
public struct Conflict: Hashable, Sendable {
    /// What a conflict is about.
    public enum Subject: Hashable, Sendable {
        case node(NodeID)
        case edge(EdgeID)
    }

    /// Which aspect the sources disagree on: one of the conflict fields the graph's ``Schema``
    /// declares, or one an imported graph brought.
    public struct Field: OpenVocabulary {
        public let rawValue: String
        public init(unchecked rawValue: String) { self.rawValue = rawValue }

        public static let date = Field(unchecked: "date")
        public static let name = Field(unchecked: "name")
        public static let status = Field(unchecked: "status")
        public static let place = Field(unchecked: "place")
        public static let participants = Field(unchecked: "participants")
        public static let other = Field(unchecked: "other")

        /// The standard fields, in the order ``Schema/standard`` declares them.
        public static let allCases: [Field] = Schema.standard.conflictFields.map(\.name)
    }

    public var slug: String
    public var subjects: [Subject]
    public var field: Field
    public var description: String
    public var sources: [SourceID]

    public init(slug: String, subjects: [Subject], field: Field, description: String,
                sources: [SourceID]) {
        self.slug = slug
        self.subjects = subjects
        self.field = field
        self.description = description
        self.sources = sources
    }
}
