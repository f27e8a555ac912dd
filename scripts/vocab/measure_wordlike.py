#!/usr/bin/env python3
"""Measure which single-word vocabulary names are mostly ordinary words; write ``wordlike.tsv``.

Offline helper, not part of the build: it needs ``wordfreq`` (pip) and a corpus of abstracts
(gzip JSONL with ``title``/``abstract``, e.g. ``../shared/corpora/arxiv-cs-ai.jsonl.gz``). Only
decisions about names that come from the source lists are written; nothing from the corpus is.

    python scripts/vocab/measure_wordlike.py --vocab /tmp/vocab-unguarded \\
        --corpus ../shared/corpora/arxiv-cs-ai.jsonl.gz > scripts/vocab/wordlike.tsv

``--vocab`` is the output of a build run with an empty ``wordlike.tsv``. A name is word-like when
its lower-case form is a common English word (wordfreq Zipf >= 3.0), or when the corpus writes it
mostly in lower case. All-caps acronyms only ever get "cs". A technique name that is no common
word and that the corpus writes mostly in lower case ("autoencoder", "hypernetwork") is a
technical term people write in lower case: "fold" (matched in any case), never exact-case. For
natural-language names the corpus also tells language uses apart: a capitalised occurrence counts as a
language use when "language(s)", "speakers", "-lingual", "dialect", "translation" or another well-known
language name is within three tokens.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TOK = re.compile(r"[^\W\d_]+|\d+(?:\.\d+)*")
LANG_CUES = {"language", "languages", "speakers", "speaking", "speaker", "lingual", "dialect",
             "dialects", "translation", "translations", "multilingual", "bilingual", "monolingual",
             "native", "script", "tokenizer", "low", "resource", "spoken", "written"}
# Hand review: names that are first of all language names, although the corpus rarely has them
# or English also uses them for a people or place. They get exact case only (or nothing).
REVIEWED_LANGUAGES = {
    "Akan", "Aramaic", "Aymara", "Balinese", "Belarusian", "Bosnian", "Breton", "Chechen",
    "Cherokee", "Cornish", "Dinka", "Etruscan", "Ewe", "Fijian", "Frankish", "Fulani", "Haitian",
    "Hawaiian", "Hmong", "Hungarian", "Klingon", "Lombard", "Macedonian", "Manchu", "Manx",
    "Maori", "Māori", "Mohawk", "Navajo", "Neapolitan", "Nepalese", "Nuer", "Phoenician",
    "Rohingya", "Samoan", "Sicilian", "Sinhalese", "Sumerian", "Syriac", "Taiwanese", "Tatar",
    "Tongan", "Tsonga", "Turkmen", "Twi", "Venetian", "Zulu",
}
MAJOR = {"english", "chinese", "french", "german", "spanish", "japanese", "korean", "arabic",
         "russian", "hindi", "portuguese", "italian", "dutch", "turkish", "vietnamese", "thai",
         "indonesian", "swahili", "bengali", "urdu", "persian", "polish", "greek", "hebrew",
         "yoruba", "hausa", "amharic", "tamil", "telugu", "marathi", "ukrainian", "czech"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vocab", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    args = ap.parse_args()
    from wordfreq import zipf_frequency

    wanted: dict[str, set[str]] = defaultdict(set)  # surface -> kinds
    for kind, fname in (("model", "models"), ("dataset", "datasets"), ("technique", "techniques"),
                        ("language", "languages")):
        for line in (args.vocab / f"{fname}.jsonl").open(encoding="utf-8"):
            e = json.loads(line)
            if e["origin"] == "curated" or (kind == "language" and e["language_type"] == "programming"):
                continue
            for s in [e["label"], *e["aliases"]]:
                if re.fullmatch(r"[^\W\d_]+", s):
                    wanted[s].add(kind)
    lowered = {s.casefold() for s in wanted}
    counts: dict[str, Counter] = defaultdict(Counter)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            toks = TOK.findall(p["title"] + " . " + p["abstract"])
            low = [t.casefold() for t in toks]
            for i, t in enumerate(low):
                if t not in lowered:
                    continue
                c = counts[t]
                c["all"] += 1
                orig = toks[i]
                if orig.islower():
                    c["lower"] += 1
                else:
                    c[f"form:{orig}"] += 1
                    window = set(low[max(0, i - 3):i]) | set(low[i + 1:i + 4])
                    if window & LANG_CUES or (window & MAJOR) - {t}:
                        c["langctx"] += 1
    out = []
    for s in sorted(wanted):
        key = s.casefold()
        z = zipf_frequency(key, "en")
        c = counts.get(key, Counter())
        total, lower, ctx = c["all"], c["lower"], c["langctx"]
        mostly_lower = total >= 20 and lower / total >= 0.5
        cap = total - lower
        for kind in sorted(wanted[s]):
            action = None
            if kind == "language":
                lang_use = cap >= 5 and ctx / cap >= 0.25
                if s in REVIEWED_LANGUAGES:
                    action = "cs" if z >= 3.0 or mostly_lower else None
                elif mostly_lower or (not lang_use and (z >= 2.5 or cap >= 5)):
                    action = "cue"
            elif kind == "technique" and not s.isupper() and z < 3.0 and mostly_lower:
                action = "fold"  # a technical term people write in lower case ("autoencoder")
            elif s.isupper() or (s[1:] != s[1:].lower() and (z >= 2.5 or mostly_lower)):
                if z >= 2.5 or mostly_lower:
                    action = "cs"  # an acronym or mixed-case name that is also a word: exact case
            elif mostly_lower:
                action = "drop" if kind == "technique" and z >= 5.0 else "cue"
            elif z >= 3.0:
                action = "cue" if kind == "dataset" else "cs"
            if action:
                out.append(f"{kind}\t{s}\t{action}\t# zipf={z:.2f}")
    print("# kind<TAB>surface<TAB>action (cs | cue | drop | fold). Generated by "
          "scripts/vocab/measure_wordlike.py,")
    print("# then reviewed by hand. cs: exact case only; cue: exact case and a context cue; drop: no entry;")
    print("# fold: any case (a technical term written in lower case).")
    for line in out:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
