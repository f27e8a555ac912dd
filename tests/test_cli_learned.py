"""``--learned`` on ``paperkg extract`` and ``paperkg build``: the learned span classifier, opt-in."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from paperkg import load
from paperkg.cli import app
from paperkg.ingest.extract import Extractor
from paperkg.ingest.readers import read_papers

runner = CliRunner()
# A sample-corpus paper (its title names the method); no vocabulary list holds "Self-Mining"
_TITLE = "Effective Self-Mining of In-Context Examples"
_NEW = "technique/self-mining"


@pytest.fixture(scope="module")
def paper_file(sample_dir, tmp_path_factory):
    paper = next(p for p in read_papers([sample_dir]) if p.title.startswith(_TITLE))
    path = tmp_path_factory.mktemp("learned") / "paper.jsonl"
    path.write_text(json.dumps({"id": paper.id, "title": paper.title, "abstract": paper.abstract}) + "\n",
                    encoding="utf-8")
    return path


def _mentions(path, *options):
    result = runner.invoke(app, ["extract", str(path), "-q", *options])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    return record


@pytest.mark.issue(12)
def test_cli_extract_learned_links_a_name_no_list_holds(paper_file):
    plain = _mentions(paper_file)
    learned = _mentions(paper_file, "--learned")
    assert _NEW not in {m["entity_id"] for m in plain["mentions"]}
    assert _NEW not in Extractor.shared().vocabulary
    found = [m for m in learned["mentions"] if m["entity_id"] == _NEW]
    assert found
    abstract = json.loads(paper_file.read_text(encoding="utf-8"))["abstract"]
    for mention in found:
        text = learned["title"] if mention["field"] == "title" else abstract
        assert text[mention["start"]:mention["end"]] == mention["surface"]
        assert mention["kind"] == "technique" and mention["source"] == "discovered"
    # the rule links stay: the learned component only adds names the rules left
    assert {m["entity_id"] for m in plain["mentions"]} <= {m["entity_id"] for m in learned["mentions"]}


@pytest.mark.issue(12)
def test_cli_build_learned_puts_the_name_in_the_graph(paper_file, tmp_path):
    for options, expected in (((), False), (("--learned",), True)):
        out = tmp_path / ("learned" if options else "plain")
        result = runner.invoke(app,
                               ["build", str(paper_file), "--out", str(out), "--no-html", "-q", *options])
        assert result.exit_code == 0, result.output
        assert (_NEW in load(out).graph) is expected


@pytest.mark.parametrize("command", ["extract", "build"])
def test_cli_learned_is_documented_in_help(command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "--learned" in result.stdout and "learned span classifier" in result.stdout


def test_cli_learned_refuses_what_it_cannot_do_in_one_line(paper_file, tmp_path):
    for args in (["extract", str(paper_file), "--learned", "--scheduler", "tcp://127.0.0.1:1"],
                 ["build", str(paper_file), "--learned", "--scheduler", "tcp://127.0.0.1:1", "--out",
                  str(tmp_path)],
                 ["build", "--from-extractions", str(paper_file), "--learned", "--out", str(tmp_path / "x")]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, args
        assert result.stderr.count("\n") == 1 and "--learned" in result.stderr, result.stderr
