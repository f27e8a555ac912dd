"""The contract between paperkg's spaCy components: the span group, the extensions, text helpers.

Every component reads and writes ``doc.spans["paperkg"]`` (:data:`SPANS_KEY`): ``label_`` is
the entity kind, ``id_`` the entity id; the span extensions ``role``, ``origin``,
``confidence`` and ``extractor`` carry the rest of a mention. The doc extensions carry what
the components share:

- ``doc._.text``: ``doc.text`` once computed (spaCy joins the tokens on every ``doc.text``);
- ``doc._.fields``: the character ranges of a paper's fields, ``(name, start, end)`` (the
  title and the abstract of one paper are one ``Doc``, joined by :data:`FIELD_SEPARATOR`; a
  plain ``nlp(text)`` is one ``"abstract"`` field);
- ``doc._.known``: surface -> :class:`~paperkg.ingest.records.Entity` of the names discovered
  so far (a name the title introduces is linked in the abstract too);
- ``doc._.entities``: id -> Entity of the discovered entities;
- ``doc._.sentences``: the character offsets where sentences start;
- ``doc._.words``: each field's words (:func:`paperkg.ingest.extract.names.words`), made once;
- ``doc._.taken``: which tokens the span group covers (kept by :class:`SpanWriter`);
- (in ``doc.user_hooks``, never serialised) each sentence's bounds (:func:`doc_sentence_bounds`).

Doc extension values live in ``doc.user_data`` under ``("._.", name, None, None)``, which is
what ``doc._.name`` reads (a span's under :func:`span_value_key`); the helpers here read and write
that entry directly (:func:`doc_value`), because ``doc._`` makes a new ``Underscore`` on every
access and the components ask often.
Read them through :func:`doc_text`, :func:`doc_fields`, :func:`known_names`, :func:`doc_entities` and
:func:`doc_sentences`, which fill in the defaults; write spans through :class:`SpanWriter`, and
read them through :func:`group_spans` (or :meth:`SpanWriter.spans`): iterating a ``SpanGroup``
makes every ``Span`` anew (and looks up three tokens for each), so the ``Span`` objects of the
group are made once per doc and kept while the group stays as they saw it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span

from paperkg.ingest.records import Entity, Origin, Role, fold

__all__ = [
    "FIELD_SEPARATOR",
    "SPANS_KEY",
    "SPAN_DEFAULTS",
    "Field",
    "SpanWriter",
    "doc_entities",
    "doc_fields",
    "doc_sentence_bounds",
    "doc_sentences",
    "doc_text",
    "doc_value",
    "field_at",
    "fold",
    "group_spans",
    "joined_fields",
    "known_names",
    "release_spans",
    "sentence_bounds",
    "sentence_starts",
    "sentence_at",
    "set_doc_value",
    "span_value_key",
]

SPANS_KEY = "paperkg"
#: Between the title and the abstract in a paper's ``Doc``: a whitespace token no phrase crosses.
FIELD_SEPARATOR = "\n\n"

for _name, _default in (("role", Role.MENTIONS.value), ("origin", Origin.VOCABULARY.value),
                        ("confidence", 1.0), ("extractor", "paperkg_vocab")):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)
for _name in ("text", "fields", "known", "entities", "sentences", "words", "taken", "title_openings",
              "steered"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
_TEXT, _FIELDS, _KNOWN, _ENTITIES, _SENTENCES, _TAKEN = (
    ("._.", name, None, None) for name in ("text", "fields", "known", "entities", "sentences", "taken"))


class Field(NamedTuple):
    """A field of a paper inside its ``Doc``: ``doc.text[start:end]`` is the field's text."""

    name: str
    start: int
    end: int


