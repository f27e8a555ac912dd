"""Checking the registry and writing the build's outputs: the JSON Lines files, ``SOURCES.md``
and the matcher's token cache ``tokens.json.gz``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from vocab_build.names import chunk_key
from vocab_build.registry import KINDS, Registry
from vocab_build.sources import SOURCES

__all__ = ["OUTPUT_FILES", "finalize", "write_outputs", "write_sources_md", "write_tokens"]

OUTPUT_FILES = {"model": "models.jsonl", "dataset": "datasets.jsonl",
                "technique": "techniques.jsonl", "language": "languages.jsonl"}

#: Rules that apply to every file (each source's own filters are on its ``Source``).
GENERAL_FILTERS = [
    "Stop-list (`scripts/vocab/stoplist.txt`): generic phrases (LLMs, language models), "
    "research tasks, metrics, hardware and the common-word names listed in the vocab-sources "
    "README never become a label or alias of a source-derived entry.",
    "Word-like names (`scripts/vocab/wordlike.tsv`): single-word names from the sources whose "
    "lower-case form is a common English word (wordfreq Zipf >= 3.0) or that an arXiv "
    "cs.AI/CL/LG/CV corpus of 104k abstracts writes mostly in lower case or, for language "
    "names, mostly outside language contexts, are matched case-sensitively (`cs`), also "
    "behind a context cue (`cue`), or dropped; a technique name that is no common word and "
    "that the corpus writes mostly in lower case (autoencoder, hypernetwork) matches in any "
    "case (`fold`). Measured with "
    "`scripts/vocab/measure_wordlike.py` and reviewed by hand; nothing from the corpus is "
    "shipped. Names of three characters or fewer and all-caps acronyms of up to five "
    "letters from the sources are case-sensitive.",
    "Dedupe: a surface (case- and separator-folded) belongs to the first entry that claims "
    "it (curated, then natural languages, then models, techniques and datasets from the "
    "sources); a later record of the same kind whose name is already claimed is merged into "
    "that entry (its names become aliases, its file stem is added to `origin`); a later "
    "record of another kind is dropped. Exact-case surfaces that differ in case do not "
    "collide.",
]
_SHARE_ALIKE = {"pwc_methods", "pwc_datasets", "pwc_dataset_names_2025", "pwc_tasks_2025"}
_ATTRIBUTION = {"epoch_ai_models": "Epoch AI"}


def finalize(reg: Registry) -> None:
    """Check ``broader`` links, sort aliases, drop fields that do not apply."""
    for e in reg.entries.values():
        if e.broader and e.broader not in reg.entries:
            raise ValueError(f"{e.id}: broader {e.broader} does not exist")
        if e.broader and reg.entries[e.broader].kind != e.kind:
            raise ValueError(f"{e.id}: broader {e.broader} is of another kind")
        e.aliases = sorted({a for a in e.aliases if a != e.label}, key=lambda s: (s.casefold(), s))
        if not e.case_sensitive:  # the matcher folds case and separators: one spelling is enough
            seen = {chunk_key(e.label)}
            e.aliases = [a for a in e.aliases if not (chunk_key(a) in seen or seen.add(chunk_key(a)))]
        e.exact = sorted(set(e.exact))
        if e.kind != "language":
            e.language_type = None


def write_outputs(reg: Registry, out: Path) -> dict[str, int]:
    """Write one JSON Lines file per kind, sorted by id; return the counts."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for kind in KINDS:
        rows = sorted((e for e in reg.entries.values() if e.kind == kind), key=lambda e: e.id)
        text = "".join(json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True) + "\n" for e in rows)
        (out / OUTPUT_FILES[kind]).write_text(text, encoding="utf-8")
        counts[kind] = len(rows)
    return counts


def _licence_lines(reg: Registry, by_kind: dict[str, Counter]) -> list[str]:
    lines = []
    for kind in KINDS:
        notes = []
        carry = sorted(o for o in by_kind[kind] if o in _SHARE_ALIKE)
        if carry:
            n = sum(1 for e in reg.entries.values() if e.kind == kind and e.origin & _SHARE_ALIKE)
            notes.append(f"CC BY-SA 4.0 (attribution to Papers with Code, share-alike) for the "
                         f"{n} entries derived from {', '.join(carry)}")
        for origin, who in _ATTRIBUTION.items():
            if by_kind[kind].get(origin):
                notes.append(f"CC BY 4.0 (attribution to {who}) for the {by_kind[kind][origin]} "
                             f"entries derived from {origin}")
        text = "; ".join(notes) if notes else "no share-alike or attribution-only data"
        lines.append(f"- `{OUTPUT_FILES[kind]}`: {text}.")
    return lines


