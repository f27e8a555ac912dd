"""What importing costs: ``paperkg extract`` (and every worker process) loads no graph, RDF or store code."""

from __future__ import annotations

import subprocess
import sys

import pytest

import paperkg
import paperkg.graph


def _loaded(code: str, modules: tuple[str, ...]) -> list[str]:
    probe = f"import sys; {code}; print(' '.join(m for m in {modules!r} if m in sys.modules))"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True).stdout.split()


@pytest.mark.issue(12)
def test_extract_command_loads_no_graph_rdf_or_store_code():
    heavy = ("networkx", "rdflib", "pyoxigraph", "scipy", "paperkg.graph.centrality", "paperkg.store",
             "paperkg.pipeline", "paperkg.exports")
    assert _loaded("import paperkg.cli, paperkg.ingest.extract, paperkg.ingest.extract.serialize",
                   heavy) == []
    # they load when asked for
    assert _loaded("from paperkg import KnowledgeGraph, build, load", heavy[:2]) == ["networkx", "rdflib"]


@pytest.mark.parametrize("package", [paperkg, paperkg.graph])
def test_every_public_name_of_a_lazy_package_resolves(package):
    for name in package.__all__:
        assert getattr(package, name) is not None, name
        assert name in dir(package)
    with pytest.raises(AttributeError):
        package.no_such_name  # noqa: B018
