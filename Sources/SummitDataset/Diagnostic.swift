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
public enum DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The dataset has problems; every one found is listed, in file and line order.
    case invalid([Diagnostic])
    /// There is no dataset at `path`.
    case notFound(path: String, reason: String)
    /// ``DatasetWriter``: no row of `file` has the id `id`; `closest` is the nearest id there.
    case unknownRecord(file: String, id: String, closest: String?)
    /// ``DatasetWriter``: `value` cannot go in column `column` of `file` (a tab or a line break,
    /// or a row that would read as a comment or a blank line).
    case unwritableValue(file: String, column: String, value: String, reason: String)
    /// ``DatasetWriter``: `file` changed on disk since the writer read it; nothing was written.
    case changedSinceRead(file: String)
    /// Writing `path` failed; nothing was changed unless the reason says the write is committed.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
        case .notFound(let path, let reason):
            "\(path): error: \(reason)"
        case .unknownRecord(let file, let id, let closest):
            "\(file): error: no row has the id '\(id)'" + (closest.map { "; did you mean '\($0)'?" } ?? "")
        case .unwritableValue(let file, let column, let value, let reason):
            "\(file): error: cannot write '\(value.prefix(80))' in column '\(column)': \(reason)"
        case .changedSinceRead(let file):
            "\(file): error: the file changed since it was read; nothing was written, read the dataset again and redo the change"
        case .writeFailed(let path, let reason):
            "\(path): error: cannot write: \(reason)"
        }
    }
}
