import Foundation
import SummitExport

/// Where `render` and `export` write, and in which format: the format follows the output file's
/// extension when `--format` is not given; a `--format` the extension contradicts is a usage
/// error; a file in a folder that does not exist is refused (the folder is not created).
enum OutputPath {
    /// The format for `path` given `--format`: `given` unless the extension names another one
    /// (an extension in `compatible`'s list for `given` is no contradiction: `.json` for cytoscape),
    /// else the format the extension names, else `fallback`; `nil` fallback: a usage error.
    /// - Parameter formats: extension (without dot, lowercase; longest first wins) → format.
    static func format<Format: RawRepresentable & Equatable>(
        given: Format?, path: String?, formats: KeyValuePairs<String, Format>,
        compatible: (Format, String) -> Bool = { _, _ in false }, fallback: Format?
    ) throws(OutputFailure) -> Format where Format.RawValue == String {
        let matched = path.flatMap { path in
            formats.filter { path.lowercased().hasSuffix("." + $0.key) }.max { $0.key.count < $1.key.count }
        }
        if let given {
            if let matched, matched.value != given, !compatible(given, matched.key), let path {
                throw .contradiction(path: path, fileExtension: matched.key, implied: matched.value.rawValue, given: given.rawValue)
            }
            return given
        }
        if let matched { return matched.value }
        if let fallback { return fallback }
        throw .unknownExtension(path: path ?? "", known: formats.map(\.key))
    }

    /// Refuses a path whose folder does not exist: writing there is almost always a typo.
    static func checkFolder(of path: String) throws(OutputFailure) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .missingFolder(path: path, folder: folder)
        }
    }

    /// Whether stdout is a terminal (where a map's bytes do not belong).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// Bytes for stdout, written as exports stream theirs.
enum StandardOutput {
    static func write(_ data: Data) throws {
        let stdout = PipelinedFileWriter(descriptor: STDOUT_FILENO)
        try data.withUnsafeBytes { try stdout.write($0) }
        try stdout.finish()
    }
}
