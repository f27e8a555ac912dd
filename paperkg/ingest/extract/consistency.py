"""One name, one entity, one kind across a build: :class:`BuildNames` and :class:`Settlement`.

Extraction is a pure function of one paper, so what one paper learns about a name it
introduces (its kind, its spelling) cannot reach the others while they are extracted. Two
linear passes over a build's extractions settle it, in any order and at any scale:

1. ``names = BuildNames()``; ``names.add(extraction)`` for each one: counts, per name key
   (a discovered entity's label folded for case and punctuation, so "KGym" ~ "kGym" and "CoLA" ~
   "CoLa"), the kinds, spellings and families the papers give it and who introduces it.
   Tallies made in separate workers merge with ``names.update(other)``.
2. ``settlement = names.settle()``; ``settlement.apply(extraction)`` for each one again: every
   discovered entity gets its build-wide id, label, kind and family, and a distinctive name
   introduced by a paper (above ``min_confidence``) is linked wherever another paper writes it
   (one ``PhraseMatcher`` over the introduced names; the texts are tokenized once more).

The result depends on the set of extractions only: every choice is a count with a fixed tie
order, never "the first one seen". Memory is one small tally per distinct discovered name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from paperkg.ingest.extract.names import NameRules
from paperkg.ingest.extract.roles import RoleTagger
from paperkg.ingest.extract.spans import fold, sentence_bounds, sentence_starts
from paperkg.ingest.records import ROLE_ORDER, Entity, Extraction, Kind, Mention, Origin, Role, slugify
from paperkg.ingest.text import flatten_newlines

__all__ = ["DEFAULT_INTRODUCED_BY", "DEFAULT_LINK_CONFIDENCE", "BuildNames", "Settlement", "name_key", "settle_build"]

#: A name introduced at or above this confidence is linked in every paper that writes it.
DEFAULT_LINK_CONFIDENCE = 0.85
#: The components whose ``introduces`` makes a name one to link across the build.
DEFAULT_INTRODUCED_BY = ("paperkg_title", "paperkg_intro", "paperkg_heads")
#: Extractor name of the mentions the build-wide linking adds.
EXTRACTOR = "paperkg_build"
_KIND_RANK = {kind: rank for rank, kind in enumerate((Kind.MODEL, Kind.DATASET, Kind.TECHNIQUE, Kind.LANGUAGE))}
_SURFACES_KEPT = 32
_ALNUM = re.compile(r"[^\W_]+")
_RULES = NameRules()


def name_key(label: str) -> str:
    """The build-wide key of a discovered name: case and punctuation folded.

    >>> name_key("KGym") == name_key("kGym"), name_key("CoLA") == name_key("Co-La")
    (True, True)
    """
    return fold(label) or label


@dataclass
class _Tally:
    """What the papers of a build say about one discovered name."""

    kinds: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    broader: Counter = field(default_factory=Counter)
    surfaces: set = field(default_factory=set)
    introducers: int = 0
    introduced_confidence: float = 0.0
    confidence: float = 0.0

    def update(self, other: _Tally) -> None:
        self.kinds.update(other.kinds)
        self.labels.update(other.labels)
        self.broader.update(other.broader)
        self._surfaces(other.surfaces)
        self.introducers += other.introducers
        self.introduced_confidence = max(self.introduced_confidence, other.introduced_confidence)
        self.confidence = max(self.confidence, other.confidence)

    def _surfaces(self, surfaces: Iterable[str]) -> None:
        self.surfaces.update(surfaces)
        while len(self.surfaces) > _SURFACES_KEPT:  # keep the smallest: the same set in any order
            self.surfaces.discard(max(self.surfaces))


class BuildNames:
    """Pass one: tally, per name key, what every extraction says about its discovered names.

    >>> from paperkg.ingest.records import Paper
    >>> names = BuildNames()
    >>> for label, kind in (("FloPE", Kind.TECHNIQUE), ("FloPE", Kind.MODEL), ("FLoPE", Kind.TECHNIQUE)):
    ...     entity = Entity(id=f"{kind.value}/flope", label=label, kind=kind, origin=Origin.DISCOVERED)
    ...     mention = Mention(paper_id="p", entity_id=entity.id, kind=kind, surface=label, field="abstract",
    ...                       start=0, end=5, origin=Origin.DISCOVERED)
    ...     names.add(Extraction(Paper(id="p", title=""), (mention,), (entity,)))
    >>> names.settle().entity("model/flope").id
    'technique/flope'
    """

    def __init__(self, *, min_confidence: float = DEFAULT_LINK_CONFIDENCE,
                 introduced_by: Iterable[str] = DEFAULT_INTRODUCED_BY) -> None:
        self.min_confidence = min_confidence
        self.introduced_by = frozenset(introduced_by)
        self.tallies: dict[str, _Tally] = {}
        #: key -> ids of vocabulary entities whose label folds to it
        self.vocabulary: dict[str, set[str]] = {}
        self._vocabulary_entities: dict[str, Entity] = {}
        #: old discovered id -> keys it was seen under (one, unless two labels share a slug)
        self.id_keys: dict[str, set[str]] = {}

    def __len__(self) -> int:
        return len(self.tallies)

    def add(self, extraction: Extraction) -> None:
        """Count one paper's discovered entities (one vote per paper and entity)."""
        roles: dict[str, tuple[int, float]] = {}
        surfaces: dict[str, set[str]] = {}
        for mention in extraction.mentions:
            rank = ROLE_ORDER.index(mention.role)
            if rank == 0 and mention.extractor not in self.introduced_by:
                rank = 1  # introduced by a weaker rule: a vote, but no build-wide link
            best = roles.get(mention.entity_id)
            if best is None or rank < best[0] or rank == best[0] and mention.confidence > best[1]:
                roles[mention.entity_id] = (rank, mention.confidence)
            surfaces.setdefault(mention.entity_id, set()).add(mention.surface)
        for entity in extraction.entities:
            if entity.origin is Origin.VOCABULARY:
                if entity.id not in self._vocabulary_entities:
                    self._vocabulary_entities[entity.id] = entity
                    self.vocabulary.setdefault(name_key(entity.label), set()).add(entity.id)
                continue
            key = name_key(entity.label)
            tally = self.tallies.get(key)
            if tally is None:
                tally = self.tallies[key] = _Tally()
            self.id_keys.setdefault(entity.id, set()).add(key)
            rank, confidence = roles.get(entity.id, (ROLE_ORDER.index(Role.MENTIONS), entity.confidence))
            introduces = rank == 0
            weight = 3 if introduces else 1  # the paper that introduces a name knows best what it is
            tally.kinds[entity.kind] += weight
            tally.labels[entity.label] += weight
            if entity.broader:
                tally.broader[entity.broader] += weight
            tally._surfaces(surfaces.get(entity.id, set()) | {entity.label})
            tally.confidence = max(tally.confidence, entity.confidence)
            if introduces:
                tally.introducers += 1
                tally.introduced_confidence = max(tally.introduced_confidence, confidence)

    def update(self, other: BuildNames) -> None:
        """Merge the tallies of another pass (e.g. from another worker) into this one."""
        for key, tally in other.tallies.items():
            self.tallies.setdefault(key, _Tally()).update(tally)
        for eid, entity in other._vocabulary_entities.items():
            if eid not in self._vocabulary_entities:
                self._vocabulary_entities[eid] = entity
                self.vocabulary.setdefault(name_key(entity.label), set()).add(eid)
        for eid, keys in other.id_keys.items():
            self.id_keys.setdefault(eid, set()).update(keys)

    def settle(self, *, max_introducers: int = 3) -> Settlement:
        """The build-wide entity of every discovered name (see the module docstring).

        ``max_introducers``: a name more papers than this claim to introduce is ambiguous (many
        methods are called "RAD") and is not linked across the build.
        """
        canonical: dict[str, Entity] = {}
        for key, tally in self.tallies.items():
            kind = min(tally.kinds, key=lambda k: (-tally.kinds[k], _KIND_RANK[k]))
            same = sorted(eid for eid in self.vocabulary.get(key, ()) if self._vocabulary_entities[eid].kind is kind)
            if same:  # the vocabulary knows the name (spelt otherwise): its entity
                canonical[key] = self._vocabulary_entities[same[0]]
                continue
            label = min(tally.labels, key=lambda text: (-tally.labels[text], *_label_order(text)))
            aliases = tuple(sorted(s for s in tally.surfaces if s != label))
            canonical[key] = Entity(id=f"{kind.value}/{slugify(label)}", label=label, kind=kind, aliases=aliases,
                                    origin=Origin.DISCOVERED, confidence=round(tally.confidence, 3))
        ids = {}
        for eid, keys in self.id_keys.items():
            ids[eid] = canonical[min(keys)].id
        for key, tally in self.tallies.items():  # families, through the same renaming
            entity = canonical[key]
            if entity.origin is Origin.DISCOVERED and tally.broader:
                votes = Counter()
                for broader, count in tally.broader.items():
                    votes[ids.get(broader, broader)] += count
                votes.pop(entity.id, None)
                if votes:
                    canonical[key] = replace(entity, broader=min(votes, key=lambda b: (-votes[b], b)))
        linked = {key: tally.surfaces | {canonical[key].label} for key, tally in self.tallies.items()
                  if canonical[key].origin is Origin.DISCOVERED and 1 <= tally.introducers <= max_introducers
                  and tally.introduced_confidence >= self.min_confidence and _distinctive(canonical[key].label)}
        return Settlement(canonical, ids, linked)


