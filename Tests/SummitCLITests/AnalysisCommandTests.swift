import Foundation
import Testing

@Suite("Analysis verbs end to end: path, why, ego, shared, timeline, rank, components, stats")
struct AnalysisCommandTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func pathFromBerdimuhamedovToAsoHasThreeHops() throws {
        let report = try json(["path", "Berdimuhamedov", "Taro Aso"])
        let paths = try #require(report["paths"] as? [[String: Any]])
        #expect(paths.count == 1 && paths[0]["length"] as? Int == 3)
        let hops = try #require(paths[0]["hops"] as? [[String: Any]])
        #expect(hops.allSatisfy { !(($0["edges"] as? [Any]) ?? []).isEmpty }, "every hop carries its evidence")
        let text = try CLI.run(["path", "Berdimuhamedov", "Taro Aso"]).stdout
        #expect(text.hasPrefix("Serdar Berdimuhamedov → Taro Aso: 1 path\n\n3 hops\n"))
    }

    @Test func pathOptions() throws {
        let all = try json(["path", "Berdimuhamedov", "aso", "--all-shortest"])
        #expect(((all["paths"] as? [[String: Any]]) ?? []).count >= 2)
        let k = try json(["path", "Berdimuhamedov", "aso", "--k", "4"])
        let lengths = ((k["paths"] as? [[String: Any]]) ?? []).compactMap { $0["length"] as? Int }
        #expect(lengths.count == 4 && lengths == lengths.sorted())
        let bounded = try json(["path", "Berdimuhamedov", "aso", "--all", "--max-length", "3"])
        #expect(((bounded["paths"] as? [[String: Any]]) ?? []).allSatisfy { ($0["length"] as? Int ?? 9) <= 3 })
        let via = try json(["path", "Berdimuhamedov", "aso", "--via", "met"])
        #expect(((via["paths"] as? [[String: Any]])?.first?["length"] as? Int) == 3)
        let avoiding = try json(["path", "Berdimuhamedov", "aso", "--avoid", "Summit of the Central Asia plus Japan Dialogue", "--avoid", "takaichi"])
        let passed = ((avoiding["paths"] as? [[String: Any]])?.first?["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!passed.isEmpty && !passed.contains("summit-2025-tokyo") && !passed.contains("sanae-takaichi"), "\(passed)")
        #expect(try CLI.run(["path", "Berdimuhamedov", "aso", "--avoid", "aso"]).status == 64, "an end cannot be avoided")
    }

    @Test func noPathAndAmbiguityHaveTheirExitStatus() throws {
        let none = try CLI.run(["path", "Baku", "Rahmon"])
        #expect(none.status == 3)
        #expect(none.stderr == "summitgraph: no path from 'Baku' to 'Emomali Rahmon'\n", "no filters were given")
        let directed = try CLI.run(["path", "aso", "Rahmon", "--directed"])
        #expect(directed.status == 3, "Rahmon met Aso: the edge points from Rahmon")
        let ambiguous = try CLI.run(["path", "president", "Rahmon"])
        #expect(ambiguous.status == 66 && ambiguous.stderr.contains("'president' could mean 4 nodes"))
        #expect(try CLI.run(["why", "Baku", "Rahmon"]).status == 3)
        #expect(try CLI.run(["path", "a", "b", "--k", "2", "--all"]).status == 64)
    }

    @Test func whyRanksByCorroborationWithParaphrases() throws {
        let text = try CLI.run(["why", "Berdimuhamedov", "Taro Aso", "--top", "2"]).stdout
        #expect(text.contains("1. 3 hops, weakest hop stated by 1 source"))
        #expect(text.contains("gulf-observer: Later that day in Tokyo, Rahmon also saw Aso."))
        let report = try json(["why", "Berdimuhamedov", "Taro Aso"])
        let support = ((report["paths"] as? [[String: Any]]) ?? []).compactMap { $0["weakestSupport"] as? Int }
        #expect(support == support.sorted(by: >))
    }

    @Test func sharedRahmonTakaichiIncludesTheSummit() throws {
        let report = try json(["shared", "Rahmon", "Takaichi"])
        let common = ((report["groups"] as? [[String: Any]]) ?? []).flatMap { ($0["common"] as? [[String: Any]]) ?? [] }
        let ids = common.compactMap { ($0["node"] as? [String: Any])?["id"] as? String }
        #expect(ids.contains("summit-2025-tokyo") && ids.contains("summit-dinner-2025-12-19"))
        #expect(((report["direct"] as? [[String: Any]]) ?? []).count == 1)
    }

    @Test func timelineOfThe19th() throws {
        let text = try CLI.run(["timeline", "--from", "2025-12-19", "--to", "2025-12-19"]).stdout
        #expect(text.contains("2025-12-19             day        Emomali Rahmon meets Naruhito (Tokyo)"))
        #expect(text.contains("Emomali Rahmon meets Taro Aso (Tokyo)"))
        #expect(text.contains("Sanae Takaichi hosts Summit leaders' dinner"))
        #expect(text.contains("≠ 2025-12-20") && text.contains("disputed (summit-dates): held-summit-tokyo-tashlieva"))
        let rahmon = try json(["timeline", "Rahmon"])
        let dates = ((rahmon["entries"] as? [[String: Any]]) ?? []).compactMap { ($0["edge"] as? [String: Any])?["date"] as? String }
        #expect(dates.first == "2025-12-18/2025-12-20" && dates.count == 7)
    }

    @Test func egoMatchesExportFocus() throws {
        let ego = try json(["ego", "Rahmon", "--radius", "1"])
        let export = try json(["export", "--format", "json", "--focus", "Rahmon", "--depth", "1"])
        #expect(ego["nodeCount"] as? Int == (export["nodes"] as? [Any])?.count)
        #expect(ego["edgeCount"] as? Int == (export["edges"] as? [Any])?.count)
        // Every edge is listed, in every format, as the help says: the same ids as the export's.
        let exported = Set(((export["edges"] as? [[String: Any]]) ?? []).compactMap { $0["key"] as? String })
        let listed = ((ego["edges"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        #expect(Set(listed) == exported && listed.count == exported.count && !listed.isEmpty)
        let tsv = try CLI.run(["ego", "Rahmon", "--format", "tsv"]).stdout.split(separator: "\n")
        #expect(tsv.first?.hasPrefix("source_id\tsource_name\tsource_depth\ttarget_id\ttarget_name\ttarget_depth\tedge_id\t") == true)
        #expect(Set(tsv.dropFirst().map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[6]) }) == exported)
        #expect(tsv.count == exported.count + 1)
        let text = try CLI.run(["ego", "Rahmon"]).stdout
        #expect(text.contains("\nEdges:\n  SOURCE  ") && text.contains("Tokyo") && text.contains("\nSources:\n"))
        #expect(text.split(separator: "\n").filter { $0.contains(" → ") }.count == exported.count)
    }

    @Test func rankAndComponentsAndStats() throws {
        let rank = try CLI.run(["rank", "--by", "betweenness", "--top", "1", "--format", "tsv"]).stdout
        #expect(rank == "rank\tbetweenness\tid\tname\tkind\n1\t0.4244236353077817\tsummit-2025-tokyo\tSummit of the Central Asia plus Japan Dialogue\tinitiative\n",
                "NetworkX gives 0.4244236353077817")
        let persons = try json(["rank", "--by", "pagerank", "--kind", "person", "--top", "1"])
        #expect(((persons["ranking"] as? [[String: Any]])?.first?["node"] as? [String: Any])?["id"] as? String == "sanae-takaichi")
        #expect(try CLI.run(["rank", "--by", "fame"]).status == 64)
        let sampled = try CLI.run(["rank", "--by", "betweenness", "--sample", "10", "--seed", "7", "--format", "tsv"])
        #expect(sampled.stdout == (try CLI.run(["rank", "--by", "betweenness", "--sample", "10", "--seed", "7", "--format", "tsv"]).stdout))
        let components = try json(["components"])
        #expect(((components["components"] as? [[String: Any]]) ?? []).map { $0["nodeCount"] as? Int } == [40, 2])
        #expect(((try json(["components", "--strong"])["components"] as? [Any]) ?? []).count == 39)
        let small = try CLI.run(["rank", "--by", "degree", "--data", CLI.fixture])
        #expect(small.stderr.contains("with 8 nodes, a ranking says little"))
        #expect(try json(["stats"])["diameter"] as? Int == 6)
    }

    @Test func degreeColumnsSayWhatTheyCount() throws {
        // Japan has 26 edges (seven of them to Tajikistan) but 13 distinct neighbours.
        let list = try CLI.run(["list", "--kind", "state"]).stdout
        #expect(list.contains("  ID  ") && list.contains("  EDGES  ") && !list.contains("DEGREE"))
        #expect(list.split(separator: "\n").contains { $0.hasPrefix("  japan ") && $0.contains(" 26") })
        #expect(try CLI.run(["list", "--format", "tsv"]).stdout.hasPrefix("id\tkind\tsubtype\tname\taliases\tedges\n"))
        let rank = try CLI.run(["rank", "--by", "degree", "--top", "2"]).stdout.split(separator: "\n")
        #expect(rank.first?.split(separator: " ", omittingEmptySubsequences: true).prefix(4) == ["RANK", "DEGREE", "DEGREE", "CENTRALITY"])
        #expect(rank.dropFirst().contains { $0.split(separator: " ").prefix(4) == ["2", "13", "0.317073", "Japan"] })
        let inward = try CLI.run(["rank", "--by", "in-degree", "--top", "1"]).stdout
        #expect(inward.hasPrefix("  RANK  IN-DEGREE  IN-DEGREE CENTRALITY  NODE"))
        #expect(try CLI.run(["rank", "--by", "pagerank", "--top", "1"]).stdout.hasPrefix("  RANK  PAGERANK  NODE"))
        let stats = try CLI.run(["stats"]).stdout
        #expect(stats.contains("\n  EDGES PER NODE  NODES\n") && !stats.contains("DEGREE"))
        #expect(try CLI.run(["ego", "Rahmon"]).stdout.contains("EDGES IN EGO"))
    }
}
