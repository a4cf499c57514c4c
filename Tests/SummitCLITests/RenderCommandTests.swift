import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("summitgraph render, end to end")
struct RenderCommandTests {
    /// A scratch folder, removed afterwards by the caller.
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sg-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fake `dot` in its own folder, to put first on the PATH.
    func stubDot(_ script: String, in folder: URL) throws -> String {
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let dot = bin.appendingPathComponent("dot")
        try Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: dot)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dot.path)
        return bin.path
    }

    @Test func svgIsWellFormedWithKeyTooltipsAndNativeNames() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("map.svg").path
        let result = try CLI.run(["render", "--output", svg])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote \(svg) (42 nodes, 100 edges, layout dot)"))
        let data = try Data(contentsOf: URL(fileURLWithPath: svg))
        #expect(XMLParser(data: data).parse(), "the SVG is well-formed XML")
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "&#45;", with: "-")
        #expect(text.contains(">Key</text>"))
        #expect(text.contains("<g id=\"key-kind-person\" class=\"node key kind-person\">"), "the key's person swatch is a real ellipse")
        #expect(text.contains("<g id=\"key-status-planned\" class=\"node key status-planned\">"))
        #expect(text.contains("xlink:title=\"met · 2025-12-19 · occurred&#10;topics: bilateral relations, trade and economy, culture, humanitarian cooperation&#10;sources: trend-1219, gulf-observer\""))
        #expect(text.contains(">cooperates_with ×3</text>"), "Japan and Tajikistan's parallel cooperation edges are one")
        #expect(text.contains(">Эмомали Рахмон</text>"))
        #expect(text.contains(">徳仁</text>"))
    }

    @Test func svgShapesCarryIDsAndClassesForScripts() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("map.svg").path
        let result = try CLI.run(["render", "--output", svg])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8).replacingOccurrences(of: "&#45;", with: "-")
        #expect(text.contains("<g id=\"n-emomali-rahmon\" class=\"node kind-person\">"))
        #expect(text.contains("<g id=\"e-met-rahmon-naruhito\" class=\"edge type-met status-occurred\">"))
    }

    @Test func aSelectionByEdgesDrawsOnlyTheNodesItsEdgesTouch() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("met.svg").path
        let met = try CLI.run(["render", "--type", "met", "-o", svg])
        #expect(met.stderr.contains("wrote \(svg) (8 nodes, 7 edges, layout dot)"), "\(met.stderr)")
        let all = try CLI.run(["render", "--type", "met", "--keep-isolated", "-o", svg])
        #expect(all.stderr.contains("wrote \(svg) (42 nodes, 7 edges, layout dot)"), "\(all.stderr)")
    }

    @Test func theFormatFollowsTheFileNameAndStdoutIsUsedWhenItIsNotATerminal() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("map.png").path
        #expect(try CLI.run(["render", "--focus", "Rahmon", "-o", png]).status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4)) == [0x89, 0x50, 0x4E, 0x47], "-o map.png draws a PNG")
        let contradiction = try CLI.run(["render", "--format", "svg", "-o", png])
        #expect(contradiction.status == 64)
        #expect(contradiction.stderr.contains("map.png ends in .png, which is png, but --format svg was given"))
        #expect(try CLI.run(["render", "-o", folder.appendingPathComponent("map.jpg").path]).status == 64)
        let page = folder.appendingPathComponent("page.html").path
        #expect(try CLI.run(["render", "--focus", "Rahmon", "-o", page]).status == 0)
        #expect(try String(contentsOfFile: page, encoding: .utf8).hasPrefix("<!DOCTYPE html>"), "-o page.html writes the interactive map")
        let missing = try CLI.run(["render", "-o", folder.appendingPathComponent("none/map.svg").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("the folder \(folder.path)/none does not exist"))
        let piped = try CLI.run(["render", "--focus", "Rahmon"], in: folder.path)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("<?xml"), "without -o, a piped stdout gets the SVG")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }

    @Test func pngAndPdfAreWritten() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (format, magic) in [("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", [0x25, 0x50, 0x44, 0x46])] {
            let path = folder.appendingPathComponent("map.\(format)").path
            let result = try CLI.run(["render", "--focus", "Rahmon", "--format", format, "-o", path, "--cluster-by", "state"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(4)) == magic.map(UInt8.init))
        }
    }

    @Test func missingGraphvizSaysHowToInstallIt() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("map.svg").path
        let result = try CLI.run(["render", "-o", path], environment: ["PATH": folder.path])
        #expect(result.status == 69)
        #expect(result.stderr.contains("Graphviz's 'dot' is not on the PATH; install it with `sudo apt-get install graphviz`"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aHangingGraphvizIsStoppedAtTheTimeout() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("pid").path
        let bin = try stubDot("echo $$ > '\(pidFile)'\nexec /bin/sleep 60", in: folder)
        let path = folder.appendingPathComponent("map.svg").path
        try Data("previous map".utf8).write(to: URL(fileURLWithPath: path))
        let started = Date()
        let result = try CLI.run(["render", "-o", path, "--timeout", "1"], environment: ["PATH": bin])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Graphviz did not finish within 1 s and was stopped"))
        let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) != 0, "the child is gone")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous map", "the old file is untouched")
    }

    @Test func aFailingGraphvizPassesOnItsMessage() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = try stubDot("echo 'Error: syntax error in line 3' >&2\nexit 3", in: folder)
        let path = folder.appendingPathComponent("map.png").path
        let result = try CLI.run(["render", "--format", "png", "-o", path], environment: ["PATH": bin])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Graphviz failed (exit status 3):\nError: syntax error in line 3"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func renderRejectsBadArguments() throws {
        #expect(try CLI.run(["render", "--layout", "spring"]).status == 64)
        #expect(try CLI.run(["render", "--timeout", "0"]).status == 64)
        #expect(try CLI.run(["render", "--focus", "Nobody Known"]).status == 66)
    }
}
