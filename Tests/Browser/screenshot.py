#!/usr/bin/env python3
"""A screenshot of the interactive map as a reader first sees it, or focused on a node.

usage: screenshot.py MAP.html OUT.png [NODE-ID [DEPTH]]   (1400×900, headless Chromium, network cut)
"""
import base64, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp

if len(sys.argv) < 3:
    sys.exit(__doc__)
browser = cdp.Browser()
try:
    browser.navigate("file://" + os.path.abspath(sys.argv[1]))
    if len(sys.argv) > 3:
        assert browser.evaluate(f"summitgraph.focus({sys.argv[3]!r}, {int(sys.argv[4]) if len(sys.argv) > 4 else 1})"), sys.argv[3]
    errors = browser.errors()
    assert not errors, errors
    open(sys.argv[2], "wb").write(base64.b64decode(browser.send("Page.captureScreenshot", format="png")["data"]))
finally:
    browser.close()
