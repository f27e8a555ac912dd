"""The command line through typer's CliRunner: outputs, exit codes, one-line errors, help and README."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from paperkg import KnowledgeGraph
from paperkg.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _commands() -> list[str]:
    return sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli-build")
    result = runner.invoke(app, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    return out


def test_cli_build_sample_writes_turtle_and_html(built):
    assert (built / "graph.ttl").stat().st_size > 0
    assert (built / "graph.html").stat().st_size > 0


def test_cli_build_prints_summary_and_paths(tmp_path):
    result = runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"])
    assert result.exit_code == 0
    assert "papers: 305" in result.stdout
    assert re.search(r"top models by papers: .+\(\d+\)", result.stdout)
    assert f"wrote {tmp_path / 'graph.ttl'}" in result.stdout
    assert ("read 361 record(s) from 4 file(s); skipped 0; merged 56 duplicate(s) into 305 paper(s)"
            in result.stderr)


@pytest.mark.issue(15)
def test_cli_build_summary_sorted_by_the_paper_counts_it_shows(built):
    """Each "top ... by papers" line is sorted by the counts it prints, and they are the graph's."""
    from paperkg import load

    result = runner.invoke(app, ["build", "--out", str(built), "--no-html"])
    G = load(built / "graph.ttl").graph
    by_label = {d["label"]: n for n, d in G.nodes(data=True) if d.get("kind") not in (None, "paper")}
    tops = dict(re.findall(r"^top (.+) by papers: (.+)$", result.stdout, re.MULTILINE))
    assert {"models", "datasets", "techniques", "natural languages", "programming languages"} <= set(tops)
    for what, listed in tops.items():
        shown = [(name, int(count)) for name, count in re.findall(r"(.+?) \((\d+)\)(?:, |$)", listed)]
        assert 0 < len(shown) <= 5
        assert [c for _, c in shown] == sorted((c for _, c in shown), reverse=True), what
        for name, count in shown:
            node = by_label[name]
            assert G.in_degree(node) == count  # papers mentioning it
            if what.endswith("languages"):
                assert f"{G.nodes[node]['language_type']} languages" == what
    assert re.search(r"languages: 45 \(40 natural, 5 programming\)", result.stdout)


@pytest.mark.issue(15)
def test_cli_build_quiet_prints_nothing_but_writes(tmp_path):
    result = runner.invoke(app, ["build", "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""
    assert (tmp_path / "graph.ttl").stat().st_size > 0 and (tmp_path / "graph.html").stat().st_size > 0


@pytest.mark.issue(15)
def test_cli_build_logs_progress_without_a_terminal(tmp_path, monkeypatch):
    """Piped stderr gets a line every LOG_INTERVAL seconds (0 here: every step) for reading, linking,
    assembling and writing. Linking counts the records as read (361 in the sample, copies included),
    the graph stage the papers they merge into (305)."""
    from paperkg import cli_progress

    monkeypatch.setattr(cli_progress, "LOG_INTERVAL", 0.0)
    result = runner.invoke(app, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[:2] == ["read: started", "link: started"]
    assert re.search(r"^read: 361 records in \d+ s \([\d.,]+/s\)$", result.stderr, re.MULTILINE)
    assert re.search(r"^link: 361 papers in \d+ s \([\d.,]+/s\)$", result.stderr, re.MULTILINE)
    assert "graph: started (305 papers)" in lines
    assert re.search(r"^graph: 305 papers in \d+ s \([\d.,]+/s\)$", result.stderr, re.MULTILINE)
    assert "write: started (4 steps)" in lines and re.search(
        r"^write: 4 steps in \d+ s$", result.stderr, re.MULTILINE)
    assert lines.index("write: started (4 steps)") > [i for i, line in enumerate(lines)
                                                      if line.startswith("graph")][-1]
    assert "\x1b[" not in result.stderr  # no bar, no terminal codes


@pytest.mark.issue(15)
def test_cli_build_shows_a_bar_on_a_terminal_through_the_write_stage(tmp_path, monkeypatch):
    from rich.console import Console

    from paperkg import cli

    screen = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=screen, force_terminal=True, width=100))
    result = runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"])
    assert result.exit_code == 0
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())
    assert re.search(r"linking .*361/361\s+papers", shown)  # records as read
    assert re.search(r"building the graph .*305/305\s+papers", shown)
    assert re.search(r"writing .*4/4\s+steps", shown)
    assert "read 361 record(s)" in shown


