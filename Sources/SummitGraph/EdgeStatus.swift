/// How firmly an edge's fact holds, as its sources report it.
public enum EdgeStatus: String, CaseIterable, Codable, Sendable, Comparable {
    /// It happened.
    case occurred
    /// Announced or expected; no source confirms it happened.
    case planned
    /// Current and continuing (an office held, a membership).
    case ongoing
    /// Former; it has ended (a past office).
    case historical

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A participant's role in an initiative (`participates_in` edges).
public enum ParticipationRole: String, CaseIterable, Codable, Sendable {
    case chair, host, attendee, signatory, organizer, member
}
