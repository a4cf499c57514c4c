// summitgraph's side of the shared benchmark kit (../shared/bench): the same graphs and query
// sets, read through summitgraph's public loaders, the same tasks and result values, one JSON
// line per task.   usage: summitgraph-bench SIZE DATA_DIR
import Foundation
import SummitAlgorithms
import SummitExport
import SummitGraph
import SummitImport
import SummitQuery
import SummitSnapshot

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: summitgraph-bench SIZE DATA_DIR\n".utf8))
    exit(64)
}
let (size, data) = (arguments[1], arguments[2])
let bench = Bench(peer: "summitgraph 0.1.0", size: size)
let big = size != "S"
func file(_ ext: String) -> String { "\(data)/\(size).\(ext)" }

let rssBefore = Bench.currentRSS
var graph: Graph?
try bench.run("load_tsv", reps: size == "L" ? 1 : 3, note: "GraphImporter: edges.tsv with its sibling nodes.tsv") {
    graph = nil
    graph = try GraphImporter.load(file("edges.tsv")).graph
    return graph!.edgeCount
}
if graph == nil { graph = try GraphImporter.load(file("edges.tsv")).graph }  // load_tsv not selected
let g = graph!
bench.emit(["peer": bench.peer, "size": size, "task": "graph_rss", "rss_mb": ((Bench.currentRSS - rssBefore) * 10).rounded() / 10,
            "note": "RSS growth after load, all attributes"])
if FileManager.default.fileExists(atPath: file("graphml")) {
    try bench.run("load_graphml", reps: big ? 1 : 5) { try GraphImporter.load(file("graphml")).graph.edgeCount }
}

let queryLines = try String(contentsOfFile: file("queries.txt"), encoding: .utf8).split(separator: "\n")
let nodesQ = queryLines[0].split(separator: " ").compactMap { Int($0) }
let pairsFlat = queryLines[1].split(separator: " ").compactMap { Int($0) }
let sourcesQ = queryLines[2].split(separator: " ").compactMap { Int($0) }

