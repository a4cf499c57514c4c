import Foundation
@testable import SummitExport
import SummitDataset
import SummitGraph
import Testing

/// The CSV bundle writer renders from the graph's columns and shares fragments between rows; the
/// oracle renders each row of ``ExportTable`` whole, as the writer did before it streamed, so any
/// drift (a column, an order, an escape, a loss count) shows. Parts, gzip and the manifest are
/// checked against the one-file bundle and, in `Tests/Interop/check_bundle.py`, by Python's csv,
/// gzip and hashlib.
@Suite("The CSV bundle: streamed from the columns, split into parts, gzip, manifest")
struct CSVBundleTests {
    /// One file per table, rendered row by row: `(file, text)` in writing order, and the losses.
    static func oracle(_ graph: Graph, flavour: CSVBundleOptions.Flavour = .neo4j) -> (files: [(String, String)], losses: [String]) {
        let table = ExportTable(graph)
        var log = LossLog()
        func field(_ text: String) -> String {
            let blankEnd = text.first.map { $0 == " " || $0 == "\t" } == true || text.last.map { $0 == " " || $0 == "\t" } == true
            return blankEnd || text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        func value(_ v: ExportValue?, _ place: String) -> String {
            guard case .list(let items)? = v else { return v?.flattened ?? "" }
            if items.contains(where: { $0.contains(";") }) { log.note(CSVFields.arraySplit, at: place) }
            return items.joined(separator: ";")
        }
        func lines(_ columns: [CSVColumn], _ rows: [[String: String]]) -> String {
            let used = CSVBundleLayout.columns(columns, in: flavour)
            return ([used.map { $0.field(in: flavour) }] + rows.map { row in used.map { row[$0.name] ?? "" } })
                .map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
        }
        var nodes: [[String: String]] = []
        for (i, node) in table.nodes.enumerated() {
            let kind = node["kind"]?.flattened ?? ""
            var row = ["id": node.id, "label": kind.prefix(1).uppercased() + kind.dropFirst(), "name": node["label"]?.flattened ?? "",
                       "ordinal": String(i)]
            for key in ["kind", "subtype", "aliases", "attributes", "sources"] { row[key] = value(node[key], "node '\(node.id)' \(key)") }
            nodes.append(row)
        }
        var edges: [[String: String]] = []
        for (i, edge) in table.edges.enumerated() {
            var row = ["src": edge.source, "dst": edge.target, "relationship": (edge["type"]?.flattened ?? "").uppercased(),
                       "id": edge.id, "ordinal": String(i)]
            for (key, v) in edge.attributes { row[key] = value(v, "edge '\(edge.id)' \(key)") }
            edges.append(row)
        }
        let sources: [[String: String]] = table.sources.map { source in
            guard case .object(let members) = source else { return [:] }
            return Dictionary(uniqueKeysWithValues: members.compactMap { m in if case .string(let s) = m.value { (m.key, s) } else { nil } })
        }
        return ([("nodes.csv", lines(CSVBundleLayout.nodes, nodes)), ("edges.csv", lines(CSVBundleLayout.edges, edges)),
                 ("sources.csv", lines(CSVBundleLayout.sources, sources))], log.lines)
    }

    /// Run by ``StreamingWriterTests`` on its graphs: the seeds, hostile names, the empty graph, 12 random hostile graphs.
    static func check(_ graph: Graph, _ label: String) throws {
        for flavour in CSVBundleOptions.Flavour.allCases {
            let expected = oracle(graph, flavour: flavour)
            let written = CSVBundleWriter.write(graph, options: .init(flavour: flavour))
            #expect(written.files.map(\.name) == expected.files.map(\.0) + ["manifest.json"], "\(label) \(flavour): files")
            for (file, (name, text)) in zip(written.files, expected.files) {
                #expect(file.text == text, "\(label) \(flavour): \(name)")
            }
            #expect(written.losses == expected.losses, "\(label) \(flavour): losses")
            // Parts: their data rows, in order, are the one file's; each header where the flavour puts it.
            for rows in [1, 3, 1000] {
                let parted = CSVBundleWriter.write(graph, options: .init(flavour: flavour, rowsPerPart: rows))
                #expect(parted.losses == expected.losses, "\(label) \(flavour) \(rows): losses")
                let manifest = try JSONDecoder().decode(CSVBundleManifest.self, from: Data(parted.files.last!.bytes))
                for (table, (_, text)) in zip(manifest.tables, expected.files) {
                    let header = text.prefix { $0 != "\r\n" } + "\r\n"
                    var joined = table.headerFile.map { name in parted.files.first { $0.name == name }!.text } ?? String(header)
                    #expect(joined == header, "\(label) \(flavour) \(rows): \(table.name) header")
                    for part in table.parts {
                        let body = parted.files.first { $0.name == part.file }!.text
                        #expect(part.header == (flavour == .graphframes) && part.rows <= rows)
                        #expect(!part.header || body.hasPrefix(header), "\(label): \(part.file) header")
                        joined += part.header ? String(body.dropFirst(header.count)) : body
                    }
                    #expect(joined == text, "\(label) \(flavour) \(rows): \(table.name) parts")
                    #expect(table.parts.count == max(1, (table.rows + rows - 1) / rows))
                }
            }
        }
    }

    @Test func theManifestCountsEveryRowAndNamesTheImport() throws {
        let graph = try loadSeeds()
        let written = CSVBundleWriter.write(graph, options: .init(rowsPerPart: 40, gzip: true))
        let manifest = try JSONDecoder().decode(CSVBundleManifest.self, from: Data(written.files.last!.bytes))
        #expect(manifest.tables.map(\.rows) == [graph.nodeCount, graph.edgeCount, graph.sources.count])
        func parts(_ rows: Int) -> [Int] { stride(from: 0, to: rows, by: 40).map { min(40, rows - $0) } }
        #expect(manifest.tables.map { $0.parts.map(\.rows) } == [graph.nodeCount, graph.edgeCount, graph.sources.count].map(parts))
        #expect(graph.nodeCount > 40 && graph.edgeCount > 80 && graph.sources.count <= 40, "the seeds give several parts and one")
        #expect(manifest.tables.allSatisfy { $0.parts.allSatisfy { $0.file.hasSuffix(".csv.gz") && !$0.header } })
        #expect(manifest.neo4jAdminArguments == [#"--nodes=nodes.header.csv,nodes\.part-\d+\.csv\.gz"#,
                                                 #"--relationships=edges.header.csv,edges\.part-\d+\.csv\.gz"#,
                                                 "--nodes=Source=sources.header.csv,sources.part-00000.csv.gz"])
        for part in manifest.tables.flatMap(\.parts) {
            let bytes = written.files.first { $0.name == part.file }!.bytes
            #expect(bytes.count == part.bytes && bytes.starts(with: [0x1F, 0x8B]), "\(part.file) is gzip")
        }
        #expect(CSVBundleWriter.write(graph, options: .init(rowsPerPart: 40, gzip: true)).files.map(\.bytes) == written.files.map(\.bytes),
                "byte-identical on every run")
        let multiline = try HostileGraph.make()
        let hostile = try JSONDecoder().decode(CSVBundleManifest.self, from: Data(CSVBundleWriter.write(multiline).files.last!.bytes))
        #expect(hostile.multilineFields && hostile.neo4jAdminArguments?.last == "--multiline-fields=true")
        #expect(CSVBundleWriter.write(graph, options: .init(flavour: .graphframes)).files.last!.text.contains("neo4jAdminArguments") == false)
    }

    /// SHA-256 against Python's hashlib, on inputs of every length near the block edges, fed in random pieces.
    /// Free edge attributes get a typed column each, after the built-in values: a number as
    /// `double`, a list as `string[]`; GraphFrames names them plainly.
    @Test func freeAttributesAreTypedColumns() throws {
        let graph = try DatasetLoader.load(directory: repository.appendingPathComponent("Tests/SummitDatasetTests/Fixtures/declared").path)
        let neo4j = CSVBundleWriter.write(graph).files.first { $0.name == "edges.csv" }!.text
        let header = neo4j.split(separator: "\r\n").first ?? ""
        #expect(header.hasSuffix(",note,tags:string[],weight:double,ordinal:long"))
        let rows = neo4j.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let weights = rows.compactMap { $0.count > 2 ? $0[$0.count - 2] : nil }.filter { !$0.isEmpty }
        #expect(!weights.isEmpty && weights.allSatisfy { Double($0) != nil }, "\(weights)")
        let frames = CSVBundleWriter.write(graph, options: .init(flavour: .graphframes)).files.first { $0.name == "edges.csv" }!.text
        #expect((frames.split(separator: "\r\n").first ?? "").hasSuffix(",note,tags,weight,ordinal"))
        let manifest = try JSONDecoder().decode(CSVBundleManifest.self, from: Data(CSVBundleWriter.write(graph).files.last!.bytes))
        let columns = manifest.tables[1].columns
        #expect(columns.first { $0.name == "weight" }?.type == "double" && columns.first { $0.name == "tags" }?.type == "string[]")
    }

    @Test func sha256EqualsHashlib() throws {
        var random = NameGenerator(state: 7)
        var inputs: [[UInt8]] = [[], Array("abc".utf8)]
        for length in [55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 100_003] {
            inputs.append((0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        }
        var ours: [String] = []
        for input in inputs {
            var hash = SHA256(), offset = 0
            while offset < input.count {
                let take = min(input.count - offset, Int(random.next() % 150))
                input[offset..<offset + take].withUnsafeBytes { hash.update($0) }
                offset += take
            }
            ours.append(hash.finalize().description)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-sha-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (i, input) in inputs.enumerated() { try Data(input).write(to: folder.appendingPathComponent("\(i)")) }
        let script = "import hashlib, sys\nfor i in range(\(inputs.count)): print(hashlib.sha256(open(sys.argv[1] + '/' + str(i), 'rb').read()).hexdigest())"
        let python = try run(["python3", "-c", script, folder.path])
        #expect(python.status == 0)
        #expect(python.output.split(separator: "\n").map(String.init) == ours)
    }

    /// What Python's csv, gzip and hashlib read from bundles on disk: every part's checksum and
    /// row count, and the same rows as the one-file bundle.
    @Test func pythonReadsEveryLayout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-bundle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for graph in [("seeds", try loadSeeds()), ("hostile", try HostileGraph.make())] {
            for flavour in CSVBundleOptions.Flavour.allCases {
                for (layout, options) in [("one", CSVBundleOptions(flavour: flavour)), ("parts", .init(flavour: flavour, rowsPerPart: 7)),
                                          ("gzip", .init(flavour: flavour, rowsPerPart: 11, gzip: true))] {
                    let dir = folder.appendingPathComponent("\(graph.0)-\(flavour)-\(layout)")
                    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                    for file in CSVBundleWriter.write(graph.1, options: options).files {
                        try Data(file.bytes).write(to: dir.appendingPathComponent(file.name))
                    }
                }
                let base = folder.appendingPathComponent("\(graph.0)-\(flavour)-").path
                let check = try run(["python3", repository.appendingPathComponent("Tests/Interop/check_bundle.py").path,
                                     base + "one", base + "parts", base + "gzip"])
                #expect(check.status == 0, "\(graph.0) \(flavour): \(check.output)")
            }
        }
    }
}
