import Foundation

/// Times tasks like the kit's `common.Bench`: the median of a few repetitions in one process,
/// printed as one JSON line per task.
struct Bench {
    let peer: String
    let size: String

    /// The tasks to run (`SUMMITGRAPH_BENCH_TASKS=load_tsv,betweenness`); all when unset.
    static let selected: Set<String>? = ProcessInfo.processInfo.environment["SUMMITGRAPH_BENCH_TASKS"]
        .map { Set($0.split(separator: ",").map(String.init)) }

    func wants(_ task: String) -> Bool { Self.selected?.contains(task) ?? true }

    func run(_ task: String, reps: Int = 5, note: String? = nil, _ body: () throws -> Any) rethrows {
        guard wants(task) else { return }
        var samples: [Double] = []
        var result: Any = 0
        for _ in 0..<max(1, reps) {
            let start = ContinuousClock.now
            result = try body()
            let elapsed = ContinuousClock.now - start
            samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        let median = samples.sorted()[samples.count / 2]
        var line: [String: Any] = ["peer": peer, "size": size, "task": task, "median_ms": (median * 10).rounded() / 10,
                                   "reps": samples.count, "samples_ms": samples.map { ($0 * 10).rounded() / 10 }, "result": result]
        if let note { line["note"] = note }
        emit(line)
    }

    func emit(_ line: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// Peak resident set size of this process, in MB.
    static var peakRSS: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(0), &usage)  // RUSAGE_SELF
        return Double(usage.ru_maxrss) / 1024
    }

    /// Current resident set size, in MB (from /proc/self/statm).
    static var currentRSS: Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
