"""One name, one entity, one kind across a build: :class:`BuildNames` and :class:`Settlement`.

Extraction is a pure function of one paper, so what one paper learns about a name it
introduces (its kind, its spelling) cannot reach the others while they are extracted. Two
linear passes over a build's extractions settle it, in any order and at any scale:

1. ``names = BuildNames()``; ``names.add(extraction)`` for each one: counts, per name key
   (a discovered entity's label folded for case and punctuation, so "KGym" ~ "kGym" and "CoLA" ~
   "CoLa"), the kinds, spellings and families the papers give it and who introduces it (a paper
   that introduces the name has three votes, another one; a paper whose text says what the name is -- "X, a
   ... framework" -- votes twice for the kind it says).
   Tallies made in separate workers merge with ``names.update(other)``.
2. ``settlement = names.settle()``; ``settlement.apply(extraction)`` for each one again: every
   discovered entity gets its build-wide id, label, kind and family, and a distinctive name
   introduced by a paper (above ``min_confidence``) is linked wherever another paper writes it
   (found by string search where every run of letters and digits of a spelling occurs in the
   text, at word edges; no text is tokenized again).

The result depends on the set of extractions only: every choice is a count with a fixed tie
order, never "the first one seen". Memory is one small tally per distinct discovered name.
Both classes are plain data and pickle, so tallies can be made on workers and merged, and a
settlement sent to workers to apply there.

In a build: pass one as the extractions stream in (keeping them, or their JSON lines, for pass
two), ``settle()`` once after every record is linked, pass two before each extraction goes into
the graph.

>>> from paperkg.ingest.extract import Extractor
>>> from paperkg.ingest.records import Paper
>>> a = Paper(id="a", title="KGym: A Platform for Kernel Crash Resolution",
...           abstract="We introduce kGym, a platform for evaluating LLM agents on kernel crashes.")
>>> b = Paper(id="b", title="", abstract="We evaluate our agent on the KGym platform.")
>>> extractions = list(Extractor.shared().pipe([a, b]))
>>> [m.surface for m in extractions[1].mentions]  # alone, paper b cannot know the name
[]
>>> left, right = BuildNames(), BuildNames()  # e.g. one per worker
>>> left.add(extractions[0]); right.add(extractions[1])
>>> left.update(right)
>>> settlement = left.settle()
>>> [(m.entity_id, m.surface, m.role.value) for m in settlement.apply(extractions[1]).mentions]
[('technique/kgym', 'KGym', 'uses')]
"""

from __future__ import annotations

import pickle
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from paperkg.ingest.extract.kinds import evidence_kind
from paperkg.ingest.extract.names import NameRules
from paperkg.ingest.extract.roles import RoleTagger, is_survey
from paperkg.ingest.extract.spans import fold, sentence_bounds, sentence_starts
from paperkg.ingest.records import ROLE_ORDER, Entity, Extraction, Kind, Mention, Origin, Role, slugify
from paperkg.ingest.text import flatten_markup

__all__ = ["DEFAULT_INTRODUCED_BY", "DEFAULT_LINK_CONFIDENCE", "BuildNames", "Settlement", "name_key",
           "settle_build", "settle_stream"]

#: A name introduced at or above this confidence is linked in every paper that writes it.
DEFAULT_LINK_CONFIDENCE = 0.85
#: The components whose ``introduces`` makes a name one to link across the build.
DEFAULT_INTRODUCED_BY = ("paperkg_title", "paperkg_intro", "paperkg_heads")
#: Extractor name of the mentions the build-wide linking adds.
EXTRACTOR = "paperkg_build"
_KIND_RANK = {kind: rank
              for rank, kind in enumerate((Kind.MODEL, Kind.DATASET, Kind.TECHNIQUE, Kind.LANGUAGE))}
