"""Render the graph of data/ in headless Chromium and save docs/graph.png (the README picture).

    python docs/screenshot.py [OUTPUT.png]

Uses Debian's chromium through playwright (no downloaded browser).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

import graphkit

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path) -> None:
    G = graphkit.build_graph([ROOT / "data"])
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        graphkit.write(G, page_path)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1440, "height": 880})
            page.goto(page_path.as_uri())
            page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=30000)
            page.evaluate("() => window.graphkit.network.fit()")
            page.wait_for_timeout(500)
            page.screenshot(path=str(out))
            browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "graph.png")
