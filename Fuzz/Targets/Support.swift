// Shared by every fuzz target (compiled with the library sources as one module by scripts/fuzz).
import Foundation


/// Splits `data` at NUL bytes into at most `count` parts (missing parts are nil).
func parts(_ data: Data, count: Int) -> [Data?] {
    var result = data.split(separator: 0, maxSplits: count - 1, omittingEmptySubsequences: false).map { Data($0) as Data? }
    while result.count < count { result.append(nil) }
    return result
}

/// Stops the run as a crash: libFuzzer saves the input that caused it.
func invariant(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}
