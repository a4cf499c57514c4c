"""`neighbors NODE --depth N`: the nodes within N hops, each with every edge joining it to a node one
hop nearer, breadth first with DataFrame joins (one join per hop, however big the graph; GraphX
has no bounded search, and its ShortestPaths would walk the whole component)."""
import json

from pyspark.sql import functions as F

from .output import fold, node_reference


def neighborhood(graph, name, depth, direction="both"):
    """The CLI's NeighborsReport as a dict."""
    focus = graph.resolve(name)
    e = graph.edges.where(F.col("s") != F.col("t"))
    out = e.select(F.col("s").alias("near"), F.col("t").alias("far"), "ordinal")
    into = e.select(F.col("t").alias("near"), F.col("s").alias("far"), "ordinal")
    arcs = {"out": out, "in": into, "both": out.unionByName(into)}[direction]
    spark = graph.spark
    frontier = spark.createDataFrame([(focus,)], "near long")
    visited = spark.createDataFrame([(focus,)], "far long")
    reached = []
    for level in range(1, depth + 1):
        step = arcs.join(frontier, "near").join(visited, "far", "left_anti").localCheckpoint()
        rows = step.select("far", "near", "ordinal").collect()
        if not rows:
            break
        reached += [(r["far"], level, r["near"], r["ordinal"]) for r in rows]
        frontier = step.select(F.col("far").alias("near")).distinct()
        visited = visited.unionByName(frontier.select(F.col("near").alias("far"))).localCheckpoint()
    return _report(graph, focus, depth, reached)


def _report(graph, focus, depth, reached):
    ordinals = sorted({r[3] for r in reached})
    edges = {r["ordinal"]: r.asDict() for r in graph.edges.where(F.col("ordinal").isin(ordinals)).collect()} if ordinals else {}
    slugs = {focus} | {r[0] for r in reached} | {e["s"] for e in edges.values()} | {e["t"] for e in edges.values()}
    nodes = graph.node_rows(slugs)
    places = {e["place"] for e in edges.values() if e["place"]}
    by_slug = {n["id"]: n for n in nodes.values()}
    if places - set(by_slug):
        by_slug.update({n["id"]: n for n in graph.node_rows_by_id(places - set(by_slug)).values()})
    sources = graph.sources()
    members = {}
    for far, level, near, ordinal in reached:
        members.setdefault(far, (level, []))[1].append((ordinal, near))
    order = sorted(members, key=lambda o: (members[o][0], fold(nodes[o]["name"] or ""), o))
    return {"focus": node_reference(nodes[focus]), "depth": depth,
            "neighbors": [{"node": node_reference(nodes[o]), "depth": members[o][0],
                           "edges": [dict(edge_report(edges[e], near, nodes, by_slug, sources), via=node_reference(nodes[near]))
                                     for e, near in sorted(members[o][1])]}
                          for o in order]}


def edge_report(edge, seen_from, nodes, by_slug, sources):
    """EdgeReport: the edge seen from `seen_from`, one of its ends; absent values omitted."""
    report = {"id": edge["id"], "type": edge["type"], "source": node_reference(nodes[edge["s"]]),
              "target": node_reference(nodes[edge["t"]]), "direction": "out" if edge["s"] == seen_from else "in",
              "status": edge["status"]}
    for key in ("date", "role", "title", "note"):
        if edge[key]:
            report[key] = edge[key]
    if edge["place"]:
        report["place"] = node_reference(by_slug[edge["place"]])
    for key in ("areas", "topics"):
        if edge[key]:
            report[key] = list(edge[key])
    evidence = json.loads(edge["evidence"]) if edge["evidence"] else {}
    # Where each source's article says it (the bundle's evidence_spans and evidence_sha256).
    spans = json.loads(edge["evidence_spans"]) if edge.get("evidence_spans") else {}
    hashes = json.loads(edge["evidence_sha256"]) if edge.get("evidence_sha256") else {}
    report["sources"] = []
    for slug in edge["sources"] or []:
        s = sources[slug]
        cited = {"id": slug, "publisher": s["publisher"] or "", "title": s["title"] or "", "file": s["file"] or ""}
        if s["published"]:
            cited["published"] = s["published"].isoformat()
        if slug in evidence:
            cited["paraphrase"] = evidence[slug]
        if slug in spans and slug in hashes:
            cited["span"], cited["sha256"] = spans[slug], hashes[slug]
        report["sources"].append(cited)
    return report


def neighbors_tsv(report):
    header = ["depth", "neighbor_id", "neighbor_name", "neighbor_kind", "via_id", "edge_id", "type", "direction", "status", "date",
              "place", "role", "title", "areas", "topics", "sources"]
    rows = [[str(n["depth"]), n["node"]["id"], n["node"]["name"], n["node"]["kind"], e["via"]["id"], e["id"], e["type"], e["direction"], e["status"],
             e.get("date", ""), e.get("place", {}).get("id", ""), e.get("role", ""), e.get("title", ""), ";".join(e.get("areas", [])),
             ";".join(e.get("topics", [])), ";".join(s["id"] for s in e["sources"])]
            for n in report["neighbors"] for e in n["edges"]]
    return header, rows
