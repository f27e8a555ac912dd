#!/usr/bin/env python3
"""Build paperkg's shipped entity vocabulary from public source lists and hand-curated lists.

Usage::

    python scripts/build_vocab.py --sources ../shared/vocab-sources --out paperkg/ingest/extract/vocab

Reads the source lists described in ``vocab-sources/README.md``, the hand-curated lists in
``scripts/vocab/`` and the ISO 639 data that ``langcodes``/``language_data`` ship, filters,
dedupes and merges aliases, and writes ``models.jsonl``, ``datasets.jsonl``, ``techniques.jsonl``,
``languages.jsonl``, ``SOURCES.md`` and the matcher's token cache ``tokens.json.gz`` to ``--out``.
The same inputs give byte-identical output.

Precedence: curated entries first, then natural languages, then model, dataset and technique
sources. A surface (label, alias or exact form) belongs to the first entry that claims it; a later
entry of the same kind whose label is already claimed is merged into the earlier one; a later
entry of another kind loses the surface (or is dropped when the surface is its label).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CURATED_DIR = HERE / "vocab"
KINDS = ("model", "dataset", "technique", "language")
OUTPUT_FILES = {"model": "models.jsonl", "dataset": "datasets.jsonl",
                "technique": "techniques.jsonl", "language": "languages.jsonl"}

# ---------------------------------------------------------------------------------------------
# Surface normalisation (mirrors what the matcher folds: case, and separators between chunks)
# ---------------------------------------------------------------------------------------------
_TOKEN = re.compile(r"\d+(?:\.\d+)*|[^\W\d_]+|[^\w\s]")
_SEPARATORS = set("-_./:,;()[]{}'\"’‘“”–—`")


def tokens(text: str) -> list[str]:
    """Letter chunks, digit chunks (with inner dots) and symbols; separators dropped."""
    text = unicodedata.normalize("NFKC", text)
    return [t for t in _TOKEN.findall(text) if t not in _SEPARATORS]


def fold(text: str) -> str:
    """Case- and separator-folded key: ``Llama-2`` == ``llama 2`` == ``LLaMA2``."""
    return " ".join(t.casefold() for t in tokens(text))


def exact_key(text: str) -> str:
    """Separator-folded key that keeps case (for case-sensitive surfaces)."""
    return " ".join(tokens(text))


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("++", "-plus-plus").replace("+", "-plus").replace("#", "-sharp")
    text = text.replace("α", "alpha").replace("Σ", "sigma").replace("·", "-").replace("∞", "infinity")
    text = re.sub(r"[^a-z0-9.]+", "-", text.lower())
    text = re.sub(r"-{2,}", "-", text).strip("-.")
    text = re.sub(r"\.{2,}", ".", text)
    return text


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text))).strip()


def _is_single_word(text: str) -> bool:
    return len(tokens(text)) == 1 and bool(re.fullmatch(r"[^\W\d_]+", text))


SIZE_RE = re.compile(
    r"^(?P<family>.+?)[\s\-_]*(?P<size>(?:\d+x)?\d+(?:\.\d+)?[BMKT](?:-A\d+(?:\.\d+)?B)?)$",
    re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Entries and the registry
# ---------------------------------------------------------------------------------------------
@dataclass
class Entry:
    id: str
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    cue: bool = False
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
        return {
            "id": self.id, "label": self.label, "kind": self.kind,
            "aliases": self.aliases, "exact": self.exact,
            "case_sensitive": self.case_sensitive, "cue": self.cue,
            "broader": self.broader,
            "language_type": self.language_type if self.kind == "language" else None,
            "iso639_3": self.iso639_3, "wikidata": self.wikidata, "hf_id": self.hf_id,
            "origin": "+".join(sorted(self.origin)),
        }


class Registry:
    def __init__(self, stop: set[str], guards: dict[tuple[str, str], str]):
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, list[tuple[str, str | None]]] = defaultdict(list)  # fold -> (id, exact)
        self.stop = stop
        self.guards = guards
        self.stats: Counter = Counter()
        self.dropped: dict[str, list[str]] = defaultdict(list)

    # -- index helpers -----------------------------------------------------------------------
    def owners(self, surface: str, case_sensitive: bool) -> list[str]:
        """Ids of other entries whose surfaces collide with this one."""
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
        key = fold(surface)
        return self.guards.get((kind, key)) or self.guards.get(("*", key))

    def stopped(self, surface: str) -> bool:
        return fold(surface) in self.stop

    # -- adding ------------------------------------------------------------------------------
    def new_id(self, kind: str, hint: str) -> str:
        base = f"{kind}/{slugify(hint) or 'x'}"
        candidate, n = base, 2
        while candidate in self.entries:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def add_entry(self, entry: Entry) -> Entry:
        assert entry.id not in self.entries, entry.id
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
        alias = _clean(alias)
        key = fold(alias)
        if not key:
            return False
        existing = entry.surfaces()
        if any(s == alias for s, _ in existing):
            return False
        if not vetted and any(fold(s) == key for s, _ in existing):
            return False  # a trivial case/separator variant the matcher folds anyway
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
        label = _clean(label)
        if not fold(label):
            return None
        aliases = [_clean(a) for a in aliases if a and fold(a)]
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
                self._merge(other, label, aliases, origin, fields)
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

    def _merge(self, target: Entry, label: str, aliases: list[str], origin: str, fields: dict) -> None:
        target.origin.add(origin)
        for a in [label, *aliases]:
            self.add_alias(target, a, vetted=False)
        for name in ("hf_id", "wikidata", "iso639_3"):
            if fields.get(name) and not getattr(target, name):
                setattr(target, name, fields[name])
        if fields.get("broader") and not target.broader and fields["broader"] != target.id:
            target.broader = fields["broader"]

    def find(self, surface: str, kind: str | None = None) -> Entry | None:
        for oid in self.owners(surface, False):
            if kind is None or self.entries[oid].kind == kind:
                return self.entries[oid]
        return None


# ---------------------------------------------------------------------------------------------
# Reading inputs
# ---------------------------------------------------------------------------------------------
def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("  #", 1)[0].rstrip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_overrides(path: Path) -> dict[tuple[str, str], str]:
    """source<TAB>name<TAB>replacement label, or '-' to drop the record."""
    out = {}
    for line in read_lines(path):
        source, name, action = line.split("\t")
        out[(source, name)] = action
    return out


def read_guards(path: Path) -> dict[tuple[str, str], str]:
    """kind<TAB>surface<TAB>action (cs | cue | drop); kind '*' applies to every kind."""
    out = {}
    for line in read_lines(path):
        kind, surface, action = line.split("\t")[:3]
        assert action in ("cs", "cue", "drop"), line
        out[(kind, fold(surface))] = action
    return out


# ---------------------------------------------------------------------------------------------
# Curated lists (with the variant shorthand)
# ---------------------------------------------------------------------------------------------
def _variant_entries(spec: dict) -> list[dict]:
    """Expand ``sizes``/``tunes`` shorthand into sized and tuned variant entries."""
    out = []
    sizes, tunes = spec.get("sizes", []), spec.get("tunes", [])
    sep = spec.get("sep", " ")
    hf = spec.get("hf") if isinstance(spec.get("hf"), dict) else {}
    extra = spec.get("variant_aliases", {})
    family_surfaces = [spec["label"], *spec.get("aliases", []), *spec.get("exact", [])]
    family_surfaces = [s for s in family_surfaces if len(tokens(s)) <= 4]

    def make(suffix: str, parts: list[str], broader: str, orders: list[list[str]]) -> dict:
        vid = f"{spec['id']}-{slugify(suffix)}"
        label = sep.join([spec["label"], *parts])
        aliases = []
        for s in family_surfaces:
            for order in orders:
                aliases.append(" ".join([s, *order]))
        family_keys = {fold(x) for x in family_surfaces}
        if hf.get(suffix) and fold(hf[suffix].split("/", 1)[1]) not in family_keys:
            aliases.append(hf[suffix].split("/", 1)[1])
        aliases += extra.get(suffix, [])
        seen, unique = {fold(label)}, []
        for a in aliases:
            if fold(a) not in seen:
                seen.add(fold(a))
                unique.append(a)
        return {"id": vid, "label": label, "aliases": unique, "broader": broader,
                "hf_id": hf.get(suffix)}

    for tune in tunes if spec.get("family_tunes") else []:
        out.append(make(tune, [tune], spec["id"], [[tune]]))
    for size in sizes:
        sized = make(size, [size], spec["id"], [[size]])
        out.append(sized)
        for tune in tunes:
            out.append(make(f"{size} {tune}", [size, tune], sized["id"], [[size, tune], [tune, size]]))
    return out


_CURATED_FIELDS = {"id", "label", "aliases", "exact", "case_sensitive", "cue", "broader",
                   "language_type", "iso639_3", "wikidata", "hf_id"}


def load_curated(reg: Registry, kind: str, path: Path, linguist: dict) -> list[dict]:
    patches = []
    for spec in read_jsonl(path):
        if "patch_iso639_3" in spec:
            patches.append(spec)
            continue
        assert spec["id"].startswith(kind + "/"), spec["id"]
        specs = [spec, *_variant_entries(spec)]
        for s in specs:
            fields = {k: v for k, v in s.items() if k in _CURATED_FIELDS}
            if isinstance(fields.get("hf_id"), dict):
                fields.pop("hf_id")
            if isinstance(spec.get("hf"), str) and s is spec:
                fields["hf_id"] = spec["hf"]
            origin = {"curated"}
            if s.get("linguist"):
                if s["linguist"] not in linguist:
                    raise SystemExit(f"{path}: {s['id']}: no Linguist language {s['linguist']!r}")
                origin.add("linguist_languages")
            entry = Entry(kind=kind, curated=True, origin=origin, **fields)
            reg.add_entry(entry)
    return patches


# ---------------------------------------------------------------------------------------------
# Natural languages (ISO 639 via language_data's IANA registry and langcodes' CLDR names)
# ---------------------------------------------------------------------------------------------
_QUALIFIER = re.compile(r"\s*\((?:macrolanguage|individual language|\d{3,4}-(?:\d{3,4})?|"
                        r"ca\. [^)]*|to \d+[^)]*)\)")


def load_natural_languages(reg: Registry, patches: list[dict], qids: dict[str, str],
                           source_names: set[str]) -> None:
    """One entry per ISO 639 individual language or macrolanguage.

    ``source_names`` are the folded names in the model/dataset/technique sources: a language
    whose name is also one of those is kept case-sensitive and behind a cue.
    """
    import langcodes
    from language_data.registry_parser import parse_registry

    records = [r for r in parse_registry() if r.get("Type") == "language"
               and "Deprecated" not in r and r.get("Scope") not in ("collection", "special", "private-use")]
    patch_by_iso = {p["patch_iso639_3"]: p for p in patches}
    # How many records carry each (qualifier-stripped) name: shared names go to the macrolanguage
    # (or the first record) only.
    name_count: Counter = Counter()
    rec_names = {}
    for r in records:
        names = []
        for d in r["Description"]:
            base = _QUALIFIER.sub("", d).strip()
            if base not in names:
                names.append(base)
        rec_names[r["Subtag"]] = names
        for n in {fold(x) for x in names}:
            name_count[n] += 1
    ordered = sorted(records, key=lambda r: (r.get("Scope") != "macrolanguage", len(r["Subtag"]), r["Subtag"]))
    by_code: dict[str, Entry] = {}
    seen_iso = set()
    for r in ordered:
        code = r["Subtag"]
        lang = langcodes.Language.get(code, normalize=False)
        iso3 = lang.to_alpha3() if len(code) == 2 else code
        if iso3 in seen_iso:
            reg.stats["language:duplicate_iso"] += 1
            continue
        seen_iso.add(iso3)
        names = rec_names[code]
        cldr = lang.display_name("en")
        if cldr.startswith("Unknown language") or "[" in cldr:
            cldr = None
        label = cldr if cldr and "(" not in cldr else names[0]
        candidates = [label, *(n for n in names if n != label)]
        if cldr and cldr != label:
            candidates.append(cldr)
        patch = patch_by_iso.get(iso3)
        # Resolve the label: if the name is taken by an earlier (more important) entry, fall back
        # to the full IANA description with its qualifier so the language still gets an entry.
        label_ok = [n for n in candidates if "(" not in n and not reg.owners(n, False)]
        guarded = False
        if not label_ok:
            # The name is an exact-case surface of another entry ("PaLI" vs "Pali"): keep the
            # language, but case-sensitive and behind a cue.
            label_ok = [n for n in candidates if "(" not in n and not reg.owners(n, True)
                        and all(reg.entries[o].case_sensitive or any(
                            fold(x) == fold(n) and c for x, c in reg.entries[o].surfaces())
                            for o in reg.owners(n, False))]
            guarded = bool(label_ok)
        if not label_ok:
            full = [d for d in r["Description"] if not reg.owners(d, False)]
            if not full:
                reg.stats["language:name_taken"] += 1
                reg.dropped["language:name_taken"].append(f"{code} {names[0]}")
                continue
            label_ok = [full[0]]
        label = label_ok[0]
        entry = Entry(id=reg.new_id("language", label), kind="language", label=label,
                      language_type="natural", iso639_3=iso3, wikidata=qids.get(code),
                      origin={"langcodes"})
        guard = reg.guard("language", label)
        if guard == "drop":
            reg.stats["language:wordlike_dropped"] += 1
            continue
        if guard in ("cs", "cue"):
            entry.case_sensitive = True
        if (guard == "cue" or len(label) <= 3 or guarded or fold(label) in source_names
                or re.search(r"['’ʼ]", "".join(candidates))):
            entry.case_sensitive = entry.cue = True
        if reg.stopped(label):
            entry.case_sensitive = entry.cue = True
        reg.add_entry(entry)
        for n in candidates[1:]:
            if n == label or "(" in n:
                continue
            if name_count[fold(n)] > 1 and r.get("Scope") != "macrolanguage":
                continue
            if len(n) <= 3 and not entry.case_sensitive:
                continue
            reg.add_alias(entry, n)
        if patch:
            entry.origin.add("curated")
            for a in patch["aliases"]:
                reg.add_alias(entry, a, vetted=True)
        by_code[code] = entry
        reg.stats["language:natural_added"] += 1
    for r in records:
        macro = r.get("Macrolanguage")
        if macro and r["Subtag"] in by_code and macro in by_code:
            by_code[r["Subtag"]].broader = by_code[macro].id
    missing = set(patch_by_iso) - {e.iso639_3 for e in by_code.values()}
    if missing:
        raise SystemExit(f"curated language patches for unknown ISO 639-3 codes: {sorted(missing)}")


# ---------------------------------------------------------------------------------------------
# Model sources
# ---------------------------------------------------------------------------------------------
_HF_SKIP_SUFFIX = ("_vision_model", "_text_model", "_encoder", "_text", "_vision", "_backbone", "_audio")
_HF_WRAPPERS = {"encoder-decoder", "vision-encoder-decoder", "speech-encoder-decoder",
                "vision-text-dual-encoder", "timm_wrapper", "timm_backbone"}
_CLASS_NAME = re.compile(r"(?:For[A-Z]\w+|Model|Encoder|Backbone|Transformer)$")


def load_hf(reg: Registry, path: Path, overrides: dict) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for m in data["models"]:
        mt, name = m["model_type"], m["display_name"]
        action = overrides.get(("hf_transformers_model_types", mt))
        if action == "-":
            reg.stats["hf_transformers_model_types:override_dropped"] += 1
            continue
        if action is None:
            if mt in _HF_WRAPPERS or mt.endswith(_HF_SKIP_SUFFIX):
                reg.stats["hf_transformers_model_types:subentry_dropped"] += 1
                continue
            if _CLASS_NAME.search(name) and " " not in name:
                reg.stats["hf_transformers_model_types:classname_dropped"] += 1
                reg.dropped["hf:classname"].append(name)
                continue
        label = action or name
        alias = mt.replace("_", "-")
        aliases = [alias] if len(alias) > 3 and fold(alias) != fold(label) else []
        reg.offer("model", label, aliases, "hf_transformers_model_types")


_DATE_SUFFIX = re.compile(r"(?:-(?:\d{8}|\d{4}-\d{2}-\d{2}|\d{4}|latest|preview|hf|api[\w-]*|exp[\w-]*))+$")


def load_fastchat(reg: Registry, path: Path, overrides: dict) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for fam in data["families"]:
        action = overrides.get(("fastchat_model_registry", fam["name"]))
        if action != "-":
            reg.offer("model", action or fam["name"], [], "fastchat_model_registry")
        for raw in fam["ids"]:
            mid = raw.split("/", 1)[-1]
            target = reg.find(mid, "model") or reg.find(_DATE_SUFFIX.sub("", mid), "model")
            if target is None:
                reg.stats["fastchat_model_registry:id_unresolved"] += 1
                continue
            target.origin.add("fastchat_model_registry")
            if reg.add_alias(target, mid, vetted=False):
                reg.stats["fastchat_model_registry:id_alias"] += 1


_EPOCH_DESCRIPTIVE = re.compile(r"\+| with | on | via | for | using | of | and |:|/|\bpre-?trained\b|"
                                r"\bmodel\b|\bnetwork\b|\bclassifier\b|\bsystem\b", re.IGNORECASE)
_SIZE_PAREN = re.compile(r"\s*\(((?:\d+x)?\d+(?:\.\d+)?[BMKT])\)", re.IGNORECASE)


def _epoch_name(name: str) -> str | None:
    name = _clean(name).rstrip("*").strip()
    name = _SIZE_PAREN.sub(r" \1", name)
    if "(" in name:
        return None  # dataset- or setting-specific rows ("DDPM-IP (CelebA)", "TCN (P-MNIST)")
    if _EPOCH_DESCRIPTIVE.search(f" {name} ") or len(name.split()) > 4:
        return None
    if not re.search(r"[A-Z].*[A-Z0-9]|\d|[a-z][A-Z]", name):
        return None  # plain lower-case words: descriptions rather than names
    if " " in name and not any(re.search(r"\d|[a-z][A-Z]|^[A-Z]{2,}", w) for w in name.split()):
        return None  # only plain or Title-case words ("Template Adaptation"): a description
    return name


def load_epoch(reg: Registry, path: Path, overrides: dict) -> None:
    for row in sorted(read_jsonl(path), key=lambda r: r["name"]):
        action = overrides.get(("epoch_ai_models", row["name"]))
        if action == "-":
            reg.stats["epoch_ai_models:override_dropped"] += 1
            continue
        existing = reg.find(row["name"], "model")
        if existing and not action:
            reg._merge(existing, row["name"], [], "epoch_ai_models", {})
            reg.stats["epoch_ai_models:merged"] += 1
            continue
        name = action or _epoch_name(row["name"])
        if name is None:
            reg.stats["epoch_ai_models:descriptive_dropped"] += 1
            reg.dropped["epoch:descriptive"].append(row["name"])
            continue
        existing = reg.find(name, "model")
        if existing:
            reg._merge(existing, name, [], "epoch_ai_models", {})
            reg.stats["epoch_ai_models:merged"] += 1
            continue
        broader = None
        m = SIZE_RE.match(name)
        if m and len(tokens(m.group("family"))) >= 1:
            family = m.group("family").rstrip(" -_")
            fam_entry = reg.find(family, "model")
            if fam_entry is None and _epoch_name(family) and len(family) > 2:
                fam_entry = reg.offer("model", family, [], "epoch_ai_models")
            if fam_entry is not None:
                broader = fam_entry.id
        reg.offer("model", name, [], "epoch_ai_models", broader=broader)


# ---------------------------------------------------------------------------------------------
# Papers with Code methods (techniques, and model-like collections that go to models)
# ---------------------------------------------------------------------------------------------
MODEL_COLLECTIONS = {
    "Language Models", "Image Models", "Convolutional Neural Networks", "Transformers",
    "Autoencoding Transformers", "Autoregressive Transformers", "Vision Transformers",
    "Vision and Language Pre-Trained Models", "Object Detection Models",
    "One-Stage Object Detection Models", "Semantic Segmentation Models",
    "Instance Segmentation Models", "Image Segmentation Models", "3D Object Detection Models",
    "Text-to-Speech Models", "Generative Audio Models", "Light-weight neural networks",
    "Generative Video Models", "Multi-Object Tracking Models", "Image Generation Models",
}


def _pwc_method_names(row: dict) -> tuple[str, list[str]]:
    name, full = _clean(row["name"]), _clean(row.get("full_name") or "")
    if not full or fold(full) == fold(name) or len(full.split()) > 8:
        return name, []
    if len(tokens(name)) == 1 and name.isupper() and len(name) <= 5:
        return full, [name]  # acronym: label the full name, keep the acronym as an alias
    return name, [full]


def load_pwc_methods(reg: Registry, path: Path, overrides: dict, tasks: set[str]) -> None:
    rows = sorted(read_jsonl(path), key=lambda r: r["slug"])
    for row in rows:
        action = overrides.get(("pwc_methods", row["slug"]))
        if action == "-":
            reg.stats["pwc_methods:override_dropped"] += 1
            continue
        label, aliases = _pwc_method_names(row)
        if action and action in KINDS:
            kind = action
        else:
            kind = "model" if MODEL_COLLECTIONS & set(row["collections"]) else "technique"
            if action:
                label = action
        surfaces = [label, *aliases]
        # Two-character acronyms are too ambiguous to match on their own.
        aliases = [a for a in aliases if len(a) > 2]
        if len(label) <= 2:
            reg.stats["pwc_methods:short_dropped"] += 1
            continue
        if not any(reg.find(s) for s in surfaces) and any(fold(s) in tasks for s in surfaces):
            reg.stats["pwc_methods:task_dropped"] += 1
            reg.dropped["pwc_methods:task"].append(label)
            continue
        reg.offer(kind, label, aliases, "pwc_methods", id_hint=row["slug"])


# ---------------------------------------------------------------------------------------------
# Dataset sources
# ---------------------------------------------------------------------------------------------
_TO_PAIR = re.compile(r"\bto\b|→|->|\u2192", re.IGNORECASE)


_FUNCTION_WORD = {"and", "or", "is", "of", "in", "on", "with", "to", "from", "by", "for", "a", "an"}


def _dataset_name_ok(reg: Registry, name: str, origin: str, tasks: set[str] = frozenset()) -> bool:
    """Filter PwC dataset names: too short, sentence-like, task names, junk."""
    toks = tokens(name)
    if (len(name) <= 2 or len(name.split()) >= 7 or "?" in name or "http" in name
            or (toks and toks[0].casefold() in _FUNCTION_WORD)
            or (fold(name) in tasks and not reg.find(name, "dataset"))
            or fold(name).split()[-1:] in (["dataset"], ["benchmark"]) and len(toks) <= 2
            and toks[0].casefold() in {"the", "and", "this", "our", "new"}):
        reg.stats[f"{origin}:filtered"] += 1
        return False
    if not re.search(r"[A-Za-z]", name):
        reg.stats[f"{origin}:filtered"] += 1
        return False
    return True


def load_pwc_datasets(reg: Registry, path: Path, overrides: dict, tasks: set[str]) -> None:
    rows = sorted(read_jsonl(path), key=lambda r: r["name"])
    all_keys = {fold(r["name"]) for r in rows if len(r["name"]) > 3}
    for row in rows:
        name = _clean(row["name"])
        action = overrides.get(("pwc_datasets", name))
        if action == "-" or not _dataset_name_ok(reg, name, "pwc_datasets", tasks):
            continue
        label = action or name
        own = fold(label)
        variants = []
        for v in row.get("variants", []):
            v = _clean(v)
            vk = fold(v)
            if len(v) <= 3 or _TO_PAIR.search(v) or len(v.split()) >= 7:
                continue
            # drop variants that name another dataset ("SVNH-to-MNIST", "CelebA + AFLW")
            if any(k != own and k in all_keys and re.search(rf"(?:^| ){re.escape(k)}(?: |$)", vk)
                   for k in _subkeys(vk)):
                reg.stats["pwc_datasets:variant_other_dataset"] += 1
                continue
            # a variant must share a word with its dataset or look like a name ("Medical domain" no)
            if not set(vk.split()) & set(own.split()) and not re.search(r"\d|[a-z][A-Z]|[A-Z]{2}", v):
                reg.stats["pwc_datasets:variant_unrelated"] += 1
                continue
            variants.append(v)
        reg.offer("dataset", label, variants, "pwc_datasets", id_hint=row.get("slug") or label)


def _subkeys(key: str) -> list[str]:
    parts = key.split()
    return [" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]


def load_pwc_2025(reg: Registry, path: Path, overrides: dict, tasks: set[str]) -> None:
    rows = sorted(read_jsonl(path), key=lambda r: r["name"])
    benchmarks = []
    for row in rows:
        name = _clean(row["name"])
        action = overrides.get(("pwc_dataset_names_2025", name))
        if action == "-":
            continue
        if "dataset" not in row["roles"]:
            benchmarks.append(name)
            continue
        if not _dataset_name_ok(reg, name, "pwc_dataset_names_2025", tasks):
            continue
        reg.offer("dataset", action or name, [], "pwc_dataset_names_2025")
    # Leaderboard names ("COCO test-dev") link to their dataset by the longest token prefix.
    for name in benchmarks:
        toks = tokens(name)
        for n in range(len(toks) - 1, 0, -1):
            target = reg.find(" ".join(toks[:n]), "dataset")
            if target is not None:
                if len(name.split()) < 7 and not _TO_PAIR.search(name):
                    target.origin.add("pwc_dataset_names_2025")
                    if reg.add_alias(target, name, vetted=False):
                        reg.stats["pwc_dataset_names_2025:benchmark_alias"] += 1
                break
        else:
            reg.stats["pwc_dataset_names_2025:benchmark_unlinked"] += 1


_HEADING_NOISE = re.compile(r"\b(?:Benchmark Datasets|Benchmark|Tasks|evaluations|Dataset)\b|"
                            r"\(Validation\)|🇳🇴", re.IGNORECASE)


def load_lm_eval(reg: Registry, path: Path, overrides: dict) -> None:
    for row in sorted(read_jsonl(path), key=lambda r: r["dir"]):
        action = overrides.get(("lm_eval_benchmarks", row["dir"]))
        if action == "-":
            reg.stats["lm_eval_benchmarks:override_dropped"] += 1
            continue
        heading = row.get("readme_heading") or ""
        if action:
            label = action
        elif not heading or heading == "Task-name":
            label = row["dir"]
        else:
            label = _clean(_HEADING_NOISE.sub("", heading.split(":")[0]))
        aliases = [row["dir"], *row.get("families", [])]
        aliases = [a for a in aliases if "_" not in a or len(a) > 4]
        if not label or len(label) <= 2:
            continue
        reg.offer("dataset", label, aliases, "lm_eval_benchmarks", id_hint=label)


# ---------------------------------------------------------------------------------------------
# litellm: recall check only (nothing is shipped from it)
# ---------------------------------------------------------------------------------------------
_LITELLM_PREFIX = re.compile(r"^(?:[a-z0-9_-]+\.)?(?:(?:us|eu|apac|global)\.)?")


def check_litellm(reg: Registry, path: Path) -> None:
    bases = set()
    for row in read_jsonl(path):
        if row.get("mode") != "chat":
            continue
        base = row["base"].split(":")[0]
        if base.startswith("ft"):
            continue
        base = _LITELLM_PREFIX.sub("", base) if "." in base.split("-")[0] else base
        bases.add(_DATE_SUFFIX.sub("", base))
    resolved = sum(1 for b in bases if reg.find(b, "model"))
    reg.stats["litellm_model_ids:chat_bases"] = len(bases)
    reg.stats["litellm_model_ids:bases_resolved"] = resolved


# ---------------------------------------------------------------------------------------------
# Final checks and output
# ---------------------------------------------------------------------------------------------
def finalize(reg: Registry) -> None:
    for e in reg.entries.values():
        if e.broader and e.broader not in reg.entries:
            raise SystemExit(f"{e.id}: broader {e.broader} does not exist")
        if e.broader and reg.entries[e.broader].kind != e.kind:
            raise SystemExit(f"{e.id}: broader {e.broader} is of another kind")
        e.aliases = sorted({a for a in e.aliases if a != e.label}, key=lambda s: (s.casefold(), s))
        e.exact = sorted(set(e.exact))
        if e.kind != "language":
            e.language_type = None


def write_outputs(reg: Registry, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for kind in KINDS:
        rows = sorted((e for e in reg.entries.values() if e.kind == kind), key=lambda e: e.id)
        text = "".join(json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True) + "\n" for e in rows)
        (out / OUTPUT_FILES[kind]).write_text(text, encoding="utf-8")
        counts[kind] = len(rows)
    return counts


SOURCE_INFO = {
    "curated": ("hand-curated lists in this repository, `scripts/vocab/curated_*.jsonl`",
                "-", "same licence as paperkg"),
    "langcodes": ("`langcodes` 3.5 / `language_data` 1.4 (PyPI): IANA language subtag registry "
                  "(ISO 639) and CLDR English names, read at build time", "-",
                  "MIT (langcodes, language_data); registry and CLDR data under their own "
                  "permissive terms; Wikidata QIDs are CC0"),
    "linguist_languages": ("repo `github-linguist/linguist`, `lib/linguist/languages.yml`",
                           "b45dbe9b2825a43285bcd035861be91cc0a7299e", "MIT"),
    "hf_transformers_model_types": ("`transformers` 4.57.6 wheel (PyPI), "
                                    "`models/auto/configuration_auto.py` `MODEL_NAMES_MAPPING`",
                                    "-", "Apache-2.0"),
    "fastchat_model_registry": ("repo `lm-sys/FastChat`, `fastchat/model/model_registry.py`",
                                "0e6d3e4beaab66f4d3f93db72541a4abab8af28d", "Apache-2.0"),
    "epoch_ai_models": ("Epoch AI \"AI models\" export `all_ai_models.csv` as committed in repo "
                        "`simsharmaa/INFSCI1520`", "295b483d98268fbf03775fbad08204d3611931b6",
                        "CC BY 4.0 (attribution: Epoch AI)"),
    "pwc_methods": ("Papers with Code `methods.json` as copied in repo `kuefmz/pow_categories` "
                    "(`data/pwc/methods.json`), plus one record from repo "
                    "`mariaayuso/topic-modeling-on-software` (`methods.json.gz`, commit "
                    "93b8bffee2a87c0ff64bee77be81d51a6af378e7)",
                    "6579970b5891730d653d6ff6b646b79771c14bce", "CC BY-SA 4.0 (Papers with Code)"),
    "pwc_datasets": ("Papers with Code datasets via repo `GaganSD/ttds-cw3-research-team` "
                     "(`core_algorithms/ir_eval/paperwithcode_df.csv`, commit "
                     "a36d080cae6af09cc118db9c997534a173f0ebad) and repo `viswavi/datafinder` "
                     "(`anserini_search_collections/.../documents.jsonl`, commit "
                     "1203e86554dd18bf51a75a2ee66d4081b514c75b)", "see source",
                     "CC BY-SA 4.0 (Papers with Code)"),
    "pwc_dataset_names_2025": ("repo `World-Snapshot/papers-with-code`, "
                               "`results/*/*_tasks_detailed.csv`",
                               "c50b88eb13b179903ecf715bb941fef91bdb5414",
                               "CC BY-SA 4.0 (Papers with Code)"),
    "lm_eval_benchmarks": ("repo `EleutherAI/lm-evaluation-harness`, `lm_eval/tasks/*/README.md` "
                           "and `lm_eval/tasks/README.md`",
                           "4e7e0d47f33bc71070c1d38394bafbb52b117163", "MIT"),
}

FILTERS = {
    "model": [
        "Curated LLM-era families and variants first; the `sizes`/`tunes` shorthand in "
        "`curated_models.jsonl` expands into sized and tuned variants (`Llama 2 13B Chat` -> "
        "`Llama 2 13B` -> `Llama 2` -> `LLaMA`) linked with `broader`.",
        "hf_transformers_model_types: dropped `*_vision_model`, `*_text_model`, `*_encoder`, "
        "`*_text`, `*_vision`, `*_backbone`, `*_audio` sub-entries, the encoder-decoder and timm "
        "wrappers, class names (`...ForCausalLM`, `...Model`); display names renamed or dropped "
        "per `scripts/vocab/source_overrides.tsv`; the de-underscored `model_type` is an alias.",
        "fastchat_model_registry: family names (mis-grouped or generic families dropped per "
        "`source_overrides.tsv`); ids become aliases only when they resolve, after stripping the "
        "organisation prefix and date/`-hf`/`-preview` suffixes, to an existing entry; the rest "
        "are not shipped.",
        "epoch_ai_models: rows merged into existing entries first; then dropped when descriptive "
        "(`+`, `with`, `on`, `via`, `for`, `of`, `model`, `network`, more than four words, only "
        "plain or Title-case words) or setting-specific (a parenthesis other than a size); size "
        "suffixes (`7B`, `8x7B`, `30B-A3B`) are stripped to find or create the family, which "
        "becomes `broader`. `base_model` is not used.",
        "pwc_methods records in model-like collections (Language Models, Image Models, CNNs, "
        "Transformers, Vision Transformers, detection/segmentation/TTS/audio models, ...) become "
        "models (see the techniques list for the rest).",
        "litellm_model_ids: used only as a recall check (how many normalised chat-model ids "
        "resolve to an entry); no id from it is shipped.",
    ],
    "dataset": [
        "Curated LLM benchmarks and corpora first.",
        "lm_eval_benchmarks: README heading cleaned (\"Benchmark\", \"Tasks\", \"evaluations\", "
        "text after a colon removed); template (`Task-name`) and missing headings replaced per "
        "`source_overrides.tsv`; folder name and task families are aliases.",
        "pwc_datasets: names of two characters or fewer, seven words or more, questions, URLs, "
        "names starting with a function word and PwC task names dropped; variants kept as aliases "
        "unless they name another dataset (`X-to-Y` pairs, `A + B`), are three characters or "
        "fewer, or share no word with the dataset and do not look like a name.",
        "pwc_dataset_names_2025: `dataset`-role names with the same filters; benchmark-only "
        "names (`COCO test-dev`) become aliases of the dataset named by their longest token "
        "prefix, or are not shipped.",
    ],
    "technique": [
        "Curated LLM-era techniques first.",
        "pwc_methods: building blocks that appear in nearly every abstract, umbrella terms and "
        "the README's common-word names are stop-listed (`scripts/vocab/stoplist.txt`); names "
        "of two characters or fewer dropped; names equal to a PwC research task dropped unless "
        "curated; acronym names are labelled with their full name and keep the acronym as an "
        "alias; `num_papers` is not used as a threshold.",
    ],
    "language": [
        "Natural languages: every non-deprecated ISO 639 individual language and macrolanguage "
        "in the IANA registry (collections, special and private-use codes excluded); label = "
        "CLDR English name, aliases = IANA descriptions (qualifiers such as \"(macrolanguage)\" "
        "removed; a name shared by several codes goes to the macrolanguage only) plus curated "
        "alternative names (Farsi, Mandarin, Bangla, Kiswahili, ...); individual languages point "
        "to their macrolanguage with `broader`; Wikidata QIDs only for ISO 639-1 languages "
        "(`scripts/vocab/language_wikidata.tsv`).",
        "Programming languages: an allow-list of about 80 names in `curated_languages.jsonl`, "
        "each checked against linguist_languages (SQL and Markdown added by hand).",
    ],
    "all": [
        "Stop-list (`scripts/vocab/stoplist.txt`): generic phrases (LLMs, language models), "
        "umbrella terms (Transformer, attention, fine-tuning, pre-training, prompting, deep "
        "learning, GNN/RNN/CNN), research tasks, building blocks and the common-word names listed "
        "in the vocab-sources README never become a label or alias of a source-derived entry.",
        "Word-like names (`scripts/vocab/wordlike.tsv`): single-word names from the sources whose "
        "lower-case form is a common English word (wordfreq Zipf >= 3.0) or that an arXiv "
        "cs.AI/CL/LG/CV corpus of 104k abstracts writes mostly in lower case or, for language "
        "names, mostly outside language contexts, are matched case-sensitively (`cs`), also "
        "behind a context cue (`cue`), or dropped. Measured with "
        "`scripts/vocab/measure_wordlike.py` and reviewed by hand; nothing from the corpus is "
        "shipped. Names of three characters or fewer and all-caps acronyms of up to five "
        "letters from the sources are case-sensitive.",
        "Dedupe: a surface (case- and separator-folded) belongs to the first entry that claims "
        "it (curated, then natural languages, then models, techniques and datasets from the "
        "sources); a later record of the same kind whose name is already claimed is merged into "
        "that entry (its names become aliases, its file stem is added to `origin`); a later "
        "record of another kind is dropped. Exact-case surfaces that differ in case do not "
        "collide.",
    ],
}


def write_sources_md(reg: Registry, counts: dict[str, int], path: Path) -> None:
    by_kind: dict[str, Counter] = {k: Counter() for k in KINDS}
    for e in reg.entries.values():
        for o in e.origin:
            by_kind[e.kind][o] += 1
    sa = {"pwc_methods", "pwc_datasets", "pwc_dataset_names_2025"}
    lines = [
        "# Sources of the shipped vocabulary",
        "",
        "Generated by `scripts/build_vocab.py` (do not edit by hand). Rebuild with:",
        "",
        "```",
        "python scripts/build_vocab.py --sources ../shared/vocab-sources --out paperkg/ingest/extract/vocab",
        "```",
        "",
        "The same inputs give byte-identical files. Each entry's `origin` names the source file "
        "stems it came from, joined with `+` (`curated` for the hand-curated lists).",
        "",
        "## Licences",
        "",
    ]
    carry = {kind: sorted(o for o in by_kind[kind] if o in sa) for kind in KINDS}
    for kind in KINDS:
        notes = []
        if carry[kind]:
            notes.append(f"CC BY-SA 4.0 (attribution to Papers with Code, share-alike) for the "
                         f"{sum(1 for e in reg.entries.values() if e.kind == kind and e.origin & sa)} "
                         f"entries derived from {', '.join(carry[kind])}")
        if by_kind[kind].get("epoch_ai_models"):
            notes.append(f"CC BY 4.0 (attribution to Epoch AI) for the "
                         f"{by_kind[kind]['epoch_ai_models']} entries derived from epoch_ai_models")
        text = "; ".join(notes) if notes else "no share-alike or attribution-only data"
        lines.append(f"- `{OUTPUT_FILES[kind]}`: {text}.")
    lines += [
        "",
        "Papers with Code data is CC BY-SA 4.0 (\"All data is licenced under CC-BY-SA\", "
        "`paperswithcode/paperswithcode-data` README), so `datasets.jsonl`, `techniques.jsonl` and "
        "`models.jsonl` carry CC BY-SA 4.0 for their Papers with Code-derived entries: attribute "
        "Papers with Code and share those entries alike. Epoch AI offers its data under CC BY 4.0 "
        "with attribution to \"Epoch AI\" (confirm the current terms on Epoch's data page before "
        "a release). `languages.jsonl` carries neither.",
        "",
        "## Sources",
        "",
        "| origin | source | commit | licence |",
        "|---|---|---|---|",
    ]
    for origin, (what, commit, licence) in SOURCE_INFO.items():
        lines.append(f"| `{origin}` | {what} | {commit} | {licence} |")
    lines += ["| `litellm_model_ids` | `litellm` 1.109.1 wheel (PyPI), "
              "`model_prices_and_context_window_backup.json` | - | MIT (recall check only; not shipped) |",
              "| `pwc_tasks_2025` | repo `World-Snapshot/papers-with-code` | "
              "c50b88eb13b179903ecf715bb941fef91bdb5414 | CC BY-SA 4.0 (used only to drop task "
              "names; not shipped) |", ""]
    lines += ["## Derived file", "",
              "`tokens.json.gz` is not a source: it holds the spaCy token boundaries of every spelling "
              "the vocabulary matcher looks for, signed with the tokenizer's rules, so that the matcher "
              "starts without tokenizing ~50,000 patterns. `build_vocab.py` rewrites it after the "
              "vocabulary files (`--tokens-only`: just this file); "
              "`tests/ingest/test_patterns.py` checks that it matches the tokenizer.", ""]
    lines += ["## Counts", "", "| file | entries | entries per origin (an entry can have several) |",
              "|---|---|---|"]
    for kind in KINDS:
        per = ", ".join(f"{o} {n}" for o, n in sorted(by_kind[kind].items(), key=lambda x: (-x[1], x[0])))
        lines.append(f"| `{OUTPUT_FILES[kind]}` | {counts[kind]} | {per} |")
    extra = Counter()
    for e in reg.entries.values():
        extra[(e.kind, "case_sensitive")] += e.case_sensitive
        extra[(e.kind, "cue")] += e.cue
        extra[(e.kind, "broader")] += e.broader is not None
    lines += ["", "| file | case_sensitive | cue | with broader |", "|---|---|---|---|"]
    for kind in KINDS:
        lines.append(f"| `{OUTPUT_FILES[kind]}` | {extra[(kind, 'case_sensitive')]} | "
                     f"{extra[(kind, 'cue')]} | {extra[(kind, 'broader')]} |")
    lines += ["", "Build statistics (records merged, dropped and why):", "", "```"]
    lines += [f"{k}: {v}" for k, v in sorted(reg.stats.items())]
    lines += ["```", "", "## Filters", ""]
    for kind in ("all", *KINDS):
        lines.append(f"### {'All files' if kind == 'all' else OUTPUT_FILES[kind]}")
        lines.append("")
        lines += [f"- {f}" for f in FILTERS[kind]]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def source_names(src: Path) -> set[str]:
    """Folded record names of the model, dataset and technique sources."""
    names = set()
    for row in read_jsonl(src / "epoch_ai_models.jsonl.gz"):
        names.add(fold(row["name"]))
    for row in read_jsonl(src / "pwc_methods.jsonl.gz"):
        names.update({fold(row["name"]), fold(row.get("full_name") or "")})
    for row in read_jsonl(src / "pwc_datasets.jsonl.gz"):
        names.add(fold(row["name"]))
    for row in read_jsonl(src / "pwc_dataset_names_2025.jsonl.gz"):
        names.add(fold(row["name"]))
    for m in json.loads((src / "hf_transformers_model_types.json").read_text("utf-8"))["models"]:
        names.add(fold(m["display_name"]))
    names.discard("")
    return names


def write_tokens(out: Path) -> None:
    """Rewrite the matcher's token cache for the vocabulary just written (needs paperkg importable)."""
    from paperkg.ingest.extract.components import vocabulary_patterns
    from paperkg.ingest.extract.patterns import write_token_cache
    from paperkg.ingest.extract.pipeline import blank_nlp
    from paperkg.ingest.extract.vocabulary import Vocabulary

    texts = [text for _, _, text in vocabulary_patterns(Vocabulary.load(out))]
    write_token_cache(blank_nlp(), texts, out / "tokens.json.gz")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, help="the vocab-sources folder (not with --tokens-only)")
    ap.add_argument("--out", type=Path, required=True, help="output folder (the package's vocab/)")
    ap.add_argument("--curated", type=Path, default=CURATED_DIR, help="hand-curated lists")
    ap.add_argument("--report", type=Path, help="also write build statistics as JSON here")
    ap.add_argument("--tokens-only", action="store_true",
                    help="only rewrite --out/tokens.json.gz (after changing the tokenizer rules)")
    args = ap.parse_args(argv)
    if args.tokens_only:
        write_tokens(args.out)
        return 0
    if args.sources is None:
        ap.error("--sources is required (unless --tokens-only)")
    src, cur = args.sources, args.curated

    stop = {fold(s) for s in read_lines(cur / "stoplist.txt")}
    guards = read_guards(cur / "wordlike.tsv")
    overrides = read_overrides(cur / "source_overrides.tsv")
    qids = dict(line.split("\t") for line in read_lines(cur / "language_wikidata.tsv"))
    tasks = {fold(r["name"]) for r in read_jsonl(src / "pwc_tasks_2025.jsonl.gz")}
    linguist = {l["name"]: l for l in json.loads((src / "linguist_languages.json").read_text("utf-8"))["languages"]}

    reg = Registry(stop, guards)
    patches = []
    for kind in KINDS:
        patches += load_curated(reg, kind, cur / f"curated_{kind}s.jsonl", linguist)
    load_natural_languages(reg, patches, qids, source_names(src))
    load_hf(reg, src / "hf_transformers_model_types.json", overrides)
    load_fastchat(reg, src / "fastchat_model_registry.json", overrides)
    load_pwc_methods(reg, src / "pwc_methods.jsonl.gz", overrides, tasks)
    load_epoch(reg, src / "epoch_ai_models.jsonl.gz", overrides)
    load_lm_eval(reg, src / "lm_eval_benchmarks.jsonl.gz", overrides)
    load_pwc_datasets(reg, src / "pwc_datasets.jsonl.gz", overrides, tasks)
    load_pwc_2025(reg, src / "pwc_dataset_names_2025.jsonl.gz", overrides, tasks)
    check_litellm(reg, src / "litellm_model_ids.jsonl.gz")
    if reg.dropped.get("curated_collision"):
        for line in reg.dropped["curated_collision"]:
            print(f"curated collision: {line}", file=sys.stderr)
    finalize(reg)
    counts = write_outputs(reg, args.out)
    write_sources_md(reg, counts, args.out / "SOURCES.md")
    write_tokens(args.out)
    if args.report:
        report = {"counts": counts, "stats": dict(sorted(reg.stats.items())),
                  "dropped": {k: sorted(v) for k, v in sorted(reg.dropped.items())}}
        args.report.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(" ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
