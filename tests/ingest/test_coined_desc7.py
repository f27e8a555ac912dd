"""Methods named in plain words (``paperkg_coined``), fourth pass: strong heads that name a component
by what it generates, plans or filters, or what it adds to training ("kernel", "curriculum", "prior",
"criterion", "check"), ending a name only as its last word; a lower-case "-driven" word before a
title-case name is no part of it."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Role
from tests.ingest._helpers import coined


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an introduced method ending in a head of a component
    ("Additionally, we propose a threshold-dependent refractory kernel to mitigate excessive neuron "
     "state accumulation.", "threshold-dependent refractory kernel"),
    ("As an initial defense, we propose a simple confidence check which requires no retraining of the "
     "victim model.", "confidence check"),
    ("We first design a 3D frequency filter to selectively prune Gaussians exhibiting abnormally high "
     "frequencies.", "3D frequency filter"),
    ("We tackle this limitation with a reconstruction-guided slot curriculum (SlotCurri).",
     "reconstruction-guided slot curriculum"),
])
def test_coined_desc7_component_heads(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_desc7_a_component_head_inside_a_name_goes_on():
    # corpus sentence: "prior" is not the name's last word, which is "model"
    abstract = ("To address the challenging problem of cartoon-texture decomposition in the presence of "
                "heavy-tailed noise, we in this paper propose a robust low-rank prior model.")
    assert "low-rank prior" not in coined(abstract)


@pytest.mark.issue(12)
def test_coined_desc7_driven_word_before_a_title_case_name():
    # corpus sentences: the name after "large-model-driven" is "User Simulator"; but a lower-case name
    # after "kinematics-driven" keeps it
    found = coined("Second, we develop a large-model-driven User Simulator that generates diverse, "
                   "personalized user queries.")
    assert found["User Simulator"] == ("technique", Role.INTRODUCES)
    found = coined("Firstly, a kinematics-driven Gaussian splatting module is designed to dynamically "
                   "construct anisotropic covariance matrices.")
    assert "kinematics-driven Gaussian splatting module" in found
