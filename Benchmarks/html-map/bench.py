#!/usr/bin/env python3
"""The interactive HTML map on a big graph, in headless Chromium (Tests/Browser/cdp.py).

usage: Benchmarks/html-map/bench.py SUMMITGRAPH [NODES EDGES]   (default 2000 8000)

Generates a deterministic graph (TSV edge list and its nodes file: kinds, types, statuses and dates
spread like the seeds'), renders it with `render -o map.html` (sfdp), then opens the page from file://
five times and clicks five nodes' shapes, and prints one JSON line: the render time, the page's size,
the open time (navigation to the first frame painted after the script's `summitgraph-ready` mark;
and seen from outside, navigate to loadEventFired) and the focus click (click dispatched to the
next frame after it: restyle and layout included), medians and worst.
"""
import json, os, random, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "Browser"))
import cdp

binary = os.path.abspath(sys.argv[1])
node_count, edge_count = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (2000, 8000)
folder = tempfile.mkdtemp(prefix="summitgraph-htmlbench-")
rng = random.Random(14)
kinds = ["person", "state", "initiative", "organization", "place", "position"]
types = ["met", "participates_in", "head_of", "holds_role", "cooperates_with", "supports", "visits", "part_of"]
statuses = ["occurred", "occurred", "planned", "ongoing", "historical"]
with open(os.path.join(folder, "big.nodes.tsv"), "w") as f:
    f.write("id\tlabel\tkind\n")
    for i in range(node_count):
        f.write(f"n{i}\tNode {i}\t{rng.choice(kinds)}\n")
with open(os.path.join(folder, "big.edges.tsv"), "w") as f:
    f.write("id\tsource\ttarget\ttype\tstatus\tdate\n")
    for i in range(edge_count):
        a = rng.randrange(node_count)
        b = (a + 1 + int(rng.expovariate(1 / 40))) % node_count  # mostly near: a layout with structure
        date = "" if rng.random() < 0.2 else f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        f.write(f"e{i}\tn{a}\tn{b}\t{rng.choice(types)}\t{rng.choice(statuses)}\t{date}\n")
page = os.path.join(folder, "map.html")
start = time.time()
subprocess.run([binary, "render", "-o", page, "--data", os.path.join(folder, "big.edges.tsv"), "--timeout", "600"],
               check=True, stderr=subprocess.DEVNULL)
render_seconds = time.time() - start

browser = cdp.Browser()
opens, outside, clicks = [], [], []
try:
    for _ in range(5):
        browser.navigate("about:blank")
        t = time.time()
        browser.navigate("file://" + page)
        outside.append(time.time() - t)
        # Open: from navigation to the first frame painted after the script is ready.
        opens.append(browser.evaluate("""new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
            const ready = performance.getEntriesByName('summitgraph-ready')[0];
            resolve(ready ? performance.now() / 1000 : null); }, 0)))""", await_promise=True))
    assert not browser.errors(), browser.errors()
    for i in range(5):
        ms = browser.evaluate(f"""new Promise((resolve) => {{
            const node = summitgraph.data.nodes[{i * 37 % node_count}];
            const shape = document.getElementById(node.svg).querySelector('ellipse, polygon, path, text');
            const t0 = performance.now();
            shape.dispatchEvent(new MouseEvent('click', {{bubbles: true}}));
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        }})""", await_promise=True)
        assert browser.evaluate("summitgraph.state().focus") == f"n{i * 37 % node_count}"
        clicks.append(ms)
finally:
    browser.close()
print(json.dumps({"nodes": node_count, "edges": edge_count, "render_s": round(render_seconds, 2),
                  "page_mb": round(os.path.getsize(page) / 1e6, 2),
                  "open_s_median": round(statistics.median(opens), 3), "open_s_worst": round(max(opens), 3),
                  "open_outside_s_median": round(statistics.median(outside), 3),
                  "focus_click_ms_median": round(statistics.median(clicks), 1), "focus_click_ms_worst": round(max(clicks), 1)}))
