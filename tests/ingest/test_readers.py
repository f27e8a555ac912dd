"""Every registered reader: detected by content, reads its sample file to the same four papers.

``tests/data/readers/papers.*`` hold the same four papers of the sample corpus in each format
(see the README there); whatever the format, the papers must read the same.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from paperkg.errors import FormatError, QueryError
from paperkg.ingest import SAMPLE_DIR
from paperkg.ingest.dedupe import dedupe
from paperkg.ingest.readers import READERS, ReadReport, TextInput, detect_format, known_options, read_papers
from paperkg.ingest.records import Paper
from paperkg.ingest.text import collapse_whitespace

READER_DATA = Path(__file__).parents[1] / "data" / "readers"

#: The sample file of each registered reader.
SAMPLES = {
    "arxiv-atom": "papers.atom.xml",
    "bibtex": "papers.bib",
    "csv": "papers.csv",
    "hf-api": "papers.hf-api.json",
    "hf-daily": "papers.hf-daily.txt",
    "jsonl": "papers.snapshot.jsonl",
    "openalex": "papers.openalex.json",
    "semantic-scholar": "papers.s2.json",
    "text": "papers.txt",
}

#: arXiv id, title, first authors (the sample files truncate long author lists), v1 date.
EXPECTED = [
    ("2307.06930", "mBLIP: Efficient Bootstrapping of Multilingual Vision-LLMs",
     ("Gregor Geigle", "Abhay Jain", "Radu Timofte", "Goran Glavaš"), "2023-07-13"),
    ("2403.15042", "LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement",
     ("Nicholas Lee", "Thanakul Wattanawong", "Sehoon Kim"), "2024-03-22"),
    ("2307.06018", "PolyLM: An Open Source Polyglot Large Language Model",
     ("Xiangpeng Wei", "Haoran Wei", "Huan Lin"), "2023-07-12"),
    ("2407.10671", "Qwen2 Technical Report", ("An Yang", "Baosong Yang", "Binyuan Hui"), "2024-07-15"),
]

#: Formats that carry no arXiv id, authors or date (title and abstract only).
TEXT_ONLY = {"hf-daily", "text"}


def _abstracts() -> dict[str, str]:
    """The abstracts as the bundled sample corpus has them (one line each)."""
    return {p.title: p.abstract for p in dedupe(read_papers([SAMPLE_DIR]))}


ABSTRACTS = _abstracts()


def _read(path: Path, **kwargs) -> list[Paper]:
    return list(read_papers([path], **kwargs))


def _gzip(path: Path, target: Path) -> Path:
    with open(path, "rb") as raw, gzip.open(target, "wb") as packed:
        shutil.copyfileobj(raw, packed)
    return target


def test_readers_every_registered_reader_has_a_sample():
    list(read_papers([]))  # loads the reader modules
    assert set(READERS) == set(SAMPLES)
    assert all((READER_DATA / name).is_file() for name in SAMPLES.values())


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_readers_detect_format_from_content_not_extension(name, tmp_path):
    blind = tmp_path / "input.dat"
    shutil.copyfile(READER_DATA / SAMPLES[name], blind)
    assert detect_format(TextInput(blind)) == name


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_readers_read_the_same_four_papers(name):
    papers = _read(READER_DATA / SAMPLES[name])
    assert [p.title for p in papers] == [title for _, title, _, _ in EXPECTED]
    for paper, (arxiv_id, title, authors, date) in zip(papers, EXPECTED, strict=True):
        assert collapse_whitespace(paper.abstract) == ABSTRACTS[title]
        assert paper.abstract == paper.abstract.strip()
        if name in TEXT_ONLY:
            assert (paper.arxiv_id, paper.authors, paper.date) == (None, (), None)
        else:
            assert paper.arxiv_id == arxiv_id
            assert paper.authors == authors
            assert paper.date and date.startswith(paper.date)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_readers_record_source_file_and_record_number(name):
    papers = _read(READER_DATA / SAMPLES[name])
    refs = [p.sources for p in papers]
    assert all(len(r) == 1 and r[0].file == SAMPLES[name] for r in refs)
    numbers = [r[0].record for r in refs]
    assert numbers == sorted(set(numbers)) and numbers[0] >= 1


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_readers_keep_the_input_id_unchanged(name):
    papers = _read(READER_DATA / SAMPLES[name])
    if name in TEXT_ONLY:
        assert all(p.id == p.uid and p.id.startswith("t-") for p in papers)
    else:
        assert all(p.id and p.id != p.uid for p in papers)
    if name == "arxiv-atom":
        assert papers[0].id == "http://arxiv.org/abs/2307.06930v1"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_readers_read_gzip_by_content(name, tmp_path):
    packed = _gzip(READER_DATA / SAMPLES[name], tmp_path / "renamed.bin")
    assert detect_format(TextInput(packed)) == name
    plain = _read(READER_DATA / SAMPLES[name])
    unpacked = _read(packed)
    assert [(p.title, p.abstract, p.arxiv_id) for p in unpacked] == [(p.title, p.abstract, p.arxiv_id)
                                                                     for p in plain]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_readers_gzip_source_file_drops_gz(name, tmp_path):
    packed = _gzip(READER_DATA / SAMPLES[name], tmp_path / (SAMPLES[name] + ".gz"))
    assert {p.sources[0].file for p in _read(packed)} == {SAMPLES[name]}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_readers_read_utf8_with_bom_as_is(name, tmp_path):
    with_bom = tmp_path / SAMPLES[name]
    with_bom.write_bytes(b"\xef\xbb\xbf" + (READER_DATA / SAMPLES[name]).read_bytes())
    report = ReadReport()
    papers = _read(with_bom, report=report)
    assert [(p.title, p.abstract) for p in papers] == [(p.title, p.abstract)
                                                       for p in _read(READER_DATA / SAMPLES[name])]
    assert not report.warnings and not report.skipped


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_readers_decode_cp1252_with_one_warning(name, tmp_path):
    text = (READER_DATA / SAMPLES[name]).read_text(encoding="utf-8").replace("mBLIP", "mBLÏP")
    (tmp_path / "utf8").mkdir()
    (tmp_path / "cp1252").mkdir()
    unicode, legacy = tmp_path / "utf8" / SAMPLES[name], tmp_path / "cp1252" / SAMPLES[name]
    unicode.write_text(text, encoding="utf-8")
    legacy.write_bytes(text.encode("cp1252"))
    report = ReadReport()
    papers = _read(legacy, report=report)
    assert papers == _read(unicode)
    assert papers[0].title.startswith("mBLÏP")
    assert report.warnings.count == 1 and not report.skipped
    warning = report.warnings.examples[0]
    assert Path(warning.path) == legacy and "cp1252" in warning.reason
    first_bad = next(n for n, line in enumerate(text.splitlines(), 1) if not line.isascii())
    assert warning.line == first_bad


def test_readers_folders_are_read_recursively_and_merge_to_four_papers(tmp_path):
    for i, name in enumerate(sorted(SAMPLES.values())):
        folder = tmp_path / f"level{i % 3}" / ("deeper" if i % 2 else "")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(READER_DATA / name, folder / name)
    _gzip(READER_DATA / "papers.tsv", tmp_path / "papers.tsv.gz")
    (tmp_path / ".hidden.jsonl").write_text("not read\n")
    report = ReadReport()
    papers = list(read_papers([tmp_path], report=report))
    read_formats = len(SAMPLES) - 1  # plain text is not read from a folder
    assert (report.files, report.read, report.skipped.count) == (read_formats + 1, 4 * (read_formats + 1), 0)
    assert [Path(e.path).name for e in report.passed_over.examples] == ["papers.txt"]
    merged = dedupe(papers)
    assert [p.arxiv_id for p in merged] == [arxiv_id for arxiv_id, _, _, _ in EXPECTED]
    for paper in merged:
        assert {s.file for s in paper.sources} == set(SAMPLES.values()) - {"papers.txt"} | {"papers.tsv"}


@pytest.mark.issue(15)
def test_readers_folder_passes_over_readme_and_notes_but_reads_the_data(tmp_path):
    shutil.copyfile(READER_DATA / "papers.snapshot.jsonl", tmp_path / "papers.jsonl")
    (tmp_path / "README.md").write_text(
        "# My corpus\n\nPapers I collected for the survey, one JSON a line.\n")
    (tmp_path / "notes.txt").write_text("Check the Qwen2 numbers again.\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (tmp_path / "empty.csv").write_bytes(b"")
    report = ReadReport()
    papers = list(read_papers([tmp_path], report=report))
    assert [p.arxiv_id for p in papers] == [arxiv_id for arxiv_id, _, _, _ in EXPECTED]
    assert (report.files, report.read, report.failed_files.count, report.passed_over.count) == (1, 4, 0, 4)
    reasons = {Path(e.path).name: e.reason for e in report.passed_over.examples}
    assert reasons == {
        "README.md": "plain text, not read from a folder; name the file or use --input-format text",
        "notes.txt": "plain text, not read from a folder; name the file or use --input-format text",
        "logo.png": "binary data, not a text format paperkg reads",
        "empty.csv": "empty file",
    }
    assert report.summary() == ("1 file(s), 4 record(s) read, 0 skipped, 0 file(s) unreadable, "
                                "4 file(s) in folders passed over (not a paper format)")


@pytest.mark.issue(15)
def test_readers_plain_text_is_read_when_named_or_forced(tmp_path):
    (tmp_path / "notes.txt").write_bytes((READER_DATA / "papers.txt").read_bytes())
    assert len(_read(tmp_path / "notes.txt")) == 4
    assert len(_read(tmp_path, format="text")) == 4
    assert _read(tmp_path) == []


@pytest.mark.issue(15)
def test_readers_named_binary_or_empty_file_is_still_an_error(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    report = ReadReport()
    assert list(read_papers([tmp_path / "empty.jsonl"], report=report)) == []
    (error,) = report.failed_files.examples
    assert (Path(error.path), error.reason, report.passed_over.count) == (
        tmp_path / "empty.jsonl", "empty file", 0)


def test_readers_format_option_overrides_detection():
    papers = _read(READER_DATA / "papers.hf-daily.txt", format="text")
    assert "Get trending papers in your email inbox!" in [p.title for p in papers]


def test_readers_unknown_format_lists_known_ones():
    with pytest.raises(FormatError, match="unknown format 'bib'; known: arxiv-atom, bibtex, csv"):
        _read(READER_DATA / "papers.bib", format="bib")


def test_readers_unknown_option_lists_known_ones():
    with pytest.raises(QueryError, match="unknown reader option 'title_column'; known: abstract_field"):
        _read(READER_DATA / "papers.csv", options={"title_column": "x"})
    assert known_options() == ["abstract_field", "authors_field", "date_field", "id_field", "page_year",
                               "title_field"]


def test_readers_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(FormatError.__mro__[1], match="no such file or folder"):
        _read(tmp_path / "nope.jsonl")


def _public_functions() -> list[tuple[str, object]]:
    import importlib
    import inspect
    import pkgutil

    import paperkg.ingest.readers as package

    found = []
    names = [package.__name__] + [f"{package.__name__}.{m.name}"
                                  for m in pkgutil.iter_modules(package.__path__)]
    for name in names:
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            if inspect.isfunction(obj) and obj.__module__ == name:
                found.append((f"{name}.{attr}", obj))
    return found


@pytest.mark.issue(16)
def test_readers_every_public_function_has_a_numpydoc_docstring_with_an_example():
    functions = _public_functions()
    assert len(functions) > 30
    missing = [name for name, func in functions
               if not func.__doc__ or "Examples\n" not in func.__doc__ or ">>> " not in func.__doc__]
    assert missing == []


@pytest.mark.issue(16)
def test_readers_parse_arxiv_ids_in_one_place():
    """No reader carries its own arXiv-id pattern: records.parse_arxiv_id (via text.find_arxiv_id) reads
    them."""
    import re

    import paperkg.ingest.readers as package

    pattern = re.compile(r"re\.compile\([^\n]*(?:arxiv|\\d\{4\}\\\.)", re.IGNORECASE)
    sources = {path.name: path.read_text(encoding="utf-8")
               for path in Path(package.__file__).parent.glob("*.py")}
    assert len(sources) > 10
    assert [name for name, text in sorted(sources.items()) if pattern.search(text)] == []
