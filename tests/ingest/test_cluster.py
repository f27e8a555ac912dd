"""Reading and linking on a real Dask cluster (a scheduler and two worker processes on this machine):
the same output, record numbers and reports as a local run, and the workers did the linking."""

from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from typer.testing import CliRunner  # noqa: E402

from paperkg.cli import app  # noqa: E402
from paperkg.errors import FormatError, InputError, PaperkgError  # noqa: E402
from paperkg.ingest import SAMPLE_DIR  # noqa: E402
from paperkg.ingest import cluster as cluster_module  # noqa: E402
from paperkg.ingest.cluster import link_on_cluster, linked_here  # noqa: E402
from paperkg.ingest.cluster._plan import expand, partitions  # noqa: E402
from paperkg.ingest.extract import Extractor, extract_many  # noqa: E402
from paperkg.ingest.extract.serialize import extraction_to_json_line  # noqa: E402
from paperkg.ingest.readers import ReadReport, read_papers  # noqa: E402

BLOCK = 16 * 1024  # tiny ranges: the JSON Lines file below is cut into about twenty


@pytest.fixture(scope="module")
def client():
    """A scheduler and two single-threaded worker processes on this machine (the dashboard on a free
    port: another run on the machine may hold 8787; generous start-up timeouts for a loaded machine)."""
    import dask

    timeouts = {"distributed.comm.timeouts.connect": "180s"}
    with dask.config.set(timeouts), distributed.LocalCluster(n_workers=2, threads_per_worker=1,
                                                             processes=True,
                                                             dashboard_address=":0") as cluster:
        with distributed.Client(cluster, set_as_default=False) as client:
            yield client


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus's records as JSON Lines, with bad lines of tests/data/cli/mixed.jsonl (broken
    JSON, no title and no abstract) spread through it, two cp1252 lines and a repeated id far apart."""
    bad = (Path(__file__).parents[1] / "data" / "cli" / "mixed.jsonl").read_bytes().splitlines()
    lines = []
    for number, paper in enumerate(read_papers([SAMPLE_DIR])):
        record = {"id": paper.arxiv_id or f"sample-{number}", "title": paper.title,
                  "abstract": paper.abstract, "authors": list(paper.authors)}
        lines.append(json.dumps(record, ensure_ascii=False).encode())
        if number % 97 == 13:
            lines.extend([bad[1], bad[2]])
        if number in (40, 300):
            lines.append(json.dumps({"id": f"cp{number}", "title": "Caf\u00e9 models for r\u00e9sum\u00e9s"},
                                    ensure_ascii=False).encode("cp1252"))
        if number == 320:
            lines.append(lines[0])  # the first record's id again, in another range
    path = tmp_path_factory.mktemp("cluster") / "sample.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture(scope="module")
def jsonl_gz(jsonl: Path) -> Path:
    path = jsonl.with_name("sample-copy.jsonl.gz")
    path.write_bytes(gzip.compress(jsonl.read_bytes()))
    return path


def _local(paths: list, *, transform=extraction_to_json_line):
    """A local read and link: results, the messages in order, the report."""
    report, messages = ReadReport(), []
    papers = read_papers(paths, report=report, on_error=lambda e: messages.append(f"skipped: {e}"),
                         on_warning=lambda e: messages.append(f"warning: {e}"))
    return list(extract_many(papers, workers=1, transform=transform)), messages, report


def _cluster(paths: list, client, *, transform=extraction_to_json_line, **kwargs):
    report, messages = ReadReport(), []
    results = list(link_on_cluster(paths, scheduler=client, report=report, transform=transform,
                                   on_error=lambda e: messages.append(f"skipped: {e}"),
                                   on_warning=lambda e: messages.append(f"warning: {e}"), **kwargs))
    return results, messages, report


def _counts(report: ReadReport) -> tuple:
    return report.files, report.read, report.skipped.count, report.warnings.count, report.failed_files.count


@pytest.mark.issue(13)
def test_cluster_extract_of_the_sample_corpus_is_the_local_output(client) -> None:
    local, local_messages, local_report = _local([SAMPLE_DIR])
    lines, messages, report = _cluster([SAMPLE_DIR], client)
    assert len(lines) == 361
    assert "".join(lines) == "".join(local)
    assert messages == local_messages
    assert _counts(report) == _counts(local_report)


@pytest.mark.issue(13)
@pytest.mark.parametrize("name", ["jsonl", "jsonl_gz"])
def test_cluster_reads_a_jsonl_in_ranges_as_a_local_read(client, request, name: str) -> None:
    path = request.getfixturevalue(name)
    parts = list(partitions(client, expand([path]), format=None, block_size=BLOCK, threads=2))
    assert len(parts) >= 10 and all(p.end is not None for p in parts)
    assert [p.start for p in parts[1:]] == [p.end for p in parts[:-1]]  # ranges cover the file, in order
    local, local_messages, local_report = _local([path])
    lines, messages, report = _cluster([path], client, block_size=BLOCK)
    assert "".join(lines) == "".join(local)
    assert messages == local_messages  # same files, line numbers, reasons and order
    assert _counts(report) == _counts(local_report)
    skipped = [m for m in messages if m.startswith("skipped")]
    warnings = [m for m in messages if m.startswith("warning")]
    assert len(skipped) == 8 and "broken JSON" in skipped[0] and "no title and no abstract" in skipped[1]
    assert len(warnings) == 2  # one "not UTF-8" for the whole file (two lines), one duplicate id
    assert "not UTF-8" in warnings[0] and "duplicate id" in warnings[1]


@pytest.mark.issue(13)
def test_cluster_record_numbers_are_those_of_a_local_read(client, jsonl: Path) -> None:
    local, _, _ = _local([jsonl], transform=None)
    linked, _, _ = _cluster([jsonl], client, transform=None, block_size=BLOCK)
    assert [x.paper.sources for x in linked] == [x.paper.sources for x in local]
    assert linked == local  # papers, mentions and entities alike
    assert linked[-1].paper.sources[0].record > 300


@pytest.mark.issue(13)
def test_cluster_workers_do_the_linking(client, jsonl: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def not_here(self, paper):
        raise AssertionError("the client process linked a paper")

    monkeypatch.setattr(Extractor, "extract", not_here)
    before = client.run(linked_here)
    lines = list(link_on_cluster([jsonl], scheduler=client, transform=extraction_to_json_line,
                                 block_size=BLOCK))
    after = client.run(linked_here)
    done = {worker: after[worker]["records"] - before[worker]["records"] for worker in after}
    assert len(done) == 2 and all(count > 0 for count in done.values())  # both workers linked
    assert sum(done.values()) == len(lines) > 300
    assert os.getpid() not in {info["pid"] for info in after.values()}
    assert all(after[w]["linking_seconds"] > before[w]["linking_seconds"] for w in after)


@pytest.mark.issue(13)
def test_cluster_reads_fsspec_urls(client, jsonl: Path) -> None:
    local, local_messages, _ = _local([jsonl])
    lines, messages, _ = _cluster([jsonl.as_uri()], client, block_size=BLOCK)
    assert lines == local
    assert [m.replace(jsonl.as_uri(), str(jsonl)) for m in messages] == local_messages


@pytest.mark.issue(13)
def test_cluster_reads_folders_as_a_local_read(client, tmp_path: Path, jsonl: Path) -> None:
    data = Path(__file__).parents[1] / "data" / "readers"
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("papers.bib", "papers.csv", "papers.atom.xml", "papers.txt",
                 "bad/broken_line.snapshot.jsonl"):
        (folder / Path(name).name).write_bytes((data / name).read_bytes())
    (folder / ".hidden.jsonl").write_bytes(jsonl.read_bytes())
    local, local_messages, local_report = _local([folder, jsonl])
    lines, messages, report = _cluster([folder, jsonl], client, block_size=BLOCK)
    assert lines == local and messages == local_messages
    assert _counts(report) == _counts(local_report)


@pytest.mark.issue(13)
def test_cluster_expand_mends_urls_that_went_through_path(jsonl: Path) -> None:
    assert str(Path(jsonl.as_uri())) != jsonl.as_uri()  # "file:/tmp/..." (as typer hands it over)
    files = list(expand([Path(jsonl.as_uri()), jsonl.parent.as_uri()]))
    assert files[0].location == jsonl.as_uri() and files[0].named
    assert jsonl.as_uri() in [f.location for f in files[1:]] and not files[1].named


@pytest.mark.issue(13)
def test_cluster_raises_what_a_local_read_raises(client, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        list(link_on_cluster([tmp_path / "missing.jsonl"], scheduler=client))
    with pytest.raises(FormatError, match="unknown format 'bib'"):
        link_on_cluster([SAMPLE_DIR], scheduler=client, format="bib")


@pytest.mark.issue(13)
def test_cluster_unreachable_scheduler_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 1)
    with pytest.raises(PaperkgError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        list(link_on_cluster([SAMPLE_DIR], scheduler="tcp://127.0.0.1:9"))


@pytest.mark.issue(13)
def test_cli_extract_on_a_scheduler_prints_the_local_bytes(client, jsonl: Path) -> None:
    runner = CliRunner()
    local = runner.invoke(app, ["extract", str(jsonl), "--workers", "1"])
    remote = runner.invoke(app, ["extract", str(jsonl), "--scheduler", client.scheduler.address])
    assert local.exit_code == remote.exit_code == 0
    assert remote.stdout == local.stdout and remote.stdout.count("\n") > 300
    assert _untimed(remote.stderr) == _untimed(local.stderr)


def _untimed(log: str) -> list[str]:
    """The lines of ``log`` but the status lines a slow run prints on a timer ("link: 209 papers, 42/s")."""
    return [line for line in log.splitlines() if not _STATUS.match(line)]


_STATUS = re.compile(r"\w+: [\d,]+ .*/s")


@pytest.mark.issue(13)
def test_build_on_a_scheduler_writes_the_local_turtle(client, tmp_path: Path, jsonl: Path) -> None:
    from paperkg.pipeline import build

    local = build([SAMPLE_DIR, jsonl], workers=1)
    remote = build([SAMPLE_DIR, jsonl], scheduler=client)
    local.write(tmp_path / "local.ttl")
    remote.write(tmp_path / "remote.ttl")
    assert (tmp_path / "remote.ttl").read_bytes() == (tmp_path / "local.ttl").read_bytes()
    assert remote.num_papers == local.num_papers < 361 + 361  # duplicates merged


@pytest.mark.issue(16)
@pytest.mark.issue(13)
def test_build_on_a_scheduler_address_links_on_the_workers(client, tmp_path: Path, jsonl: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """build(scheduler="tcp://...") links every record in the worker processes (their own counters
    say so, and this process cannot link), then merges and stores here: the build folder is the
    local build's."""
    from paperkg.pipeline import BuildStats, build

    local = build([SAMPLE_DIR, jsonl], workers=1, out=tmp_path / "local", html=False)

    def not_here(self, paper):
        raise AssertionError("the client process linked a paper")

    monkeypatch.setattr(Extractor, "extract", not_here)
    before = client.run(linked_here)
    stats = BuildStats()
    remote = build([SAMPLE_DIR, jsonl], scheduler=client.scheduler.address, out=tmp_path / "remote",
                   html=False, stats=stats)
    after = client.run(linked_here)
    done = {w: after[w]["records"] - before[w]["records"] for w in after}
    assert sum(done.values()) == stats.records == stats.report.read > 361 + 300
    assert all(count > 0 for count in done.values())  # both workers linked
    assert os.getpid() not in {info["pid"] for info in after.values()}
    assert (tmp_path / "remote" / "graph.ttl").read_bytes() == (tmp_path / "local" / "graph.ttl").read_bytes()
    assert remote.num_papers == local.num_papers == stats.papers


