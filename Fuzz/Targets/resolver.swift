// Fuzz target: name resolution on a graph with Latin, Cyrillic, Japanese and accented names.
import Foundation

let resolverGraph: Graph = {
    var b = GraphBuilder()
    let names = ["Emomali Rahmon", "Эмомали Рахмон", "徳仁", "Taro Aso", "Sanae Takaichi", "President of Kazakhstan",
                 "President of Kyrgyzstan", "Bruno Béllo", "Central Asia + Japan", "C5+1", "", " ", "ǅ", "ﬁ"]
    for (i, name) in names.enumerated() {
        _ = try? b.add(Node(slug: "n\(i)", kind: .person, name: name, aliases: [name.uppercased()]))
    }
    return b.build()
}()
let resolver = NameResolver(graph: resolverGraph)

func fuzzResolver(_ bytes: Data) {
    let query = String(decoding: bytes, as: UTF8.self)
    do {
        let id = try resolver.resolve(query)
        invariant(id.offset < resolverGraph.nodeCount, "resolved to a node that does not exist")
    } catch {
        if case .unknownName(_, let suggestions) = error { invariant(suggestions.count <= 3, "too many suggestions") }
    }
}
