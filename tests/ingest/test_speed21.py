"""The cyclic collector around extraction: paused while the extractor is built, its tables frozen before
it is back on, and the heap frozen at exit in the ``paperkg extract`` command's own process."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from paperkg.ingest.extract.pipeline import Extractor, extract_many
from paperkg.ingest.records import Paper

ROOT = Path(__file__).resolve().parents[2]

# arXiv 2504.02762, the title and the abstract's first sentence as written
PAPER = Paper(id="2504.02762", title="MD-ProjTex: Texturing 3D Shapes with Multi-Diffusion Projection",
              abstract="We introduce MD-ProjTex, a method for fast and consistent text-guided texture\n"
                       "generation for 3D shapes using pretrained text-to-image diffusion models.")


@contextmanager
def _collections() -> Iterator[list[int]]:
    """The generation of each pass of the cyclic collector while the body runs."""
    passes: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        yield passes
    finally:
        gc.callbacks.remove(count)


def _links(extraction) -> set[tuple[str, str, str]]:
    return {(m.surface, m.entity_id, m.role.value) for m in extraction.mentions}


def test_extractor_built_without_collector_passes():
    # the build makes hundreds of thousands of long-lived objects: no pass walks them while it runs
    # (about 85 passes before), and the collector is on again after
    assert gc.isenabled()
    with _collections() as passes:
        extractor = Extractor()
    assert len(passes) <= 2
    assert gc.isenabled()
    assert ("MD-ProjTex", "technique/md-projtex", "introduces") in _links(extractor.extract(PAPER))


def test_extract_many_freezes_the_build_before_any_pass():
    # extract_many builds the shared extractor with the collector paused and freezes its tables
    # before turning it back on: no full pass, at most a young one while one paper is extracted (some 85
    # passes before, full ones among them); the collector's state as it was after
    shared = dict(Extractor._shared)
    Extractor._shared.clear()
    frozen = gc.get_freeze_count()
    try:
        with _collections() as passes:
            extractions = list(extract_many([PAPER], workers=1))
    finally:
        Extractor._shared.clear()
        Extractor._shared.update(shared)
    assert 2 not in passes and len(passes) <= 2
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    links = _links(extractions[0])
    assert ("MD-ProjTex", "technique/md-projtex", "introduces") in links
    assert ("diffusion models", "technique/diffusion-model", "uses") in links


def test_cli_process_exits_with_its_heap_frozen(tmp_path):
    # `python -c` calling app() is the command's own process (typer exits it after the command): at
    # exit the heap is frozen, so the interpreter's last passes skip the extractor's tables. The
    # hook below is registered first, so it runs last, after paperkg's.
    source = tmp_path / "papers.jsonl"
    source.write_text(json.dumps({"id": PAPER.id, "title": PAPER.title, "abstract": PAPER.abstract}) + "\n")
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count() > 0, file=sys.stderr))\n"
            "from paperkg.cli import app\n"
            "app()\n")
    done = subprocess.run([sys.executable, "-c", code, "extract", str(source), "-j", "1", "-q"],
                          capture_output=True, text=True, cwd=ROOT, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "frozen at exit: True" in done.stderr
    line = json.loads(done.stdout)
    assert {(m["surface"], m["entity_id"]) for m in line["mentions"]} >= {
        ("MD-ProjTex", "technique/md-projtex"), ("diffusion models", "technique/diffusion-model")}