def joined_fields(parts: list[tuple[str, str]]) -> tuple[str, tuple[Field, ...]]:
    """One text for ``(name, text)`` parts (empty ones left out), and where each part lies.

    >>> joined_fields([("title", "FooLM"), ("abstract", ""), ("abstract", "We present FooLM.")])
    ... # doctest: +NORMALIZE_WHITESPACE
    ('FooLM\\n\\nWe present FooLM.',
     (Field(name='title', start=0, end=5), Field(name='abstract', start=7, end=24)))
    """
    pieces, fields, position = [], [], 0
    for name, text in parts:
        if not text:
            continue
        if pieces:
            pieces.append(FIELD_SEPARATOR)
            position += len(FIELD_SEPARATOR)
        pieces.append(text)
        fields.append(Field(name, position, position + len(text)))
        position += len(text)
    return "".join(pieces), tuple(fields)


def doc_value(doc: Doc, name: str) -> object:
    """``doc._.<name>`` (None when unset), read without making an ``Underscore``.

    >>> from spacy.lang.en import English
    >>> doc = English().make_doc("FooLM")
    >>> doc._.known = {"FooLM": None}
    >>> doc_value(doc, "known") == doc._.known, doc_value(doc, "entities")
    (True, None)
    """
    return doc.user_data.get(("._.", name, None, None))


#: The span extensions' defaults: what a span with no value set for one has.
SPAN_DEFAULTS = {"role": Role.MENTIONS.value, "origin": Origin.VOCABULARY.value, "confidence": 1.0,
                  "extractor": "paperkg_vocab"}


def span_value_key(name: str, start: int, end: int) -> tuple[str, str, int, int]:
    """The ``doc.user_data`` key of ``span._.<name>`` for the span at characters ``start:end``: the entry
    spaCy's ``Underscore`` reads and writes, for code that reads or writes many spans' values without one.

    >>> span_value_key("role", 0, 5)
    ('._.', 'role', 0, 5)
    """
    return ("._.", name, start, end)


def span_value(span: Span, name: str, start: int | None = None, end: int | None = None) -> object:
    """``span._.<name>`` (``role``, ``origin``, ``confidence`` or ``extractor``), read without making
    an ``Underscore`` (pass the span's ``start_char``/``end_char`` when you have them)."""
    key = span_value_key(name, span.start_char if start is None else start,
                         span.end_char if end is None else end)
    return span.doc.user_data.get(key, SPAN_DEFAULTS[name])


def set_span_values(span: Span, **values: object) -> None:
    """``span._.<name> = value`` for each of ``values``, without making an ``Underscore``."""
    data, start, end = span.doc.user_data, span.start_char, span.end_char
    for name, value in values.items():
        data[span_value_key(name, start, end)] = value


def set_doc_value(doc: Doc, name: str, value: object) -> None:
    """``doc._.<name> = value``, without making an ``Underscore``."""
    doc.user_data[("._.", name, None, None)] = value


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (``doc._.text``)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def doc_fields(doc: Doc) -> tuple[Field, ...]:
    """The fields of ``doc`` (default: the whole text is one ``"abstract"`` field)."""
    fields = doc.user_data.get(_FIELDS)
    if fields is None:
        fields = doc.user_data[_FIELDS] = (Field("abstract", 0, len(doc_text(doc))),)
    return fields


def field_at(doc: Doc, char: int) -> Field:
    """The field holding character offset ``char``."""
    fields = doc_fields(doc)
    for field in fields:
        if char < field.end:
            return field
    return fields[-1]


def known_names(doc: Doc) -> dict[str, Entity]:
    """``doc._.known``: surface -> entity of the names found so far (created empty when unset)."""
    known = doc.user_data.get(_KNOWN)
    if known is None:
        known = doc.user_data[_KNOWN] = {}
    return known


def doc_entities(doc: Doc) -> dict[str, Entity]:
    """``doc._.entities``: id -> entity of the discovered entities (created empty when unset)."""
    entities = doc.user_data.get(_ENTITIES)
    if entities is None:
        entities = doc.user_data[_ENTITIES] = {}
    return entities


