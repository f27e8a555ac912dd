"""A stored graph's attribute dicts read their bulky part on first use and act as whole dicts."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from paperkg.store.graphdb import read_graph
from paperkg.store.lazy import LazyAttrs


@pytest.fixture(scope="module")
def store_file(sample_build):
    return next((sample_build / "graph.store").glob("*/graph.sqlite"))


@pytest.fixture(scope="module")
def whole(store_file):
    """The same graph read whole into plain dicts."""
    return read_graph(store_file, lazy=False)


def _a_paper(G):
    return next(n for n, k in G.nodes(data="kind") if k == "paper" and G.out_degree(n) > 1)


def test_lazy_paper_reads_its_abstract_on_first_use_only(store_file, whole):
    G = read_graph(store_file)
    node = _a_paper(G)
    attrs = G.nodes[node]
    assert isinstance(attrs, LazyAttrs) and attrs._loader is not None
    assert attrs["title"] == whole.nodes[node]["title"]  # light: no read
    assert attrs._loader is not None
    assert attrs.get("broader") is None and "broader" not in attrs  # no such key anywhere: no read
    assert attrs._loader is not None
    assert attrs["abstract"] == whole.nodes[node]["abstract"]  # read, and kept
    assert attrs._loader is None and dict.__contains__(attrs, "abstract")


@pytest.mark.parametrize("view", [
    dict, lambda d: {**d}, lambda d: d.copy(), lambda d: copy.deepcopy(d), lambda d: copy.copy(d),
    lambda d: json.loads(json.dumps(d)), lambda d: pickle.loads(pickle.dumps(d)), lambda d: dict(d.items()),
    lambda d: {k: d[k] for k in d}, lambda d: dict(zip(d.keys(), d.values(), strict=True)),
])
def test_lazy_every_reader_sees_the_whole_dict(store_file, whole, view):
    G = read_graph(store_file)
    node = _a_paper(G)
    entity = next(iter(G.succ[node]))
    for lazy, plain in ((G.nodes[node], whole.nodes[node]),
                        (G.edges[node, entity], whole.edges[node, entity])):
        assert len(lazy) == len(plain)
        seen = view(lazy)
        assert type(seen) is dict and seen == plain and list(seen) == list(plain)


def test_lazy_equality_and_edits(store_file, whole):
    G, H = read_graph(store_file), read_graph(store_file)
    node = _a_paper(G)
    assert G.nodes[node] == H.nodes[node] == whole.nodes[node]
    assert G.nodes[node] != {**whole.nodes[node], "abstract": "other"}
    G.nodes[node]["abstract"] = "edited"  # an own value wins over the stored one
    assert G.nodes[node]["abstract"] == "edited" and dict(G.nodes[node])["abstract"] == "edited"
    del H.nodes[node]["authors"]
    assert "authors" not in H.nodes[node] and "authors" not in dict(H.nodes[node])
    assert H.nodes[node].pop("doi", "gone") in (whole.nodes[node]["doi"], "gone")


def test_lazy_without_keep_reads_again_and_holds_nothing(store_file, whole):
    G = read_graph(store_file, keep=False)
    node = _a_paper(G)
    attrs = G.nodes[node]
    assert attrs["abstract"] == whole.nodes[node]["abstract"]
    assert attrs._loader is not None and not dict.__contains__(attrs, "abstract")
    entity = next(iter(G.succ[node]))
    assert G.edges[node, entity]["evidence"] == whole.edges[node, entity]["evidence"]


def test_lazy_graph_copies_are_plain(store_file, whole):
    G = read_graph(store_file)
    H = G.copy()
    node = _a_paper(G)
    assert type(H.nodes[node]) is dict and H.nodes[node] == whole.nodes[node]
    sub = G.subgraph([node, *G.succ[node]]).copy()
    assert sub.nodes[node] == whole.nodes[node]
