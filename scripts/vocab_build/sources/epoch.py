"""Notable ML models: Epoch AI's "AI models" database (names; sizes give the family)."""

from __future__ import annotations

import re

from vocab_build.inputs import Inputs, read_jsonl
from vocab_build.names import SIZE_RE, clean, words
from vocab_build.registry import Registry
from vocab_build.sources.base import Source

__all__ = ["SOURCE", "load", "model_name"]

_DESCRIPTIVE = re.compile(r"\+| with | on | via | for | using | of | and |:|/|\bpre-?trained\b|"
                          r"\bmodel\b|\bnetwork\b|\bclassifier\b|\bsystem\b", re.IGNORECASE)
_SIZE_PAREN = re.compile(r"\s*\(((?:\d+x)?\d+(?:\.\d+)?[BMKT])\)", re.IGNORECASE)
NAME = "epoch_ai_models"


def model_name(name: str) -> str | None:
    """The row's name as a model name, or None for a description or a setting-specific row.

    >>> model_name("Gopher (280B)"), model_name("DDPM-IP (CelebA)"), model_name("Template Adaptation")
    ('Gopher 280B', None, None)
    """
    name = clean(name).rstrip("*").strip()
    name = _SIZE_PAREN.sub(r" \1", name)
    if "(" in name:
        return None  # dataset- or setting-specific rows ("DDPM-IP (CelebA)", "TCN (P-MNIST)")
    if _DESCRIPTIVE.search(f" {name} ") or len(name.split()) > 4:
        return None
    if not re.search(r"[A-Z].*[A-Z0-9]|\d|[a-z][A-Z]", name):
        return None  # plain lower-case words: descriptions rather than names
    if " " in name and not any(re.search(r"\d|[a-z][A-Z]|^[A-Z]{2,}", w) for w in name.split()):
        return None  # only plain or Title-case words ("Template Adaptation"): a description
    return name


def load(reg: Registry, inputs: Inputs) -> None:
    """Merge rows into existing models; add the rest that look like names, with their family."""
    for row in sorted(read_jsonl(inputs.source(f"{NAME}.jsonl.gz")), key=lambda r: r["name"]):
        action = inputs.overrides.get((NAME, row["name"]))
        if action == "-":
            reg.stats[f"{NAME}:override_dropped"] += 1
            continue
        existing = reg.find(row["name"], "model")
        if existing and not action:
            reg.merge(existing, row["name"], [], NAME)
            reg.stats[f"{NAME}:merged"] += 1
            continue
        name = action or model_name(row["name"])
        if name is None:
            reg.stats[f"{NAME}:descriptive_dropped"] += 1
            reg.dropped["epoch:descriptive"].append(row["name"])
            continue
        existing = reg.find(name, "model")
        if existing:
            reg.merge(existing, name, [], NAME)
            reg.stats[f"{NAME}:merged"] += 1
            continue
        broader = None
        m = SIZE_RE.match(name)
        if m and len(words(m.group("family"))) >= 1:
            family = m.group("family").rstrip(" -_")
            fam_entry = reg.find(family, "model")
            if fam_entry is None and model_name(family) and len(family) > 2:
                fam_entry = reg.offer("model", family, [], NAME)
            if fam_entry is not None:
                broader = fam_entry.id
        reg.offer("model", name, [], NAME, broader=broader)


SOURCE = Source(
    name=NAME,
    what="Epoch AI \"AI models\" export `all_ai_models.csv` as committed in repo `simsharmaa/INFSCI1520`",
    commit="295b483d98268fbf03775fbad08204d3611931b6", licence="CC BY 4.0 (attribution: Epoch AI)",
    load=load,
    filters={"model": [
        "epoch_ai_models: rows merged into existing entries first; then dropped when descriptive "
        "(`+`, `with`, `on`, `via`, `for`, `of`, `model`, `network`, more than four words, only "
        "plain or Title-case words) or setting-specific (a parenthesis other than a size); size "
        "suffixes (`7B`, `8x7B`, `30B-A3B`) are stripped to find or create the family, which "
        "becomes `broader`. `base_model` is not used."]},
)
