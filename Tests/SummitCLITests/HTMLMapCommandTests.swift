import Foundation
import Testing

/// `render` to an HTML file: the interactive map's page, end to end (its behaviour in a browser is
/// Tests/Browser/check_map.py's, run by scripts/test).
@Suite("summitgraph render --format html, end to end")
struct HTMLMapCommandTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sg-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesOneSelfContainedPageTheSameTwice() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        var pages: [String] = []
        for name in ["a", "b"] {
            let path = folder.appendingPathComponent("\(name)/map.html").path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let result = try CLI.run(["render", "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("wrote \(path) (42 nodes, 100 edges"))
            pages.append(try String(contentsOfFile: path, encoding: .utf8))
        }
        #expect(pages[0] == pages[1], "the same graph gives the same page")
        let page = pages[0]
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<g id=\"n&#45;emomali&#45;rahmon\" class=\"node kind&#45;person\">"), "Graphviz's SVG, ids kept")
        #expect(page.contains("{\"members\": [\"met-rahmon-naruhito\"], \"svg\": \"e-met-rahmon-naruhito\"}"), "the drawn edges in the data")
        #expect(page.contains("\"link\": \"../../"), "articles linked relative to the page")
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
    }

    @Test func refusesMapsAboveTheNodeLimit() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("map.html").path
        let result = try CLI.run(["render", "-o", path, "--max-nodes", "10"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("the map has 42 nodes, more than --max-nodes 10"))
        #expect(result.stderr.contains("--focus NAME --depth N, --type T"))
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is written")
        let focused = try CLI.run(["render", "-o", path, "--max-nodes", "10", "--focus", "Rahmon"])
        #expect(focused.status == 0, "\(focused.stderr)")
    }
}
