"""A known method and what steers it, written before it after a cue, are the variant the paper names.

"we propose confidence-aware early stopping": a hyphenated "-aware|-guided|-conditioned|-informed|..."
modifier right before a vocabulary technique, after a cue of introduction or use, names one technique,
which replaces the known name inside (the gold marks the variant alone); "-based" and "-driven" modifiers,
umbrella terms and names that go on with a hyphen stay as they were. Sentences from corpus abstracts (and
dev gold).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined, entities, surface_roles


@pytest.mark.parametrize(("abstract", "variant", "role"), [
    # dev gold (2507.16535)
    ("2) We propose condition-aware flow matching models trained on mixed inputs (semantic masks and "
     "images).",
     "condition-aware flow matching", "introduces"),
    ("Furthermore, we introduce an uncertainty-aware multi-task learning strategy that automatically adjusts "
     "loss weights.", "uncertainty-aware multi-task learning", "introduces"),
    ("SLAP ensures comprehensive data distribution coverage through distribution-aware stratified sampling "
     "while maximizing intra-batch diversity.", "distribution-aware stratified sampling", "uses"),
    ("We optimize the agent via progressive SFT followed by geometry-aware reinforcement learning with "
     "viable-prefix masking.", "geometry-aware reinforcement learning", "uses"),
])
def test_steered_known_method_is_one_variant(abstract: str, variant: str, role: str) -> None:
    links = coined(abstract)
    assert variant in links and links[variant][1].value == role
    known = variant.split(" ", 1)[1]
    assert known not in surface_roles(abstract)  # (the known name inside is the variant's)


def test_variant_written_two_ways_is_one_entity() -> None:
    title = ("AEBNAS: Strengthening Exit Branches in Early-Exit Networks through Hardware-Aware Neural "
             "Architecture Search")
    abstract = "In this paper, we use hardware-aware NAS to strengthen exit branches."
    found = entities(abstract, title)
    assert found["technique/hardware-aware-neural-architecture-search"][1] == {
        "Hardware-Aware Neural Architecture Search", "hardware-aware NAS"}


@pytest.mark.parametrize("abstract", [
    "We leverage data-driven neural networks to predict the flow.",  # an umbrella term, "-driven"
    "We fine-tune the model using transformer-based contrastive learning on the pairs.",  # "-based"
    "The policy is optimized by a structure-aware F1-product objective.",  # the name goes on with a hyphen
    "We further incorporate a text-guided contrastive objective based on CLIP text features.",  # an adjective
])
def test_no_variant(abstract: str) -> None:
    assert not any("-" in surface.split(" ")[0] and " " in surface for surface in coined(abstract))


@pytest.mark.parametrize(("abstract", "cut"), [
    ("To bypass the redundant prefilling computation during both the probing and inference phases, we "
     "incorporate a semantics-aware KV cache reuse strategy.", "semantics-aware KV cache"),  # 2605.03644
    ("Specifically, our framework is built upon two core components: (1) a spatio-temporal significance "
     "pruning strategy that eliminates over 64% of the deformable primitives, followed by an "
     "entropy-constrained spherical harmonics compression applied to the remainder.",
     "entropy-constrained spherical harmonics"),  # 2503.13948
    ("This is followed by context-aware Program of Thought prompting with dynamic selection of in-context "
     "examples.", "context-aware Program of Thought"),  # 2510.13157
    ("Unlike conventional approaches, EMC2 incorporates a scenario-aware MoE architecture specifically "
     "optimized for edge platforms.", "scenario-aware MoE"),  # 2507.04123
])
def test_name_that_goes_on_is_no_variant(abstract: str, cut: str) -> None:
    """A noun after the known name goes on with the name ("... KV cache reuse strategy"): no cut-short
    variant, and the known name stays."""
    assert cut not in coined(abstract)
    assert cut.split(" ", 1)[1] in surface_roles(abstract)
