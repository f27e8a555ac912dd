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
    assert re.search(r"top models: .+\(\d+\)", result.stdout)
    assert f"wrote {tmp_path / 'graph.ttl'}" in result.stdout
    assert "read 361 record(s) from 4 file(s); skipped 0; merged 56 duplicate(s) into 305 paper(s)" in result.stderr


def test_cli_build_reports_skips_and_keeps_good_records(data_dir, tmp_path):
    result = runner.invoke(app, ["build", str(data_dir / "cli" / "mixed.jsonl"), "--out", str(tmp_path), "--no-html", "-q"])
    assert result.exit_code == 0
    assert "mixed.jsonl:2:" in result.stderr and "mixed.jsonl:3:" in result.stderr
    assert "read 2 record(s) from 1 file(s); skipped 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_build_strict_fails_on_skip(data_dir, tmp_path):
    result = runner.invoke(app, ["build", str(data_dir / "cli" / "mixed.jsonl"), "--out", str(tmp_path), "--strict", "-q"])
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
    as_json = runner.invoke(app, ["rank", ttl, "--kind", "model", "--by", "degree", "--top", "5", "--format", "json"])
    assert as_json.exit_code == 0, as_json.stderr
    rows = json.loads(as_json.stdout)
    assert 0 < len(rows) <= 5 and all(r["kind"] == "model" for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    as_csv = runner.invoke(app, ["rank", ttl, "--kind", "model", "--by", "degree", "--top", "5", "--format", "csv"])
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
    table.write_text('name\tsummary\n"Qwen2 Technical Report"\t"We evaluate Qwen2 on MMLU and GSM8K."\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(table), "--input-format", "csv", "--title-field", "name",
                                 "--abstract-field", "summary"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "Qwen2 Technical Report"
    assert {"model/qwen2", "dataset/mmlu", "dataset/gsm8k"} <= {m["entity_id"] for m in record["mentions"]}


@pytest.fixture(scope="module")
def generic_ttl(generic_kg: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generic_kg.write(tmp_path_factory.mktemp("generic") / "graph.ttl")


@pytest.mark.issue(15)
@pytest.mark.parametrize("command", [["rank"], ["related", "MMLU"], ["communities"]])
@pytest.mark.parametrize("top", ["0", "-3"])
def test_cli_top_below_one_is_a_usage_error(generic_ttl: Path, command: list[str], top: str) -> None:
    result = runner.invoke(app, [command[0], str(generic_ttl), *command[1:], "--top", top])
    assert result.exit_code == 2
    assert "Invalid value for '--top'" in result.stderr and "greater than or equal to 1" in result.stderr


@pytest.mark.issue(12)
def test_cli_rank_include_generic_and_language_type(generic_ttl: Path) -> None:
    args = ["rank", str(generic_ttl), "--kind", "technique", "--by", "degree", "--top", "3", "--format", "json"]
    default = runner.invoke(app, args)
    assert default.exit_code == 0, default.stderr
    assert "fine-tuning" not in {r["entity"] for r in json.loads(default.stdout)}
    assert "note: 1 generic entity hidden" in default.stderr
    shown = runner.invoke(app, [*args, "--include-generic"])
    assert json.loads(shown.stdout)[0]["entity"] == "fine-tuning"
    assert all("approximate" not in row for row in json.loads(shown.stdout))
    langs = runner.invoke(app, ["rank", str(generic_ttl), "--kind", "language", "--language-type", "programming",
                                "--top", "50", "--format", "csv"])
    assert langs.exit_code == 0, langs.stderr
    assert {line.split(",")[1] for line in langs.stdout.splitlines()[1:]} == {"CSS", "HTML", "Python", "Rust", "Shell"}
    bad = runner.invoke(app, ["rank", str(generic_ttl), "--language-type", "spoken"])
    assert bad.exit_code == 2
