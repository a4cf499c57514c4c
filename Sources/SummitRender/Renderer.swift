import Foundation

/// Draws DOT text with Graphviz, run as a child process with an argument list (never a shell),
/// a time limit after which the child is stopped, and a bound on what it may write.
public struct Renderer: Sendable {
    public enum Format: String, CaseIterable, Sendable { case svg, png, pdf }
    public enum Layout: String, CaseIterable, Sendable { case dot, neato, fdp, sfdp, circo, twopi }

    /// Seconds before the child is stopped (SIGTERM, then SIGKILL one second later).
    public var timeout: Double
    /// Bytes of output accepted before the child is stopped.
    public var outputLimit: Int
    /// Bytes of Graphviz's stderr kept for messages.
    public var stderrLimit = 64 * 1024
    /// Bytes Graphviz may print on stdout and stderr (it writes the image to a file) before it is stopped.
    public var captureLimit = 16 << 20
    /// The search path for the `dot` program.
    public var searchPath: String

    public init(timeout: Double = 60, outputLimit: Int = 512 << 20,
                searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") {
        self.timeout = timeout
        self.outputLimit = outputLimit
        self.searchPath = searchPath
    }

    /// The `dot` executable on the search path.
    public func graphviz() throws(RenderError) -> String {
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw .graphvizMissing(program: "dot")
    }

    /// `dot` drawn in `format` with `layout`.
    /// - Throws: ``RenderError``: Graphviz missing, failing (with its stderr), too slow, too verbose.
    public func render(dot: String, format: Format, layout: Layout) throws(RenderError) -> Data {
        let program = try graphviz()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("summitgraph-render-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("map.dot"), output = scratch.appendingPathComponent("out"),
            errors = scratch.appendingPathComponent("err")
        let process = Process()
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try Data(dot.utf8).write(to: input)
            try Data().write(to: output)  // throws, unlike createFile, when the file cannot be made
            try Data().write(to: errors)
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = ["-K\(layout.rawValue)", "-T\(format == .png ? "png:cairo" : format == .pdf ? "pdf:cairo" : "svg")",
                                 "-o", output.path, input.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: errors)
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
        } catch {
            throw .cannotStart(String(describing: error))
        }
        let deadline = Date().addingTimeInterval(timeout)
        var failure: RenderError?
        while process.isRunning {
            if Date() >= deadline {
                failure = .timedOut(seconds: timeout)
            } else if size(of: output) > outputLimit {
                failure = .outputTooLarge(limit: outputLimit)
            } else if size(of: errors) > captureLimit {
                failure = .outputTooLarge(limit: captureLimit)
            }
            if failure != nil { stop(process); break }
            usleep(20_000)
        }
        process.waitUntilExit()
        if let failure { throw failure }
        let said = (try? FileHandle(forReadingFrom: errors).readData(ofLength: stderrLimit)) ?? Data()
        guard process.terminationStatus == 0 else {
            throw .graphvizFailed(status: process.terminationStatus, stderr: String(decoding: said, as: UTF8.self))
        }
        guard let data = try? Data(contentsOf: output) else { throw .graphvizFailed(status: 0, stderr: "no output file") }
        return data
    }

    private func size(of url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber)?.intValue ?? 0
    }

    /// SIGTERM, then SIGKILL if the child is still there a second later.
    private func stop(_ process: Process) {
        process.terminate()
        let grace = Date().addingTimeInterval(1)
        while process.isRunning, Date() < grace { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
