"""Technique names mined from arXiv abstracts and kept by hand review: ``mined_techniques.tsv``.

:mod:`vocab_build.mine` lists method-headed phrases ("gradient descent", "Gibbs sampling",
"k-means clustering") that recur across many abstracts of ``../shared/corpora/`` (the gold
papers excluded); a person read the list and kept established technique names, dropping
generic phrases ("joint optimization"), research tasks ("pose estimation") and fragments.
The file holds the names and their paper counts, nothing of the corpus text. People write
these names in lower case, so they match case-folded; acronyms match in exact case.
"""

from __future__ import annotations

import re

from vocab_build.inputs import Inputs, read_lines
from vocab_build.registry import Registry
from vocab_build.sources.base import Source

__all__ = ["ACRONYM", "SOURCE", "load", "read_mined"]

NAME = "mined_techniques"
ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*s?|[A-Z]{2,}s?")


def read_mined(inputs: Inputs) -> list[tuple[str, int, list[str], bool]]:
    """(label, papers, other spellings, generic) of every reviewed name; the optional fourth
    column says ``generic`` for an umbrella class the review kept flagged (stochastic optimization)."""
    out = []
    for line in read_lines(inputs.curated / f"{NAME}.tsv"):
        label, papers, aliases, flag = (line.split("\t") + ["", ""])[:4]
        out.append((label, int(papers), [a for a in aliases.split("|") if a], flag.strip() == "generic"))
    return out


def load(reg: Registry, inputs: Inputs) -> None:
    """Offer each name as a technique (merged into a source entry of that name, if any: then its
    other spellings become that entry's aliases, so a row can name an entry's missing spelling)."""
    for label, _, aliases, generic in read_mined(inputs):
        words = [a for a in aliases if not ACRONYM.fullmatch(a)]
        entry = reg.offer("technique", label, words, NAME, **({"generic": True} if generic else {}))
        if entry is None:
            continue
        for acronym in (a for a in aliases if ACRONYM.fullmatch(a)):
            reg.add_alias(entry, acronym, exact=True, vetted=True)


SOURCE = Source(
    name=NAME,
    what="method-headed phrases mined from the 104k arXiv abstracts of `../shared/corpora/` "
         "(`scripts/vocab_build/mine.py`, gold papers excluded) and kept by hand review: "
         "`scripts/vocab/mined_techniques.tsv` (names and paper counts only)",
    commit="-", licence="same licence as paperkg (names only; no corpus text)", load=load,
    filters={"technique": [
        "mined_techniques: one to three content words before a method head (learning, "
        "distillation, sampling, regularization, attention, clustering, optimization, descent, "
        "search, loss, programming, transform, attack, test, injection, masking, retrieval, "
        "ranking, solver, ...) in at least 15 abstracts (6 for a few reviewed attack, test and "
        "mining names); reviewed by hand "
        "(established technique names kept; generic phrases, research tasks and fragments "
        "dropped); matched case-folded, acronyms in exact case.",
        "A second round down to 8 abstracts (lower-case phrases whose head is a method word: "
        "learning, search, sampling, decoding, inversion, regression, optimization, test, lens, ...) "
        "minus what the extractor already linked: every candidate's verdict (kept, generic, dropped) "
        "is in `scripts/vocab/mined_techniques_review.tsv`; umbrella classes (stochastic "
        "optimization, causal inference) are flagged `generic`, and a kept phrase that spells an "
        "existing entry (model inversion, spectral decomposition) became that entry's alias.",
        "A precision review against the dev gold flagged `generic` the kept rows that name a class or "
        "describe a schedule, which the annotators leave out or list as borderline: adversarial "
        "attack(s) and perturbation(s), few-/zero-shot prompting (umbrella terms in ANNOTATION.md), "
        "two-/three-/multi-stage and two-phase training."]},
)
