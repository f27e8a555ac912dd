"""A build's outputs form one set: written whole, renamed in order, tied by a manifest."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from paperkg.errors import ExportError
from paperkg.pipeline import build
from paperkg.store import open_store
from paperkg.store.outputs import MANIFEST, OutputSet, clean_stale, file_digest, read_manifest


def _leftovers(folder: Path) -> list[str]:
    """Temporary files and folders in a build folder (there should be none)."""
    names = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    stores = folder / "graph.store"
    names += [p.name for p in stores.iterdir() if p.name.startswith(".")] if stores.is_dir() else []
    return names


@pytest.mark.issue(14)
def test_outputs_manifest_names_the_files_and_store_of_one_build(sample_build):
    manifest = read_manifest(sample_build)
    assert manifest is not None and set(manifest.files) == {"graph.ttl", "graph.html"}
    for name, entry in manifest.files.items():
        path = sample_build / name
        assert (entry["sha256"], entry["size"]) == (file_digest(path), path.stat().st_size)
        assert manifest.vouches_for(path)
    assert manifest.store_path() == open_store(sample_build)
    assert [p.name for p in (sample_build / "graph.store").iterdir()] == [manifest.store_path().name]
    assert _leftovers(sample_build) == []


@pytest.mark.issue(14)
def test_outputs_a_failed_build_leaves_the_old_set_and_no_temporary_files(
    sample_build, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    shutil.copytree(sample_build, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    from paperkg.store.derived import Deriving

    def broken(self):  # the analytics and HTML process failed (it runs apart: patched here)
        raise ExportError("disk full (simulated)")

    monkeypatch.setattr(Deriving, "wait", broken)
    with pytest.raises(ExportError, match="simulated"):
        build(out=folder, workers=1)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert _leftovers(folder) == []
    assert open_store(folder) == read_manifest(folder).store_path()


@pytest.mark.issue(14)
def test_outputs_commit_renames_in_order_and_writes_the_manifest_last(tmp_path, monkeypatch):
    order = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: order.append(Path(b).name) or real(a, b))
    with OutputSet(tmp_path) as outputs:
        for name in ("graph.html", "graph.ttl"):
            outputs.stage(name).write_text(name, encoding="utf-8")
        (outputs.new_store() / "graph.sqlite").write_bytes(b"")
        manifest = outputs.commit()
    assert order[0] == "graph.ttl" and order[-2:] == ["graph.html", MANIFEST]
    assert order[1] == manifest.store.split("/")[-1]  # the store right after the Turtle
    assert json.loads((tmp_path / MANIFEST).read_text())["files"]["graph.ttl"]["size"] == len("graph.ttl")


@pytest.mark.issue(14)
def test_outputs_no_html_removes_an_older_builds_view(sample_build, tmp_path):
    folder = tmp_path / "out"
    shutil.copytree(sample_build, folder)
    build(out=folder, html=False, workers=1)
    assert not (folder / "graph.html").exists()
    assert set(read_manifest(folder).files) == {"graph.ttl"}


@pytest.mark.issue(14)
def test_outputs_leftovers_of_a_killed_build_are_cleaned_by_the_next(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True)
    pid = int(dead.stdout)
    (tmp_path / f".graph.ttl.{pid}-0123abcd.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "graph.store" / f".tmp-{pid}-0123abcd").mkdir(parents=True)
    mine = tmp_path / f".graph.html.{os.getpid()}-0123abcd.tmp"  # a live process's: kept
    mine.write_text("being written", encoding="utf-8")
    removed = clean_stale(tmp_path)
    assert sorted(p.name
                  for p in removed) == sorted([f".graph.ttl.{pid}-0123abcd.tmp", f".tmp-{pid}-0123abcd"])
    assert mine.exists()


@pytest.mark.issue(14)
@pytest.mark.slow
def test_outputs_kill_while_writing_leaves_no_half_files(sample_build, tmp_path):
    """F1: ``kill`` (SIGTERM) while a build writes: the old set stays whole, nothing half-written."""
    folder = tmp_path / "out"
    shutil.copytree(sample_build, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    process = subprocess.Popen([sys.executable, "-m", "paperkg.cli", "build", "--out", str(folder), "-q",
                                "-j", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while not any(p.name.startswith(".graph.ttl") for p in folder.iterdir()):  # the Turtle is being written
        assert process.poll() is None and time.monotonic() < deadline, "the build ended before writing"
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("the build was still running 120 s after kill")
    assert process.returncode == 130, stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert _leftovers(folder) == []