let undirected = AnalysisGraph(g, directed: false)
let directed = AnalysisGraph(g, directed: true)
bench.run("neighbors_d1", note: "Graph.neighbors(of:) on the multigraph, both directions") {
    nodesQ.reduce(0) { $0 + g.neighbors(of: NodeID($1)).count }
}
bench.run("neighbors_d2", reps: 3, note: "two BFS levels on the simple undirected view, epoch-stamped") {
    var stamp = [UInt32](repeating: 0, count: g.nodeCount), epoch: UInt32 = 0, total = 0
    for v in nodesQ {
        epoch += 1
        stamp[v] = epoch
        var level: [Int32] = []
        for w in undirected.successors(v) where stamp[Int(w)] != epoch { stamp[Int(w)] = epoch; level.append(w); total += 1 }
        for u in level { for w in undirected.successors(Int(u)) where stamp[Int(w)] != epoch { stamp[Int(w)] = epoch; total += 1 } }
    }
    return total
}
bench.run("shortest_path_1000", reps: 3, note: "bidirectional BFS, reused epoch-stamped workspace") {
    let workspace = SearchWorkspace(nodeCount: g.nodeCount)
    var total = 0
    for i in stride(from: 0, to: pairsFlat.count - 1, by: 2) {
        total += directed.distance(from: pairsFlat[i], to: pairsFlat[i + 1], workspace: workspace) ?? 0
    }
    return total
}
bench.run("components_weak", reps: 3) { Int(directed.weakComponents().max() ?? -1) + 1 }  // labels are 0..<count
let multi = AnalysisGraph(g, directed: true, parallelEdges: true)
if bench.wants("full_bfs") {
    // One full directed BFS on the multigraph CSR (every arc scanned, as the C reference does), median of 10 sources.
    var samples: [Double] = [], scanned = 0
    for v in nodesQ.prefix(10) {
        let start = ContinuousClock.now
        let distance = multi.distances(from: v)
        let elapsed = ContinuousClock.now - start
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        scanned = distance.indices.reduce(0) { $0 + (distance[$1] >= 0 ? multi.outDegree($1) : 0) }
    }
    let median = samples.sorted()[samples.count / 2]
    bench.emit(["peer": bench.peer, "size": size, "task": "full_bfs", "median_ms": (median * 10).rounded() / 10, "edges_scanned": scanned,
                "MTEPS": (Double(scanned) / median / 1000 * 10).rounded() / 10, "note": "AnalysisGraph.distances(from:), parallel arcs kept, median of 10 sources"])
}
try bench.run("pagerank", reps: 3, note: "pull power iteration on all cores, parallel edges count, L1 change < 1e-9 (NetworkX's n·tol rule stops too early at this size)") {
    ((try multi.pageRank(tolerance: 1e-9, maxIterations: 300, convergence: .absolute)).max() ?? 0).rounded(toPlaces: 6)
}
if size == "S" {
    bench.run("betweenness", reps: 3, note: "exact Brandes, directed multigraph (parallel arcs count), 8 blocks on all cores") {
        (multi.betweennessCentrality().max() ?? 0).rounded(toPlaces: 6)
    }
} else {
    bench.run("betweenness", reps: 1, note: "Brandes from the 100 sources, raw, multigraph, 8 blocks on all cores") {
        let n = Double(g.nodeCount)
        let scaled = multi.betweennessCentrality(sources: sourcesQ).max() ?? 0
        return (scaled * (n - 1) * (n - 2) * Double(sourcesQ.count) / n).rounded(toPlaces: 1)
    }
}
bench.run("degree_centrality", reps: 3, note: "Graph.degrees(): every edge, from the CSR offsets") { g.degrees().count }
// JSON is measured in memory (it builds the text), and so is the ego export: about 1 KB an edge,
// some 10 GB for L's 10 million edges, so those two are measured on S and M only.
let writes = size != "L"
if !writes {
    for task in ["write_json", "ego_radius2_export"] where bench.wants(task) {
        bench.emit(["peer": bench.peer, "size": size, "task": task, "note": "skipped on L: measured in memory"])
    }
}
// GraphML and DOT stream to the file a MiB at a time, written on the second core, as `summitgraph export -o` writes them.
for (task, format) in [("write_graphml", ExportFormat.graphml), ("write_dot", .dot)] {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("sgbench_sg_\(size).\(format.fileExtension)")
    try bench.run(task, reps: big ? 1 : 3, note: "streamed to a file from the columns, as `export -o` writes it") {
        let fd = open(out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let file = PipelinedFileWriter(descriptor: fd)
        _ = try format.write(g) { try file.write($0) }
        try file.finish()
        return Int(lseek(fd, 0, SEEK_END))
    }
    try? FileManager.default.removeItem(at: out)
}
// The row writer DOT streamed from before (an `ExportTable`, the text built in memory): the tests'
// oracle, timed only when named (`SUMMITGRAPH_BENCH_TASKS=write_dot,write_dot_rows`), for a before/after in one run.
if Bench.selected?.contains("write_dot_rows") == true {
    bench.run("write_dot_rows", reps: 1, note: "DOTWriter.write(ExportTable(graph)): rows, in memory (the oracle)") {
        DOTWriter.write(ExportTable(g)).files[0].bytes.count
    }
}
if writes {
    bench.run("write_json", reps: big ? 1 : 3, note: "the whole graph with attributes, in memory") { ExportFormat.json.write(g).files[0].text.utf8.count }
}
if writes { bench.run("ego_radius2_export", reps: 3, note: "JSON export of the radius-2 ego network of the first 10 query nodes") {
    var bytes = 0
    for v in nodesQ.prefix(10) {
        let ego = try! g.selecting(Selection(), focus: NodeID(v), depth: 2)
        bytes += ExportFormat.json.write(ego).files[0].text.utf8.count
    }
    return bytes
} }

// Snapshots: written once, then opened the way the CLI opens them (mmap, checksum, checks, copy).
let cache = SnapshotCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("sgbench-cache-\(size)").path,
                          minimumSourceSize: 0)
let snapshotPath = cache.snapshotPath(for: file("edges.tsv"))
if bench.wants("load_snapshot") || bench.wants("cli_neighbors") {
    try FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
    _ = try cache.load(file("edges.tsv"), build: { try GraphImporter.load(file("edges.tsv")) }) { bytes, path in
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
try bench.run("load_snapshot", note: "SnapshotCache.load with a warm snapshot: stat, mmap, checksum, checks; the columns read in place") {
    let r = try cache.load(file("edges.tsv"), build: { fatalError("the snapshot should be used") }) { _, _ in }
    return r.graph.edgeCount
}
if bench.wants("cli_neighbors"), let cli = ProcessInfo.processInfo.environment["SUMMITGRAPH_CLI"] {
    let node = "n\(nodesQ[0])"
    bench.run("cli_neighbors", reps: 10, note: "the whole `summitgraph neighbors \(node) --data \(size).edges.tsv` process, snapshot warm") {
        // S is under the CLI's 1 MiB: parsed each time.
        Int(spawnAndWait(cli, ["neighbors", node, "--data", file("edges.tsv"), "--format", "tsv"],
                         environment: ["SUMMITGRAPH_CACHE": cache.folder, "PATH": "/usr/bin:/bin"]))
    }
}
bench.emit(["peer": bench.peer, "size": size, "task": "peak_rss", "peak_rss_mb": (Bench.peakRSS * 10).rounded() / 10])

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
