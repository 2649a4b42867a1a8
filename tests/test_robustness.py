"""Property-based: any Unicode text, markup and control characters go through the
whole pipeline and all three exporters without a crash, and the output stays valid."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.export.graphml import read_graphml, write_graphml
from graphkit.export.html import render_html
from graphkit.export.json import read_json, write_json

NEWSY = st.sampled_from([
    "Russia attacked Ukraine.", "U.S. President Joe Biden warned China.", "He said it would not.",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\x00\x01\x0b\x1f", "\ufffe\uffff",
    "Iran's Supreme Leader", "Ünïcödé 🚀 عربى 中文", "the the the", "\n\n\n", "&amp; &lt;", "]]>", '"\'',
])
TEXT = st.lists(st.one_of(NEWSY, st.text(max_size=40)), min_size=1, max_size=8).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=3))
def test_any_text_gives_valid_outputs(graph_of, tmp_path_factory, texts):
    G = graph_of({f"d{i}": t for i, t in enumerate(texts)})
    out = tmp_path_factory.mktemp("p")
    write_graphml(G, out / "g.graphml")
    ET.parse(out / "g.graphml")  # well-formed XML
    H = read_graphml(out / "g.graphml")
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    write_json(G, out / "g.json")
    assert read_json(out / "g.json").number_of_edges() == G.number_of_edges()
    page = render_html(G)
    assert "<img src=x onerror" not in page
    assert page.count("</script>") == page.count("<script")
    json.loads(page.split('id="graph-data">', 1)[1].split("</script>", 1)[0])
