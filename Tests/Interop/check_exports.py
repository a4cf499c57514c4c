#!/usr/bin/env python3
"""Feeds summitgraph's exports to the real consumers and checks nothing is lost.

usage: check_exports.py DIR     (DIR holds graph.json, graph.graphml, graph.gexf, graph.dot,
                                  graph.cyjs and csv/{nodes,edges,sources}.csv from one graph)

The node-link JSON, read with the standard json module, is the reference: every other file
must give the same node ids, edge ids, and attribute values once loaded by
networkx (GraphML, JSON, GEXF), igraph (GraphML), Graphviz (`dot -Tsvg`: no warnings, each
label drawn with exactly its text) and the csv module. Prints one line per problem and
ends with 'N passed, M failed'; exits 1 when anything failed.
"""
import csv, json, os, subprocess, sys, warnings
import xml.etree.ElementTree as ET

import igraph
import jsonschema
import networkx as nx

DIR = sys.argv[1]
# With --strip-controls, values are expected as XML 1.0 can carry them: C0 controls other
# than TAB and LF removed (the writers report it), in every format but JSON.
STRIP = "--strip-controls" in sys.argv[2:]
problems, passed = [], 0


def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        problems.append(what)


def xml_safe(v):
    if isinstance(v, str):
        return "".join(c for c in v if not (ord(c) < 0x20 and c not in "\t\n") and c not in "\ufffe\uffff") if STRIP else v
    if isinstance(v, list):
        return [xml_safe(x) for x in v]
    if isinstance(v, dict):
        return {k: xml_safe(x) for k, x in v.items()}
    return v


def flat(v):
    """Lists and maps as the canonical JSON text the string formats carry. JSON escapes control
    characters, so lists and maps arrive exactly; only plain strings lose them. Numbers and
    booleans (free attributes) keep their Python type: typed formats declare it."""
    if isinstance(v, (bool, int, float)):
        return v
    return xml_safe(v) if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True)


def same(a, b):
    """Equal, and of the same Python type (an int read back as a float is a loss)."""
    return a == b and type(a) is type(b)


