"""Small text helpers shared by readers and extraction: URLs, whitespace, DOIs, arXiv ids, dates,
and the tokenizer's affix searches."""

from __future__ import annotations

import re
import re._parser as sre_parse  # the parse tree of a pattern: which characters can begin or end it
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from email.utils import parsedate_to_datetime

from paperkg.ingest.records import parse_arxiv_id

__all__ = [
    "MAX_TEXT_CHARS",
    "cut_text",
    "find_urls",
    "flatten_newlines",
    "collapse_whitespace",
    "looks_like_abstract",
    "clean_doi",
    "arxiv_id_from_doi",
    "find_arxiv_id",
    "iso_date",
    "month_number",
    "EdgeSearch",
    "InfixFinder",
    "starts_of",
    "matches_at",
]

#: The longest title or abstract paperkg keeps, in characters: longer text is cut to it (with a
#: warning) when it is read. No real title or abstract comes near; spaCy refuses a text over
#: 1,000,000 characters (error E088), and the time and memory of linking grow with the text.
MAX_TEXT_CHARS = 100_000


def cut_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, at the last space before it if one is near.

    Parameters
    ----------
    text : str
        A title or an abstract.
    limit : int
        The most characters to keep.

    Returns
    -------
    str
        ``text`` unchanged when it is short enough, else its first ``limit`` characters or
        fewer, ending at a space when there is one in the last 1,000 characters kept.

    Examples
    --------
    >>> cut_text("Large language models " * 3, limit=30)
    'Large language models Large'
    >>> cut_text("x" * 50, limit=30) == "x" * 30
    True
    """
    if len(text) <= limit:
        return text
    kept = text[:limit]
    space = kept.rfind(" ", max(0, limit - 1000))
    return (kept[:space] if space > 0 else kept).rstrip()

_URL = re.compile(r"https?://[^\s<>\"'`]+")
_TRAILING = ".,;:!?)]}'\""


def find_urls(text: str) -> tuple[str, ...]:
    """URLs in ``text`` (code and project links), trailing punctuation removed, in order, unique.

    Parameters
    ----------
    text : str
        An abstract, a comment field.

    Returns
    -------
    tuple of str

    Examples
    --------
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

    Parameters
    ----------
    text : str
        A title or abstract as read.

    Returns
    -------
    str
        The same length as ``text``.

    Examples
    --------
    >>> flatten_newlines("hard\\nwrapped\\r\\ntext")
    'hard wrapped  text'
    """
    return text.translate(_FLAT)


_FLAT = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})

# LaTeX text styling that arXiv abstracts keep as written: "\textbf{MolSight}", "$\textbf{X}$",
# "\emph{...}"; the braces hold plain text (nothing nested), the command and braces are markup.
# Styling inside a word is left alone: blanked, "\textbf{S}tyle" would read "S tyle", and
# "H$^{\mathbf{3}}$DP" would lose its name
_STYLED = re.compile(r"(?<![\w{^_\\])(\$?\\(?:textbf|textit|emph|texttt|textsc|textsf|textrm|underline|text"
                     r"|mathbf|mathrm)\{)([^{}$\\]*)(\}\$?)(?![\w{}])")
# a LaTeX tie between words, or between a word and its number: "(1)~workflow-to-skill compilation",
# "Orca~2", "Fig.~2" (not "~10%", nor a range "3~5x" or "Recall@1~0.45")
_TIE = re.compile(r"(?<=[\w).])~(?=[A-Za-z(\\])|(?<=[A-Za-z.])~(?=\d)")


def flatten_markup(text: str) -> str:
    """:func:`flatten_newlines` (same argument, a result of the same length), and LaTeX text
    styling and ties made spaces: the styled words stay where they were, so a name written in
    bold is read as a name and its offsets index the text as read.

    Examples
    --------
    >>> flatten_markup("we propose $\\\\textbf{MolSight}$ and (1)~\\\\emph{layer-wise fusion}")
    'we propose          MolSight   and (1)       layer-wise fusion '
    >>> flatten_markup("Orca~2 and MedSAM~2 run 3~5x faster")
    'Orca 2 and MedSAM 2 run 3~5x faster'
    >>> flatten_markup("\\\\textbf{S}tyle")  # inside a word: left as written
    '\\\\textbf{S}tyle'
    """
    text = text.translate(_FLAT)
    if "~" in text:
        text = _TIE.sub(" ", text)
    if "\\" in text:
        text = _STYLED.sub(_blank_markup, text)
    return text


def _blank_markup(match: re.Match[str]) -> str:
    return " " * len(match.group(1)) + match.group(2) + " " * len(match.group(3))


def collapse_whitespace(text: str) -> str:
    """Join hard-wrapped text into one line: every run of whitespace becomes one space.

    Parameters
    ----------
    text : str
        A title or name, possibly hard-wrapped.

    Returns
    -------
    str

    Examples
    --------
    >>> collapse_whitespace("  Qwen2\\n  Technical   Report ")
    'Qwen2 Technical Report'
    """
    return " ".join(text.split())


#: A line longer than this, or holding two sentence ends, is an abstract, not a title.
_TITLE_MAX = 300
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def starts_of(text: str, literals: Sequence[str]) -> list[int]:
    """Where each of ``literals`` occurs in ``text`` (overlapping occurrences too), in no order:
    ``str.find`` skips to them, where a regex scan tries every position.

    >>> sorted(starts_of("we weave", ("we", "eave")))
    [0, 3, 4]
    """
    out = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            out.append(at)
            at = text.find(literal, at + 1)
    return out


def matches_at(pattern: re.Pattern[str], text: str, starts: Sequence[int]) -> list[re.Match[str]]:
    r"""``pattern.finditer(text)``'s matches, the pattern tried only at ``starts``, which must hold
    every place a match can start (the literal words it opens with, found by :func:`starts_of`): a
    regex scan tries every position and cannot skip to its first literal when the pattern opens with
    ``\b`` or alternatives. Left to right, each match after the last one's end, as ``finditer`` does
    (a match at a position sees the text before it: ``\b`` holds as in a scan).

    >>> [m.group() for m in matches_at(re.compile(r"\bwe \w+"), "we go; awe we x", [0, 8, 11])]
    ['we go', 'we x']
    """
    found: list[re.Match[str]] = []
    pos = 0
    for at in sorted(set(starts)):
        if at >= pos and (match := pattern.match(text, at)) is not None:
            found.append(match)
            pos = match.end()
    return found


def looks_like_abstract(line: str) -> bool:
    """True when ``line`` reads as an abstract rather than a title: long, or two sentences.

    Parameters
    ----------
    line : str
        One line of a page dump or a plain-text paragraph.

    Returns
    -------
    bool
        True for a line over 300 characters or with two sentence ends.

    Examples
    --------
    >>> looks_like_abstract("Qwen2 Technical Report")
    False
    >>> looks_like_abstract("This report introduces Qwen2. It is open.")
    True
    """
    return len(line) > _TITLE_MAX or len(_SENTENCE_END.findall(line)) >= 2


_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def clean_doi(value: object) -> str | None:
    """A bare DOI (``10.xxx/...``) from a DOI, a ``doi:`` form or a doi.org URL, else None.

    Only the first of several space-separated DOIs is kept.

    Parameters
    ----------
    value : object
        A field value of any type.

    Returns
    -------
    str or None

    Examples
    --------
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

    Parameters
    ----------
    doi : str or None
        A bare DOI.

    Returns
    -------
    str or None

    Examples
    --------
    >>> arxiv_id_from_doi("10.48550/arxiv.2307.06930")
    '2307.06930'
    """
    match = _ARXIV_DOI.match(doi or "")
    return parse_arxiv_id(match.group(1)) if match else None


_TOKEN_SPLIT = re.compile(r"[\s,;()\[\]{}<>]+")


def find_arxiv_id(text: str | None) -> str | None:
    """The first arXiv id that ``text`` names as one: ``arXiv:ID``, ``arXiv ID`` or a link.

    A link is an arxiv.org abs/pdf URL or a Hugging Face paper page
    (``huggingface.co/papers/ID``). A bare number such as ``2307.06930`` counts only after
    the word arXiv. Each candidate goes through :func:`paperkg.ingest.records.parse_arxiv_id`,
    the one arXiv-id parser.

    Parameters
    ----------
    text : str or None
        Free text: a BibTeX ``journal`` or ``note``, a line of a page dump.

    Returns
    -------
    str or None
        The version-less arXiv id, or None.

    Examples
    --------
    >>> find_arxiv_id("arXiv preprint arXiv:2307.06930v2.")
    '2307.06930'
    >>> find_arxiv_id("see https://huggingface.co/papers/2407.10671")
    '2407.10671'
    >>> find_arxiv_id("Volume 2307.06930") is None
    True
    """
    if not text or "arxiv" not in text.lower() and "huggingface.co/papers/" not in text:
        return None
    previous = ""
    for token in _TOKEN_SPLIT.split(text):
        token = token.rstrip(".:")
        lower = token.lower()
        if "huggingface.co/papers/" in lower:
            token = token.rstrip("/").rsplit("/", 1)[-1]
        if "arxiv" in lower or previous == "arxiv" or "huggingface.co/papers/" in lower:
            found = parse_arxiv_id(token)
            if found:
                return found
        previous = lower
    return None


_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}


def month_number(name: str) -> int | None:
    """The number (1-12) of an English month name or abbreviation, any case, else None.

    Parameters
    ----------
    name : str
        ``Mar``, ``march``, ``Sept.``.

    Returns
    -------
    int or None

    Examples
    --------
    >>> month_number("Mar"), month_number("september."), month_number("Sept"), month_number("Mars")
    (3, 9, 9, None)
    """
    return _MONTHS.get(name.strip().lower().rstrip("."))


_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")


def iso_date(value: object) -> str | None:
    """A date as ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) from ISO, RFC 2822 or a year.

    Text that is none of these is kept as given (stripped); empty values give None.

    Parameters
    ----------
    value : object
        A date field of any type.

    Returns
    -------
    str or None

    Examples
    --------
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


