"""Property tests of every registered reader: arbitrary input never escapes as a traceback,
and good records among bad ones all land (issue 14).

The registry is looped over, so a new reader is fuzzed as soon as it is registered; the
round-trip test needs a writer for it in ``WRITERS`` (a test says so).
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperkg.errors import PaperkgError
from paperkg.ingest.readers import READERS, ReadReport, read_papers

READER_DATA = Path(__file__).parents[1] / "data" / "readers"

# -- arbitrary input never crashes a reader ------------------------------------------------------

_KEYS = [
    "id", "title", "abstract", "summary", "paper", "results", "data", "papers", "authors", "name",
    "display_name", "abstract_inverted_index", "authorships", "author", "raw_author_name", "externalIds",
    "ArXiv", "DOI", "doi", "paperId", "corpusId", "publishedAt", "publication_date", "publication_year",
    "publicationDate", "year", "versions", "created", "authors_parsed", "categories", "date", "update_date",
    "url", "locations", "primary_location", "landing_page_url", "pdf_url", "ids", "arxiv", "citingPaper",
    "upvotes", "githubRepo", "comments", "openAccessPdf", "open_access", "oa_url",
]
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20) | st.sampled_from(["2407.10671", "https://arxiv.org/abs/2407.10671v2",
                                              "10.48550/arXiv.1", "https://doi.org/10.1/x",
                                              "Mon, 2 Apr 2007 19:18:42 GMT", "2024-07-15"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(_KEYS) | st.text(max_size=6), children, max_size=6),
    max_leaves=25,
)
_SETTINGS = settings(max_examples=30, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _reader_names() -> list[str]:
    list(read_papers([]))  # loads the reader modules
    return sorted(READERS)


def _survives(data: bytes, format: str | None) -> None:
    """Read ``data`` as a file: any exception but paperkg's own is a bug."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(data)
        try:
            for paper in read_papers([path], format=format):
                assert paper.title or paper.abstract
                assert paper.id and paper.sources
        except PaperkgError:
            pass


@pytest.mark.parametrize("format", [None, *_reader_names()])
@_SETTINGS
@given(value=_JSON, lines=st.booleans())
def test_bad_input_any_json_never_crashes_a_reader(format, value, lines):
    text = "\n".join(json.dumps(v)
                     for v in value) if lines and isinstance(value, list) else json.dumps(value, indent=1)
    _survives(text.encode(), format)


@pytest.mark.parametrize("format", [None, *_reader_names()])
@_SETTINGS
@given(text=st.text(max_size=300))
def test_bad_input_any_text_never_crashes_a_reader(format, text):
    _survives(text.encode("utf-8"), format)


@_SETTINGS
@given(data=st.binary(max_size=300))
def test_bad_input_any_bytes_never_crash_detection(data):
    _survives(data, None)


@pytest.mark.parametrize("sample", sorted(p.name for p in READER_DATA.glob("papers.*")))
@_SETTINGS
@given(cut=st.floats(min_value=0, max_value=1),
       noise=st.sampled_from(["", "\x00", "}", "<", "@", '"', "\n\n", "é"]))
def test_bad_input_samples_cut_anywhere_never_crash(sample, cut, noise):
    text = (READER_DATA / sample).read_text(encoding="utf-8")
    at = int(len(text) * cut)
    _survives((text[:at] + noise + text[at + len(noise):]).encode("utf-8"), None)


# -- good records among bad ones all land, whatever their text ---------------------------------------

#: Letters of any script, digits and a little punctuation: text every format can carry verbatim.
_WORD = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lt", "Lo", "Nd"),
                              whitelist_characters="-:'&+/"),
                min_size=1, max_size=10)
_TITLE = st.lists(_WORD, min_size=3, max_size=8).map(" ".join)  # no sentence end: reads as a title
_SENTENCE = st.lists(_WORD, min_size=2, max_size=12).map(" ".join)
_ABSTRACT = st.tuples(_SENTENCE, _SENTENCE).map(lambda pair: f"{pair[0]}. {pair[1]}.")
_RECORDS = st.lists(st.tuples(_TITLE, _ABSTRACT), min_size=1, max_size=5)

Record = tuple[str, str]


