"""Parts a paper lists as its own: after "<count> <parts noun> [to|of X]:", opened by "the", or introduced by
the method as subject.

"two new additions to ArchAgent: a cascaded evolutionary search ..., and a hardware-realizability feedback
loop", "two key ingredients: a ray-centered rotation parameterization ...", "three core components: the
Temporal Question Decomposer, the Recursive Solver, and the Answer Aggregator": each listed part is a method
the paper introduces (the gold marks them all). An enumerated part is named by one compound of nouns before a
weak head ("(1) A translator-builder pipeline"; not by where it runs, "(2) a device-side mechanism"). After
"X introduces a", one hyphenated modifier before a strong head names the part, as after "we implement a"
("our model introduces a habit-preservation module"). Sentences from dev gold abstracts.
"""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Role
from tests.ingest._helpers import coined


@pytest.mark.parametrize(("abstract", "names"), [
    # dev gold (2608.09874): the parts noun, then what the parts belong to, before the colon
    ("To overcome this, we introduce two new additions to ArchAgent: a cascaded evolutionary search that "
     "subdivides the design space by sequentially evolving and freezing prefetchers at individual cache "
     "levels, and a hardware-realizability feedback loop that embeds real-time size-estimation directly into "
     "the evolution process.",
     ["hardware-realizability feedback loop"]),
    # dev gold (2606.24876): "ingredients" lists parts; a method noun after an article ends a listed part
    ("FLAT solves with two key ingredients: a ray-centered rotation parameterization for triangle regression "
     "and a novel product window function that improves gradient flow during differentiable triangle "
     "rendering.",
     ["ray-centered rotation parameterization"]),
    # dev gold (2509.03995): parts opened by "the"
    ("RTQA consists of three core components: the Temporal Question Decomposer, the Recursive Solver, and "
     "the Answer Aggregator.",
     ["Temporal Question Decomposer", "Recursive Solver", "Answer Aggregator"]),
    # dev gold (2605.21082): one compound of nouns before a weak head names an enumerated part
    ("AutoRPA introduces two core innovations: (1) A translator-builder pipeline, where a translator agent "
     "converts hard-coded ReAct actions into soft-coded procedures; (2) A hybrid repair strategy during code "
     "verification, combining RPA execution with ReAct-based fallback for iterative refinement.",
     ["translator-builder pipeline", "hybrid repair strategy"]),
    # dev gold (2507.07394): after the method as subject, one hyphenated modifier before a strong head
    ("Built upon a generative framework, our model introduces a habit-preservation module with "
     "category-specific habit encoder, allowing it to learn motion priors that capture distinctive "
     "habitual characteristics.",
     ["habit-preservation module"]),
])
def test_listed_parts_are_introduced(abstract: str, names: list[str]) -> None:
    found = coined(abstract)
    for name in names:
        assert name in found, name
        assert found[name][1] == Role.INTRODUCES
