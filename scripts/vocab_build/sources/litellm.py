"""LLM API ids from ``litellm``: a recall check only (nothing from it is shipped)."""

from __future__ import annotations

import re

from vocab_build.inputs import Inputs, read_jsonl
from vocab_build.registry import Registry
from vocab_build.sources.base import Source
from vocab_build.sources.fastchat import DATE_SUFFIX

__all__ = ["SOURCE", "load"]

_PREFIX = re.compile(r"^(?:[a-z0-9_-]+\.)?(?:(?:us|eu|apac|global)\.)?")
NAME = "litellm_model_ids"


def load(reg: Registry, inputs: Inputs) -> None:
    """Count how many normalised chat-model ids resolve to a model entry (build statistics)."""
    bases = set()
    for row in read_jsonl(inputs.source(f"{NAME}.jsonl.gz")):
        if row.get("mode") != "chat":
            continue
        base = row["base"].split(":")[0]
        if base.startswith("ft"):
            continue
        base = _PREFIX.sub("", base) if "." in base.split("-")[0] else base
        bases.add(DATE_SUFFIX.sub("", base))
    reg.stats[f"{NAME}:chat_bases"] = len(bases)
    reg.stats[f"{NAME}:bases_resolved"] = sum(1 for b in bases if reg.find(b, "model"))


SOURCE = Source(
    name=NAME,
    what="`litellm` 1.109.1 wheel (PyPI), `model_prices_and_context_window_backup.json`",
    commit="-", licence="MIT (recall check only; not shipped)", load=load, shipped=False,
    filters={"model": [
        "litellm_model_ids: used only as a recall check (how many normalised chat-model ids "
        "resolve to an entry); no id from it is shipped."]},
)
