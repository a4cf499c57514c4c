import Foundation
import Synchronization

/// What stdout is: a terminal (tables fit its width, headers in bold) or a pipe or file (every
/// column in full, no escape codes, so `grep`, `cut` and `less -S` see whole rows).
enum Terminal {
    private static let wideRequested = Atomic<Bool>(false)

    /// `--wide`: tables show every column in full even on a terminal.
    static func showEverything() { wideRequested.store(true, ordering: .relaxed) }

    /// Whether stdout is a terminal.
    static let isTerminal = isatty(STDOUT_FILENO) == 1

    /// The width text tables must fit: the terminal's columns (its size, else `$COLUMNS`, else
    /// 80); `nil`, for no limit, when stdout is not a terminal or `--wide` was given.
    static var tableWidth: Int? {
        guard isTerminal, !wideRequested.load(ordering: .relaxed) else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 80
    }

    /// Colour and bold on a terminal only, and never with `NO_COLOR` set (no-color.org) or `TERM=dumb`.
    static let usesColour: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }()

    /// `text` in bold when colour is on.
    static func bold(_ text: String) -> String { usesColour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
