#!/usr/bin/env python3
"""Writes reference.json: NetworkX's answers on standard and seeded random graphs, which the
Swift differential tests must match to 1e-9. Rerun after upgrading NetworkX; review the diff.

    python3 Tests/SummitAlgorithmsTests/Reference/generate.py
"""
import json, os
import networkx as nx

def graphs():
    yield "florentine", nx.florentine_families_graph()
    yield "karate", nx.karate_club_graph()
    yield "les_miserables", nx.Graph(nx.les_miserables_graph())
    yield "gnp_60_undirected", nx.gnp_random_graph(60, 0.08, seed=42)
    yield "gnp_40_directed", nx.gnp_random_graph(40, 0.1, seed=7, directed=True)
    yield "gnp_80_directed_sparse", nx.gnp_random_graph(80, 0.03, seed=11, directed=True)

out = []
for name, G in graphs():
    # The structure only: karate and les_miserables carry weights, which pagerank would use.
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from(str(n) for n in G)
    H.add_edges_from((str(u), str(v)) for u, v in G.edges())
    G = H
    nodes = sorted(G.nodes)
    entry = {
        "name": name,
        "directed": G.is_directed(),
        "nodes": nodes,
        "edges": sorted([u, v] for u, v in G.edges()),
        "shortest_path_lengths": {u: dict(sorted(d.items())) for u, d in sorted(nx.all_pairs_shortest_path_length(G))},
        "degree": nx.degree_centrality(G),
        "betweenness": nx.betweenness_centrality(G, normalized=True),
        "closeness": nx.closeness_centrality(G),
        "pagerank": nx.pagerank(G, alpha=0.85, tol=1e-06),
    }
    pairs = [(nodes[0], nodes[-1]), (nodes[1], nodes[len(nodes) // 2]), (nodes[2], nodes[3])]
    entry["paths"] = []
    for s, t in pairs:
        if not nx.has_path(G, s, t):
            entry["paths"].append({"source": s, "target": t, "all_shortest": [], "k_shortest_lengths": [], "simple_paths_cutoff_4": 0})
            continue
        k = []
        for path in nx.shortest_simple_paths(G, s, t):
            k.append(len(path) - 1)
            if len(k) == 6:
                break
        entry["paths"].append({"source": s, "target": t,
                               "all_shortest": sorted(nx.all_shortest_paths(G, s, t)),
                               "k_shortest_lengths": k,
                               "simple_paths_cutoff_4": sum(1 for _ in nx.all_simple_paths(G, s, t, cutoff=4))})
    try:
        entry["eigenvector"] = nx.eigenvector_centrality(G, max_iter=1000, tol=1e-06)
    except nx.PowerIterationFailedConvergence:
        pass
    if G.is_directed():
        entry["in_degree"] = nx.in_degree_centrality(G)
        entry["out_degree"] = nx.out_degree_centrality(G)
        entry["weak_components"] = nx.number_weakly_connected_components(G)
        entry["strong_components"] = nx.number_strongly_connected_components(G)
    else:
        entry["weak_components"] = nx.number_connected_components(G)
        largest = G.subgraph(max(nx.connected_components(G), key=len))
        entry["diameter"] = nx.diameter(largest)
    out.append(entry)

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json")
with open(path, "w") as f:
    json.dump({"networkx": nx.__version__, "graphs": out}, f, indent=1, sort_keys=True)
    f.write("\n")
print(f"wrote {path}: {len(out)} graphs (networkx {nx.__version__})")
