/// One problem in a dataset file, located and with its fix.
///
/// Renders as `file:line:column: error: message; fix`, the form editors and CI
/// annotators jump to.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case error, warning }

    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int
    public var severity: Severity
    public var message: String
    /// What to change to make it right.
    public var fix: String?

    public init(file: String, line: Int, column: Int, severity: Severity = .error,
                message: String, fix: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.fix = fix
    }

    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)" + (fix.map { "; \($0)" } ?? "")
    }
}

/// The dataset module's one error type.
public enum DatasetError: Error, Sendable, CustomStringConvertible {
    /// The dataset has problems; every one found is listed, in file and line order.
    case invalid([Diagnostic])
    /// There is no dataset at `path`.
    case notFound(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
        case .notFound(let path, let reason):
            "\(path): error: \(reason)"
        }
    }
}
