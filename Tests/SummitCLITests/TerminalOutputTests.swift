import Foundation
import Testing

/// Text output on a terminal (a pseudo-terminal from util-linux's `script`): tables fit its
/// width, headers in bold unless NO_COLOR; in a pipe, every column in full and no escape codes.
@Suite("terminal: table width, --wide, colour; components --all; timeline in words")
struct TerminalOutputTests {
    /// What `summitgraph ARGUMENTS` prints on a terminal `columns` wide (CR LF made LF).
    private func onTerminal(_ arguments: [String], columns: Int, environment: String = "") throws -> String {
        func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "stty cols \(columns); \(environment) exec " + ([CLI.executable.path] + arguments).map(quoted).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = CLI.repository
        var env = ProcessInfo.processInfo.environment
        env["SUMMITGRAPH_CACHE"] = CLI.cache
        env.removeValue(forKey: "NO_COLOR")
        process.environment = env
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Terminal cells of `line`, escape codes not counted (the CLI's own measure: wide characters 2).
    private func cells(_ line: Substring) -> Int {
        let plain = line.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
        return plain.unicodeScalars.reduce(0) { $0 + ((0x3040...0x9FFF).contains($1.value) ? 2 : 1) }
    }

    @Test func tablesFitTheTerminalAndWideShowsAll() throws {
        let narrow = try onTerminal(["neighbors", "Rahmon", "--depth", "2"], columns: 120, environment: "NO_COLOR=1")
        // The table: from its header to the blank line before the sources' legend.
        let rows = narrow.components(separatedBy: "\n\n")[1].split(separator: "\n")
        #expect(rows.count > 30)
        #expect(rows.allSatisfy { cells($0) <= 120 }, "\(rows.map { cells($0) }.max() ?? 0) cells")
        #expect(narrow.contains("…"))
        let wide = try onTerminal(["neighbors", "Rahmon", "--depth", "2", "--wide"], columns: 120, environment: "NO_COLOR=1")
        let piped = try CLI.run(["neighbors", "Rahmon", "--depth", "2"]).stdout
        #expect(wide == piped, "--wide prints what a pipe gets")
        #expect(piped.split(separator: "\n").contains { cells($0) > 200 }, "a pipe gets whole rows")
    }

    @Test func colourOnATerminalOnly() throws {
        let coloured = try onTerminal(["list", "--kind", "state"], columns: 200)
        #expect(coloured.contains("  \u{1B}[1mID "))
        #expect(!(try onTerminal(["list", "--kind", "state"], columns: 200, environment: "NO_COLOR=1")).contains("\u{1B}["))
        #expect(!(try CLI.run(["list", "--kind", "state"]).stdout.contains("\u{1B}[")))
    }

    @Test func componentsListsEveryOneOnRequest() throws {
        let strong = try CLI.run(["components", "--strong"]).stdout
        #expect(strong.hasPrefix("39 strongly connected components\n"))
        #expect(strong.contains("  20. ") && !strong.contains("  21. ") && strong.hasSuffix("  … 19 more (--all lists every one)\n"))
        let all = try CLI.run(["components", "--strong", "--all"]).stdout
        #expect(all.contains("\n  39. 1 node: ") && !all.contains("more (--all"))
        let weak = try CLI.run(["components", "--all"]).stdout.split(separator: "\n")
        let largest = try #require(weak.first { $0.hasPrefix("  1. 40 nodes: ") })
        #expect(!largest.hasSuffix("…") && largest.contains("Tokyo Declaration") && largest.count > 600)
    }

    @Test func timelineSaysRelationsInWords() throws {
        let text = try CLI.run(["timeline", "Rahmon"]).stdout
        #expect(text.contains("Emomali Rahmon meets Taro Aso (Tokyo)"))
        #expect(text.contains("Emomali Rahmon takes part in Summit leaders' dinner as attendee"))
        #expect(!text.contains("participates_in") && !text.contains("head_of"))
    }
}
