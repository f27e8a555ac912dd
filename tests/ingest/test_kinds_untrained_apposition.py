"""A paper's own name that an apposition calls something run without training ("a training-free ...
scheduler", "a novel inference-time defense") is a technique, whatever noun heads the apposition
(``paperkg_kinds``, :func:`paperkg.ingest.extract.kind_trained._untrained_apposition`), on real titles and
sentences from arXiv cs.AI abstracts (``../shared/corpora/``), cut to the sentences that decide.

ANNOTATION.md: "a procedure or framework -> technique", "a trained network -> model".
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import entity_ids

CASES = [
    # 2505.17132: "defense" is no kind noun; the name alone looked like a model's
    ("Robustifying Vision-Language Models via Dynamic Token Reweighting",
     "In this paper, we present DTR, a novel inference-time defense that mitigates multimodal jailbreak "
     "attacks through optimizing the model's key-value (KV) caches. This formulation enables DTR to "
     "dynamically adjust visual token weights.",
     "DTR", "technique/dtr"),
    # 2605.21190: "a training-free inference-time controller"
    ("Semantic Granularity Navigation in Image Editing",
     "We introduce NaviEdit, a training-free inference-time controller that decouples edit progress from "
     "model scale traversal through a strict self-consistency contract. NaviEdit operates at the rollout "
     "level and leaves the underlying pretrained model unchanged.",
     "NaviEdit", "technique/naviedit"),
    # 2509.26432: "-dLLM" ends the name as a model's does, but the text calls it a training-free scheduler
    ("AdaBlock-dLLM: Semantic-Aware Diffusion LLM Inference via Adaptive Block Size",
     "Leveraging these insights, we introduce AdaBlock-dLLM, a training-free, plug-and-play scheduler that "
     "adaptively aligns block boundaries with semantic steps by adjusting block size during runtime. "
     "Extensive experiments across diverse benchmarks show that AdaBlock-dLLM achieves up to 5.3% accuracy "
     "improvement under the same throughput budget.",
     "AdaBlock-dLLM", "technique/adablock-dllm"),
]


@pytest.mark.parametrize(("title", "abstract", "surface", "expected"), CASES)
def test_kinds_untrained_apposition_makes_a_technique(title: str, abstract: str, surface: str,
                                                       expected: str) -> None:
    assert entity_ids(abstract, title)[surface] == {expected}


def test_kinds_untrained_apposition_keeps_a_model_noun() -> None:
    # 2605.21190: no kind noun heads "a training-free inference-time controller": a technique ...
    title, abstract, surface, expected = CASES[1]
    assert entity_ids(abstract, title)[surface] == {expected}
    # ... but 2507.20536's "a training-free multi-agent system" is headed by a model noun, which decides
    ids = entity_ids(
        "Thus, we introduce T2I-Copilot, a training-free multi-agent system that leverages collaboration "
        "between (Multimodal) Large Language Models to automate prompt phrasing, model selection, and "
        "iterative refinement. T2I-Copilot can operate fully autonomously while also supporting "
        "human-in-the-loop intervention for fine-grained control.")
    assert ids["T2I-Copilot"] == {"model/t2i-copilot"}