# --- the tokenizer's affix searches -------------------------------------------------------------
# spaCy's tokenizer finds a word's prefix, suffix and infixes with one regex per kind, an
# alternation of a few hundred rules ("rule$" for suffixes) tried at every position of every new
# word. A rule can only match where its first (prefix, infix) or last (suffix) character is, so
# rules that cannot begin or end with a word's edge character are dropped for that word, and a
# word holding no infix rule's first character has no infix: the same matches, far fewer tries.

_Match = Callable[[str], "re.Match[str] | None"]
_ZERO_WIDTH = frozenset({sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT})
_REPEATS = frozenset({sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT})
#: A character range wider than this in a rule's edge class counts as any character.
_MAX_EDGE_CHARS = 65_536
# a back-reference (\1, (?P=name), (?(1)...)): numbered groups move when rules are regrouped, so a
# pattern holding one is only ever searched whole
_GROUP_REF = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _edge_chars(items: sre_parse.SubPattern | list, last: bool) -> frozenset[str] | None:
    """The characters a non-empty match of the parsed sequence ``items`` can end with (``last``)
    or begin with; None when any character can be there (or the sequence can match nothing)."""
    for op, av in reversed(list(items)) if last else items:
        if op in _ZERO_WIDTH:  # a lookaround or an anchor consumes nothing: the next item is the edge
            continue
        return _item_chars(op, av, last)
    return None


