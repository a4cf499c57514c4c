#!/usr/bin/env python3
"""The interactive HTML map in a real browser: headless Chromium, network cut, driven over its
DevTools pipe (cdp.py).

usage: check_map.py SUMMITGRAPH [--data DIR]

Renders the seeds' map as HTML and PNG with SUMMITGRAPH into a temporary folder, opens the HTML
from file:// and checks: no console error and no request but the file itself; nothing in the page
points outside it; a screenshot is not blank (its size against a blank page's and the static PNG's);
searching "rahmon" (typed, Enter) focuses Emomali Rahmon and shows exactly the neighbours
`summitgraph neighbors` gives, and the panel lists every source of his meeting with Naruhito; the
2-hop toggle widens it; Esc clears; a type filter and the date range hide what they should; the URL
hash restores a view; the PNG download draws; print to PDF is vector (pdftotext finds names).
Prints one line per check; exits 1 when one fails, 2 when Chromium is missing.
"""
import base64, json, os, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp

failures = []


def check(ok, what, detail=""):
    print(("ok   " if ok else "FAIL ") + what + (f": {detail}" if detail and not ok else ""))
    if not ok:
        failures.append(what)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    data = ["--data", sys.argv[sys.argv.index("--data") + 1]] if "--data" in sys.argv else []
    if not cdp.find_chromium():
        print("browser tests: chromium is not installed")
        sys.exit(2)
    out = tempfile.mkdtemp(prefix="summitgraph-map-")
    html, png = os.path.join(out, "map.html"), os.path.join(out, "map.png")
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    for path, extra in ((html, ["--format", "html"]), (png, [])):
        subprocess.run([binary, "render", "-o", path, *extra, *data], check=True, env=env, stderr=subprocess.DEVNULL)
    neighbours = json.loads(subprocess.run([binary, "neighbors", "Rahmon", "--format", "json", *data], check=True,
                                           capture_output=True, text=True).stdout)
    expected = sorted([neighbours["focus"]["id"] if isinstance(neighbours["focus"], dict) else "emomali-rahmon"]
                      + [n["node"]["id"] for n in neighbours["neighbors"]])
    meeting = next(e for n in neighbours["neighbors"] if n["node"]["id"] == "naruhito" for e in n["edges"] if e["type"] == "met")

    page = open(html, encoding="utf-8").read()
    outside = re.findall(r"""(?:\b(?:src|href)\s*=\s*["']?\s*|url\(\s*["']?)(?:https?:)?//""", page, re.I)
    check(not outside, "no src, href or url() points outside the file", str(outside[:3]))
    check("</script" not in page.split('id="summitgraph-data">', 1)[1].split("</script>", 1)[0], "the data block cannot end its script")

    browser = cdp.Browser()
    try:
        url = "file://" + html
        browser.navigate(url)
        check(browser.errors() == [], "loads with no console error", str(browser.errors()))
        check(browser.requests() == [url], "no request but the page itself", str(browser.requests()))
        check(browser.evaluate("typeof window.summitgraph") == "object", "the test hook is there")
        raw = browser.evaluate("JSON.parse(document.getElementById('summitgraph-data').textContent)")

        shot = lambda: base64.b64decode(browser.send("Page.captureScreenshot", format="png")["data"])
        picture = shot()
        open(os.path.join(out, "screenshot.png"), "wb").write(picture)
        browser.evaluate("document.getElementById('map').style.visibility = 'hidden'")
        blank = shot()
        browser.evaluate("document.getElementById('map').style.visibility = ''")
        static = os.path.getsize(png)
        check(len(picture) > 3 * len(blank) and len(picture) > static / 20,
              "a screenshot is not blank", f"{len(picture)} bytes, map hidden {len(blank)}, static PNG {static}")

        # Search, as a user types it, then Enter.
        for kind in ("keyDown", "keyUp"):
            browser.send("Input.dispatchKeyEvent", type=kind, key="/", code="Slash", windowsVirtualKeyCode=191, **({"text": "/"} if kind == "keyDown" else {}))
        check(browser.evaluate("document.activeElement.id") == "search", "/ puts the cursor in the search box")
        browser.send("Input.insertText", text="rahmon")
        matches = browser.evaluate("[...document.querySelectorAll('#matches li')].map(li => li.dataset.id)")
        check(matches == ["emomali-rahmon"], "searching 'rahmon' lists Emomali Rahmon", str(matches))
        check(browser.evaluate("JSON.stringify(summitgraph.search('RAHMÓN'))") == '["emomali-rahmon"]',
              "search is case- and accent-insensitive")
        check(browser.evaluate("summitgraph.search('Эмомали').length") == 1, "search finds an alias in its own script")
        for kind in ("keyDown", "keyUp"):
            browser.send("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)
        state = browser.evaluate("summitgraph.state()")
        check(state["focus"] == "emomali-rahmon", "Enter focuses him", str(state["focus"]))
        check(state["shownNodes"] == expected, "focus shows exactly his neighbours", f"{state['shownNodes']} != {expected}")
        lifted = browser.evaluate("[...document.querySelectorAll('#focus-layer g.node[data-svg]')].map(g => g.dataset.svg.slice(2)).sort()")
        veiled = browser.evaluate("getComputedStyle(document.getElementById('focus-layer')).display !== 'none'")
        check(veiled and lifted == expected, "his neighbourhood is drawn above a veil that fades the rest", str(lifted))
        check(sorted(state["fadedNodes"]) == sorted(set(n["id"] for n in raw["nodes"]) - set(expected)), "every other node is faded")
        panel = state["panel"]
        missing = [s["title"] for s in meeting["sources"] if s["title"] not in panel or s["publisher"] not in panel]
        missing += [s["paraphrase"] for s in meeting["sources"] if s.get("paraphrase") and s["paraphrase"] not in panel]
        check(not missing, "the panel lists the sources of the Naruhito meeting", str(missing))
        check("#focus=emomali-rahmon" in state["hash"], "the focus is in the URL", state["hash"])
        browser.evaluate("document.getElementById('depth').click()")
        wider = browser.evaluate("summitgraph.state()")
        check(wider["depth"] == 2 and len(wider["shownNodes"]) > len(expected), "the 2-hop toggle widens the focus")
        for kind in ("keyDown", "keyUp"):
            browser.send("Input.dispatchKeyEvent", type=kind, key="Escape", code="Escape", windowsVirtualKeyCode=27)
        check(browser.evaluate("summitgraph.state().focus") is None, "Esc clears the focus")

        # Clicking a drawn edge opens its card.
        first = browser.evaluate("summitgraph.data.drawn.find(d => d.members.includes('met-rahmon-naruhito')).svg")
        browser.evaluate(f"document.getElementById({json.dumps(first)}).querySelector('path').dispatchEvent(new MouseEvent('click', {{bubbles: true}}))")
        check(meeting["sources"][0]["title"] in browser.evaluate("summitgraph.state().panel"), "clicking an edge shows its card")

        # A type filter: only met edges shown, nodes without one faded, other types' SVG edges hidden.
        browser.evaluate("summitgraph.clear(); summitgraph.filter({types: ['met']})")
        state = browser.evaluate("summitgraph.state()")
        types = {e["id"]: e for e in raw["edges"]}
        met_nodes = sorted({n for e in types.values() if e["type"] == "met" for n in (e["source"], e["target"])})
        check(state["shownEdges"] and all(types[e]["type"] == "met" for e in state["shownEdges"]), "a type filter keeps only its type")
        check(state["shownNodes"] == met_nodes, "nodes left without a visible edge fade", f"{state['shownNodes']} != {met_nodes}")
        hidden = browser.evaluate("[...document.querySelectorAll('#map g.edge:not(.key)')].filter(g => getComputedStyle(g).display !== 'none')"
                                  ".every(g => g.classList.contains('type-met'))")
        check(hidden, "edges of other types are hidden in the SVG")
        check("types=met" in state["hash"], "the types are in the URL", state["hash"])
        check(browser.evaluate("document.querySelector('#map g.key') === null"), "the page's SVG has no static key beside the live one")
        browser.evaluate("document.querySelector('#types input[value=\"visits\"]').click()")
        state = browser.evaluate("summitgraph.state()")
        check(sorted(state["types"]) == ["met", "visits"] and "types=met,visits" in state["hash"], "the page's key toggles a type", str(state["types"]))
        check(browser.evaluate("document.querySelector('#types input[value=\"head_of\"]').parentElement.classList.contains('key-off')"),
              "the key shows the types turned off")

        # The date range: one day; undated edges go with the checkbox.
        browser.evaluate("summitgraph.filter({types: summitgraph.data.types, from: '2025-12-20', to: '2025-12-20', undated: false})")
        state = browser.evaluate("summitgraph.state()")
        inside = [e for e in state["shownEdges"] if not ("first" in types[e] and types[e]["first"] <= "2025-12-20" <= types[e]["last"])]
        outside = [e for e in types.values() if "first" in e and e["first"] <= "2025-12-20" <= e["last"] and e["id"] not in state["shownEdges"]]
        check(state["shownEdges"] and not inside and not outside, "the date range shows exactly the edges that may overlap it",
              f"{inside[:3]} {[e['id'] for e in outside[:3]]}")
        browser.evaluate("document.getElementById('undated').click()")
        with_undated = browser.evaluate("summitgraph.state().shownEdges")
        check(any("first" not in types[e] for e in with_undated), "the undated checkbox brings undated edges back")

        # The URL hash restores a view.
        browser.navigate("about:blank")
        browser.navigate(url + "#focus=taro-aso&depth=2&from=2025-12-19&to=2025-12-19&types=met,holds_role")
        state = browser.evaluate("summitgraph.state()")
        check((state["focus"], state["depth"], state["from"], state["to"], sorted(state["types"])) ==
              ("taro-aso", 2, "2025-12-19", "2025-12-19", ["holds_role", "met"]), "the URL hash restores a view", str(state)[:300])
        check(browser.errors() == [], "the restored view loads with no console error", str(browser.errors()))

        check((browser.evaluate("summitgraph.png(3)", await_promise=True) or 0) > 1000, "the PNG download draws the view")
        drawn = browser.evaluate("""(() => { const d = new DOMParser().parseFromString(summitgraph.svg(), 'image/svg+xml');
            return d.querySelector('parsererror') ? null : [...d.querySelectorAll('g.edge:not(.key)')].map(g => g.id).sort(); })()""")
        allowed = {d["svg"] for d in raw["drawn"] if any(types[m]["type"] in ("met", "holds_role") for m in d["members"])}
        check(drawn is not None and drawn and set(drawn) <= allowed, "the SVG download is well-formed and holds only the view's edges",
              str(drawn)[:200])
        check(browser.evaluate("summitgraph.search('President of Tajikistan')[0]") == "emomali-rahmon",
              "search finds an office holder by the office, first")

        browser.navigate("about:blank")
        browser.navigate(url)
        pdf = base64.b64decode(browser.send("Page.printToPDF", printBackground=True, preferCSSPageSize=True)["data"])
        pdf_path = os.path.join(out, "map.pdf")
        open(pdf_path, "wb").write(pdf)
        text = subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True, text=True).stdout
        check("Rahmon" in text and "Naruhito" in text, "print to PDF is vector (pdftotext finds the names)", text[:200])
        pages = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
        check(re.search(r"^Pages:\s+1$", pages, re.M) is not None, "the printed map fits one page", pages)
        size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", pages, re.M)
        check(size is not None and float(size.group(1)) > float(size.group(2)), "it prints in landscape", pages)
    finally:
        browser.close()
    print(f"browser tests: {'all passed' if not failures else str(len(failures)) + ' failed'} ({out})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
