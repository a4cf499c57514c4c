import SummitGraph

/// The import module's one error type: where the file is wrong and how to fix it.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var fix: String?

    public init(file: String, line: Int = 1, column: Int = 1, message: String, fix: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }

    /// A JSON parser's error, or any other graph error, in this module's terms.
    init(_ error: GraphError, file: String = "") {
        switch error {
        case .invalidJSON(let file, let line, let column, let message, let fix):
            self.init(file: file, line: line, column: column, message: message, fix: fix)
        default:
            self.init(file: file, message: error.description)
        }
    }

    public var description: String {
        "\(file):\(line):\(column): error: \(message)" + (fix.map { "; \($0)" } ?? "")
    }
}
