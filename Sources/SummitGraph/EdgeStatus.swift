/// How firmly an edge's fact holds, as its sources report it: one of the statuses the graph's
/// ``Schema`` declares (``Schema/standard``: occurred, planned, ongoing, historical), or a status
/// an imported graph brought.
public struct EdgeStatus: OpenVocabulary {
    public let rawValue: String
    public init(unchecked rawValue: String) { self.rawValue = rawValue }

    public static let occurred = EdgeStatus(unchecked: "occurred")
    public static let planned = EdgeStatus(unchecked: "planned")
    public static let ongoing = EdgeStatus(unchecked: "ongoing")
    public static let historical = EdgeStatus(unchecked: "historical")

    /// The standard statuses, in the order ``Schema/standard`` declares them.
    public static let allCases: [EdgeStatus] = Schema.standard.statuses.map(\.name)
}

/// A participant's role in an initiative (`participates_in` edges): one of the roles the graph's
/// ``Schema`` declares, or a role an imported graph brought.
public struct ParticipationRole: OpenVocabulary {
    public let rawValue: String
    public init(unchecked rawValue: String) { self.rawValue = rawValue }

    public static let chair = ParticipationRole(unchecked: "chair")
    public static let host = ParticipationRole(unchecked: "host")
    public static let attendee = ParticipationRole(unchecked: "attendee")
    public static let signatory = ParticipationRole(unchecked: "signatory")
    public static let organizer = ParticipationRole(unchecked: "organizer")
    public static let member = ParticipationRole(unchecked: "member")

    /// The standard roles, in the order ``Schema/standard`` declares them.
    public static let allCases: [ParticipationRole] = Schema.standard.roles.map(\.name)
}
