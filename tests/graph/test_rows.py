"""Rows: the typed result list (to_dicts, to_pandas with the [pandas] extra, notes)."""

from __future__ import annotations

import re
import sys

import pytest

from paperkg.graph.rows import Rows


def test_rows_to_pandas_needs_pandas() -> None:
    rows = Rows([], note="x")
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pip install pandas"):
            rows.to_pandas()
    else:
        assert rows.to_pandas().attrs["note"] == "x"


@pytest.mark.issue(15)
def test_rows_to_pandas_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas raises ImportError
    with pytest.raises(ImportError, match=re.escape("pip install 'paperkg[pandas]'")):
        Rows([], note="x").to_pandas()
