"""Plain text: one paper per paragraph (blank lines between), the first line its title.

Rules, per paragraph:

- the first line is the title (a Markdown ``#`` heading mark is dropped) and the lines after
  it, line breaks kept, the abstract;
- a paragraph whose lines go title, abstract, title, abstract (each abstract a single long
  line, as in copied listings) gives one paper per pair;
- a first line that is itself an abstract (over 300 characters, or two sentences) makes a
  paper with no title.

This is the fallback for text no other reader claims, so it does not read text that starts
like markup or JSON (``<``, ``{``, ``[``). Any text is plain text, so a plain-text file is read
only when named (not when found in a folder) or when ``format="text"`` is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from paperkg.errors import InputError
from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import MAX_RECORD_BYTES, TextInput
from paperkg.ingest.readers._paper import make_paper
from paperkg.ingest.records import Paper, SourceRef
from paperkg.ingest.text import looks_like_abstract

__all__ = ["read_plain_text", "parse_plain_text"]

_HEADING = re.compile(r"^#{1,6}\s+")


def _sniff(head: bytes, name: str) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"<", b"{", b"[", b"")


def _paper(title: str, abstract: str, ref: SourceRef) -> Paper:
    return make_paper(ref, title=_HEADING.sub("", title.strip()), abstract=abstract)


def _papers(paragraph: list[tuple[int, str]], name: str) -> Iterator[Paper]:
    texts = [text for _, text in paragraph]
    pairs = len(texts) >= 2 and len(texts) % 2 == 0 and all(
        looks_like_abstract(text) != (i % 2 == 0) for i, text in enumerate(texts)
    )
    if pairs:
        for i in range(0, len(texts), 2):
            yield _paper(texts[i], texts[i + 1], SourceRef(name, paragraph[i][0]))
    elif looks_like_abstract(texts[0]):
        yield _paper("", "\n".join(texts), SourceRef(name, paragraph[0][0]))
    else:
        yield _paper(texts[0], "\n".join(texts[1:]), SourceRef(name, paragraph[0][0]))


def parse_plain_text(
    lines: Iterator[tuple[int, str]],
    *,
    name: str,
    on_error: ErrorHandler | None = None,
    max_chars: int = MAX_RECORD_BYTES,
) -> Iterator[Paper]:
    """Parse numbered lines into papers, one per paragraph (see the module's rules).

    A paragraph longer than ``max_chars`` is reported to ``on_error`` and skipped.

    Parameters
    ----------
    lines : iterator of (int, str)
        Line numbers and lines.
    name : str
        The file name recorded on papers and named in errors.
    on_error : callable, optional
        Called with an ``InputError`` for each paragraph skipped.
    max_chars : int
        The longest paragraph read.

    Yields
    ------
    Paper

    Examples
    --------
    >>> text = ["# Qwen2 Technical Report", "This report introduces the Qwen2 series.", "",
    ...         "PolyLM: An Open Source Polyglot Large Language Model"]
    >>> [(p.title, p.abstract, p.sources[0].record)  # doctest: +NORMALIZE_WHITESPACE
    ...  for p in parse_plain_text(enumerate(text, 1), name="t")]
    [('Qwen2 Technical Report', 'This report introduces the Qwen2 series.', 1),
     ('PolyLM: An Open Source Polyglot Large Language Model', '', 4)]
    """
    paragraph: list[tuple[int, str]] = []
    size, too_long = 0, False
    for number, line in lines:
        if line.strip():
            size += len(line) + 1
            if too_long:
                continue
            if size > max_chars:
                too_long = True
                if on_error is not None:
                    on_error(InputError(name, f"paragraph longer than the {max_chars:,}-character limit; "
                                              "skipped (no blank lines?)",
                                        line=paragraph[0][0] if paragraph else number))
                paragraph = []
                continue
            paragraph.append((number, line.rstrip()))
            continue
        if paragraph:
            yield from _papers(paragraph, name)
        paragraph, size, too_long = [], 0, False
    if paragraph:
        yield from _papers(paragraph, name)


@reader("text", sniff=_sniff, priority=90)
def read_plain_text(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read plain text, one paper per paragraph (first line title, the rest abstract).

    Parameters
    ----------
    source : TextInput
        The text.
    on_error : callable
        Called with an ``InputError`` for each paragraph skipped.

    Yields
    ------
    Paper

    Examples
    --------
    >>> text = "Qwen2 Technical Report\\nThis report introduces the Qwen2 series.\\n\\nPolyLM\\n"
    >>> [(p.title, p.sources[0].record)
    ...  for p in read_plain_text(TextInput.from_text(text, name="n.txt"), print)]
    [('Qwen2 Technical Report', 1), ('PolyLM', 4)]
    """
    yield from parse_plain_text(source.lines(), name=source.name, on_error=lambda e: on_error(
        InputError(source.path, e.reason, line=e.line)), max_chars=source.max_record_bytes)
