"""Chatbot families and their API ids: FastChat's model registry (the Chatbot Arena list)."""

from __future__ import annotations

import json
import re

from vocab_build.inputs import Inputs
from vocab_build.registry import Registry
from vocab_build.sources.base import Source

__all__ = ["DATE_SUFFIX", "SOURCE", "load"]

#: Date, ``-latest``, ``-preview``, ``-hf``, ``-api...`` and ``-exp...`` tails of model ids.
DATE_SUFFIX = re.compile(r"(?:-(?:\d{8}|\d{4}-\d{2}-\d{2}|\d{4}|latest|preview|hf|api[\w-]*|exp[\w-]*))+$")
NAME = "fastchat_model_registry"


def load(reg: Registry, inputs: Inputs) -> None:
    """Families become models; ids become aliases of the entry they resolve to (else unused)."""
    data = json.loads(inputs.source(f"{NAME}.json").read_text(encoding="utf-8"))
    for fam in data["families"]:
        action = inputs.overrides.get((NAME, fam["name"]))
        if action != "-":
            reg.offer("model", action or fam["name"], [], NAME)
        for raw in fam["ids"]:
            mid = raw.split("/", 1)[-1]
            target = reg.find(mid, "model") or reg.find(DATE_SUFFIX.sub("", mid), "model")
            if target is None:
                reg.stats[f"{NAME}:id_unresolved"] += 1
                continue
            target.origin.add(NAME)
            if reg.add_alias(target, mid, vetted=False):
                reg.stats[f"{NAME}:id_alias"] += 1


SOURCE = Source(
    name=NAME,
    what="repo `lm-sys/FastChat`, `fastchat/model/model_registry.py`",
    commit="0e6d3e4beaab66f4d3f93db72541a4abab8af28d", licence="Apache-2.0", load=load,
    filters={"model": [
        "fastchat_model_registry: family names (mis-grouped or generic families dropped per "
        "`source_overrides.tsv`); ids become aliases only when they resolve, after stripping the "
        "organisation prefix and date/`-hf`/`-preview` suffixes, to an existing entry; the rest "
        "are not shipped."]},
)
