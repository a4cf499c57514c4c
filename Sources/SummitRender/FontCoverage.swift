import Foundation

/// Whether the fonts installed can draw a map's labels: Graphviz silently draws boxes for a
/// script no font covers (Japanese names without `fonts-noto-cjk`). Scripts are told by their
/// Unicode blocks and checked with fontconfig (`fc-list :lang=ja`), once each per map.
public enum FontCoverage {
    public struct Script: Sendable, Equatable {
        public let name: String
        /// fontconfig's language tag for it (`fc-list :lang=TAG`).
        public let language: String
        /// The Debian package that covers it.
        public let package: String
        let blocks: [ClosedRange<UInt32>]
    }

    /// The scripts checked, other than Latin (which every font covers).
    public static let scripts: [Script] = [
        Script(name: "Japanese", language: "ja", package: "fonts-noto-cjk",
               blocks: [0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF66...0xFF9F]),
        Script(name: "Korean", language: "ko", package: "fonts-noto-cjk", blocks: [0x1100...0x11FF, 0xAC00...0xD7AF]),
        Script(name: "Cyrillic", language: "ru", package: "fonts-dejavu-core", blocks: [0x0400...0x04FF]),
        Script(name: "Greek", language: "el", package: "fonts-dejavu-core", blocks: [0x0370...0x03FF]),
        Script(name: "Arabic", language: "ar", package: "fonts-noto-core", blocks: [0x0600...0x06FF]),
        Script(name: "Hebrew", language: "he", package: "fonts-dejavu-core", blocks: [0x0590...0x05FF]),
        Script(name: "Georgian", language: "ka", package: "fonts-dejavu-core", blocks: [0x10A0...0x10FF]),
        Script(name: "Armenian", language: "hy", package: "fonts-dejavu-core", blocks: [0x0530...0x058F]),
        Script(name: "Devanagari", language: "hi", package: "fonts-noto-core", blocks: [0x0900...0x097F]),
        Script(name: "Thai", language: "th", package: "fonts-noto-core", blocks: [0x0E00...0x0E7F]),
    ]

    /// Each script `text` uses that no installed font covers, with the first word of `text` in it.
    /// - Parameter hasFont: whether some font covers a fontconfig language tag (``fontconfigHasFont(for:)``).
    /// - Complexity: O(*n*) for *n* scalars, and one `hasFont` call per script used.
    public static func missing(in text: String, hasFont: (String) -> Bool = fontconfigHasFont(for:)) -> [(script: Script, sample: String)] {
        var found: [Int: String] = [:]
        // Runs of scalars beyond Latin (U+0370 on), read from the scalars: no grapheme breaking.
        var run = String.UnicodeScalarView()
        func close() {
            for scalar in run {
                if let i = scripts.firstIndex(where: { $0.blocks.contains { $0.contains(scalar.value) } }), found[i] == nil {
                    found[i] = String(String.UnicodeScalarView(run.prefix(40)))
                }
            }
            run = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x0370, scalar.properties.isAlphabetic { run.append(scalar) } else if !run.isEmpty { close() }
        }
        close()
        return found.keys.sorted().compactMap { i in hasFont(scripts[i].language) ? nil : (scripts[i], found[i] ?? "") }
    }

    /// Whether `fc-list :lang=TAG` lists a font; `true` when fontconfig is not there to ask (no
    /// warning can be given then, rather than a false one).
    public static func fontconfigHasFont(for language: String) -> Bool {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/fc-list" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return true }
        let process = Process(), pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [":lang=\(language)", "family"]
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return true }
        let listed = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return !listed.allSatisfy { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: " ") }
    }
}
