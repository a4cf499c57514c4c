import Foundation
import Testing

/// The README's `console` blocks are what the binary prints (issue 15: "the README's session
/// transcript is what the installed binary prints"). Each block runs as one shell session on a
/// pseudo-terminal 140 columns wide with `NO_COLOR` (util-linux `script`), `summitgraph` on the
/// PATH, in a scratch copy of the checkout (its own `seeds/`, `Tests/` linked, `../shared` linked
/// beside it), so the transcript's writes (`cp -r seeds /tmp/data`, review files) touch nothing real.
///
/// In an expected block, a line holding only `…` stands for any number of lines, and the
/// placeholder `“(the sentence of the article that states it)”` for one quoted sentence (the
/// repository never stores article sentences). `/tmp/data` is the scratch folder's own.
@Suite("README: the console transcripts are what the binary prints")
struct ReadmeTranscriptTests {
    static let sentencePlaceholder = "“(the sentence of the article that states it)”"

    struct Step {
        var command: String
        var expected: [String] = []
    }

    struct Block {
        var line: Int
        var steps: [Step]
    }

    /// The README's `console` blocks, each as its commands and what each is shown to print.
    static func blocks(of readme: String) -> [Block] {
        var blocks: [Block] = [], current: Block?
        for (index, line) in readme.components(separatedBy: "\n").enumerated() {
            if current == nil {
                if line == "```console" { current = Block(line: index + 1, steps: []) }
            } else if line == "```" {
                blocks.append(current!)
                current = nil
            } else if line.hasPrefix("$ ") {
                current!.steps.append(Step(command: String(line.dropFirst(2))))
            } else if !current!.steps.isEmpty {
                current!.steps[current!.steps.count - 1].expected.append(line)
            }
        }
        return blocks
    }

    /// Whether `actual` is what `expected` shows (`…` lines: any lines; the sentence placeholder: one quoted line).
    static func matches(_ expected: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return actual.isEmpty }
        if first == "…" {
            return (actual.startIndex...actual.endIndex).contains { matches(expected.dropFirst(), actual[$0...]) }
        }
        guard let line = actual.first else { return false }
        let same: Bool
        if let range = first.range(of: sentencePlaceholder) {
            let indent = first[..<range.lowerBound]
            same = line.hasPrefix(indent + "“") && line.hasSuffix("”")
        } else {
            same = first == line
        }
        return same && matches(expected.dropFirst(), actual.dropFirst())
    }

    /// A scratch checkout: `repo/seeds` copied, `repo/Tests` linked, `shared` linked beside it, `tmp/`.
    private func scratchCheckout() throws -> URL {
        let root = try CLI.scratchFolder("sg-readme")
        let files = FileManager.default
        let repo = root.appendingPathComponent("repo")
        try files.createDirectory(at: repo, withIntermediateDirectories: true)
        try files.createDirectory(at: root.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        try files.copyItem(at: CLI.repository.appendingPathComponent("seeds"), to: repo.appendingPathComponent("seeds"))
        try files.createSymbolicLink(at: repo.appendingPathComponent("Tests"), withDestinationURL: CLI.repository.appendingPathComponent("Tests"))
        let shared = CLI.repository.deletingLastPathComponent().appendingPathComponent("shared")
        try files.createSymbolicLink(at: root.appendingPathComponent("shared"), withDestinationURL: shared)
        return root
    }

    /// Runs `block` as one bash session on a 140-column pseudo-terminal; what each step printed.
    private func run(_ block: Block, in root: URL) throws -> [[String]] {
        let marker = "@@step@@"
        let tmp = root.appendingPathComponent("tmp").path
        var script = "stty cols 140\n"
        for step in block.steps {
            // The marker keeps the last status, so a transcript's `echo $?` sees the command's.
            script += "__status=$?; echo '\(marker)'; (exit $__status)\n" + step.command.replacingOccurrences(of: "/tmp/data", with: tmp + "/data") + "\n"
        }
        let scriptURL = root.appendingPathComponent("session.sh")
        try Data(script.utf8).write(to: scriptURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "bash --norc --noprofile " + scriptURL.path, "/dev/null"]
        process.currentDirectoryURL = root.appendingPathComponent("repo")
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SUMMITGRAPH_DATA")
        env["SUMMITGRAPH_CACHE"] = CLI.cache
        env["SUMMITGRAPH_PROGRESS"] = "off"
        env["SOURCE_DATE_EPOCH"] = "1767225600"
        env["NO_COLOR"] = "1"
        env["PATH"] = CLI.executable.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        process.environment = env
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: tmp, with: "/tmp")
        let lines = text.components(separatedBy: "\n").map { String($0.reversed().drop { $0 == " " }.reversed()) }
        var steps: [[String]] = []
        for line in lines {
            if line == marker { steps.append([]) } else if !steps.isEmpty { steps[steps.count - 1].append(line) }
        }
        if var last = steps.popLast() {
            while last.last == "" { last.removeLast() }
            steps.append(last)
        }
        return steps
    }

    @Test func theMatcherCanFail() {
        #expect(Self.matches(["a", "…", "c"], ["a", "b", "b", "c"]))
        #expect(!Self.matches(["a", "…", "c"], ["a", "b"]))
        #expect(!Self.matches(["a"], ["a", "b"]))
        #expect(Self.matches(["  " + Self.sentencePlaceholder], ["  “Alice met Bruno.”"]))
        #expect(!Self.matches(["  " + Self.sentencePlaceholder], ["  Alice met Bruno."]))
    }

    @Test func everyConsoleBlockIsWhatTheBinaryPrints() throws {
        let shared = CLI.repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        try #require(FileManager.default.fileExists(atPath: shared.path), "the transcripts read ../shared/seeds")
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = Self.blocks(of: readme)
        #expect(blocks.count >= 4)
        for block in blocks {
            let root = try scratchCheckout()
            defer { try? FileManager.default.removeItem(at: root) }
            let printed = try run(block, in: root)
            try #require(printed.count == block.steps.count, "README.md:\(block.line): \(printed.count) of \(block.steps.count) steps ran")
            for (step, actual) in zip(block.steps, printed) {
                var expected = step.expected
                while expected.last == "" { expected.removeLast() }
                var got = actual
                while got.last == "" { got.removeLast() }
                #expect(Self.matches(expected[...], got[...]),
                        "README.md:\(block.line): $ \(step.command)\n--- README shows\n\(expected.joined(separator: "\n"))\n--- the binary prints\n\(got.joined(separator: "\n"))")
            }
        }
    }
}