@pytest.mark.issue(13)
def test_cli_build_update_on_a_scheduler_is_a_local_full_build(client, tmp_path: Path, jsonl: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """--update --scheduler links only the new records, on the workers, and writes the Turtle that a
    local build of the old and the new inputs writes."""
    runner = CliRunner()
    common = ["--no-html", "-q", "--workers", "1"]
    full = runner.invoke(app,
                         ["build", str(SAMPLE_DIR), str(jsonl), "--out", str(tmp_path / "full"), *common])
    base = runner.invoke(app, ["build", str(SAMPLE_DIR), "--out", str(tmp_path / "updated"), *common])
    assert full.exit_code == base.exit_code == 0

    def not_here(self, paper):
        raise AssertionError("the client process linked a paper")

    monkeypatch.setattr(Extractor, "extract", not_here)
    before = client.run(linked_here)
    updated = runner.invoke(app, ["build", str(jsonl), "--update", str(tmp_path / "updated"), "--no-html",
                                  "-q", "--scheduler", client.scheduler.address])
    after = client.run(linked_here)
    assert updated.exit_code == 0, updated.stderr
    assert (tmp_path / "updated" / "graph.ttl").read_bytes() == (tmp_path / "full" / "graph.ttl").read_bytes()
    linked = sum(after[w]["records"] - before[w]["records"] for w in after)
    assert 300 < linked < 361 + 361  # the new file's records, not the old ones again
