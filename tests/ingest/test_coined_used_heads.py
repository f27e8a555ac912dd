"""Methods named after a cue of use whose head is a process or a stage of training that one hyphenated
modifier grounds ("combines graph-based retrieval", "refined through region-aware posttraining"), and
watermarking as a method noun ("employs multi-channel frequency domain watermarking"); the same heads after
a plain modifier, a count or a scope name a task or a step ("via external retrieval", "with long-horizon
planning", "through two-stage post-training"). Sentences from corpus abstracts (and open dev gold).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined


@pytest.mark.parametrize(("abstract", "name"), [
    # dev gold (2603.11510)
    ("Trained on 70 languages and refined through region-aware posttraining, it delivers state-of-the-art "
     "in translation quality, strong multilingual understanding, and high-quality generation.",
     "region-aware posttraining"),
    # dev gold (2506.11600)
    ("GraphRAG-Causal introduces an innovative framework that combines graph-based retrieval with large "
     "language models to enhance causal reasoning in news analysis.",
     "graph-based retrieval"),
    # dev gold (2506.22960)
    ("PECCAVI strategically embeds watermarks within these NMPs and employs multi-channel frequency domain "
     "watermarking.",
     "multi-channel frequency domain watermarking"),
    ("We solve long-horizon manipulation tasks through model-based planning over learned dynamics.",
     "model-based planning"),
])
def test_grounded_head_after_cue_is_named(abstract: str, name: str) -> None:
    assert name in coined(abstract)


@pytest.mark.parametrize(("abstract", "phrase"), [
    ("The agent solves the tasks with long-horizon planning and careful memory management.",
     "long-horizon planning"),
    ("The model is aligned through two-stage post-training on curated data.", "two-stage post-training"),
    ("We augment the generator via external retrieval of passages.", "external retrieval"),
    ("We validate the approach with human evaluation of the generated summaries.", "human evaluation"),
])
def test_counted_or_plain_modifier_names_no_method(abstract: str, phrase: str) -> None:
    assert phrase not in coined(abstract)
