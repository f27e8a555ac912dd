"""BibTeX: LaTeX to Unicode, names, macros, arXiv ids in their many places, broken entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.ingest.readers import ReadReport, TextInput, detect_format, read_papers

READER_DATA = Path(__file__).parents[1] / "data" / "readers"


def _bib(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report)), report


def test_bibtex_entry_fields():
    papers, _ = _read(READER_DATA / "papers.bib")
    assert [p.id for p in papers] == ["geigle2023mblip", "lee2024llm2llm", "wei2023polylm", "yang2024qwen2"]
    assert papers[0].authors[-1] == "Goran Glavaš"  # Glava{\v{s}}
    assert papers[0].title == "mBLIP: Efficient Bootstrapping of Multilingual Vision-LLMs"  # {mBLIP}
    assert (papers[0].date, papers[0].categories) == ("2023-07", ("cs.CV",))
    assert papers[0].links[0] == "https://arxiv.org/abs/2307.06930"
    assert "\\" not in papers[1].abstract and "up to 24.2% on the GSM8K" in " ".join(
        papers[1].abstract.split())


@pytest.mark.parametrize(
    ("fields", "arxiv_id"),
    [
        ("eprint={2307.06930}, archivePrefix={arXiv}", "2307.06930"),
        ("eprint={2307.06930}, eprinttype={arxiv}", "2307.06930"),
        ("eprint={2307.06930}, archivePrefix={HAL}", None),
        ("journal={arXiv preprint arXiv:2403.15042}", "2403.15042"),
        ("doi={10.48550/arXiv.2307.06018}", "2307.06018"),
        ("url={https://arxiv.org/abs/2407.10671v2}", "2407.10671"),
        ("note={arXiv:hep-th/9901001}", "hep-th/9901001"),
    ],
)
def test_bibtex_arxiv_id_from_any_field(tmp_path, fields, arxiv_id):
    (paper,), _ = _read(_bib(tmp_path, f"@article{{k, title={{T}}, {fields}}}\n"))
    assert paper.arxiv_id == arxiv_id


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("Yang, An and Yang, Baosong and others", ("An Yang", "Baosong Yang")),
        ("An Yang AND Baosong Yang", ("An Yang", "Baosong Yang")),
        ("{Qwen Team and Friends} and M{\\\"u}ller, J{\\\"u}rgen",
         ("Qwen Team and Friends", "Jürgen Müller")),
        ("von Neumann, Jr, John", ("John von Neumann Jr",)),
    ],
)
def test_bibtex_author_names(tmp_path, author, names):
    (paper,), _ = _read(_bib(tmp_path, f"@misc{{k, title={{T}}, author={{{author}}}}}\n"))
    assert paper.authors == names


@pytest.mark.parametrize(("year_month", "date"), [("year=2023, month=jul", "2023-07"),
                                                  ("year={2023}, month={7}", "2023-07"),
                                                  ("year=2023", "2023"), ("date={2023-07-13}", "2023-07-13")])
def test_bibtex_dates(tmp_path, year_month, date):
    (paper,), _ = _read(_bib(tmp_path, f"@misc{{k, title={{T}}, {year_month}}}\n"))
    assert paper.date == date


def test_bibtex_string_macros_apply_to_later_entries(tmp_path):
    text = ('@string{acl = "Proceedings of ACL"}\n@string{acl = "ACL"}\n@inproceedings{k, title={T}, '
            'booktitle=acl # " 2023"}\n')
    (paper,), report = _read(_bib(tmp_path, text))
    assert paper.id == "k" and not report.skipped


def test_bibtex_comments_and_preamble_are_ignored(tmp_path):
    text = ('% a comment\n@comment{jabref-meta: '
            'databaseType:bibtex;}\n@preamble{"\\newcommand{\\x}{y}"}\n@misc{k, title={T}}\n')
    assert detect_format(TextInput(_bib(tmp_path, text))) == "bibtex"
    assert [p.id for p in _read(_bib(tmp_path, text))[0]] == ["k"]


def test_bibtex_broken_entry_is_reported_by_its_line_and_the_next_one_read():
    path = READER_DATA / "bad" / "broken_entry.bib"
    papers, report = _read(path)
    assert [p.id for p in papers] == ["geigle2023mblip", "wei2023polylm", "yang2024qwen2"]
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line) == (path, 42)
    assert error.reason.startswith("BibTeX entry cannot be parsed; skipped")


def test_bibtex_undefined_macro_and_missing_title(tmp_path):
    text = "@misc{a, title=nosuchmacro}\n@misc{b, year=2023}\n@misc{c, title={C}}\n"
    papers, report = _read(_bib(tmp_path, text))
    assert [p.id for p in papers] == ["c"]
    assert [(e.line, e.reason.split(";")[0]) for e in report.skipped.examples] == [
        (1, "BibTeX entry cannot be parsed"), (2, "entry has no title and no abstract")]


def test_bibtex_is_not_claimed_without_an_entry(tmp_path):
    path = _bib(tmp_path, "Notes about @misc things\nand more text\n")
    assert detect_format(TextInput(path)) == "text"
