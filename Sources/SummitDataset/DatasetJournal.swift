import Foundation

/// Replaces several files of a dataset folder all or none, with a journal:
///
/// 1. each new file is written beside its target under a temporary name and flushed (`fsync`);
/// 2. a journal listing the renames is written under a temporary name and flushed;
/// 3. the journal is renamed to `.summitgraph-journal` and the folder flushed: the commit point;
/// 4. each temporary file is renamed over its target, and the folder flushed;
/// 5. the journal is removed.
///
/// A crash before 3 leaves the old files and some temporary ones, which the next load or write
/// removes; a crash after 3 leaves a committed journal, which the next load or write finishes
/// (or, in a folder it cannot write, reads through: the new files are read where they are).
/// Temporary names carry the writing process's id, so only a dead writer's files are removed.
enum DatasetJournal {
    static let name = ".summitgraph-journal"
    private static let marker = ".sgw-"
    private static let firstLine = "summitgraph journal 1"

    /// One step of a commit, in order; ``DatasetWriter/write(afterEach:)`` reports each.
    typealias Step = DatasetWriter.CommitStep

    /// Writes `files` (name → contents) into `directory`, all or none.
    /// - Throws: ``DatasetError/writeFailed(path:reason:)``; before the commit point nothing has
    ///   changed, after it the next load finishes the write.
    static func commit(_ files: [(name: String, bytes: [UInt8])], in directory: String,
                       afterEach step: (Step) -> Void) throws(DatasetError) {
        let folder = URL(fileURLWithPath: directory)
        var temporaries: [(temporary: String, target: String)] = []
        var journalTemporary: String?
        do {
            for file in files {
                let target = folder.appendingPathComponent(file.name).path
                let temporary = try write(file.bytes, beside: target, mode: mode(of: target))
                temporaries.append((temporary, target))
                step(.wroteTemporary(file: file.name))
            }
            let entries = temporaries.map { "\(($0.temporary as NSString).lastPathComponent)\t\(($0.target as NSString).lastPathComponent)" }
            let journal = folder.appendingPathComponent(name).path
            journalTemporary = try write(Array(([firstLine] + entries + ["end"]).joined(separator: "\n").utf8) + [0x0A],
                                         beside: journal, mode: 0o644)
            step(.wroteJournal)
            try rename(journalTemporary ?? "", to: journal)
            try synchronize(directory)
            step(.committed)
        } catch {
            for entry in temporaries { unlink(entry.temporary) }
            if let journalTemporary { unlink(journalTemporary) }
            throw error
        }
        for entry in temporaries {
            try rename(entry.temporary, to: entry.target)
            step(.renamed(file: (entry.target as NSString).lastPathComponent))
        }
        try synchronize(directory)
        unlink(folder.appendingPathComponent(name).path)
        try synchronize(directory)
        step(.removedJournal)
    }

    /// Finishes a committed write left in `directory` and removes a dead writer's temporary files.
    /// - Returns: file name → the temporary file holding its committed contents, for the files
    ///   that could not be renamed into place (a read-only folder); read those instead.
    /// - Throws: ``DatasetError/invalid(_:)`` when the journal is damaged.
    /// - Complexity: O(files in the folder).
    static func recover(in directory: String, renaming rename: (String, String) -> Bool = { Foundation.rename($0, $1) == 0 })
        throws(DatasetError) -> [String: String] {
        let folder = URL(fileURLWithPath: directory)
        let journal = folder.appendingPathComponent(name).path
        var readThrough: [String: String] = [:]
        var keep = Set<String>()
        if let data = FileManager.default.contents(atPath: journal) {
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            guard lines.first == firstLine, lines.last == "end" else { throw damaged(journal) }
            for line in lines.dropFirst().dropLast() {
                let parts = line.split(separator: "\t").map(String.init)
                guard parts.count == 2, parts.allSatisfy({ !$0.contains("/") && $0 != "." && $0 != ".." }),
                      parts[0].hasPrefix("." + parts[1] + marker) else { throw damaged(journal) }
                let temporary = folder.appendingPathComponent(parts[0]).path
                guard FileManager.default.fileExists(atPath: temporary) else { continue }  // renamed already
                if !rename(temporary, folder.appendingPathComponent(parts[1]).path) {
                    readThrough[parts[1]] = temporary
                    keep.insert(parts[0])
                }
            }
            if readThrough.isEmpty {
                try? synchronize(directory)
                unlink(journal)
            }
        }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where !keep.contains(entry) {
            guard entry.hasPrefix("."), let range = entry.range(of: marker),
                  let pid = Int32(entry[range.upperBound...].prefix { $0 != "-" }),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(entry).path)
        }
        return readThrough
    }

    private static func damaged(_ journal: String) -> DatasetError {
        .invalid([Diagnostic(file: journal, line: 1, column: 1, message: "the dataset's write journal is damaged",
                             fix: "an interrupted write cannot be finished: check the dataset files, then remove \(journal)")])
    }

    /// Writes `bytes` to a new temporary file beside `target`, flushed; returns its path.
    private static func write(_ bytes: [UInt8], beside target: String, mode: mode_t) throws(DatasetError) -> String {
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent)\(marker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw .writeFailed(path: target, reason: String(cString: strerror(errno))) }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw .writeFailed(path: target, reason: failure)
        }
        return temporary
    }

    /// The permission bits of `path`, or `rw-r--r--` when it does not exist.
    private static func mode(of path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
    }

    private static func rename(_ from: String, to target: String) throws(DatasetError) {
        guard Foundation.rename(from, target) == 0 else { throw .writeFailed(path: target, reason: String(cString: strerror(errno))) }
    }

    /// Flushes `directory` itself, so that the renames in it are on disk.
    static func synchronize(_ directory: String) throws(DatasetError) {
        let fd = open(directory, O_RDONLY)
        guard fd >= 0 else { throw .writeFailed(path: directory, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .writeFailed(path: directory, reason: String(cString: strerror(errno))) }
    }

    /// Runs `body` holding an exclusive lock on `directory`, so that two writers commit one at a time.
    static func withLock<T>(_ directory: String, _ body: () throws(DatasetError) -> T) throws(DatasetError) -> T {
        let fd = open(directory, O_RDONLY)
        guard fd >= 0 else { throw .writeFailed(path: directory, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw .writeFailed(path: directory, reason: String(cString: strerror(errno))) }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
