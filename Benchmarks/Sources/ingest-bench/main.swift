import Foundation
import SummitGraph
import SummitIngest

// Throughput of the ingester on generated articles: `ingest-bench [COUNT]` (default 1,000).
// Each article is made from sentence templates written for the benchmark (our own words), with
// people, states, dates and cues drawn by a seeded generator, and is read against a dataset that
// grows as the articles are merged (every candidate accepted), like a newsroom's day.
// Prints one JSON line: articles, seconds, articles per second, mean and worst ms per article,
// peak resident memory.

struct Generator {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
    mutating func pick<T>(_ xs: [T]) -> T { xs[next(xs.count)] }
}

let states = ["Norway", "Iceland", "Denmark", "Finland", "Sweden", "Estonia", "Latvia", "Lithuania", "Poland", "Japan", "Kazakhstan", "Mongolia"]
let first = ["Anna", "Lars", "Maria", "Ivan", "Sofia", "Jonas", "Elena", "Pavel", "Ingrid", "Tomas"]
let last = ["Berg", "Holm", "Lind", "Novak", "Sato", "Kask", "Ozols", "Nowak", "Dahl", "Ek"]
let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"]
let areas = ["energy", "trade", "water", "education", "transport", "climate", "healthcare"]

func article(_ g: inout Generator, _ n: Int) -> String {
    let (a, b) = (g.pick(states), g.pick(states))
    let (p, q) = ("\(g.pick(first)) \(g.pick(last))", "\(g.pick(first)) \(g.pick(last))")
    let month = g.pick(months), day = 1 + g.next(27)
    return """
        OSLO, Norway, \(month) \(day). The President of \(a), \(p), held talks with the Prime Minister of \(b), \(q), in Oslo on \(month) \(day).
        The two leaders discussed cooperation between \(a) and \(b) in \(g.pick(areas)), \(g.pick(areas)) and \(g.pick(areas)).
        \(p) will attend the Nordic Partnership Forum \(2000 + n % 30), which \(b) is set to host on \(month) \(day + 1).
        On the same day, \(q) met with the Foreign Minister of \(g.pick(states)) in Oslo.
        "We will propose the Baltic Energy Platform," \(p) said, adding that \(a) supports the plan.
        The summit of the region will be chaired by \(b), a former member of the Nordic Council.

        """
}

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1000 : 1000
var g = Generator(state: 42)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
var paths: [String] = []
for n in 0..<count {
    let path = folder.appendingPathComponent("a\(n).txt").path
    try Data(article(&g, n).utf8).write(to: URL(fileURLWithPath: path))
    paths.append(path)
}
var graph = GraphBuilder().build()
var worst = 0.0
let start = Date()
for (n, path) in paths.enumerated() {
    let t = Date()
    let record = ReviewFile.SourceRecord(id: "a\(n)", file: "a\(n).txt", publisher: "bench", published: "2025-06-15", title: "bench")
    var (review, _) = try Ingester.review(articleAt: path, source: record, graph: graph)
    for i in review.candidates.indices { review.candidates[i].decision = "accept" }
    graph = try CandidateMerge.apply(review, to: graph).0
    worst = max(worst, Date().timeIntervalSince(t))
}
let seconds = Date().timeIntervalSince(start)
var usage = rusage()
#if os(Linux)
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
let peakMB = usage.ru_maxrss / 1024  // kilobytes on Linux
#else
getrusage(RUSAGE_SELF, &usage)
let peakMB = usage.ru_maxrss / (1024 * 1024)  // bytes on macOS
#endif
print("{\"task\": \"ingest_\(count)_articles\", \"articles\": \(count), \"seconds\": \(String(format: "%.3f", seconds)), "
      + "\"articles_per_second\": \(String(format: "%.1f", Double(count) / seconds)), \"mean_ms\": \(String(format: "%.2f", seconds * 1000 / Double(count))), "
      + "\"worst_ms\": \(String(format: "%.2f", worst * 1000)), \"peak_rss_mb\": \(peakMB), \"nodes\": \(graph.nodeCount), \"edges\": \(graph.edgeCount)}")
