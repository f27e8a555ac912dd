"""The records that ingest makes: Paper, Entity, Mention and their fixed vocabularies."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Literal

__all__ = [
    "Kind",
    "Role",
    "Origin",
    "SourceRef",
    "Paper",
    "Entity",
    "Mention",
    "Extraction",
    "fold",
    "normalize_title",
    "parse_arxiv_id",
    "slugify",
]


class Kind(StrEnum):
    """The four kinds of entity paperkg links papers to."""

    MODEL = "model"
    DATASET = "dataset"
    TECHNIQUE = "technique"
    LANGUAGE = "language"


class Role(StrEnum):
    """What a paper does with an entity, strongest first in ``ROLE_ORDER``."""

    INTRODUCES = "introduces"
    USES = "uses"
    EVALUATES_ON = "evaluates_on"
    COMPARES_WITH = "compares_with"
    MENTIONS = "mentions"


#: Roles from strongest to weakest; an edge carries the strongest of its mentions.
ROLE_ORDER: tuple[Role, ...] = (
    Role.INTRODUCES,
    Role.USES,
    Role.EVALUATES_ON,
    Role.COMPARES_WITH,
    Role.MENTIONS,
)


class Origin(StrEnum):
    """Where an entity comes from: the shipped vocabulary or discovered in the text."""

    VOCABULARY = "vocabulary"
    DISCOVERED = "discovered"


@dataclass(frozen=True, slots=True, order=True)
class SourceRef:
    """Where a record was read: file name (no directories), record number, page date."""

    file: str
    record: int
    date: str | None = None

    def __str__(self) -> str:
        return f"{self.file}#{self.record}"


_ARXIV_NEW = re.compile(r"^(?:arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?$", re.IGNORECASE)
_ARXIV_OLD = re.compile(r"^(?:arxiv:)?([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$", re.IGNORECASE)
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:\.pdf)?(?:[?#]|$)", re.IGNORECASE)


def parse_arxiv_id(text: str | None) -> str | None:
    """Return the version-less arXiv id in ``text`` (an id, ``arXiv:`` id or abs URL), else None.

    Examples
    --------
    >>> parse_arxiv_id("arXiv:2407.21783v2")
    '2407.21783'
    >>> parse_arxiv_id("hep-th/9901001")
    'hep-th/9901001'
    >>> parse_arxiv_id("https://arxiv.org/abs/2310.06825v1")
    '2310.06825'
    >>> parse_arxiv_id("W2741809807") is None
    True
    """
    if not text:
        return None
    text = text.strip()
    url = _ARXIV_URL.search(text)
    if url:
        text = url.group(1)
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.match(text)
        if match:
            return match.group(1)
    return None


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(name: str) -> str:
    """The key under which two names are the same name: case, width and separators folded.

    Compatibility forms folded (NFKC: full-width letters, ligatures, superscripts), lower
    case (``str.casefold``), and everything but letters and digits dropped: spaces,
    punctuation (any script's dashes and quotes) and ASCII symbols, except ``+``, ``#`` and a
    decimal point between digits. Accented letters, letters of other scripts, non-ASCII
    symbols, ``+``, ``#`` and decimal points stay, since they can be all that tells two names
    apart (``THÖR`` is not ``THOR``, ``∞Bench`` is not ``Bench``, ``C#`` is not ``C``,
    ``OPT-1.3B`` is not ``OPT-13B``). The one case-folding function of paperkg: alias lookup,
    vocabulary matching and gold matching all use it.

    Parameters
    ----------
    name : str
        A name, alias or surface form.

    Returns
    -------
    str
        The folded key (empty when ``name`` has no letter or digit).

    Examples
    --------
    >>> fold("LLaMA-2"), fold("llama 2"), fold("Llama_2"), fold("ＬＬａＭＡ–２")
    ('llama2', 'llama2', 'llama2', 'llama2')
    >>> fold("Who’s Waldo"), fold("THÖR"), fold("α-Fold"), fold("∞Bench")
    ('whoswaldo', 'thör', 'αfold', '∞bench')
    >>> fold("OPT-1.3B"), fold("OPT 13B"), fold("C#"), fold("C++"), fold("v1.")
    ('opt1.3b', 'opt13b', 'c#', 'c++', 'v1')
    """
    if name.isascii():
        kept = _FOLD_DROP.sub("", name.lower())
    else:
        kept = "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if _kept(c))
    return _LONE_DOT.sub("", kept) if "." in kept else kept


_FOLD_DROP = re.compile(r"[^0-9a-z+#.]+")
_LONE_DOT = re.compile(r"(?<![0-9])\.|\.(?![0-9])")


def _kept(char: str) -> bool:
    if char.isascii():
        return char.isalnum() or char in "+#."
    return unicodedata.category(char)[0] in "LMNS"


def normalize_title(title: str) -> str:
    """Fold a title for duplicate detection: NFKD, lower case, alphanumerics only.

    >>> normalize_title("GEB-1.3B: Open  Lightweight Large Language Model")
    'geb 1 3b open lightweight large language model'
    """
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub(" ", folded.lower()).strip()


def slugify(text: str, *, max_length: int = 80) -> str:
    """Make an IRI-safe lower-case slug (``[a-z0-9.-]``) from a label.

    >>> slugify("Llama 2 13B Chat")
    'llama-2-13b-chat'
    >>> slugify("C++")
    'c-plus-plus'
    >>> slugify("C#")
    'c-sharp'
    """
    text = text.replace("++", " plus plus ").replace("#", " sharp ").replace("+", " plus ")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9.]+", "-", folded).strip("-.")
    slug = re.sub(r"\.{2,}", ".", slug)[:max_length].strip("-.")
    if not slug:
        slug = "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return slug


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as read from a source.

    ``id`` is the id the input gave (unchanged), or one derived from the title when the
    input has none. ``key`` is what duplicate detection compares.
    """

    id: str
    title: str
    abstract: str = ""
    authors: tuple[str, ...] = ()
    date: str | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    categories: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()

    @property
    def key(self) -> str:
        """The dedupe key: ``arxiv:ID``, else ``doi:DOI``, else ``title:<hash of folded title>``."""
        if self.arxiv_id:
            return f"arxiv:{self.arxiv_id}"
        if self.doi:
            return f"doi:{self.doi.lower()}"
        return "title:" + title_hash(self.title or self.abstract[:200])

    @property
    def uid(self) -> str:
        """An IRI-safe, stable identifier derived from ``key`` (used in node ids and IRIs)."""
        if self.arxiv_id:
            return "arxiv-" + self.arxiv_id.replace("/", "-")
        if self.doi:
            return "doi-" + hashlib.sha1(self.doi.lower().encode()).hexdigest()[:16]
        return "t-" + title_hash(self.title or self.abstract[:200])

    def merged(self, other: Paper) -> Paper:
        """Merge a duplicate into this paper: keep every source and the richest metadata."""

        def longer(a: str | None, b: str | None) -> str | None:
            return b if len(b or "") > len(a or "") else a

        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(a + b))

        return replace(
            self,
            title=longer(self.title, other.title) or "",
            abstract=longer(self.abstract, other.abstract) or "",
            authors=self.authors if len(self.authors) >= len(other.authors) else other.authors,
            date=self.date or other.date,
            arxiv_id=self.arxiv_id or other.arxiv_id,
            doi=self.doi or other.doi,
            categories=union(self.categories, other.categories),
            links=union(self.links, other.links),
            sources=tuple(sorted(set(self.sources + other.sources))),
        )


