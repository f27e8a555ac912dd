"""A "+"/"++" variant keeps the kind its own evidence gives it; it takes its base's kind only when something
beyond a default typed the base.

Sentences are quoted from corpus abstracts (arXiv ids in the comments).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import kinds_of_paper

# (title, abstract, surface -> kind)
OWN_EVIDENCE = [
    (  # 2606.02955: an apposition calls the variant run without training
        "Fast-dLLM++: Fréchet Profile Decoding for Faster Diffusion LLM Inference",
        "Fast-dLLM addressed this with KV caching and confidence-guided parallel decoding, but its decoding "
        "theory uses a homogeneous high-confidence assumption. We propose \\textbf{Fast-dLLM++}, a "
        "training-free extension that introduces \\emph{Fréchet profile decoding}: selecting parallel commit "
        "sets from the full sorted confidence profile rather than a single worst-case confidence.",
        {"Fast-dLLM++": "technique"},
    ),
    (  # 2606.23992: the title's phrase types the variant, the benchmark stays the base's
        "RASC+: Retrieval-Constrained LLM Adjudication for Clinical Value Set Authoring",
        "The recently introduced Retrieval-Augmented Set Completion (RASC) benchmark showed that direct "
        "zero-shot large language model (LLM) generation is poorly suited to this task.",
        {"RASC+": "technique"},
    ),
    (  # 2504.00030: nothing types the base: it lends the variant no kind
        "Token-Driven GammaTune: Adaptive Calibration for Enchanced Speculative Decoding",
        "We introduce \\textit{GammaTune} and \\textit{GammaTune+}, training-free adaptive algorithms that "
        "dynamically adjust speculation length based on token acceptance rates using a heuristic-based "
        "switching mechanism.",
        {"GammaTune+": "technique"},
    ),
    (  # 2607.01883: a title that calls the variant a paradigm
        "PairCoder++: Pair Programming as a Universal Paradigm for Verified Code-Driven Multimodal and "
        "Structured-Artifact Generation",
        "We present PairCoder, which grounds review in the toolchain and realizes it as two agent pair "
        "programming: a Driver agent writes the program, a Navigator agent reviews it against verification "
        "evidence, and the two switch roles when errors persist.",
        {"PairCoder++": "technique"},
    ),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), OWN_EVIDENCE)
def test_kinds_variant_keeps_own_evidence(title: str, abstract: str, expected: dict[str, str]) -> None:
    found = kinds_of_paper(title, abstract)
    assert {surface: found.get(surface) for surface in expected} == expected