def doc_sentences(doc: Doc) -> list[int]:
    """``doc._.sentences``: where sentences start (each field starts one), computed once."""
    starts = doc.user_data.get(_SENTENCES)
    if starts is None:
        text = doc_text(doc)
        starts = []
        for field in doc_fields(doc):
            starts.extend(field.start + s for s in sentence_starts(text[field.start:field.end]))
        doc.user_data[_SENTENCES] = starts
    return starts


#: ``doc.user_hooks`` entry of :func:`doc_sentence_bounds` (a cache, never serialised)
_SENTENCE_BOUNDS = "paperkg_sentence_bounds"


def doc_sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The character bounds of each sentence of ``doc`` (one per :func:`doc_sentences` start, its
    trailing whitespace cut), made once per doc: what :func:`sentence_bounds` gives for a name in it.

    >>> from spacy.lang.en import English
    >>> doc_sentence_bounds(English().make_doc("We use LoRA.  It helps."))
    [(0, 12), (14, 23)]
    """
    bounds = doc.user_hooks.get(_SENTENCE_BOUNDS)
    if bounds is None:
        text, starts = doc_text(doc), doc_sentences(doc)
        bounds = []
        for i, left in enumerate(starts):
            right = starts[i + 1] if i + 1 < len(starts) else len(text)
            while right > left and text[right - 1].isspace():
                right -= 1
            bounds.append((left, right))
        doc.user_hooks[_SENTENCE_BOUNDS] = bounds
    return bounds


def sentence_at(text: str, start: int, end: int, starts: list[int],
                bounds: list[tuple[int, int]]) -> tuple[int, int]:
    """:func:`sentence_bounds` of ``text[start:end]`` from the sentence ``starts`` and their ``bounds``
    (:func:`doc_sentences`, :func:`doc_sentence_bounds`): one bisection, no scan."""
    i = bisect.bisect_right(starts, start) - 1
    return bounds[i] if i >= 0 else sentence_bounds(text, start, end, starts)


#: ``doc.user_hooks`` entry of the made spans: span key -> (the group they were read from, the spans).
#: (``user_hooks``, not ``user_data``: it is never serialised, and ``Doc.copy`` makes new groups.)
_SPAN_LISTS = "paperkg_span_lists"


def _made_spans(doc: Doc, key: str) -> list[Span] | None:
    """The kept ``Span`` objects of ``doc.spans[key]``, made once (None when there is no such group)."""
    group = doc.spans.data.get(key)  # (SpanGroups is a UserDict: its dict, without two Python-level calls)
    if group is None:
        return None
    lists = doc.user_hooks.get(_SPAN_LISTS)
    if lists is None:
        lists = doc.user_hooks[_SPAN_LISTS] = {}
    kept = lists.get(key)
    if kept is not None and kept[0] is group and len(kept[1]) == len(group):
        return kept[1]
    spans = list(group)
    lists[key] = (group, spans)  # the group is held, so no other group can take its id
    return spans


def group_spans(doc: Doc, key: str = SPANS_KEY) -> list[Span]:
    """``list(doc.spans[key])`` (empty when the doc has no such group), from ``Span`` objects
    made once per doc for as long as the group stays as it was (appended to through
    :class:`SpanWriter`); a new list each call.

    >>> from spacy.lang.en import English
    >>> doc = English().make_doc("We tune Llama 2 on MMLU.")
    >>> doc.spans["paperkg"] = [doc[2:4]]
    >>> [sp.text for sp in group_spans(doc)], group_spans(doc, "other")
    (['Llama 2'], [])
    """
    spans = _made_spans(doc, key)
    return [] if spans is None else list(spans)


def release_spans(doc: Doc) -> None:
    """Let go of the ``Span`` objects :func:`group_spans` kept for ``doc`` (they refer back to the
    doc: dropping them when its spans have been read lets the doc go without waiting for the
    cyclic collector)."""
    doc.user_hooks.pop(_SPAN_LISTS, None)


class SpanWriter:
    """One component's view of a doc's span group: what is taken, adding and dropping spans."""

    def __init__(self, doc: Doc, key: str, extractor: str) -> None:
        self.doc = doc
        self.key = key
        self.extractor = extractor
        group = doc.spans.data.get(key)
        self.group = group if group is not None else doc.spans.setdefault(key, [])
        cached = doc.user_data.get(_TAKEN)
        if cached is not None and cached[0] == key and cached[1] == len(self.group):
            self.taken = cached[2]  # no span came or went since the last writer
        else:
            self._mark()

    def _mark(self) -> None:
        self.taken = bytearray(len(self.doc))
        for span in _made_spans(self.doc, self.key) or ():
            self.taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        self.doc.user_data[_TAKEN] = (self.key, len(self.group), self.taken)

    def free(self, start: int, end: int) -> bool:
        """Whether no span covers any token of ``[start, end)``."""
        return not any(self.taken[start:end])

    def spans(self) -> Iterator[Span]:
        """The spans in the group now (spans added while iterating are not among them)."""
        return iter(group_spans(self.doc, self.key))

    def add(self, start: int, end: int, entity: Entity, *, confidence: float, role: Role = Role.MENTIONS,
            origin: Origin | None = None, extractor: str | None = None) -> Span:
        """Add a span for ``entity`` (a discovered one is recorded in ``doc._.entities``)."""
        # str(): the StrEnum's value
        span = Span(self.doc, start, end, label=str(entity.kind), span_id=entity.id)
        origin = origin or entity.origin
        data, start_char, end_char = self.doc.user_data, span.start_char, span.end_char
        value_key = span_value_key
        data[value_key("role", start_char, end_char)] = str(role)  # set_span_values, without its keywords
        data[value_key("origin", start_char, end_char)] = str(origin)
        data[value_key("confidence", start_char, end_char)] = confidence
        data[value_key("extractor", start_char, end_char)] = extractor or self.extractor
        made = _made_spans(self.doc, self.key)  # (before the append: made from the group as it was)
        self.group.append(span)
        if made is not None:
            made.append(span)  # the group's copy of it is this span's twin
        if origin is Origin.DISCOVERED:
            doc_entities(self.doc)[entity.id] = entity
        self.taken[start:end] = b"\x01" * (end - start)
        self.doc.user_data[_TAKEN] = (self.key, len(self.group), self.taken)
        return span

    def drop(self, which: Callable[[Span], bool]) -> None:
        """Remove the spans for which ``which`` is true."""
        keep = [span for span in group_spans(self.doc, self.key) if not which(span)]
        self.doc.spans[self.key] = keep
        self.group = self.doc.spans[self.key]
        self.doc.user_hooks.setdefault(_SPAN_LISTS, {})[self.key] = (self.group, keep)
        self._mark()


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start in ``text`` (a light rule: end mark, space, capital or digit)."""
    return [0, *(m.end() for m in _SENT_END_BEFORE.finditer(text))]


def sentence_bounds(text: str, start: int, end: int, starts: list[int] | None = None) -> tuple[int, int]:
    """Character bounds of the sentence holding ``text[start:end]`` (a light rule, no model).

    >>> text = "We use LoRA. It helps. On MMLU, e.g. 5-shot, we win."
    >>> s, e = sentence_bounds(text, 26, 30); text[s:e]
    'On MMLU, e.g. 5-shot, we win.'
    """
    starts = starts if starts is not None else sentence_starts(text)
    i = bisect.bisect_right(starts, start) - 1
    left = starts[max(i, 0)]
    right = starts[i + 1] if i + 1 < len(starts) else len(text)
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


_SENT_END_BEFORE = re.compile(
    r"[.!?](?<!e\.g\.)(?<!i\.e\.)(?<!et al\.)(?<!vs\.)(?<!\bal\.)\s+(?=[A-Z0-9(\"'])")
