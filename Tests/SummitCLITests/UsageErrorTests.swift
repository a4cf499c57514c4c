import Foundation
import Testing

/// Option values: vocabulary names in any case and spelling, and every usage error in one style
/// (swift-argument-parser's: `Error: …`, the command's usage, where its help is; exit 64).
@Suite("usage: vocabulary values, numbers, dates, one error style")
struct UsageErrorTests {
    @Test func vocabularyValuesTakeAnyCaseAndSpelling() throws {
        let met = try CLI.run(["neighbors", "Rahmon", "--type", "met", "--format", "tsv"])
        for spelling in ["MET", "Met"] {
            let result = try CLI.run(["neighbors", "Rahmon", "--type", spelling, "--format", "tsv"])
            #expect(result.status == 0 && result.stdout == met.stdout, "\(spelling): \(result.stderr)")
        }
        let organizations = try CLI.run(["list", "--kind", "organization", "--format", "tsv"])
        #expect(organizations.stdout.split(separator: "\n").count > 1)
        for spelling in ["organisation", "Organisation", "ORGANIZATION"] {
            #expect(try CLI.run(["list", "--kind", spelling, "--format", "tsv"]).stdout == organizations.stdout, "\(spelling)")
        }
        let ranked = try CLI.run(["rank", "--by", "degree", "--kind", "Organisation", "--top", "1", "--format", "tsv"]).stdout
        #expect(ranked.hasSuffix("\tliberal-democratic-party\tLiberal Democratic Party\torganization\n"))
        #expect(try CLI.run(["neighbors", "Japan", "--area", "Energy", "--format", "tsv"]).stdout
                == (try CLI.run(["neighbors", "Japan", "--area", "energy", "--format", "tsv"]).stdout))
    }

    @Test func anUnknownValueIsAUsageErrorWithSuggestions() throws {
        let result = try CLI.run(["neighbors", "Rahmon", "--type", "meat"])
        #expect(result.status == 64 && result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Error: invalid value 'meat': no edge has this type; did you mean 'met'? the types are: met, ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("Usage: summitgraph neighbors <name> ") == true)
        #expect(lines.last == "  See 'summitgraph neighbors --help' for more information.")
        let kind = try CLI.run(["list", "--kind", "persn"])
        #expect(kind.status == 64 && kind.stderr.hasPrefix("Error: invalid value 'persn': no node has this kind; did you mean 'person'?"))
        #expect(kind.stderr.contains("\nUsage: summitgraph list "))
    }

    @Test(arguments: [
        (["neighbors", "Rahmon", "--depth", "-1"], "Error: --depth must be at least 1, not -1"),
        (["neighbors", "Rahmon", "--depth", "0"], "Error: --depth must be at least 1, not 0"),
        (["ego", "Rahmon", "--radius", "-2"], "Error: --radius must be at least 1, not -2"),
        (["rank", "--by", "degree", "--top", "-3"], "Error: --top must be at least 1, not -3"),
        (["path", "Rahmon", "Aso", "--k", "-1"], "Error: --k must be at least 1, not -1"),
        (["why", "Rahmon", "Aso", "--candidates", "0"], "Error: --candidates must be at least 1, not 0"),
        (["export", "--format", "json", "--focus", "Rahmon", "--depth", "-1"], "Error: --depth must be at least 1, not -1"),
        (["neighbors", "Rahmon", "--from", "2025-13"], "Error: The value '2025-13' is invalid for '--from <date>': month 13 does not exist"),
        (["neighbors", "Rahmon", "--to", "2025-02-30"], "Error: The value '2025-02-30' is invalid for '--to <date>': 2025-02 has 28 days, not 30"),
        (["timeline", "--from", "25"], "Error: The value '25' is invalid for '--from <date>': expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ])
    func numbersAndDatesAreWorded(_ arguments: [String], _ first: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").first.map(String.init) == first)
        #expect(result.stderr.contains("\nUsage: summitgraph \(arguments[0]) "))
    }
}