_SURFACES_KEPT = 32
_ALNUM = re.compile(r"[^\W_]+")
_URL_CHARS = "/\\@_#~"
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
    #: the expansions papers define the name with ("PRISM (Prompt ...)"): folded expansion -> (kind,
    #: expansion) votes
    senses: dict = field(default_factory=dict)

    def update(self, other: _Tally) -> None:
        for sense, votes in other.senses.items():
            self.senses.setdefault(sense, Counter()).update(votes)
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
        text: str | None = None  # the abstract, flattened when a discovered name needs it
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
            if text is None:
                text = flatten_markup(extraction.paper.abstract or "")
            # a paper whose text says what the name is ("X, a ... framework") counts twice for its kind: a
            # kind the text says outweighs one a paper gave for want of a word ("CRUISE, a comprehensive
            # reconstruction-and-synthesis framework" against "developed by team CRUISE")
            kind_weight = weight * 2 if evidence_kind(entity.label, text) is entity.kind else weight
            tally.kinds[entity.kind] += kind_weight
            tally.labels[entity.label] += weight
            expansion = _expansion(entity)
            if expansion:
                sense = tally.senses.setdefault(name_key(expansion), Counter())
                sense[(entity.kind, expansion)] += kind_weight
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
            same = sorted(eid for eid in self.vocabulary.get(key, ())
                          if self._vocabulary_entities[eid].kind is kind)
            if same:  # the vocabulary knows the name (spelt otherwise): its entity
                canonical[key] = self._vocabulary_entities[same[0]]
                continue
            label = min(tally.labels, key=lambda text: (-tally.labels[text], *_label_order(text)))
            # kept: they tell senses apart
            expansions = {e for votes in tally.senses.values() for _, e in votes}
            aliases = tuple(sorted(s for s in tally.surfaces | expansions if s != label))
            canonical[key] = Entity(id=f"{kind.value}/{slugify(label)}", label=label, kind=kind,
                                    aliases=aliases, origin=Origin.DISCOVERED,
                                    confidence=round(tally.confidence, 3))
        ids = {}
        for eid, keys in self.id_keys.items():
            if eid not in self._vocabulary_entities:  # a discovered "Arc" slugs to the id of the vocabulary's
                ids[eid] = canonical[min(keys)].id   # ARC dataset: renaming it would carry that dataset away
        for key, tally in self.tallies.items():  # families, through the same renaming
            entity = canonical[key]
            if entity.origin is Origin.DISCOVERED and tally.broader:
                votes = Counter()
                for broader, count in tally.broader.items():
                    votes[ids.get(broader, broader)] += count
                votes.pop(entity.id, None)
                for other in [b for b in votes if not b.startswith(f"{entity.kind.value}/")]:
                    del votes[other]  # a family is of the entity's own kind (kinds settle per build)
                if votes:
                    canonical[key] = replace(entity, broader=min(votes, key=lambda b: (-votes[b], b)))
        senses: dict[tuple[str, str], Entity] = {}
        for key, tally in self.tallies.items():  # one name, unrelated expansions: one entity each
            groups = _sense_groups(tally.senses) if len(tally.senses) >= 2 else []
            if len(groups) >= 2 and canonical[key].origin is Origin.DISCOVERED:
                label = canonical[key].label
                for group in groups:
                    votes = sum((tally.senses[sense] for sense in group), Counter())
                    kind, expansion = min(votes, key=lambda v: (-votes[v], _KIND_RANK[v[0]], v[1]))
                    entity = Entity(id=f"{kind.value}/{slugify(label)}--{slugify(expansion)}", label=label,
                                    kind=kind, aliases=(expansion,), origin=Origin.DISCOVERED,
                                    confidence=canonical[key].confidence)
                    for sense in group:
                        senses[key, sense] = entity
        split = {key for key, _ in senses}
        linked = {}
        for key, tally in self.tallies.items():
            if (canonical[key].origin is Origin.DISCOVERED and key not in split
                    and 1 <= tally.introducers <= max_introducers
                    and tally.introduced_confidence >= self.min_confidence
                and _distinctive(canonical[key].label)):
                spellings = {s for s in tally.surfaces | {canonical[key].label} if _linkable(s)}
                if spellings:
                    linked[key] = spellings
        return Settlement(canonical, ids, linked, senses)


