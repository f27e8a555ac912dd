"""Entries and the registry that dedupes and merges what the sources offer.

Precedence: whatever is added first keeps a surface. A surface (label, alias or exact form)
belongs to the first entry that claims it; a later entry of the same kind whose label is already
claimed is merged into the earlier one; a later entry of another kind loses the surface (or is
dropped when the surface is its label). Exact-case surfaces that differ in case do not collide.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from vocab_build.names import chunk_key, clean, exact_key, fold, slugify

__all__ = ["KINDS", "Entry", "Registry", "same_chunks"]

KINDS = ("model", "dataset", "technique", "language")


def same_chunks(a: str, b: str) -> bool:
    """Whether the matcher finds ``b`` wherever it finds ``a``: the same word and number chunks
    up to case and separators (``Llama-2`` and ``llama 2``, but not ``BigBird`` and ``Big Bird``).

    >>> same_chunks("Llama-2", "LLaMA 2"), same_chunks("BigBird", "Big-Bird")
    (True, False)
    """
    return chunk_key(a) == chunk_key(b)


@dataclass
class Entry:
    """One vocabulary entity as the build holds it (``to_json`` gives the shipped record)."""

    id: str
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    cue: bool = False
    generic: bool = False
    broader: str | None = None
    language_type: str | None = None
    iso639_3: str | None = None
    wikidata: str | None = None
    hf_id: str | None = None
    origin: set[str] = field(default_factory=set)
    curated: bool = False

    def surfaces(self) -> list[tuple[str, bool]]:
        """(surface, case_sensitive) for every pattern of the entry."""
        out = [(self.label, self.case_sensitive)]
        out += [(a, self.case_sensitive) for a in self.aliases]
        out += [(e, True) for e in self.exact]
        return out

    def to_json(self) -> dict:
        """The shipped record (``generic`` only where true, so other records stay as they were)."""
        record = {
            "id": self.id, "label": self.label, "kind": self.kind,
            "aliases": self.aliases, "exact": self.exact,
            "case_sensitive": self.case_sensitive, "cue": self.cue,
            "broader": self.broader,
            "language_type": self.language_type if self.kind == "language" else None,
            "iso639_3": self.iso639_3, "wikidata": self.wikidata, "hf_id": self.hf_id,
            "origin": "+".join(sorted(self.origin)),
        }
        if self.generic:
            record["generic"] = True
        return record


class Registry:
    """Every entry by id, and an index of the surfaces they claim (folded)."""

    def __init__(self, stop: set[str] | frozenset[str] = frozenset(),
                 guards: dict[tuple[str, str], str] | None = None) -> None:
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, list[tuple[str, str | None]]] = defaultdict(list)  # fold -> (id, exact)
        self.stop = {fold(s) for s in stop}
        self.guards = guards or {}
        self.stats: Counter = Counter()
        self.dropped: dict[str, list[str]] = defaultdict(list)

    # -- index helpers -----------------------------------------------------------------------
    def owners(self, surface: str, case_sensitive: bool) -> list[str]:
        """Ids of entries whose surfaces collide with this one."""
        key, ek = fold(surface), exact_key(surface)
        out = []
        for oid, oexact in self.index.get(key, []):
            if case_sensitive and oexact is not None and oexact != ek:
                continue  # two exact-case surfaces that differ in case do not collide
            out.append(oid)
        return out

    def _claim(self, entry: Entry, surface: str, case_sensitive: bool) -> None:
        self.index[fold(surface)].append((entry.id, exact_key(surface) if case_sensitive else None))

    def guard(self, kind: str, surface: str) -> str | None:
        """The word-like action for ``surface`` as a ``kind`` name: cs, cue, drop or None."""
        key = fold(surface)
        return self.guards.get((kind, key)) or self.guards.get(("*", key))

    def stopped(self, surface: str) -> bool:
        """Whether the stop-list holds ``surface``."""
        return fold(surface) in self.stop

    # -- adding ------------------------------------------------------------------------------
    def new_id(self, kind: str, hint: str) -> str:
        """A fresh id ``kind/slug`` (``-2``, ``-3`` ... when taken)."""
        base = f"{kind}/{slugify(hint)}"
        candidate, n = base, 2
        while candidate in self.entries:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def add_entry(self, entry: Entry) -> Entry:
        """Add a new entry as it is (curated entries); its aliases go through :meth:`add_alias`."""
        if entry.id in self.entries:
            raise ValueError(f"duplicate entry id {entry.id}")
        self.entries[entry.id] = entry
        self._claim(entry, entry.label, entry.case_sensitive)
        aliases, exact = entry.aliases, entry.exact
        entry.aliases, entry.exact = [], []
        for a in aliases:
            self.add_alias(entry, a)
        for e in exact:
            self.add_alias(entry, e, exact=True)
        return entry

    def add_alias(self, entry: Entry, alias: str, *, exact: bool = False,
                  vetted: bool | None = None) -> bool:
        """Add a surface to ``entry`` unless another entry already claims it.

        ``vetted`` (default: the entry is curated) skips the stop-list and word-like guards.
        """
        vetted = entry.curated if vetted is None else vetted
        alias = clean(alias)
        key = fold(alias)
        if not key:
            return False
        existing = entry.surfaces()
        if any(s == alias for s, _ in existing):
            return False
        if not vetted and any(same_chunks(s, alias) for s, _ in existing):
            return False  # a case/separator variant the matcher finds anyway
        cs = exact or entry.case_sensitive
        if not vetted:
            if self.stopped(alias):
                self.stats["alias_stoplisted"] += 1
                return False
            action = self.guard(entry.kind, alias)
            if action == "drop" or (action == "cue" and not entry.cue):
                self.stats["alias_wordlike_dropped"] += 1
                return False
            if action in ("cs", "cue"):
                exact = cs = True
        others = [o for o in self.owners(alias, cs) if o != entry.id]
        if others:
            if vetted and self.entries[others[0]].curated:
                self.stats["curated_collision"] += 1
                self.dropped["curated_collision"].append(f"{alias}: {entry.id} vs {others[0]}")
            else:
                self.stats["alias_collision_dropped"] += 1
            return False
        if exact and not entry.case_sensitive:
            entry.exact.append(alias)
        else:
            entry.aliases.append(alias)
        self._claim(entry, alias, cs)
        return True

    def offer(self, kind: str, label: str, aliases: list[str], origin: str, *,
              id_hint: str | None = None, merge_only: bool = False, **fields) -> Entry | None:
        """Add a source-derived candidate, merging it into an existing entry where possible."""
        label = clean(label)
        if not fold(label):
            return None
        aliases = [clean(a) for a in aliases if a and fold(a)]
        action = self.guard(kind, label)
        label_cs = (action in ("cs", "cue") or len(label) <= 3 or bool(fields.get("case_sensitive"))
                    or bool(re.fullmatch(r"[A-Z]{2,5}", label)))  # acronyms: exact case
        # Merge target: an existing entry claiming the label (or, failing that, an alias) key.
        for surface in [label, *aliases]:
            for oid in self.owners(surface, label_cs if surface == label else False):
                other = self.entries[oid]
                if other.kind != kind:
                    if surface == label:
                        self.stats[f"{origin}:cross_kind_dropped"] += 1
                        self.dropped[f"{origin}:cross_kind"].append(f"{label} -> {oid}")
                        return None
                    continue
                if surface != label and fold(other.label) != fold(surface):
                    continue
                self.merge(other, label, aliases, origin, fields)
                self.stats[f"{origin}:merged"] += 1
                return other
        if merge_only:
            return None
        if self.stopped(label):
            self.stats[f"{origin}:stoplisted"] += 1
            self.dropped[f"{origin}:stoplisted"].append(label)
            return None
        if action == "drop":
            self.stats[f"{origin}:wordlike_dropped"] += 1
            self.dropped[f"{origin}:wordlike"].append(label)
            return None
        entry = Entry(id=self.new_id(kind, id_hint or label), kind=kind, label=label,
                      origin={origin}, **fields)
        if label_cs:
            entry.case_sensitive = True
        if action in ("cs", "cue"):
            entry.cue = entry.cue or action == "cue"
        self.add_entry(entry)
        for a in aliases:
            self.add_alias(entry, a)
        self.stats[f"{origin}:added"] += 1
        return entry

    def merge(self, target: Entry, label: str, aliases: list[str], origin: str,
              fields: dict | None = None) -> None:
        """Merge a record into ``target``: its names become aliases (not of a generic entry), its origin is
        added."""
        fields = fields or {}
        target.origin.add(origin)
        if target.generic:
            # A hidden umbrella takes no names from a source list: a merged record's variants
            # ("PubMed 20k RCT", "VOT2022", "STS13") name specific datasets, not the umbrella.
            self.stats["generic_names_not_merged"] += 1
            return
        for a in [label, *aliases]:
            self.add_alias(target, a, vetted=False)
        for name in ("hf_id", "wikidata", "iso639_3"):
            if fields.get(name) and not getattr(target, name):
                setattr(target, name, fields[name])
        if fields.get("broader") and not target.broader and fields["broader"] != target.id:
            target.broader = fields["broader"]

    def find(self, surface: str, kind: str | None = None) -> Entry | None:
        """The first entry (of ``kind``) that claims ``surface`` in any case."""
        for oid in self.owners(surface, False):
            if kind is None or self.entries[oid].kind == kind:
                return self.entries[oid]
        return None