def test_cli_build_reports_skips_and_keeps_good_records(data_dir, tmp_path):
    result = runner.invoke(app, ["build", str(data_dir / "cli" / "mixed.jsonl"), "--out", str(tmp_path),
                                 "--no-html", "-q"])
    assert result.exit_code == 0
    assert "mixed.jsonl:2:" in result.stderr and "mixed.jsonl:3:" in result.stderr
    assert "read 2 record(s) from 1 file(s); skipped 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_build_strict_fails_on_skip(data_dir, tmp_path):
    result = runner.invoke(app, ["build", str(data_dir / "cli" / "mixed.jsonl"), "--out", str(tmp_path),
                                 "--strict", "-q"])
    assert result.exit_code == 1
    assert "(--strict)" in result.stderr.strip().splitlines()[-1]
    assert not (tmp_path / "graph.ttl").exists()


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary\x00" * 40, b""])
def test_cli_build_unreadable_input_exits_1(tmp_path, content):
    bad = tmp_path / "bad.dat"
    bad.write_bytes(content)
    result = runner.invoke(app, ["build", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "bad.dat" in result.stderr and "Traceback" not in result.stderr


def test_cli_build_missing_input_exits_1(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "nope.jsonl" in result.stderr


def test_cli_extract_jsonl_one_object_per_record_in_order(data_dir):
    result = runner.invoke(app, ["extract", str(data_dir / "cli" / "mixed.jsonl"), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["2307.06018", "2309.16609"]
    polylm = records[0]
    assert polylm["mentions"][0] == {
        "kind": "model", "entity": "PolyLM", "entity_id": "model/polylm", "surface": "PolyLM", "start": 0,
        "end": 6, "field": "title", "role": "introduces", "source": "vocabulary",
        "confidence": polylm["mentions"][0]["confidence"]}
    for mention in polylm["mentions"]:
        text = polylm["title"] if mention["field"] == "title" else (
            "We present PolyLM, a multilingual LLM trained on 640 billion tokens. "
            "PolyLM surpasses LLaMA and BLOOM on multilingual tasks.")
        assert text[mention["start"]:mention["end"]] == mention["surface"]
    assert "2 record(s) read, 2 skipped" in result.stderr


def test_cli_extract_sample_is_not_deduplicated(sample_dir):
    result = runner.invoke(app, ["extract", str(sample_dir)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 361


def test_cli_rank_formats(built):
    ttl = str(built / "graph.ttl")
    as_json = runner.invoke(app, ["rank", ttl, "--kind", "model", "--by", "degree", "--top", "5", "--format",
                                  "json"])
    assert as_json.exit_code == 0, as_json.stderr
    rows = json.loads(as_json.stdout)
    assert 0 < len(rows) <= 5 and all(r["kind"] == "model" for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    as_csv = runner.invoke(app, ["rank", ttl, "--kind", "model", "--by", "degree", "--top", "5", "--format",
                                 "csv"])
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["entity"] for r in table] == [r["entity"] for r in rows]


def test_cli_unknown_entity_exits_1_with_close_matches(built):
    result = runner.invoke(app, ["related", str(built / "graph.ttl"), "Lama 2"])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line and "no entity matches 'Lama 2'" in line and "close matches" in line


def test_cli_unknown_measure_exits_1(built):
    result = runner.invoke(app, ["rank", str(built / "graph.ttl"), "--by", "fame"])
    assert result.exit_code == 1
    assert "unknown measure 'fame'" in result.stderr and "pagerank" in result.stderr


def test_cli_usage_error_exits_2():
    assert runner.invoke(app, ["rank"]).exit_code == 2


def test_cli_sparql_query_text(built):
    query = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/paperkg/ontology#Paper> }"
    result = runner.invoke(app, ["sparql", str(built / "graph.ttl"), query, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert int(json.loads(result.stdout)[0]["n"]) == 305


@pytest.mark.parametrize("command", _commands())
def test_cli_every_command_has_help_example_and_readme_entry(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: paperkg " + command in " ".join(result.stdout.split())
    assert f"`paperkg {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_extract_csv_with_configured_columns(tmp_path):
    table = tmp_path / "papers.tsv"
    table.write_text('name\tsummary\n"Qwen2 Technical Report"\t"We evaluate Qwen2 on MMLU and GSM8K."\n',
                     encoding="utf-8")
    result = runner.invoke(app, ["extract", str(table), "--input-format", "csv", "--title-field", "name",
                                 "--abstract-field", "summary"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "Qwen2 Technical Report"
    assert {"model/qwen2", "dataset/mmlu", "dataset/gsm8k"} <= {m["entity_id"] for m in record["mentions"]}


@pytest.fixture(scope="module")
def generic_ttl(generic_kg: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generic_kg.write(tmp_path_factory.mktemp("generic") / "graph.ttl")


@pytest.mark.issue(12)
def test_cli_rank_include_generic_and_language_type(generic_ttl: Path) -> None:
    args = ["rank", str(generic_ttl), "--kind", "technique", "--by", "degree", "--top", "3", "--format",
            "json"]
    default = runner.invoke(app, args)
    assert default.exit_code == 0, default.stderr
    assert "fine-tuning" not in {r["entity"] for r in json.loads(default.stdout)}
    assert "note: 1 generic entity hidden" in default.stderr
    shown = runner.invoke(app, [*args, "--include-generic"])
    assert json.loads(shown.stdout)[0]["entity"] == "fine-tuning"
    assert all("approximate" not in row for row in json.loads(shown.stdout))
    langs = runner.invoke(app, ["rank", str(generic_ttl), "--kind", "language", "--language-type",
                                "programming", "--top", "50", "--format", "csv"])
    assert langs.exit_code == 0, langs.stderr
    assert {line.split(",")[1] for line in langs.stdout.splitlines()[1:]} == {
        "CSS", "HTML", "Python", "Rust", "Shell"}
    bad = runner.invoke(app, ["rank", str(generic_ttl), "--language-type", "spoken"])
    assert bad.exit_code == 2


# -- issue 15: output for people --------------------------------------------------------------


def _rows(built: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, [*args[:1], str(built / "graph.ttl"), *args[1:], "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.issue(15)
def test_cli_table_piped_keeps_every_id_whole_at_any_width(built):
    rows = _rows(built, "rank", "--kind", "technique", "--top", "10")
    result = runner.invoke(app, ["rank", str(built / "graph.ttl"), "--kind", "technique", "--top", "10"],
                           env={"COLUMNS": "40"})
    assert result.exit_code == 0
    title, header, *lines = result.stdout.splitlines()
    assert title == "top techniques by pagerank"
    assert header.split() == ["rank", "entity", "id", "score", "papers"]  # kind is in the id; no approximate
    assert len(lines) == len(rows) == 10
    for line, row in zip(lines, rows, strict=True):
        assert line.split()[0] == str(row["rank"]) and row["id"] in line.split() and row["entity"] in line
        assert line.split()[-1] == str(row["papers"])


@pytest.mark.issue(15)
@pytest.mark.parametrize("width", [100, 72, 50])
def test_cli_table_on_a_terminal_fits_its_width(built, monkeypatch, width):
    from rich.console import Console

    from paperkg import cli_output

    rows = _rows(built, "rank", "--top", "10")
    screen = io.StringIO()
    monkeypatch.setattr(cli_output, "out", Console(file=screen, force_terminal=True, width=width))
    result = runner.invoke(app, ["rank", str(built / "graph.ttl"), "--top", "10"])
    assert result.exit_code == 0
    lines = re.sub(r"\x1b\[[0-9;]*m", "", screen.getvalue()).splitlines()
    assert max(len(line) for line in lines) <= width
    # kinds differ, so kind is shown while there is room (90 columns here); the id says it too
    assert lines[1].split() == ["rank", "entity", "id", *(["kind"] if width >= 90 else []), "score", "papers"]
    starts = [i for i, line in enumerate(lines) if re.match(r"\s*\d+  ", line)]
    assert len(starts) == len(rows)
    for start, end, row in zip(starts, [*starts[1:], len(lines)], rows, strict=True):
        cells, more = lines[start].split(), lines[start + 1:end]
        # an id never goes on to a second line
        assert cells[0] == str(row["rank"]) and "/" not in "".join(more)
        shown_id = next(c for c in cells if "/" in c or c.startswith("…"))
        assert shown_id == row["id"] or (shown_id.startswith("…") and row["id"].endswith(shown_id[1:]))
        assert cells[-2] == f"{row['score']:.6g}" and cells[-1] == str(row["papers"])  # numbers whole
        words = " ".join([lines[start], *more])
        assert all(word in words for word in row["entity"].replace("-", "- ").split())  # names wrap at words
    if width >= 72:  # names wrap before any id is cut
        assert {row["id"] for row in rows} <= {c for line in lines for c in line.split()}


@pytest.mark.issue(15)
def test_cli_table_shows_approximate_only_when_a_row_is(built, monkeypatch):
    from paperkg.graph import centrality

    args = ["rank", str(built / "graph.ttl"), "--by", "betweenness", "--top", "3"]
    exact = runner.invoke(app, args)
    assert "approximate" not in exact.stdout.splitlines()[1]
    monkeypatch.setattr(centrality, "EXACT_MAX_WORK", 0)  # every graph counts as large: sampled pivots
    sampled = runner.invoke(app, args)
    assert sampled.exit_code == 0
    header, *lines = sampled.stdout.splitlines()[1:]
    assert header.split()[-1] == "approximate" and all(line.endswith("yes") for line in lines)
    assert "note: betweenness estimated from" in sampled.stderr


@pytest.mark.issue(15)
@pytest.mark.parametrize("command", [["rank"], ["related", "LoRA"], ["communities"]])
@pytest.mark.parametrize("top", ["0", "-3"])
def test_cli_top_below_one_is_a_usage_error(built, command, top):
    result = runner.invoke(app, [command[0], str(built / "graph.ttl"), *command[1:], "--top", top])
    assert result.exit_code == 2
    assert "Invalid value for '--top'" in result.stderr and result.stdout == ""


@pytest.mark.issue(15)
def test_cli_notes_scores_that_do_not_separate_the_rows(built):
    result = runner.invoke(app, ["rank", str(built / "graph.ttl"), "--kind", "dataset", "--by", "betweenness",
                                 "--view", "comention", "--min-support", "5", "--top", "4"])
    assert result.exit_code == 0
    scores = [line.split()[-2] for line in result.stdout.splitlines()[2:]]
    assert scores == ["0"] * 4
    note = result.stderr.strip()
    assert note.startswith("note: all ") and "score 0" in note and "label order" in note
    separated = runner.invoke(app, ["rank", str(built / "graph.ttl"), "--kind", "dataset", "--top", "4"])
    assert "note:" not in separated.stderr


@pytest.mark.issue(15)
def test_cli_show_prints_sections_not_json(built):
    info = _rows(built, "show", "llama 2")
    result = runner.invoke(app, ["show", str(built / "graph.ttl"), "llama 2"])
    assert result.exit_code == 0
    text = result.stdout
    assert "{" not in text and '"' not in text  # no JSON in the table view
    lines = text.splitlines()
    assert lines[0] == "Llama 2"
    assert lines[1].startswith(
        f"model · model/llama-2 · {info['papers']} paper(s), {info['mentions']} mention(s)")
    assert "family: LLaMA › Llama 2" in lines  # broader ids shown by their labels
    assert "variants: Code Llama, Llama 2 13B, Llama 2 70B, Llama 2 7B, Sheared-LLaMA" in lines
    sections = [line for line in lines if line in ("Papers by role", "Related (entities in the same papers)",
                                                   "Trend (papers a year)")]
    assert sections == ["Papers by role", "Related (entities in the same papers)", "Trend (papers a year)"]
    papers = lines[lines.index("Papers by role") + 1:lines.index("Related (entities in the same papers)")]
    for role, listed in info["papers_by_role"].items():
        at = papers.index(f"  {role.replace('_', ' ')} ({info['roles'][role]})")
        shown = [line.strip() for line in papers[at + 1:at + 1 + len(listed)]]
        # dated: date first
        assert shown == [f"{p['date']}  {p['title']}" if p["date"] else p["title"] for p in listed]
    related = lines[lines.index("Related (entities in the same papers)") + 1:lines.index(
        "Trend (papers a year)")]
    assert related[0].split() == ["entity", "kind", "shared", "papers", "papers"]
    assert [line[2:].split("  ")[0] for line in related[1:] if line.strip()] == [r["entity"]
                                                                                 for r in info["related"]]


@pytest.mark.issue(15)
def test_cli_show_trend_of_dated_papers(data_dir, tmp_path):
    readers = data_dir / "readers"
    built = runner.invoke(app, ["build", str(readers / "papers.atom.xml"),
                                str(readers / "papers.snapshot.jsonl"), "--out", str(tmp_path), "--no-html",
                                "-q"])
    assert built.exit_code == 0, built.stderr
    info = _rows(tmp_path, "show", "GSM8K")
    assert info["trend"], "the arXiv test files carry dates"
    text = runner.invoke(app, ["show", str(tmp_path / "graph.ttl"), "GSM8K"]).stdout.splitlines()
    trend = text[text.index("Trend (papers a year)") + 1:]
    assert len(trend) == len(info["trend"])
    for line, row in zip(trend, info["trend"], strict=True):
        assert line.split()[0] == row["period"]
        assert f"{row['papers']} of {row['total']} dated paper(s)" in line
    dated = [p for papers in info["papers_by_role"].values() for p in papers if p["date"]]
    assert dated and all(any(line.strip().startswith(f"{p['date']}  {p['title']}") for line in text)
                         for p in dated)


@pytest.mark.issue(15)
def test_cli_show_json_and_csv_keep_every_field(built):
    info = _rows(built, "show", "llama 2")
    assert set(info) >= {"id", "label", "aliases", "broader", "narrower", "papers_by_role", "related",
                         "trend"}
    as_csv = runner.invoke(app, ["show", str(built / "graph.ttl"), "llama 2", "--format", "csv"])
    fields = {r["field"]: r["value"] for r in csv.DictReader(io.StringIO(as_csv.stdout))}
    assert list(fields) == list(info) and json.loads(fields["narrower"]) == info["narrower"]


@pytest.mark.issue(15)
def test_cli_version():
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"paperkg {version('paperkg')}\n"


@pytest.mark.issue(15)
@pytest.mark.parametrize("command", _commands())
def test_cli_help_names_values_for_people(command):
    text = runner.invoke(app, [command, "--help"]).stdout
    assert not re.search(r"<[a-z]+[^>]*>|\{\w+\}", text), text  # no <bool>, <int>, <list[Path]>, {graph}
    usage = " ".join(text.split()).split("Usage: ")[1]
    expected = {"build": "paperkg build [OPTIONS] [PATH...]", "extract": "paperkg extract [OPTIONS] PATH...",
                "path": "paperkg path [OPTIONS] GRAPH ENTITY_A ENTITY_B"}
    assert usage.startswith(expected.get(command, f"paperkg {command} [OPTIONS] GRAPH"))


@pytest.mark.issue(15)
def test_cli_help_shows_values_and_defaults():
    build = " ".join(runner.invoke(app, ["build", "--help"], env={"COLUMNS": "200"}).stdout.split())
    assert re.search(r"--out -o DIR .*\[default: \(paperkg-out, or the --update folder\)\]", build)
    assert re.search(r"--workers -j N ", build) and re.search(r"--strict Exit 1", build)
    rank = " ".join(runner.invoke(app, ["rank", "--help"], env={"COLUMNS": "200"}).stdout.split())
    assert re.search(r"--top -n N \[x>=1\]", rank) and re.search(r"--by -b MEASURE ", rank)


@pytest.mark.issue(15)
def test_cli_serve_port_in_use_is_one_line_that_suggests_another(built):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", str(built / "graph.ttl"), "--port", str(port)])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line and f"127.0.0.1:{port} is already in use" in line
    assert "--port N" in line and "--port 0" in line


@pytest.mark.issue(15)
def test_cli_extract_quiet_prints_only_what_went_wrong(data_dir):
    clean = runner.invoke(app, ["extract", str(data_dir / "readers" / "papers.snapshot.jsonl"), "-q"])
    assert clean.exit_code == 0 and clean.stderr == "" and clean.stdout.count("\n") >= 1
    mixed = runner.invoke(app, ["extract", str(data_dir / "cli" / "mixed.jsonl"), "-q"])
    assert "mixed.jsonl:2:" in mixed.stderr and "2 record(s) read, 2 skipped" in mixed.stderr