def write_sources_md(reg: Registry, counts: dict[str, int], path: Path) -> None:
    """Write ``SOURCES.md``: licences, sources, counts, build statistics and filters."""
    by_kind: dict[str, Counter] = {k: Counter() for k in KINDS}
    for e in reg.entries.values():
        for o in e.origin:
            by_kind[e.kind][o] += 1
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
        "stems it came from, joined with `+` (`curated` for the hand-curated lists). An entry "
        "with `\"generic\": true` is an umbrella term (fine-tuning, Transformer, neural networks): "
        "linked, but hidden from rankings by default.",
        "",
        "## Licences",
        "",
        *_licence_lines(reg, by_kind),
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
    lines += [f"| `{s.name}` | {s.what} | {s.commit} | {s.licence} |" for s in SOURCES]
    lines += ["", "## Derived file", "",
              "`tokens.json.gz` is not a source: it holds the spaCy token boundaries of every spelling "
              "the vocabulary matcher looks for, signed with the tokenizer's rules, so that the matcher "
              "starts without tokenizing ~50,000 patterns. `build_vocab.py` rewrites it after the "
              "vocabulary files (`--tokens-only`: just this file); "
              "`tests/ingest/test_patterns.py` checks that it matches the tokenizer.", "",
              "`modified_techniques.tsv` is not written by this build: it lists established names made "
              "of a modifier and a vocabulary technique (\"continuous normalizing flows\", \"agentic "
              "reinforcement learning\"), each with its broader technique, that the `paperkg_modifiers` "
              "component links whole. `scripts/vocab/mine_modifiers.py` counts such pairs in distinct "
              "abstracts of `../shared/corpora/` (gold papers excluded); of the candidates in 5 or more "
              "abstracts (and a few textbook names in 2-4), the ones kept by hand review "
              "(`scripts/vocab/modified_techniques_review.tsv`, a verdict for each) are shipped. The "
              "labels are ordinary technical phrases, not a copied list.", ""]
    lines += ["## Counts", "", "| file | entries | entries per origin (an entry can have several) |",
              "|---|---|---|"]
    for kind in KINDS:
        per = ", ".join(f"{o} {n}" for o, n in sorted(by_kind[kind].items(), key=lambda x: (-x[1], x[0])))
        lines.append(f"| `{OUTPUT_FILES[kind]}` | {counts[kind]} | {per} |")
    extra: Counter = Counter()
    for e in reg.entries.values():
        extra[(e.kind, "case_sensitive")] += e.case_sensitive
        extra[(e.kind, "cue")] += e.cue
        extra[(e.kind, "generic")] += e.generic
        extra[(e.kind, "broader")] += e.broader is not None
    lines += ["", "| file | case_sensitive | cue | generic | with broader |", "|---|---|---|---|---|"]
    for kind in KINDS:
        lines.append(f"| `{OUTPUT_FILES[kind]}` | {extra[(kind, 'case_sensitive')]} | "
                     f"{extra[(kind, 'cue')]} | {extra[(kind, 'generic')]} | {extra[(kind, 'broader')]} |")
    lines += ["", "Build statistics (records merged, dropped and why):", "", "```"]
    lines += [f"{k}: {v}" for k, v in sorted(reg.stats.items())]
    lines += ["```", "", "## Filters", "", "### All files", ""]
    lines += [f"- {f}" for f in GENERAL_FILTERS]
    lines.append("")
    for kind in KINDS:
        lines += [f"### {OUTPUT_FILES[kind]}", ""]
        lines += [f"- {f}" for s in SOURCES for f in s.filters.get(kind, [])]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_tokens(out: Path) -> int:
    """Rewrite the matcher's token cache for the vocabulary in ``out``; return the pattern count."""
    from paperkg.ingest.extract.components import vocabulary_patterns
    from paperkg.ingest.extract.patterns import write_token_cache
    from paperkg.ingest.extract.pipeline import blank_nlp
    from paperkg.ingest.extract.vocabulary import Vocabulary

    texts = [text for _, _, text in vocabulary_patterns(Vocabulary.load(out))]
    return write_token_cache(blank_nlp(), texts, out / "tokens.json.gz")
