"""Root conftest: names available to doctests in the package."""

import networkx as nx
import pytest


@pytest.fixture(autouse=True)
def _add_nx(doctest_namespace: dict) -> None:
    doctest_namespace["nx"] = nx