def title_hash(title: str) -> str:
    """A 16-hex-digit hash of the folded title."""
    return hashlib.sha1(normalize_title(title).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical model, dataset, technique or language.

    ``id`` is ``<kind>/<slug>`` (e.g. ``model/llama-2``) and doubles as the graph node id and
    the IRI path. ``broader`` is the id of the family (SKOS broader), if any. ``generic``
    flags an umbrella term (fine-tuning, Transformer, attention: see ``ANNOTATION.md``): it is
    linked, but rankings hide it unless asked.
    """

    id: str
    label: str
    kind: Kind
    aliases: tuple[str, ...] = ()
    broader: str | None = None
    origin: Origin = Origin.VOCABULARY
    language_type: Literal["natural", "programming"] | None = None
    iso639_3: str | None = None
    wikidata: str | None = None
    hf_id: str | None = None
    confidence: float = 1.0
    generic: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in a paper's title or abstract, with its evidence.

    ``start``/``end`` are character offsets into the field's text as read; ``sentence_start``
    and ``sentence_end`` bound the evidence sentence in the same text.
    """

    paper_id: str
    entity_id: str
    kind: Kind
    surface: str
    field: Literal["title", "abstract"]
    start: int
    end: int
    role: Role = Role.MENTIONS
    origin: Origin = Origin.VOCABULARY
    confidence: float = 1.0
    extractor: str = "paperkg_vocab"
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction made of one paper: its mentions and the entities they point to."""

    paper: Paper
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = field(default=())
