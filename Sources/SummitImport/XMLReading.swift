/// What the XML readers (GraphML, GEXF) share: the root element's check and their errors' wording.
enum XMLReading {
    /// Runs a reader's scanning loop; a scanner failure becomes a located ``ImportError``.
    static func scan<T>(file: String, _ body: () throws -> T) throws(ImportError) -> T {
        do {
            return try body()
        } catch let failure as XMLScanner.Failure {
            throw ImportError(file: file, line: failure.line, column: failure.column, message: failure.message, fix: failure.fix)
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(file: file, message: "\(error)")
        }
    }

    /// Refuses a document whose first element is not `expected`.
    static func checkRoot(_ name: String, is expected: String, file: String, at position: (line: Int, column: Int)) throws(ImportError) {
        guard name == expected else {
            throw ImportError(file: file, line: position.line, column: position.column, message: "the root element is <\(name)>, not <\(expected)>")
        }
    }
}
