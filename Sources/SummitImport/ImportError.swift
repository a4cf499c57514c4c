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

    public var description: String {
        "\(file):\(line):\(column): error: \(message)" + (fix.map { "; \($0)" } ?? "")
    }
}
