import Foundation
import Testing

/// A scratch folder for each test (and each case of a parameterised one) of the suite it marks,
/// removed when the test ends: the files the import tests write leave nothing in the temporary
/// directory.
struct ScratchFolder: SuiteTrait, TestTrait, TestScoping {
    /// The folder of the test running in this task, if a suite is marked.
    @TaskLocal static var current: URL?

    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        guard testCase != nil else { try await function(); return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.$current.withValue(folder) { try await function() }
    }

    /// A new folder inside the current test's (or, outside a marked suite, in the temporary
    /// directory, where it stays).
    static func make() throws -> URL {
        let folder = (current ?? FileManager.default.temporaryDirectory).appendingPathComponent("sg-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

extension Trait where Self == ScratchFolder {
    /// Each test gets a scratch folder, removed when it ends.
    static var scratchFolder: Self { ScratchFolder() }
}
