"""Small text helpers shared by readers and extraction."""

from __future__ import annotations

import re

__all__ = ["find_urls", "flatten_newlines"]

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
