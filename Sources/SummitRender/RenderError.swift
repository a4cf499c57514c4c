/// The render module's one error type.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No Graphviz program named `program` on the PATH.
    case graphvizMissing(program: String)
    /// Graphviz exited with `status`; `stderr` is what it said (truncated to the capture limit).
    case graphvizFailed(status: Int32, stderr: String)
    /// Graphviz ran longer than `seconds` and was stopped.
    case timedOut(seconds: Double)
    /// Graphviz wrote more than `limit` bytes and was stopped.
    case outputTooLarge(limit: Int)
    /// The child process could not be started.
    case cannotStart(String)

    public var description: String {
        switch self {
        case .graphvizMissing(let program):
            "Graphviz's '\(program)' is not on the PATH; install it with `sudo apt-get install graphviz` (Debian/Ubuntu), `brew install graphviz` (macOS), or run scripts/setup"
        case .graphvizFailed(let status, let stderr):
            "Graphviz failed (exit status \(status)):\n" + stderr.trimmingCharacters(in: .newlines)
        case .timedOut(let seconds):
            "Graphviz did not finish within \(Self.format(seconds)) s and was stopped; try --layout sfdp, a smaller selection (--focus NAME --depth 1), or a longer --timeout"
        case .outputTooLarge(let limit):
            "Graphviz wrote more than \(limit / (1 << 20)) MiB and was stopped"
        case .cannotStart(let reason):
            "cannot start Graphviz: \(reason)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension Set where Element == Character {
    static let newlines: Set<Character> = ["\n", "\r", "\r\n"]
}
