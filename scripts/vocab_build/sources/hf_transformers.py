"""Model architecture families: ``transformers``' ``MODEL_NAMES_MAPPING`` display names."""

from __future__ import annotations

import json
import re

from vocab_build.inputs import Inputs
from vocab_build.names import chunk_key
from vocab_build.registry import Registry
from vocab_build.sources.base import Source

__all__ = ["SOURCE", "load"]

_SKIP_SUFFIX = ("_vision_model", "_text_model", "_encoder", "_text", "_vision", "_backbone", "_audio")
_WRAPPERS = {"encoder-decoder", "vision-encoder-decoder", "speech-encoder-decoder",
             "vision-text-dual-encoder", "timm_wrapper", "timm_backbone"}
_CLASS_NAME = re.compile(r"(?:For[A-Z]\w+|Model|Encoder|Backbone|Transformer)$")
NAME = "hf_transformers_model_types"


def load(reg: Registry, inputs: Inputs) -> None:
    """One model family per display name (sub-models, wrappers and class names dropped)."""
    data = json.loads(inputs.source(f"{NAME}.json").read_text(encoding="utf-8"))
    for m in data["models"]:
        mt, name = m["model_type"], m["display_name"]
        action = inputs.overrides.get((NAME, mt))
        if action == "-":
            reg.stats[f"{NAME}:override_dropped"] += 1
            continue
        if action is None:
            if mt in _WRAPPERS or mt.endswith(_SKIP_SUFFIX):
                reg.stats[f"{NAME}:subentry_dropped"] += 1
                continue
            if _CLASS_NAME.search(name) and " " not in name:
                reg.stats[f"{NAME}:classname_dropped"] += 1
                reg.dropped["hf:classname"].append(name)
                continue
        label = action or name
        alias = mt.replace("_", "-")
        aliases = [alias] if len(alias) > 3 and chunk_key(alias) != chunk_key(label) else []
        reg.offer("model", label, aliases, NAME)


SOURCE = Source(
    name=NAME,
    what="`transformers` 4.57.6 wheel (PyPI), `models/auto/configuration_auto.py` `MODEL_NAMES_MAPPING`",
    commit="-", licence="Apache-2.0", load=load,
    filters={"model": [
        "hf_transformers_model_types: dropped `*_vision_model`, `*_text_model`, `*_encoder`, "
        "`*_text`, `*_vision`, `*_backbone`, `*_audio` sub-entries, the encoder-decoder and timm "
        "wrappers, class names (`...ForCausalLM`, `...Model`); display names renamed or dropped "
        "per `scripts/vocab/source_overrides.tsv`; the de-underscored `model_type` is an alias."]},
)
