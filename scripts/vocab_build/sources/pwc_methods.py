"""Papers with Code methods: techniques, and the model-like collections that go to models."""

from __future__ import annotations

from vocab_build.inputs import Inputs, read_jsonl
from vocab_build.names import chunk_key, clean, fold, words
from vocab_build.registry import KINDS, Registry
from vocab_build.sources.base import Source

__all__ = ["MODEL_COLLECTIONS", "SOURCE", "load", "method_names"]

#: Collections whose records are models (BERT, ResNet, YOLO ...), not techniques.
MODEL_COLLECTIONS = {
    "Language Models", "Image Models", "Convolutional Neural Networks", "Transformers",
    "Autoencoding Transformers", "Autoregressive Transformers", "Vision Transformers",
    "Vision and Language Pre-Trained Models", "Object Detection Models",
    "One-Stage Object Detection Models", "Semantic Segmentation Models",
    "Instance Segmentation Models", "Image Segmentation Models", "3D Object Detection Models",
    "Text-to-Speech Models", "Generative Audio Models", "Light-weight neural networks",
    "Generative Video Models", "Multi-Object Tracking Models", "Image Generation Models",
}
NAME = "pwc_methods"


def method_names(row: dict) -> tuple[str, list[str]]:
    """(label, aliases) of a record: an acronym name is labelled with its full name.

    >>> method_names({"name": "PCA", "full_name": "Principal Components Analysis"})
    ('Principal Components Analysis', ['PCA'])
    >>> method_names({"name": "LoRA", "full_name": "Low-Rank Adaptation"})
    ('LoRA', ['Low-Rank Adaptation'])
    """
    name, full = clean(row["name"]), clean(row.get("full_name") or "")
    if not full or chunk_key(full) == chunk_key(name) or len(full.split()) > 8:
        return name, []
    if len(words(name)) == 1 and name.isupper() and len(name) <= 5:
        return full, [name]  # acronym: label the full name, keep the acronym as an alias
    return name, [full]


def load(reg: Registry, inputs: Inputs) -> None:
    """Offer every record (two-character and task-named ones dropped, overrides applied)."""
    rows = sorted(read_jsonl(inputs.source(f"{NAME}.jsonl.gz")), key=lambda r: r["slug"])
    for row in rows:
        action = inputs.overrides.get((NAME, row["slug"]))
        if action == "-":
            reg.stats[f"{NAME}:override_dropped"] += 1
            continue
        label, aliases = method_names(row)
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
            reg.stats[f"{NAME}:short_dropped"] += 1
            continue
        if not any(reg.find(s) for s in surfaces) and any(fold(s) in inputs.tasks for s in surfaces):
            reg.stats[f"{NAME}:task_dropped"] += 1
            reg.dropped[f"{NAME}:task"].append(label)
            continue
        reg.offer(kind, label, aliases, NAME, id_hint=row["slug"])


SOURCE = Source(
    name=NAME,
    what="Papers with Code `methods.json` as copied in repo `kuefmz/pow_categories` "
         "(`data/pwc/methods.json`), plus one record from repo `mariaayuso/topic-modeling-on-software` "
         "(`methods.json.gz`, commit 93b8bffee2a87c0ff64bee77be81d51a6af378e7)",
    commit="6579970b5891730d653d6ff6b646b79771c14bce", licence="CC BY-SA 4.0 (Papers with Code)",
    load=load,
    filters={
        "model": ["pwc_methods records in model-like collections (Language Models, Image Models, CNNs, "
                  "Transformers, Vision Transformers, detection/segmentation/TTS/audio models, ...) become "
                  "models (see the techniques list for the rest); so do named networks that papers use as a "
                  "trained network (`source_overrides.tsv`: U-Net-like graph, GAN and point-cloud networks, "
                  "TabNet, and LSTM, which the dev annotators mark a model)."],
        "technique": ["pwc_methods: the README's common-word names are stop-listed "
                      "(`scripts/vocab/stoplist.txt`); names of two characters or fewer dropped; names "
                      "equal to a PwC research task dropped unless curated; acronym names are labelled "
                      "with their full name and keep the acronym as an alias; `num_papers` is not used "
                      "as a threshold."],
    },
)
