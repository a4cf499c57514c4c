import Foundation
import SummitDataset
import Testing

@Suite("Validation fixtures: one broken file per rule, each with its located message")
struct ValidationFixtureTests {
    @Test func validFixtureLoads() throws {
        let graph = try DatasetLoader.load(directory: Fixtures.valid)
        #expect(graph.nodeCount == 8)
        #expect(graph.edgeCount == 8)
    }

    @Test func everyRuleHasAFixture() {
        #expect(Fixtures.invalidCases.count >= 20, "one fixture per validation rule")
    }

    @Test(arguments: Fixtures.invalidCases)
    func brokenFixtureReportsExactly(_ name: String) throws {
        let folder = try Fixtures.materialize(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let got = try #require(Fixtures.diagnostics(loading: folder), "\(name) must not load")
        #expect(got == (try Fixtures.expected(name)), "\(name)")
    }
}
