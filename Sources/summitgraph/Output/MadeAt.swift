import Foundation

/// When an output was made, for maps that say so: `SOURCE_DATE_EPOCH` (seconds since 1970, the
/// reproducible-builds convention) when it is set, so tests and committed files do not change
/// from run to run; else now. Printed in UTC to the minute: `2026-12-02 20:50 UTC`.
enum MadeAt {
    static func text(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        let date = seconds.map { Date(timeIntervalSince1970: $0) } ?? Date()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
