import Foundation
import SummitExport

/// Every file the CLI writes goes through here: written to a temporary file in the same
/// folder, flushed to disk, then renamed over the target. A reader sees the old file or the
/// new one, never half of one; an interrupted run leaves the old file as it was.
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    /// Fault injection for the crash-safety test: with `SUMMITGRAPH_FAULT_KILL_AFTER=N`, the
    /// process kills itself (SIGKILL) after writing N bytes of the temporary file.
    static let killAfter = ProcessInfo.processInfo.environment["SUMMITGRAPH_FAULT_KILL_AFTER"].flatMap(Int.init)

    static func write(_ data: Data, to path: String) throws {
        try write(to: path) { sink in try data.withUnsafeBytes { try sink($0) } }
    }

    /// Streams a file: `body` hands its bytes to the sink it is given, in order, and they are
    /// written on a second thread while it goes on (``PipelinedFileWriter``). If `body` throws,
    /// the temporary file is removed and the target left as it was.
    static func write(to path: String, _ body: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        try commit(try stage(path, body), to: path)
    }

    /// Writes several files that appear together, as a bundle's parts and manifest must: `body`
    /// streams each through the `file` function it is given, each to a temporary file beside its
    /// target; once `body` returns, all are renamed in the order written. If anything throws
    /// before, every temporary file is removed and no target is touched.
    static func writeGroup(_ body: (_ file: (_ path: String, _ contents: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> Void) throws -> Void) throws {
        var staged: [(temporary: String, target: String)] = []
        do {
            try body { path, contents in staged.append((try stage(path, contents), path)) }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        for (i, file) in staged.enumerated() {
            do { try commit(file.temporary, to: file.target) } catch {
                for rest in staged[(i + 1)...] { unlink(rest.temporary) }
                throw error
            }
        }
    }

    /// `body`'s bytes in a new temporary file beside `path`, flushed to disk.
    /// - Returns: The temporary file's path.
    private static func stage(_ path: String, _ body: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        removeStaleTemporaries(of: url)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create the folder \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        let pipe = PipelinedFileWriter(descriptor: fd)
        var failure: String?, written = 0
        do {
            try body { chunk in
                if let killAfter, written + chunk.count >= killAfter {  // the crash-safety test: die mid-file
                    try pipe.finish()
                    _ = PipelinedFileWriter.writeAll(UnsafeRawBufferPointer(rebasing: chunk.prefix(max(1, killAfter - written))), to: fd)
                    fsync(fd)
                    kill(getpid(), SIGKILL)
                }
                try pipe.write(chunk)
                written += chunk.count
            }
            try pipe.finish()
        } catch let error as PipelinedFileWriter.WriteError {
            failure = error.reason
        } catch {
            try? pipe.finish()
            close(fd)
            unlink(temporary.path)
            throw error
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(temporary.path)
            throw WriteError(path: path, reason: failure)
        }
        return temporary.path
    }

    /// Renames the finished `temporary` over `path`; removes it if that fails.
    private static func commit(_ temporary: String, to path: String) throws {
        guard rename(temporary, path) != 0 else { return }
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        throw WriteError(path: path, reason: reason)
    }

    /// Removes temporary files of `target` left by a run that was killed (their process is gone).
    static func removeStaleTemporaries(of target: URL) {
        let folder = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).tmp-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder.appendingPathComponent(name).path) }
        }
    }
}
