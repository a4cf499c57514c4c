import Foundation
import Testing

/// `scripts/install` and `scripts/summitgraph`: what they share (scripts/lib/release-build.sh) and
/// what the installed files are made from (the completion scripts). The release build itself takes
/// minutes, so it is not run here; the freshness test stands in a fake binary for it.
@Suite("install: release freshness, completions")
struct InstallTests {
    /// Runs `script` in bash with the release-build library sourced; returns its exit status.
    private func bash(_ script: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let library = CLI.repository.appendingPathComponent("scripts/lib/release-build.sh").path
        process.arguments = ["bash", "-c", "source '\(library)'; \(script)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func aBinaryNewerThanEverySourceNeedsNoBuild() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sg-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Sources/summitgraph"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent(".build-release/release"), withIntermediateDirectories: true)
        let source = root.appendingPathComponent("Sources/summitgraph/Main.swift")
        let manifest = root.appendingPathComponent("Package.swift")
        let binary = root.appendingPathComponent(".build-release/release/summitgraph")
        for file in [source, manifest] { try Data("// x\n".utf8).write(to: file) }
        let old = Date(timeIntervalSinceNow: -3600)
        for file in [source, manifest, root.appendingPathComponent("Sources"), root.appendingPathComponent("Sources/summitgraph")] {
            try fm.setAttributes([.modificationDate: old], ofItemAtPath: file.path)
        }
        let check = "summitgraph_release_is_current '\(root.path)'"
        #expect(try bash(check) == 1, "no binary yet")
        try Data("#!/bin/sh\n".utf8).write(to: binary)
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary.path)
        #expect(try bash(check) == 0, "binary newer than every source")
        try fm.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: source.path)
        #expect(try bash(check) == 1, "a source edited after the build")
        try fm.setAttributes([.modificationDate: old], ofItemAtPath: source.path)
        try fm.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: manifest.path)
        #expect(try bash(check) == 1, "Package.swift edited after the build")
    }

    @Test func completionScriptsNameEveryCommand() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try CLI.run(["--generate-completion-script", shell])
            #expect(result.status == 0)
            for command in ["neighbors", "ego", "rank", "validate"] {
                #expect(result.stdout.contains(command), "\(shell) completion lacks \(command)")
            }
        }
    }
}
