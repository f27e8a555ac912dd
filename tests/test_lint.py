"""The code keeps STYLE.md's lint rules: ``ruff check`` ([tool.ruff] in pyproject.toml) reports nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: the folders the gate covers: the package, its tests, scripts and benchmarks
CHECKED = ["paperkg", "tests", "scripts", "benchmarks"]


def test_ruff_check_reports_nothing() -> None:
    ruff = pytest.importorskip("ruff",
                               reason="ruff is not installed (it comes with pip install -e '.[test]')")
    result = subprocess.run([ruff.find_ruff_bin(), "check", "--no-cache", "--output-format", "concise",
                             *CHECKED],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
