"""Small text helpers shared by readers and extraction: URLs, whitespace, DOIs, dates."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from paperkg.ingest.records import parse_arxiv_id

__all__ = [
    "find_urls",
    "flatten_newlines",
    "collapse_whitespace",
    "clean_doi",
    "arxiv_id_from_doi",
    "iso_date",
]

_URL = re.compile(r"https?://[^\s<>\"'`]+")
_TRAILING = ".,;:!?)]}'\""


def find_urls(text: str) -> tuple[str, ...]:
    """URLs in ``text`` (code and project links), trailing punctuation removed, in order, unique.

    >>> find_urls("Code at https://github.com/gregor-ge/mBLIP. See (https://x.org/a).")
    ('https://github.com/gregor-ge/mBLIP', 'https://x.org/a')
    """
    found = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        if url.count("(") < url.count(")"):
            url = url[: url.rfind(")")]
        found.append(url)
    return tuple(dict.fromkeys(found))


def flatten_newlines(text: str) -> str:
    """Replace line breaks and tabs by spaces, keeping every character offset.

    >>> flatten_newlines("hard\\nwrapped\\r\\ntext")
    'hard wrapped  text'
    """
    return text.translate(_FLAT)


_FLAT = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


def collapse_whitespace(text: str) -> str:
    """Join hard-wrapped text into one line: every run of whitespace becomes one space.

    >>> collapse_whitespace("  Qwen2\\n  Technical   Report ")
    'Qwen2 Technical Report'
    """
    return " ".join(text.split())


_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def clean_doi(value: object) -> str | None:
    """A bare DOI (``10.xxx/...``) from a DOI, a ``doi:`` form or a doi.org URL, else None.

    Only the first of several space-separated DOIs is kept.

    >>> clean_doi("https://doi.org/10.48550/arXiv.2407.10671")
    '10.48550/arXiv.2407.10671'
    >>> clean_doi("doi:10.18653/v1/2023.acl-long.1") + "|" + str(clean_doi("n/a"))
    '10.18653/v1/2023.acl-long.1|None'
    """
    if not isinstance(value, str):
        return None
    parts = _DOI_PREFIX.sub("", value.strip()).split()
    doi = parts[0] if parts else ""
    return doi if doi.startswith("10.") and "/" in doi else None


_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)


def arxiv_id_from_doi(doi: str | None) -> str | None:
    """The arXiv id inside an arXiv-issued DOI (``10.48550/arXiv.ID``), else None.

    >>> arxiv_id_from_doi("10.48550/arxiv.2307.06930")
    '2307.06930'
    """
    match = _ARXIV_DOI.match(doi or "")
    return parse_arxiv_id(match.group(1)) if match else None


_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")


def iso_date(value: object) -> str | None:
    """A date as ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) from ISO, RFC 2822 or a year.

    Text that is none of these is kept as given (stripped); empty values give None.

    >>> [iso_date(v) for v in ("2024-07-15T17:54:27Z", 2023, "Mon, 2 Apr 2007 19:18:42 GMT")]
    ['2024-07-15', '2023', '2007-04-02']
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value) if 0 < value < 10000 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return "-".join(part for part in match.groups() if part)
    try:
        parsed: datetime = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return text
    return parsed.date().isoformat()
