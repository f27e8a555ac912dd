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


_INTERRUPTED_WHILE_WAITING = """
import sys
from pathlib import Path
from paperkg.store import open_store
from paperkg.store.derived import Deriving


class Interrupted:
    \"\"\"The receiving end of the child's pipe, as Ctrl-C finds it: the wait for the child is interrupted.\"\"\"

    def __init__(self, end):
        self.end = end

    def recv(self):
        raise KeyboardInterrupt

    def close(self):
        self.end.close()


if __name__ == "__main__":
    deriving = Deriving(open_store(Path(sys.argv[1])) / "graph.sqlite")
    deriving._receive = Interrupted(deriving._receive)
    try:
        deriving.wait()
        print("finished without the interrupt")
    except KeyboardInterrupt:
        print("interrupted; child alive:", deriving._child.is_alive())
"""  # noqa: E501 (the child program's own lines)


@pytest.mark.issue(13)
@pytest.mark.slow
def test_derived_interrupted_wait_stops_the_child_instead_of_waiting_for_it(sample_build, tmp_path):
    """Ctrl-C (or ``kill``, which a build turns into Ctrl-C) while the build awaits the child: the
    child is stopped. Waiting for it instead hung the build for good: the analytics it then sends
    are more than a pipe holds, and nobody reads them (CI saw it as a ``kill`` that never ended)."""
    import subprocess
    import sys

    script = tmp_path / "interrupted.py"
    script.write_text(_INTERRUPTED_WHILE_WAITING)
    done = subprocess.run([sys.executable, str(script), str(sample_build)], capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.strip() == "interrupted; child alive: False", done.stderr
