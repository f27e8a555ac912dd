"""Plain text: one paper per paragraph, title/abstract line pairs, abstract-only paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.ingest.readers import READERS, ReadReport, TextInput, read_papers
from paperkg.ingest.readers.plain_text import read_plain_text

ABSTRACT = "We present a model. It is trained on many tokens and evaluated widely."


def _text(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report)), report


def test_plain_text_paragraph_first_line_title_rest_abstract(tmp_path):
    papers, _ = _read(_text(tmp_path,
                            "\n# Qwen2 Technical Report\nThis report\nintroduces Qwen2.\n\n\nPolyLM\n"))
    assert [(p.title, p.abstract, p.sources[0].record) for p in papers] == [
        ("Qwen2 Technical Report", "This report\nintroduces Qwen2.", 2), ("PolyLM", "", 7)]


def test_plain_text_title_abstract_pairs_without_blank_lines(tmp_path):
    papers, _ = _read(_text(tmp_path, f"Model A\n{ABSTRACT}\nModel B\n{ABSTRACT}\n"))
    assert [(p.title, p.abstract, p.sources[0].record) for p in papers] == [
        ("Model A", ABSTRACT, 1), ("Model B", ABSTRACT, 3)]


def test_plain_text_abstract_only_paragraph_has_no_title(tmp_path):
    (paper,), _ = _read(_text(tmp_path, ABSTRACT + "\n"))
    assert (paper.title, paper.abstract) == ("", ABSTRACT)
    assert paper.id == paper.uid


@pytest.mark.parametrize("start", [b"<html>", b'{"a": 1', b"[1, 2", b"\xef\xbb\xbf  <x>"])
def test_plain_text_does_not_claim_markup_or_json(start):
    list(read_papers([]))  # loads the reader modules
    assert not READERS["text"].sniff(start + b"\n", "notes.txt")


def test_plain_text_paragraph_over_the_limit_is_skipped(tmp_path):
    path = _text(tmp_path, "Title\n" + ("word " * 30 + "\n") * 40 + "\nNext paper\n")
    source = TextInput(path, max_record_bytes=1000)
    skipped = []
    papers = list(read_plain_text(source, skipped.append))
    assert [p.title for p in papers] == ["Next paper"]
    assert [(Path(e.path), e.line) for e in skipped] == [(path, 1)]