class Settlement:
    """Pass two: the build-wide entity of each discovered name, applied to one extraction at a time."""

    def __init__(self, canonical: dict[str, Entity], ids: dict[str, str], linked: dict[str, set[str]],
                 senses: dict[tuple[str, str], Entity] | None = None) -> None:
        self.by_id = {entity.id: entity for entity in canonical.values()}
        #: (name key, folded expansion) -> the entity of that sense, for names defined in unrelated senses
        self.senses = senses or {}
        self.by_id.update((entity.id, entity) for entity in self.senses.values())
        self.ids = ids
        self.linked = {canonical[key].id: sorted(surfaces) for key, surfaces in linked.items()}
        # each spelling by its longest run of letters and digits: (all its runs, spelling, id)
        self._by_run: dict[str, list[tuple[frozenset[str], str, str]]] = {}
        for eid, surfaces in sorted(self.linked.items()):
            for surface in surfaces:
                runs = frozenset(_ALNUM.findall(surface))
                if runs:
                    self._by_run.setdefault(max(runs, key=lambda r: (len(r), r)),
                                            []).append((runs, surface, eid))
        self._roles = RoleTagger(None, EXTRACTOR)  # type: ignore[arg-type]  (needs no pipeline)

    def entity(self, entity_id: str) -> Entity | None:
        """The build-wide entity of a discovered entity id (None for an id it does not settle)."""
        new = self.ids.get(entity_id, entity_id)
        return self.by_id.get(new)

    def apply(self, extraction: Extraction, *, link: bool = True) -> Extraction:
        """``extraction`` with its discovered entities settled (and introduced names linked).

        A pure function of ``extraction`` and the settlement: every discovered entity and its
        mentions get the build-wide id, label, kind and family; with ``link``, each name
        another paper introduces is linked where this paper writes it and no mention covers it
        (extractor ``paperkg_build``). Mentions keep their offsets; the order is title first,
        then by offset.
        """
        local = self._senses(extraction) if self.senses else {}
        mentions = []
        for m in extraction.mentions:
            new = local.get(m.entity_id) or self.ids.get(m.entity_id)
            if new is not None and new != m.entity_id:
                m = replace(m, entity_id=new, kind=self.by_id[new].kind)
            mentions.append(m)
        if link and self.linked:
            mentions.extend(self._links(extraction, mentions))
        mentions.sort(key=lambda m: (m.field != "title", m.start, -m.end))
        entities: dict[str, Entity] = {}
        for entity in extraction.entities:
            settled = None
            if entity.origin is Origin.DISCOVERED:
                settled = self.by_id[local[entity.id]] if entity.id in local else self.entity(entity.id)
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

    def _senses(self, extraction: Extraction) -> dict[str, str]:
        """Discovered ids of ``extraction`` whose name the build defines in several senses -> the id
        of the sense this paper defines (by its expansion)."""
        out = {}
        for entity in extraction.entities:
            if entity.origin is Origin.DISCOVERED:
                expansion = _expansion(entity)
                sense = self.senses.get((name_key(entity.label), name_key(expansion))) if expansion else None
                if sense is not None:
                    out[entity.id] = sense.id
        return out

    def _links(self, extraction: Extraction, mentions: list[Mention]) -> Iterator[Mention]:
        """Mentions of introduced names in the paper's fields that no mention covers yet."""
        paper = extraction.paper
        survey = is_survey(paper.title or "")
        for name, raw in (("title", paper.title), ("abstract", paper.abstract)):
            if not raw:
                continue
            candidates = self._candidates(raw)
            if not candidates:
                continue  # no introduced name can be here
            text = flatten_markup(raw)
            taken = [(m.start, m.end) for m in mentions if m.field == name]
            found = sorted(_occurrences(text, candidates), key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
            starts = None
            for start, end, eid in found:
                if any(a < end and start < b for a, b in taken):
                    continue
                taken.append((start, end))
                entity = self.by_id[eid]
                starts = starts if starts is not None else sentence_starts(text)
                s, e = sentence_bounds(text, start, end, starts)
                role = self._roles.role(text, start, end, entity.kind.value, starts, survey=survey,
                                        in_title=name == "title")
                yield Mention(paper_id=paper.id, entity_id=eid, kind=entity.kind, surface=text[start:end],
                              field=name, start=start, end=end, role=role,  # type: ignore[arg-type]
                              origin=Origin.DISCOVERED, confidence=entity.confidence, extractor=EXTRACTOR,
                              sentence_start=s, sentence_end=e)

    def _candidates(self, text: str) -> list[tuple[str, str]]:
        """``(spelling, id)`` of the introduced spellings whose every letter-and-digit run occurs in
        ``text``."""
        runs = set(_ALNUM.findall(text))
        return [(surface, eid) for run in runs & self._by_run.keys()
                for needed, surface, eid in self._by_run[run] if needed <= runs]


def _occurrences(text: str, candidates: list[tuple[str, str]]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, id)`` of each place a spelling is written in ``text`` as a whole word: no
    letter or digit right before or after it ("kGym", "kGym's", "kGym-based", not "kGyms"), and
    not inside a URL or path ("github.com/x/kGym").

    >>> list(_occurrences("On kGym, kGyms and kGym-based runs: github.com/a/kGym.",
    ...                   [("kGym", "technique/kgym")]))
    [(3, 7, 'technique/kgym'), (19, 23, 'technique/kgym')]
    """
    for surface, eid in candidates:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if _word_edge(text, start - 1, -1) and _word_edge(text, end, 1) and "/" not in _word_at(
                text, start, end):
                yield start, end, eid
            start = text.find(surface, start + 1)


def _word_at(text: str, start: int, end: int) -> str:
    """The whitespace-separated word holding ``text[start:end]``."""
    right = text.find(" ", end)
    return text[text.rfind(" ", 0, start) + 1:right if right >= 0 else len(text)]


def _word_edge(text: str, i: int, step: int) -> bool:
    """Whether ``text[i]`` (the character just before a match, step -1, or just after, step 1)
    ends a word there: out of the text, or no letter, digit or URL/path character, a hyphen only
    where the tokenizer splits one (before a letter), and no full stop that goes on into a
    domain ("kGym.github.io")."""
    if i < 0 or i >= len(text):
        return True
    c = text[i]
    if c.isalnum() or c in _URL_CHARS:
        return False
    # as the tokenizer splits: before a letter ("kGym-based", "R1-Zero-Like"), not "FastCuRL-1.5B"
    if c == "-":
        return i + 1 < len(text) and text[i + 1].isalpha()
    return not (step == 1 and c == "." and i + 1 < len(text) and text[i + 1].isalnum())


def settle_stream(extractions: Iterable[Extraction], *, link: bool = True) -> Iterator[Extraction]:
    """Both passes over a stream, in flat memory: pass one tallies each extraction as it comes and
    spools it (pickled) to a temporary file; once the stream ends, the tallies are settled and
    the spooled extractions are read back, settled, and yielded in input order.

    Nothing is yielded before the input is exhausted (the settlement needs every paper). The
    spool costs about 2.4 KB of disk per extraction; the tallies one small entry per name.

    >>> from paperkg.ingest.extract import Extractor
    >>> from paperkg.ingest.records import Paper
    >>> papers = [Paper(id="a", title="KGym: A Platform for Kernel Crash Resolution", abstract=""),
    ...           Paper(id="b", title="", abstract="We evaluate our agent on the KGym platform.")]
    >>> [[m.surface for m in e.mentions] for e in settle_stream(Extractor.shared().pipe(papers))]
    [['KGym'], ['KGym']]
    """
    names = BuildNames()
    with tempfile.TemporaryFile(prefix="paperkg-settle-") as spool:
        count = 0
        for extraction in extractions:
            names.add(extraction)
            pickle.dump(extraction, spool, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
        settlement = names.settle()
        spool.seek(0)
        for _ in range(count):
            yield settlement.apply(pickle.load(spool), link=link)


def settle_build(extractions: Iterable[Extraction], *, link: bool = True) -> list[Extraction]:
    """Both passes over extractions held in memory (for small builds and tests).

    Large builds stream instead: :func:`settle_stream`.
    """
    extractions = list(extractions)
    names = BuildNames()
    for extraction in extractions:
        names.add(extraction)
    settlement = names.settle()
    return [settlement.apply(extraction, link=link) for extraction in extractions]


def _sense_groups(senses: dict[str, Counter]) -> list[list[str]]:
    """The expansions of one name grouped by sense: two are one sense when at least half of their
    words (by their first four letters) agree ("Visual Language Action" ~ "Vision-Language Action",
    "Single Domain Generalization" ~ "Single-source Domain Generalization"). Greedy, from the most
    voted expansion: the same groups in any paper order.

    >>> t = Kind.TECHNIQUE
    >>> votes = {name_key(e): Counter({(t, e): n}) for e, n in (("Absolute Pose Regression", 2),
    ...          ("Adaptive Parallel Reasoning", 1), ("absolute pose regressor", 1))}
    >>> _sense_groups(votes)
    [['absoluteposeregression', 'absoluteposeregressor'], ['adaptiveparallelreasoning']]
    """
    groups: list[tuple[frozenset[str], list[str]]] = []
    for sense in sorted(senses, key=lambda s: (-sum(senses[s].values()), s)):
        stems = _stems(senses[sense])
        for group_stems, members in groups:
            if len(stems & group_stems) * 2 >= len(stems | group_stems):
                members.append(sense)
                break
        else:
            groups.append((stems, [sense]))
    return [members for _, members in groups]


def _stems(votes: Counter) -> frozenset[str]:
    """The words of a sense's expansions (``votes`` keys: (kind, expansion)), by their first four letters."""
    return frozenset(word[:4] for _, expansion in votes for word in _ALNUM.findall(expansion.lower()))


def _expansion(entity: Entity) -> str:
    """The long form a paper defines a short name with ("PRISM" with "Prompt Refinement via ...",
    kept as its alias by ``paperkg_abbreviations``): its first alias of several words, if any.

    >>> _expansion(Entity(id="technique/prism", label="PRISM", kind=Kind.TECHNIQUE,
    ...                   aliases=("Prompt Refinement with Iterative Search",)))
    'Prompt Refinement with Iterative Search'
    """
    if " " in entity.label:
        return ""
    return min((a for a in entity.aliases if " " in a.strip()), default="")


def _label_order(label: str) -> tuple[int, str]:
    """Tie order of spellings with equal votes: more capitals first ("KGym" before "kGym"), then text."""
    return -sum(c.isupper() for c in label), label


def _linkable(spelling: str) -> bool:
    """A spelling of an introduced name safe to look for in other papers: itself distinctive
    (:func:`_distinctive`: "Multimodal" and "OOD" are not, though "MultiModal" is), not a phrase
    opening with a lower-case word ("generative AI", "human-AI") and not a hyphenated compound of
    plain words ("End-to-End", "Out-of-Distribution"), which papers write as ordinary words.

    >>> [s for s in ("MultiModal", "Multimodal", "OOD", "generative AI", "End-to-End", "kGym", "Qwen2-VL",
    ...              "Mixture of Spiking Experts") if _linkable(s)]
    ['MultiModal', 'kGym', 'Qwen2-VL', 'Mixture of Spiking Experts']
    """
    if not _distinctive(spelling):
        return False
    runs = _ALNUM.findall(spelling)
    if (" " in spelling or "-" in spelling) and runs and runs[0].islower():
        return False
    plain = all(r.isalpha() and (r.islower() or r[1:].islower() or (r.isupper() and len(r) <= 2))
                for r in runs)
    return not ("-" in spelling and " " not in spelling and plain)


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
