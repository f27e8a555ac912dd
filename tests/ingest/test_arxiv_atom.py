"""arXiv API Atom feeds: entry fields, hard-wrapped text, API errors, defused and streamed XML."""

from __future__ import annotations

from pathlib import Path

from paperkg.errors import InputError
from paperkg.ingest.readers import ReadReport, read_papers

READER_DATA = Path(__file__).parents[1] / "data" / "readers"
FEED_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
ARXIV_NS = 'xmlns:arxiv="http://arxiv.org/schemas/atom"'


def _feed(tmp_path: Path, body: str, head: str = FEED_HEAD, tail: str = "</feed>\n") -> Path:
    path = tmp_path / "feed.xml"
    path.write_text(head + body + tail, encoding="utf-8")
    return path


def _read(path: Path) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report)), report


def test_arxiv_atom_entry_fields():
    papers, _ = _read(READER_DATA / "papers.atom.xml")
    qwen = papers[3]
    assert qwen.id == "http://arxiv.org/abs/2407.10671v1"
    assert (qwen.arxiv_id, qwen.doi, qwen.date) == ("2407.10671", "10.48550/arXiv.2407.10671", "2024-07-15")
    assert qwen.categories == ("cs.CL", "cs.AI")
    assert qwen.links == ("http://arxiv.org/abs/2407.10671v1", "http://arxiv.org/pdf/2407.10671v1")


def test_arxiv_atom_title_collapsed_abstract_kept_as_written():
    mblip = _read(READER_DATA / "papers.atom.xml")[0][0]
    assert mblip.title == "mBLIP: Efficient Bootstrapping of Multilingual Vision-LLMs"
    assert mblip.abstract.startswith(
        "Modular vision-language models (Vision-LLMs) align pretrained image encoders\nwith")
    assert mblip.abstract.endswith("https://github.com/gregor-ge/mBLIP.")
    assert "https://github.com/gregor-ge/mBLIP" in mblip.links


def test_arxiv_atom_comment_urls_become_links(tmp_path):
    path = _feed(tmp_path, f"""<entry><id>http://arxiv.org/abs/hep-th/9901001v2</id><title>Old style</title>
      <summary>Text.</summary><arxiv:comment {ARXIV_NS}>Code: https://github.com/a/b</arxiv:comment></entry>""")
    (paper,), _ = _read(path)
    assert (paper.arxiv_id, paper.links) == ("hep-th/9901001", ("https://github.com/a/b",))


def test_arxiv_atom_api_error_entry_is_reported(tmp_path):
    path = _feed(tmp_path, """<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_2407.1</id>
      <title>Error</title><summary>incorrect id format for 2407.1</summary></entry>""")
    papers, report = _read(path)
    assert papers == []
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line) == (path, 1)
    assert "arXiv API error (incorrect id format for 2407.1); skipped (entry 1)" in str(error)


def test_arxiv_atom_entry_without_title_and_summary_is_skipped(tmp_path):
    path = _feed(tmp_path, """<entry><id>http://arxiv.org/abs/2407.10671v1</id></entry>
      <entry><id>http://arxiv.org/abs/2307.06018v1</id><title>PolyLM</title></entry>""")
    papers, report = _read(path)
    assert [p.title for p in papers] == ["PolyLM"]
    assert [(e.line, e.reason.split(";")[0])
            for e in report.skipped.examples] == [(1, "entry has no title and no abstract")]


def test_arxiv_atom_reads_a_single_entry_document(tmp_path):
    path = tmp_path / "entry.xml"
    path.write_text('<entry xmlns="http://www.w3.org/2005/Atom"><id>http://arxiv.org/abs/2407.10671</id>'
                    "<title>Qwen2 Technical Report</title></entry>", encoding="utf-8")
    assert [p.arxiv_id for p in _read(path)[0]] == ["2407.10671"]


def test_arxiv_atom_other_xml_is_refused_when_forced(tmp_path):
    path = tmp_path / "other.xml"
    path.write_text("<?xml version='1.0'?><rss><channel><item><title>x</title></item></channel></rss>")
    report = ReadReport()
    assert list(read_papers([path], format="arxiv-atom", report=report)) == []
    (error,) = report.failed_files.examples
    assert "XML root is <rss>, not an Atom <feed>" in str(error)


def test_arxiv_atom_unknown_xml_is_not_detected(tmp_path):
    path = tmp_path / "other.xml"
    path.write_text("<?xml version='1.0'?><rss><channel/></rss>")
    (error,) = _read(path)[1].failed_files.examples
    assert "unknown format" in error.reason


def test_arxiv_atom_entities_are_refused(tmp_path):
    path = _feed(tmp_path, "<entry><title>&x;</title></entry>",
                 head='<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x "y">]>\n'
                 + FEED_HEAD.split("\n", 1)[1])
    papers, report = _read(path)
    assert papers == []
    (error,) = report.failed_files.examples
    assert isinstance(error, InputError) and Path(error.path) == path
    assert "entity declarations are refused" in error.reason


def test_arxiv_atom_external_entities_are_refused(tmp_path):
    path = _feed(tmp_path, "<entry><title>&x;</title></entry>",
                 head='<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                 + FEED_HEAD.split("\n", 1)[1])
    papers, report = _read(path)
    assert papers == []
    (error,) = report.failed_files.examples
    assert "are refused" in error.reason and "\n" not in str(error)


def test_arxiv_atom_feed_is_streamed_entry_by_entry(tmp_path):
    entry = ("<entry><id>http://arxiv.org/abs/2407.{:05d}</id><title>Paper "
             "{}</title><summary>{}</summary></entry>\n")
    path = _feed(tmp_path, "".join(entry.format(i, i, "x " * 500) for i in range(3000)))
    papers, report = _read(path)
    assert len(papers) == 3000 and not report.skipped
    assert papers[-1].sources[0].record == 3000
