"""The analytics and HTML a build works out in a fresh process (paperkg.store.derived)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from paperkg.errors import PaperkgError
from paperkg.exports import write
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.store import open_store
from paperkg.store.analytics import compute_analytics
from paperkg.store.derived import Deriving
from paperkg.store.graphdb import read_graph


@pytest.mark.issue(13)
def test_derived_child_gives_the_analytics_and_html_of_this_process(sample_build, tmp_path):
    sqlite = open_store(sample_build) / "graph.sqlite"
    analytics, seconds = Deriving(sqlite, tmp_path / "child.html", {}).wait()
    G = read_graph(sqlite, keep=False)
    here = compute_analytics(KnowledgeGraph(G))
    assert json.dumps(analytics) == json.dumps(here)  # same rankings, same order
    assert len(analytics["rank/pagerank/model"]["rows"]) > 100  # the sample's models, not an empty answer
    write(G, tmp_path / "here.html", format="html")
    assert (tmp_path / "child.html").read_bytes() == (tmp_path / "here.html").read_bytes()
    assert seconds["analytics"] > 0 and seconds["html"] > 0


@pytest.mark.issue(13)
def test_derived_child_failure_is_one_message_for_the_build(tmp_path):
    bad = tmp_path / "graph.sqlite"
    sqlite3.connect(bad).execute("CREATE TABLE meta (key TEXT, value TEXT)")
    with pytest.raises(PaperkgError, match="graph.sqlite"):
        Deriving(bad).wait()
