"""Graph assembly: merging, determinism, scalar-only GraphML."""
from __future__ import annotations

import networkx as nx

from graphkit.export import read, write
from graphkit.graph import subgraph_by_quad


def test_same_edge_in_two_documents_is_merged_with_weight(graph_of):
    G = graph_of({"a.txt": "Kenya criticized Uganda.", "b.txt": "Kenya criticized Uganda again."})
    data = G.get_edge_data("state:KEN", "state:UGA")
    assert list(data) == ["action:criticize"]
    edge = data["action:criticize"]
    assert edge["weight"] == 2 and edge["doc"] == "a.txt|b.txt"
    assert edge["evidence"] == "Kenya criticized Uganda."


def test_negated_and_asserted_are_different_edges(graph_of):
    G = graph_of({"a.txt": "Peru did not criticize Chile. Peru criticized Chile later."})
    assert sorted(G.get_edge_data("state:PER", "state:CHL")) == ["action:criticize", "action:criticize:not"]


def test_same_inputs_in_any_order_give_identical_files(graph_of, tmp_path):
    texts = {"a.txt": "Kenya criticized Uganda.", "b.txt": "Egypt praised Sudan."}
    G1 = graph_of(texts)
    G2 = graph_of(dict(reversed(list(texts.items()))))
    for ext in ("graphml", "json"):
        write(G1, tmp_path / f"1.{ext}")
        write(G2, tmp_path / f"2.{ext}")
        assert (tmp_path / f"1.{ext}").read_bytes() == (tmp_path / f"2.{ext}").read_bytes()
        assert nx.utils.graphs_equal(read(tmp_path / f"1.{ext}"), read(tmp_path / f"2.{ext}"))


def test_subgraph_by_quad_keeps_conflict_only(graph_of):
    G = graph_of({"a.txt": "Russia attacked Ukraine. Poland praised Ukraine."})
    H = subgraph_by_quad(G, ["material-conflict"])
    assert [(u, d["action"], v) for u, v, d in H.edges(data=True)] == [("state:RUS", "attack", "state:UKR")]
    assert G.number_of_edges() > H.number_of_edges()  # G itself is untouched


def test_an_office_holder_joins_a_surname_that_joins_a_full_name():
    """Article 1 names the person in full, article 2 by surname and office, article 3 only by office."""
    from graphkit.actors import Actor, Affiliation
    from graphkit.extraction import Extraction
    from graphkit.graph import build

    germany = Actor("state:DEU", "Germany", "state", ("Germany",), (), "DEU")
    full = Actor("person:ana weber", "Ana Weber", "person", ("Ana Weber",))
    surname = Actor("person:weber", "Weber", "person", ("Weber",), ("Chancellor",))
    unnamed = Actor("person:germany's chancellor", "Germany's Chancellor", "person", (), ("Chancellor",), named=False)
    affiliation = lambda doc, member: Affiliation(doc, member, "state:DEU", "Chancellor", "...", 0)  # noqa: E731
    G = build([Extraction("a", actors=(full,)),
               Extraction("b", actors=(surname, germany), affiliations=(affiliation("b", "person:weber"),)),
               Extraction("c", actors=(unnamed, germany), affiliations=(affiliation("c", unnamed.key),))])
    assert sorted(G.nodes) == ["person:ana weber", "state:DEU"]
    assert G.nodes["person:ana weber"]["doc"] == "a|b|c"


def test_action_edges_carry_the_sectors_of_their_ends_joined_when_merged(graph_of, tmp_path):
    import networkx as nx

    G = graph_of({"a.txt": "Somali troops attacked Kenyan police.", "b.txt": "Somali officials attacked Kenya.",
                  "c.txt": "Somalia attacked Kenya."})
    (_, _, edge), = [e for e in G.edges(data=True) if e[2]["kind"] == "action"]
    assert (edge["source_sector"], edge["target_sector"]) == ("government|military", "police")
    path = tmp_path / "g.graphml"
    nx.write_graphml(G, path)
    (_, _, read), = [e for e in nx.read_graphml(path).edges(data=True) if e[2]["kind"] == "action"]
    assert read["source_sector"] == "government|military"
