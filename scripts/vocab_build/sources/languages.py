"""Natural languages: every ISO 639 language of the IANA registry, named by CLDR (``langcodes``).

Programming languages are curated (``curated_languages.jsonl``), each checked against GitHub
Linguist (:data:`LINGUIST`).
"""

from __future__ import annotations

import json
import re
from collections import Counter

from vocab_build.inputs import Inputs, read_jsonl, read_lines
from vocab_build.names import fold
from vocab_build.registry import Entry, Registry
from vocab_build.sources.base import Source

__all__ = ["LINGUIST", "SOURCE", "load", "source_names"]

_QUALIFIER = re.compile(r"\s*\((?:macrolanguage|individual language|\d{3,4}-(?:\d{3,4})?|"
                        r"ca\. [^)]*|to \d+[^)]*)\)")


def source_names(inputs: Inputs) -> set[str]:
    """Folded record names of the model, dataset and technique sources present."""
    names = set()
    for file, keys in (("epoch_ai_models.jsonl.gz", ("name",)),
                       ("pwc_methods.jsonl.gz", ("name", "full_name")), ("pwc_datasets.jsonl.gz", ("name",)),
                       ("pwc_dataset_names_2025.jsonl.gz", ("name",))):
        path = inputs.source(file)
        if path.exists():
            for row in read_jsonl(path):
                names.update(fold(row.get(k) or "") for k in keys)
    hf = inputs.source("hf_transformers_model_types.json")
    if hf.exists():
        names.update(fold(m["display_name"]) for m in json.loads(hf.read_text("utf-8"))["models"])
    names.discard("")
    return names


def _records() -> list[dict]:
    from language_data.registry_parser import parse_registry

    return [r for r in parse_registry() if r.get("Type") == "language"
            and "Deprecated" not in r and r.get("Scope") not in ("collection", "special", "private-use")]


def load(reg: Registry, inputs: Inputs) -> None:
    """One entry per ISO 639 individual language or macrolanguage.

    A language whose name is also a record name of the model, dataset or technique sources is
    kept case-sensitive and behind a cue.
    """
    import langcodes

    qids = dict(line.split("\t") for line in read_lines(inputs.curated / "language_wikidata.tsv"))
    others = source_names(inputs)
    records = _records()
    patch_by_iso = {p["patch_iso639_3"]: p for p in inputs.patches}
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
    ordered = sorted(records,
                     key=lambda r: (r.get("Scope") != "macrolanguage", len(r["Subtag"]), r["Subtag"]))
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
        if (guard == "cue" or len(label) <= 3 or guarded or fold(label) in others
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
        if patch and patch.get("cue") is False:
            # reviewed: the name is also a source record's (a speech corpus named after the
            # language, "Mandarin Chinese"), but papers write it for the language
            entry.cue = False
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
        raise ValueError(f"curated language patches for unknown ISO 639-3 codes: {sorted(missing)}")


SOURCE = Source(
    name="langcodes",
    what="`langcodes` 3.5 / `language_data` 1.4 (PyPI): IANA language subtag registry (ISO 639) "
         "and CLDR English names, read at build time",
    commit="-",
    licence="MIT (langcodes, language_data); registry and CLDR data under their own permissive "
            "terms; Wikidata QIDs are CC0",
    load=load,
    filters={"language": [
        "Natural languages: every non-deprecated ISO 639 individual language and macrolanguage "
        "in the IANA registry (collections, special and private-use codes excluded); label = "
        "CLDR English name, aliases = IANA descriptions (qualifiers such as \"(macrolanguage)\" "
        "removed; a name shared by several codes goes to the macrolanguage only) plus curated "
        "alternative names (Farsi, Mandarin, Bangla, Kiswahili, ...; not \"Taiwanese\" alone, which "
        "abstracts write for Taiwan's law or hospitals and for Taiwanese Mandarin); individual "
        "languages point to their macrolanguage with `broader`; Wikidata QIDs only for ISO 639-1 languages "
        "(`scripts/vocab/language_wikidata.tsv`)."]},
)

LINGUIST = Source(
    name="linguist_languages",
    what="repo `github-linguist/linguist`, `lib/linguist/languages.yml`",
    commit="b45dbe9b2825a43285bcd035861be91cc0a7299e", licence="MIT",
    filters={"language": [
        "Programming languages: an allow-list of about 80 names in `curated_languages.jsonl`, "
        "each checked against linguist_languages (SQL, SPARQL and Markdown added by hand). A patch may "
        "clear the cue that a source record of the same name set (Mandarin: a speech corpus so named)."]},
)
