"""Two mends of methods named in plain words (``paperkg_coined``), from the review of this release.

An "X-and-Y" compound names a method only before a singular method noun: a plural one counts a group of
methods, often others' the paper criticises ("conventional retrieve-and-dump approaches", "slow cut-and-paste
schemes"), and a word that describes a way of working before it names nothing ("a fragile
alignment-and-fusion paradigm", "akin to a generate-and-evaluate loop"). A phrase after a sentence's opening
connective ("Subsequently, a ...", "Finally, a ...") keeps a vocabulary name inside it ("a text-controlled
latent diffusion model" uses latent diffusion). Sentences from corpus abstracts.
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined


@pytest.mark.parametrize(("abstract", "compound"), [
    # 2605.25039
    ("Retrieval-Augmented Generation (RAG) mitigates these errors by grounding responses in external "
     "evidence, yet conventional retrieve-and-dump approaches frequently introduce irrelevant context that "
     "degrades answer quality.", "retrieve-and-dump"),
    # 2507.00339
    ("While other methods rely on slow cut-and-paste schemes to generate amodal content pseudo-labels, they "
     "do not account for natural occlusions present in the modal masks.", "cut-and-paste"),
    # 2603.14377
    ("Prevailing High Dynamic Range (HDR) video reconstruction methods are fundamentally trapped in a "
     "fragile alignment-and-fusion paradigm.", "alignment-and-fusion"),
    # 2608.06871
    ("Our key innovation is an LLM-driven Monte Carlo Tree Search (MCTS) deeply coupled with complex "
     "systems: at each iteration, an LLM Judge evaluates emergent behavior against specified goals and an "
     "LLM Editor proposes improved variants, with the Judge acting as a fitness function and the Editor as a "
     "variation operator, akin to a generate-and-evaluate loop in evolutionary computation.",
     "generate-and-evaluate"),
])
def test_a_plural_or_described_joined_compound_names_no_method(abstract: str, compound: str) -> None:
    assert not any(compound in name for name in coined(abstract))
