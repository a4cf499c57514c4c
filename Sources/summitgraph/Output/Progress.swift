import Foundation
import Synchronization

/// A progress line on stderr for steps that take more than a second (loading, betweenness,
/// rendering): shown only when stderr is a terminal, redrawn in place twice a second, erased
/// when the step ends. Scripts and pipes see nothing.
final class Progress: Sendable {
    private let label: String
    private let total: Int?
    private let done = Atomic<Int>(0)
    private let finished = Atomic<Bool>(false)
    private let started = ContinuousClock.now
    private let stopped = DispatchSemaphore(value: 0)

    /// Whether progress lines are drawn at all: stderr is a terminal, and the user did not ask
    /// for quiet with `SUMMITGRAPH_PROGRESS=off`.
    static let isEnabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["SUMMITGRAPH_PROGRESS"] != "off"

    private init(label: String, total: Int?) { (self.label, self.total) = (label, total) }

    /// Starts a step; call ``finish()`` when it ends. With `total`, ``advance(by:)`` moves a percentage.
    static func start(_ label: String, total: Int? = nil) -> Progress {
        let step = Progress(label: label, total: total)
        if isEnabled { Thread.detachNewThread { step.draw() } }
        return step
    }

    /// Records `count` more units done; safe from any thread.
    func advance(by count: Int = 1) { done.add(count, ordering: .relaxed) }

    /// Ends the step; returns once the line is erased, so nothing printed next can mix with it.
    func finish() {
        guard !finished.exchange(true, ordering: .acquiringAndReleasing), Self.isEnabled else { return }
        stopped.wait()
    }

    private func draw() {
        defer { stopped.signal() }
        var drawn = false
        for _ in 0..<10 where !finished.load(ordering: .acquiring) { Thread.sleep(forTimeInterval: 0.1) }
        while !finished.load(ordering: .acquiring) {
            let seconds = (ContinuousClock.now - started).components.seconds
            var line = "summitgraph: \(label)… \(seconds) s"
            if let total, total > 0 { line += " (\(done.load(ordering: .relaxed) * 100 / total) %)" }
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            drawn = true
            for _ in 0..<5 where !finished.load(ordering: .acquiring) { Thread.sleep(forTimeInterval: 0.1) }
        }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
