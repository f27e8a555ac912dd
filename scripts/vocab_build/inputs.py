"""Reading the build's inputs: source files (JSON Lines, gzip or plain) and the curated lists."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from vocab_build.names import fold

__all__ = ["CURATED_DIR", "Inputs", "read_guards", "read_jsonl", "read_lines", "read_overrides"]

#: The hand-curated lists: ``scripts/vocab/``.
CURATED_DIR = Path(__file__).resolve().parents[1] / "vocab"


def read_jsonl(path: Path) -> list[dict]:
    """Every JSON object of a JSON Lines file (``.gz`` read as gzip)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_lines(path: Path) -> list[str]:
    """The lines of a list file without comments (``#`` lines, ``  #`` tails) or blanks."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("  #", 1)[0].rstrip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_overrides(path: Path) -> dict[tuple[str, str], str]:
    """source<TAB>name<TAB>replacement label (or a kind), or '-' to drop the record."""
    out = {}
    for line in read_lines(path):
        source, name, action = line.split("\t")
        out[(source, name)] = action
    return out


def read_guards(path: Path) -> dict[tuple[str, str], str]:
    """kind<TAB>surface<TAB>action (cs | cue | drop | fold); kind '*' applies to every kind."""
    out = {}
    for line in read_lines(path):
        kind, surface, action = line.split("\t")[:3]
        if action not in ("cs", "cue", "drop", "fold"):
            raise ValueError(f"{path}: unknown action {action!r} in {line!r}")
        out[(kind, fold(surface))] = action
    return out


@dataclass
class Inputs:
    """Where the build reads from, and what several sources share (read once, when first used)."""

    sources: Path
    curated: Path = CURATED_DIR
    #: curated language patches (``patch_iso639_3`` records), filled by the curated source
    patches: list[dict] = field(default_factory=list)

    def source(self, name: str) -> Path:
        """A source file by name: ``name`` itself, or its plain ``.jsonl`` when ``.gz`` is absent."""
        path = self.sources / name
        if not path.exists() and path.suffix == ".gz":
            plain = path.with_suffix("")
            if plain.exists():
                return plain
        return path

    @cached_property
    def stop(self) -> set[str]:
        """Folded stop-listed surfaces (``stoplist.txt``)."""
        return {fold(s) for s in read_lines(self.curated / "stoplist.txt")}

    @cached_property
    def guards(self) -> dict[tuple[str, str], str]:
        """Word-like decisions (``wordlike.tsv``)."""
        return read_guards(self.curated / "wordlike.tsv")

    @cached_property
    def overrides(self) -> dict[tuple[str, str], str]:
        """Per-record fixes (``source_overrides.tsv``)."""
        return read_overrides(self.curated / "source_overrides.tsv")

    @cached_property
    def tasks(self) -> set[str]:
        """Folded Papers with Code research-task names (used to drop task-named records)."""
        path = self.source("pwc_tasks_2025.jsonl.gz")
        return {fold(r["name"]) for r in read_jsonl(path)} if path.exists() else set()

    @cached_property
    def linguist(self) -> dict[str, dict]:
        """GitHub Linguist languages by name."""
        data = json.loads(self.source("linguist_languages.json").read_text("utf-8"))
        return {lang["name"]: lang for lang in data["languages"]}