def _jsonl(records: list[Record | None]) -> str:
    return "".join("{broken\n" if r is None
                   else json.dumps({"id": f"2401.{i:05d}", "title": r[0], "abstract": r[1]})
                   + "\n" for i, r in enumerate(records))


def _hf_api(records: list[Record | None]) -> str:
    return json.dumps([{"paper": {"id": f"2401.{i:05d}"} if r is None else
                        {"id": f"2401.{i:05d}", "title": r[0], "summary": r[1], "upvotes": 1}}
                       for i, r in enumerate(records)])


def _openalex(records: list[Record | None]) -> str:
    def work(i: int, r: Record | None) -> dict:
        if r is None:
            return {"id": f"https://openalex.org/W{i}"}
        index: dict[str, list[int]] = {}
        for position, word in enumerate(r[1].split()):
            index.setdefault(word, []).append(position)
        return {"id": f"https://openalex.org/W{i}", "title": r[0], "abstract_inverted_index": index}

    return json.dumps({"meta": {"count": len(records)},
                       "results": [work(i, r) for i, r in enumerate(records)]})


def _semantic_scholar(records: list[Record | None]) -> str:
    return json.dumps({"data": [None if r is None else {"paperId": f"p{i}", "title": r[0], "abstract": r[1]}
                                for i, r in enumerate(records)]})


def _atom(records: list[Record | None]) -> str:
    entries = "".join(f"<entry><id>x{i}</id></entry>\n" if r is None else
                      f"<entry><id>http://arxiv.org/abs/2401.{i:05d}v1</id><title>{escape(r[0])}</title>"
                      f"<summary>{escape(r[1])}</summary></entry>\n" for i, r in enumerate(records))
    return f'<feed xmlns="http://www.w3.org/2005/Atom">\n{entries}</feed>\n'


def _bibtex(records: list[Record | None]) -> str:
    return "".join(f"@misc{{bad{i}, title={{unclosed}}\n" if r is None else
                   f"@misc{{key{i}, title={{{r[0]}}}, abstract={{{r[1]}}}}}\n" for i, r in enumerate(records))


def _csv(records: list[Record | None]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "title", "abstract"])
    writer.writerows([f"x{i}", "", ""] if r is None else [f"x{i}", r[0], r[1]] for i, r in enumerate(records))
    return out.getvalue()


def _hf_daily(records: list[Record | None]) -> str:
    lines = ["Get trending papers in your email inbox!", "Mar 12"]
    for r in records:
        lines += ["An abstract with no title. It is reported."] if r is None else [r[0], r[1]]
    return "\n\n".join(lines) + "\n"


def _text(records: list[Record | None]) -> str:
    return "\n\n".join(f"{r[0]}\n{r[1]}" for r in records if r is not None) + "\n"


#: A writer for each registered reader: the records as that format writes them, ``None`` a bad
#: record (one the reader must report and skip). Plain text has no bad record: any text reads.
WRITERS: dict[str, Callable[[list[Record | None]], str]] = {
    "jsonl": _jsonl, "hf-api": _hf_api, "openalex": _openalex, "semantic-scholar": _semantic_scholar,
    "arxiv-atom": _atom, "bibtex": _bibtex, "csv": _csv, "hf-daily": _hf_daily, "text": _text,
}


def test_fuzz_every_registered_reader_has_a_writer():
    assert sorted(WRITERS) == _reader_names()


@pytest.mark.issue(14)
@pytest.mark.parametrize("format", sorted(WRITERS))
@_SETTINGS
@given(records=_RECORDS, bad_at=st.integers(min_value=0, max_value=5))
def test_fuzz_good_records_among_bad_ones_all_land(format, records, bad_at):
    written: list[Record | None] = list(records)
    written.insert(min(bad_at, len(written)), None)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_text(WRITERS[format](written), encoding="utf-8")
        report = ReadReport()
        papers = list(read_papers([path], format=format, report=report))
    assert [(p.title, p.abstract) for p in papers] == records
    expected_skips = 0 if format == "text" else 1
    assert (report.skipped.count, report.failed_files.count, report.warnings.count) == (expected_skips, 0, 0)
    for error in report.skipped.examples:
        assert error.path == str(path) and error.line is not None and "\n" not in str(error)
