#!/usr/bin/env python3
"""A deterministic test graph for the Spark equality test, as a TSV edge list the CLI reads.

usage: generate_graph.py FOLDER [EDGES]   writes FOLDER/generated.edges.tsv and generated.nodes.tsv

EDGES edges (100,000 by default) over EDGES/5 nodes: most attach preferentially to a big component;
a tenth of the nodes form small islands among themselves; some nodes have no edge at all; parallel
edges and self-loops occur. Names repeat after folding (\"Node 7\", \"node-7\") and some carry accents,
so the ties the CLI breaks by folded name, then by order, are exercised.
"""
import os
import random
import sys

TYPES = ["met", "cooperates_with", "participates_in", "visits", "head_of"]
KINDS = ["person", "state", "initiative", "organisation", "place"]
STATUSES = ["occurred", "planned", "ongoing", "historical"]


def main(folder, edge_count):
    rng = random.Random(16)
    n = max(10, edge_count // 5)
    island_start, isolated_start = int(n * 0.85), int(n * 0.97)  # islands, then nodes without edges
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "generated.nodes.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tkind\tname\n")
        for i in range(n):
            name = [f"Node {i}", f"node-{i - 1}", f"Émile {i % 97}", f"Zoë {i}"][i % 4] if i % 11 == 0 else f"Actor {i}"
            f.write(f"n{i}\t{KINDS[i % len(KINDS)]}\t{name}\n")
    ends = [0, 1]
    with open(os.path.join(folder, "generated.edges.tsv"), "w", encoding="utf-8") as f:
        f.write("src\tdst\ttype\tdate\tstatus\n")
        for e in range(edge_count):
            if e % 10 == 0:  # an island: a few nodes joined among themselves
                base = island_start + rng.randrange((isolated_start - island_start) // 4) * 4
                u, v = base + rng.randrange(4), base + rng.randrange(4)
            else:
                u = rng.randrange(island_start)
                v = rng.choice(ends) if rng.random() < 0.7 else rng.randrange(island_start)
                if e % 97 == 0:
                    v = u  # a self-loop
                ends += [u, v]
            if rng.random() < 0.5:
                u, v = v, u
            date = f"{rng.randrange(2000, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            f.write(f"n{u}\tn{v}\t{rng.choice(TYPES)}\t{date}\t{rng.choice(STATUSES)}\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
