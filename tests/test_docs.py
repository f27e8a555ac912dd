"""The README tells the truth about set-up: CI runs exactly its two commands in a fresh venv."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bash_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_docs_ci_runs_the_readme_commands_in_a_fresh_venv() -> None:
    readme = _bash_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv" in ci and '. "$venv/bin/activate"' in ci
    build = "python3 -m pip install . && paperkg build --out out"
    assert build in readme and build in ci.splitlines()
    assert "bash scripts/test.sh" in readme
    assert any(line.startswith("bash scripts/test.sh") for line in ci.splitlines())
    # the commands come after the venv is made, in the README as in CI
    assert readme.index(build) > readme.index("python3 -m venv .venv && . .venv/bin/activate")