def _item_chars(op: object, av: object, last: bool) -> frozenset[str] | None:
    """:func:`_edge_chars` of one parsed item (None for any item not known to be safe)."""
    if op is sre_parse.LITERAL:
        return frozenset(chr(av))  # type: ignore[arg-type]
    if op is sre_parse.IN:
        return _class_chars(av)  # type: ignore[arg-type]
    if op is sre_parse.SUBPATTERN:
        _, add_flags, del_flags, pattern = av  # type: ignore[misc]
        return None if add_flags or del_flags else _edge_chars(pattern, last)
    if op is sre_parse.BRANCH:
        found: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            chars = _edge_chars(branch, last)
            if chars is None:
                return None
            found |= chars
        return frozenset(found)
    if op in _REPEATS:
        low, _, pattern = av  # type: ignore[misc]
        return _edge_chars(pattern, last) if low > 0 else None
    return None


def _class_chars(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The characters of a parsed character class, None for a negated one or one with a category
    (``\\w``, ``\\d``)."""
    found: set[str] = set()
    for op, av in items:
        if op is sre_parse.LITERAL:
            found.add(chr(av))  # type: ignore[arg-type]
        elif op is sre_parse.RANGE:
            low, high = av  # type: ignore[misc]
            if high - low > _MAX_EDGE_CHARS:
                return None
            found.update(map(chr, range(low, high + 1)))
        else:
            return None
    return frozenset(found)


def _rule_edges(rules: Sequence[str], last: bool, anchor: object = None) -> list[frozenset[str] | None]:
    """:func:`_edge_chars` of each rule; None also for a rule with flags, one that fails to parse
    and, with an ``anchor`` (``AT_END``, ``AT_BEGINNING``), one whose anchor does not bind all of
    it (``a|b$`` ends ``a`` anywhere)."""
    edges: list[frozenset[str] | None] = []
    for rule in rules:
        try:
            parsed = sre_parse.parse(rule)
        except re.error:
            edges.append(None)
            continue
        flagged = parsed.state.flags & ~(re.UNICODE | re.DEBUG)
        edge = parsed[-1 if last else 0] if len(parsed) else None
        unbound = anchor is not None and edge != (sre_parse.AT, anchor)
        edges.append(None if flagged or unbound else _edge_chars(parsed, last))
    return edges


def _no_match(string: str) -> None:
    return None


class EdgeSearch:
    """A drop-in for spaCy's ``compile_prefix_regex(rules).search`` (``suffix=False``) or
    ``compile_suffix_regex(rules).search`` (``suffix=True``) that returns the same match on every
    string, trying only the rules that can begin (end) with the string's first (last) character.

    ``pattern`` is the full regex's pattern, as spaCy's serialisation and
    :func:`~paperkg.ingest.extract.patterns.tokenizer_signature` read it from ``search.__self__``.

    >>> search = EdgeSearch([r"\\.\\.+", ",", r"(?<=[0-9])km"], suffix=True).search
    >>> [m.group() if m else None for m in map(search, ["x...", "10km", "km", "a,b"])]
    ['...', 'km', None, None]
    """

    def __init__(self, rules: Sequence[str], *, suffix: bool) -> None:
        rules = [rule for rule in rules if rule.strip()]  # as spaCy's compile_*_regex keep them
        self._anchored = [rule + "$" if suffix else "^" + rule for rule in rules]
        self.pattern = "|".join(self._anchored)
        self._full: _Match = re.compile(self.pattern).search
        anchor = sre_parse.AT_END if suffix else sre_parse.AT_BEGINNING
        self._edges = ([None] * len(rules) if _GROUP_REF.search(self.pattern)
                       else _rule_edges(self._anchored, last=suffix, anchor=anchor))
        self._suffix = suffix
        self._by_char: dict[str, _Match] = {}
        self._by_rules: dict[tuple[int, ...], _Match] = {}

    def search(self, string: str) -> re.Match[str] | None:
        """The first match of the rules in ``string`` (a prefix or a suffix), as the full regex finds it."""
        if not string:
            return self._full(string)
        char = string[-1] if self._suffix else string[0]
        search = self._by_char.get(char)
        if search is None:
            search = self._by_char[char] = self._for_char(char)
        return search(string)

    def _for_char(self, char: str) -> _Match:
        """The search of the rules that can match at an edge holding ``char`` (``$`` also matches
        before a final line break, so a string ending in one gets the full regex)."""
        if self._suffix and char == "\n":
            return self._full
        chosen = tuple(i for i, edge in enumerate(self._edges) if edge is None or char in edge)
        search = self._by_rules.get(chosen)
        if search is None:
            pattern = "|".join(self._anchored[i] for i in chosen)
            search = self._by_rules[chosen] = re.compile(pattern).search if chosen else _no_match
        return search


class InfixFinder:
    """A drop-in for spaCy's ``compile_infix_regex(rules).finditer`` that returns the same matches,
    skipping the full regex on strings holding none of the characters an infix rule begins with.

    >>> finditer = InfixFinder([r"(?<=[0-9])[+\\-](?=[0-9])", "/"]).finditer
    >>> [[m.group() for m in finditer(s)] for s in ("3-4", "C++/Python", "models")]
    [['-'], ['/'], []]
    """

    def __init__(self, rules: Sequence[str]) -> None:
        rules = [rule for rule in rules if rule.strip()]  # as spaCy's compile_infix_regex keeps them
        self.pattern = "|".join(rules)
        self._full = re.compile(self.pattern).finditer
        edges = [None] if _GROUP_REF.search(self.pattern) else _rule_edges(rules, last=False)
        self._firsts = None if None in edges else frozenset().union(*edges)  # type: ignore[arg-type]

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """The infix matches in ``string``, as the full regex finds them."""
        if self._firsts is not None and self._firsts.isdisjoint(string):
            return iter(())
        return self._full(string)
