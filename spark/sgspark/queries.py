"""`components`, `rank --by degree|pagerank` and shortest-path lengths, as the CLI answers them."""
from .graph import QueryError
from .output import fold, node_reference, number
from .pagerank import pagerank


def components(graph):
    """Weakly connected components (GraphX connectedComponents), largest first; inside one, by
    folded name then summitgraph's order; equal sizes by their first member's order."""
    label = dict(graph.graphx("pairs").connected_components().collect())
    nodes = graph.node_rows()
    members = {}
    for ordinal in nodes:
        members.setdefault(label.get(ordinal, ordinal), []).append(ordinal)  # a node without edges is alone
    keys = {o: fold(n["name"] or "") for o, n in nodes.items()}
    parts = [sorted(m, key=lambda o: (keys[o], o)) for m in members.values()]
    parts.sort(key=lambda p: (-len(p), p[0]))
    return [[nodes[o] for o in part] for part in parts]


def components_json(parts):
    return {"components": [{"nodeCount": len(p), "nodes": [node_reference(n) for n in p]} for p in parts]}


def components_tsv(parts):
    rows = [[str(i + 1), str(len(p)), n["id"], n["name"], n["kind"]] for i, p in enumerate(parts) for n in p]
    return ["component", "size", "id", "name", "kind"], rows


def rank(graph, measure, top):
    """(ordinal, value) of the `top` nodes by `measure`, highest first; ties by folded name, then order."""
    n = graph.node_count
    if measure == "degree":
        scale = 1 / (n - 1) if n > 1 else 1.0
        degrees = dict(graph.graphx("pairs").degrees().collect())  # the simple view: distinct neighbours
        values = {o: degrees.get(o, 0) * scale for o in graph.node_rows()}
    elif measure == "pagerank":
        values = pagerank(graph)
    else:
        raise QueryError(f"--by {measure}: the Spark job ranks by degree or pagerank", status=64)
    nodes = graph.node_rows()
    ranked = sorted(nodes, key=lambda o: (-values[o], fold(nodes[o]["name"] or ""), o))[:top]
    return [(nodes[o], values[o]) for o in ranked]


def rank_json(measure, n, ranked):
    return {"measure": measure, "directed": False, "nodeCount": n,
            "ranking": [{"rank": i + 1, "value": float(v), "node": node_reference(node)} for i, (node, v) in enumerate(ranked)]}


def rank_tsv(measure, ranked):
    rows = [[str(i + 1), number(v), node["id"], node["name"], node["kind"]] for i, (node, v) in enumerate(ranked)]
    return ["rank", measure, "id", "name", "kind"], rows


def path_length(graph, start, end, directed=False):
    """(from, to, hops), hops None when no path joins them: GraphX ShortestPaths towards `end`."""
    a, b = graph.resolve(start), graph.resolve(end)
    nodes = graph.node_rows([a, b])
    hops = 0 if a == b else graph.graphx("directed-arcs" if directed else "arcs").distance(a, b)
    return nodes[a], nodes[b], hops


def path_json(source, target, hops, directed):
    return {"from": node_reference(source), "to": node_reference(target), "directed": directed, "length": hops}


def path_tsv(source, target, hops):
    return ["from", "to", "length"], [[source["id"], target["id"], str(hops)]]