class Settlement:
    """Pass two: the build-wide entity of each discovered name, applied to one extraction at a time."""

    def __init__(self, canonical: dict[str, Entity], ids: dict[str, str], linked: dict[str, set[str]]) -> None:
        self.by_id = {entity.id: entity for entity in canonical.values()}
        self.ids = ids
        self.linked = {canonical[key].id: sorted(surfaces) for key, surfaces in linked.items()}
        self._matcher: tuple[Language, PhraseMatcher] | None = None
        # each spelling by its longest run of letters and digits, with all its runs
        self._by_run: dict[str, list[frozenset[str]]] = {}
        for surfaces in self.linked.values():
            for surface in surfaces:
                runs = frozenset(_ALNUM.findall(surface))
                if runs:
                    self._by_run.setdefault(max(runs, key=lambda r: (len(r), r)), []).append(runs)
        self._roles = RoleTagger(None, EXTRACTOR)  # type: ignore[arg-type]  (needs no pipeline)

    def entity(self, entity_id: str) -> Entity | None:
        """The build-wide entity of a discovered entity id (None for an id it does not settle)."""
        new = self.ids.get(entity_id, entity_id)
        return self.by_id.get(new)

    def apply(self, extraction: Extraction, *, link: bool = True) -> Extraction:
        """``extraction`` with its discovered entities settled (and introduced names linked)."""
        mentions = []
        for m in extraction.mentions:
            new = self.ids.get(m.entity_id)
            if new is not None and new != m.entity_id:
                m = replace(m, entity_id=new, kind=self.by_id[new].kind)
            mentions.append(m)
        if link and self.linked:
            mentions.extend(self._links(extraction, mentions))
        mentions.sort(key=lambda m: (m.field != "title", m.start, -m.end))
        entities: dict[str, Entity] = {}
        for entity in extraction.entities:
            settled = self.entity(entity.id) if entity.origin is Origin.DISCOVERED else None
            entities.setdefault((settled or entity).id, settled or entity)
        for m in mentions:
            if m.entity_id not in entities and m.entity_id in self.by_id:
                entities[m.entity_id] = self.by_id[m.entity_id]
        for entity in list(entities.values()):  # families of settled entities come along
            parent = entity.broader
            while parent and parent not in entities and parent in self.by_id:
                entities[parent] = self.by_id[parent]
                parent = entities[parent].broader
        return Extraction(paper=extraction.paper, mentions=tuple(mentions), entities=tuple(entities.values()))

    def _links(self, extraction: Extraction, mentions: list[Mention]) -> Iterator[Mention]:
        """Mentions of introduced names in the paper's fields that no mention covers yet."""
        nlp, matcher = self._phrase_matcher()
        paper = extraction.paper
        for name, raw in (("title", paper.title), ("abstract", paper.abstract)):
            if not raw or not self._may_hold(raw):
                continue  # no introduced name can be here: no need to tokenize
            text = flatten_newlines(raw)
            taken = [(m.start, m.end) for m in mentions if m.field == name]
            doc = nlp.make_doc(text)
            found = sorted(((doc[s:e].start_char, doc[s:e].end_char, nlp.vocab.strings[k]) for k, s, e in matcher(doc)),
                           key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
            starts = None
            for start, end, eid in found:
                if any(a < end and start < b for a, b in taken):
                    continue
                taken.append((start, end))
                entity = self.by_id[eid]
                starts = starts if starts is not None else sentence_starts(text)
                s, e = sentence_bounds(text, start, end, starts)
                role = self._roles.role(text, start, end, entity.kind.value, starts)
                yield Mention(paper_id=paper.id, entity_id=eid, kind=entity.kind, surface=text[start:end],
                              field=name, start=start, end=end, role=role,  # type: ignore[arg-type]
                              origin=Origin.DISCOVERED, confidence=entity.confidence, extractor=EXTRACTOR,
                              sentence_start=s, sentence_end=e)

    def _may_hold(self, text: str) -> bool:
        """Whether every letter-and-digit run of some introduced spelling occurs in ``text``."""
        runs = set(_ALNUM.findall(text))
        return any(needed <= runs for run in runs & self._by_run.keys() for needed in self._by_run[run])

    def _phrase_matcher(self) -> tuple[Language, PhraseMatcher]:
        """One matcher over every introduced name's spellings (built on first use)."""
        if self._matcher is None:
            from paperkg.ingest.extract.pipeline import blank_nlp

            nlp = blank_nlp()
            matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            for eid, surfaces in sorted(self.linked.items()):
                matcher.add(eid, list(nlp.tokenizer.pipe(surfaces)))
            self._matcher = (nlp, matcher)
        return self._matcher


def settle_build(extractions: Iterable[Extraction], *, link: bool = True) -> list[Extraction]:
    """Both passes over extractions held in memory (for small builds and tests).

    Large builds stream: pass one over the extraction records as they are made, pass two over
    them again (re-read or re-made), one at a time.
    """
    extractions = list(extractions)
    names = BuildNames()
    for extraction in extractions:
        names.add(extraction)
    settlement = names.settle()
    return [settlement.apply(extraction, link=link) for extraction in extractions]


def _label_order(label: str) -> tuple[int, str]:
    """Tie order of spellings with equal votes: more capitals first ("KGym" before "kGym"), then text."""
    return -sum(c.isupper() for c in label), label


def _distinctive(label: str) -> bool:
    """A name safe to link wherever it is written: inner capitals or digits ("KGym", "FloPE",
    "Qwen2-VL"), or several words with a capitalised one, not all plain title case ("Real World");
    not a short acronym ("RAD", "TSR"), a plural ("DNNs") or a compound adjective ("Multi-Scale")."""
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 4 or label.isupper() and len(letters) <= 5 or _RULES.generic_name(label):
        return False
    if " " in label:
        return any(word[:1].isupper() for word in label.split()) and not all(
            w[:1].isupper() and w[1:].islower() for w in label.replace("-", " ").split())
    return _RULES.name_word(label)