ref = json.load(open(os.path.join(DIR, "graph.json"), encoding="utf-8"))
schema_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "schemas", "node-link.schema.json")
schema = json.load(open(schema_path, encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(ref), key=str)
check(not errors, f"json: does not match docs/schemas/node-link.schema.json: {errors[0].message if errors else ''}")
nodes = {n["id"]: {k: v for k, v in n.items() if k != "id"} for n in ref["nodes"]}
edges = {e["key"]: e for e in ref["edges"]}
EDGE_SKIP = {"source", "target", "key"}

# --- node-link JSON through networkx
with warnings.catch_warnings():
    warnings.simplefilter("error")
    G = nx.node_link_graph(ref, edges="edges")
check(G.is_directed() and G.is_multigraph(), "json: not a directed multigraph")
check(set(G.nodes) == set(nodes), "json: node ids differ")
check({k for _, _, k in G.edges(keys=True)} == set(edges), "json: edge keys differ")
for u, v, k, data in G.edges(keys=True, data=True):
    e = edges[k]
    check((u, v) == (e["source"], e["target"]), f"json: edge {k} ends differ")
    check(all(data.get(a) == e[a] for a in e if a not in EDGE_SKIP), f"json: edge {k} values differ")

# --- GraphML through networkx and igraph
path = os.path.join(DIR, "graph.graphml")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    H = nx.read_graphml(path, force_multigraph=True)
check(set(H.nodes) == set(nodes), "graphml/networkx: node ids differ")
for n, data in H.nodes(data=True):
    want = {a: flat(v) for a, v in nodes[n].items()}
    check(data == want, f"graphml/networkx: node {n!r} values {data!r} != {want!r}")
for u, v, k, data in H.edges(keys=True, data=True):
    e = edges.get(k)
    check(e is not None and (u, v) == (e["source"], e["target"]), f"graphml/networkx: edge {k} unknown or moved")
    if e:
        want = {a: flat(x) for a, x in e.items() if a not in EDGE_SKIP}
        check(data.keys() == want.keys() and all(same(data[a], want[a]) for a in want), f"graphml/networkx: edge {k} values {data!r} != {want!r}")
I = igraph.Graph.Read_GraphML(path)
check(I.vcount() == len(nodes) and I.ecount() == len(edges), "graphml/igraph: counts differ")
for vertex in I.vs:
    n = vertex["id"]
    check(n in nodes, f"graphml/igraph: unknown node {n!r}")
    if n in nodes:
        for a, v in nodes[n].items():
            check(vertex[a] == flat(v), f"graphml/igraph: node {n!r} {a} = {vertex[a]!r}, want {flat(v)!r}")
ref_edges = [(e["source"], e["target"], e["type"], flat(e["sources"])) for e in ref["edges"]]
ig_edges = [(I.vs[x.source]["id"], I.vs[x.target]["id"], x["type"], x["sources"]) for x in I.es]
check(sorted(ig_edges) == sorted(ref_edges), "graphml/igraph: edges (ends, type, sources) differ")

# --- GEXF through networkx
X = nx.read_gexf(os.path.join(DIR, "graph.gexf"))
check(set(X.nodes) == set(nodes), "gexf: node ids differ")
for n, data in X.nodes(data=True):
    check(data.get("label") == xml_safe(nodes[n]["label"]), f"gexf: node {n!r} label {data.get('label')!r}")
    for a, v in nodes[n].items():
        if a != "label":
            check(data.get(a) == flat(v), f"gexf: node {n!r} {a} differs")
check(X.number_of_edges() == len(edges), "gexf: edge count differs")
GEXF_SKIP = EDGE_SKIP | {"label", "type", "id"}
for u, v, data in X.edges(data=True):
    e = edges.get(data.get("id"))
    check(e is not None, f"gexf: edge {data.get('id')!r} unknown")
    if e:
        want = {a: flat(x) for a, x in e.items() if a not in GEXF_SKIP}
        got = {a: x for a, x in data.items() if a in want}
        check(got.keys() == want.keys() and all(same(got[a], want[a]) for a in want), f"gexf: edge {data.get('id')!r} values {got!r} != {want!r}")

# --- Cytoscape.js elements
cy = json.load(open(os.path.join(DIR, "graph.cyjs"), encoding="utf-8"))
ids = [x["data"]["id"] for x in cy["elements"]["nodes"] + cy["elements"]["edges"]]
check(len(ids) == len(set(ids)), "cytoscape: ids are not unique across nodes and edges")
check({x["data"]["id"]: x["data"].get("label") for x in cy["elements"]["nodes"]}
      == {n: d["label"] for n, d in nodes.items()}, "cytoscape: node labels differ")
cy_edges = {x["data"]["id"]: x["data"] for x in cy["elements"]["edges"]}
for k, e in edges.items():
    d = cy_edges.get(k, cy_edges.get(k + "#edge", {}))
    check(all(same(d.get(a), x) for a, x in e.items() if a not in EDGE_SKIP), f"cytoscape: edge {k} values differ")

# --- CSV bundle
def rows(name):
    with open(os.path.join(DIR, "csv", name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
csv_nodes = {r["id:ID"]: r for r in rows("nodes.csv")}
check(set(csv_nodes) == set(nodes), "csv: node ids differ")
check(all(csv_nodes[n]["name"] == d["label"] for n, d in nodes.items()), "csv: names differ")
check(sorted(r["id"] for r in rows("edges.csv")) == sorted(edges), "csv: edge ids differ")
check(all(r[":TYPE"] == edges[r["id"]]["type"].upper() for r in rows("edges.csv")), "csv: types differ")
NEO4J = {bool: ("boolean",), int: ("int", "long"), float: ("float", "double")}
with open(os.path.join(DIR, "csv", "edges.csv"), newline="", encoding="utf-8") as f:
    header = next(csv.reader(f))
columns = {h.split(":")[0]: h for h in header if not h.startswith(":")}
for r in rows("edges.csv"):
    e = edges[r["id"]]
    for a, x in e.items():
        if a in EDGE_SKIP or a not in columns:
            continue
        cell = r[columns[a]]
        if isinstance(x, (bool, int, float)):
            check(columns[a] in [f"{a}:{t}" for t in NEO4J[type(x)]] and cell == json.dumps(x), f"csv: edge {r['id']} {a} = {columns[a]} {cell!r}, want {x!r}")

# --- DOT through Graphviz: no warnings; every node label drawn exactly
dot = subprocess.run(["dot", "-Tsvg", os.path.join(DIR, "graph.dot")], capture_output=True, timeout=120)
check(dot.returncode == 0 and not dot.stderr, f"dot: exit {dot.returncode}, stderr {dot.stderr[:300]!r}")
if dot.returncode == 0:
    svg = ET.fromstring(dot.stdout)
    ns = {"s": "http://www.w3.org/2000/svg"}
    drawn = {}
    for g in svg.iter("{http://www.w3.org/2000/svg}g"):
        if g.get("class") == "node":
            node_id = g.find("s:title", ns).text
            texts = [t.text or "" for t in g.iter("{http://www.w3.org/2000/svg}text")]
            drawn[node_id] = "\n".join(texts).replace("\xa0", " ")
    for n, d in nodes.items():
        # DOT labels keep line breaks and drop other control characters (reported), like XML.
        want = "".join(c for c in d["label"] if not (ord(c) < 0x20 and c != "\n") and c != "\x7f")
        check(drawn.get(n) == want, f"dot: node {n!r} drawn as {drawn.get(n)!r}, want {want!r}")

# --- DOT: free attributes as attr_NAME, a character other than a letter, digit or _ as _XX_
# (Graphviz gives weight, color, style… meanings), each value as its text.
import pydot
parsed = pydot.graph_from_dot_file(os.path.join(DIR, "graph.dot"))[0]
BUILTIN = {"label", "type", "status", "date", "date_start", "date_end", "place", "role", "title", "areas", "topics",
           "sources", "evidence", "evidence_spans", "evidence_sha256", "note"}
for edge in parsed.get_edges():
    attrs = {k.strip('"'): v for k, v in edge.get_attributes().items()}
    e = edges.get(attrs.get("id", "").strip('"'))
    if not e:
        continue
    for a, x in e.items():
        if a in EDGE_SKIP or a in BUILTIN:
            continue
        got = attrs.get("attr_" + "".join(c if c.isascii() and (c.isalnum() or c == "_") else f"_{ord(c):x}_" for c in a))
        want = x if isinstance(x, str) else json.dumps(x, ensure_ascii=False, sort_keys=True)
        check(got is not None and got[1:-1].replace('\\"', '"') == xml_safe(want), f"dot: edge {e['key']} attr_{a} = {got!r}, want {want!r}")

for p in problems:
    print("problem:", p)
print(f"{passed} passed, {len(problems)} failed")
sys.exit(1 if problems else 0)
