import Foundation

extension EdgeTypeRule {
    /// How prose says an edge of this type between its source and its target, in the present
    /// tense ("Rahmon *meets* Aso", "Japan *is part of* Asia"): the standard types' words, else
    /// the type's own name with its underscores as spaces (a dataset's `mediates`).
    public var phrase: String {
        Self.standardPhrases[type] ?? type.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    private static let standardPhrases: [EdgeType: String] = [
        .met: "meets", .participatesIn: "takes part in", .headOf: "heads", .holdsRole: "holds a role in",
        .cooperatesWith: "cooperates with", .supports: "supports", .proposed: "proposes", .chairs: "chairs",
        .hosts: "hosts", .adopted: "adopts", .organizes: "organises", .partOf: "is part of", .heldIn: "is held in",
        .visits: "visits", .connects: "connects", .bypasses: "bypasses", .nativeOf: "comes from",
    ]
}
