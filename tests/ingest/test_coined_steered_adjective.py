"""Methods named in plain words after a cue of use (``paperkg_coined``): what steers the step, then an
adjective before the method noun ("leverages trajectory-guided deformable sampling") names it; an adjective
alone before the noun ("aggressive filtering") still names none."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import coined, kinds_and_labels


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences (2604.09985, 2511.00480, 2511.11005)
    ("The MFS module utilizes frame-agnostic Semantic Basis Primitives to stablize features, while the TAA "
     "module leverages trajectory-guided deformable sampling to ensure precise temporal alignment.",
     "trajectory-guided deformable sampling"),
    ("During communication, FedMGP employs a dynamic prompt aggregation strategy based on similarity-guided "
     "probabilistic sampling: each client computes the cosine similarity between its prompt groups and the "
     "global prompts.", "similarity-guided probabilistic sampling"),
    ("We localize question-specific cues and then measure dependence through relevance-guided probabilistic "
     "masking.", "relevance-guided probabilistic masking"),
])
def test_steered_adjective_before_method_noun(abstract, surface):
    assert coined(abstract).get(surface, (None,))[0] == Kind.TECHNIQUE


@pytest.mark.issue(12)
def test_adjective_alone_names_no_method():
    # an adjective alone before the method noun is a manner, not a name
    assert "aggressive filtering" not in coined("The pipeline removes noisy samples through aggressive "
                                                "filtering before training.")


@pytest.mark.issue(12)
def test_head_noun_after_keeps_the_part():
    # corpus sentence (2604.03393): a head noun after the phrase: the part the method employs, as before
    abstract = ("For representation, TABQAWORLD employs an action-conditioned multimodal selection policy, "
                "which dynamically switches between visual and textual representations.")
    assert coined(abstract).get("action-conditioned multimodal selection policy") == (Kind.TECHNIQUE,
                                                                                      Role.INTRODUCES)
    assert kinds_and_labels(abstract)["action-conditioned multimodal selection policy"][1] == (
        "action-conditioned multimodal selection policy")
