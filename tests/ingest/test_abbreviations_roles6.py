"""``paperkg_abbreviations``: a Title-Case long form with its short form, named bare right after a use word,
is taken from elsewhere, not coined by the paper; ``paperkg_roles``: a discovered name its apposition calls new
is introduced (real corpus sentences)."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import surface_roles


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "name"), [
    # arXiv 2605.07444: the simulations that generate the data set are an established method
    ("Accelerated and data-efficient flow prediction in stirred tanks via physics-informed learning",
     "A data set of steady flows is generated using Reynolds Averaged Navier Stokes (RANS) simulations in a "
     "range of realistic operating conditions, including impeller speeds and liquid heights.", "RANS"),
    # arXiv 2605.01783: what a mechanism is inspired by
    ("Runtime Evaluation of Procedural Content Generation in an Endless Runner Game Using Autonomous Agents",
     "Ground tiles and environmental objects are generated dynamically as the player advances, object "
     "placement follows a constraint-driven mechanism inspired by Wave Function Collapse (WFC), and the "
     "runtime navigation surface is rebuilt asynchronously to remain consistent with the streamed "
     "environment.", "WFC"),
])
def test_a_long_form_named_bare_after_a_use_word_is_used(title, abstract, name):
    roles = surface_roles(abstract, title)
    assert roles[name] and "introduces" not in roles[name], roles[name]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "name"), [
    # arXiv 2605.22139: with an article, the paper coins the name it defines
    ("EventGait: Towards Robust Gait Recognition with Event Streams",
     "Our dynamic stream leverages a Mixture of Spiking Experts (MoSE) with diverse neuron constants for robust "
     "dynamic perception across complex motion and illumination scenes.", "MoSE"),
    # arXiv 2605.11611: "built on" names the paper's own operator
    ("CuSearch: Curriculum Rollout Sampling via Search Depth for Agentic RAG",
     "To address this, we propose CuSearch, a curriculum rollout sampling framework built on Search-Depth "
     "Greedy Allocation (SDGA), a batch-level operator that reallocates a fixed update budget toward "
     "deeper-search trajectories.", "SDGA"),
])
def test_a_coined_long_form_stays_introduced(title, abstract, name):
    assert "introduces" in surface_roles(abstract, title)[name]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "name"), [
    # arXiv 2605.14569 and 2605.07192: an apposition calls the discovered name new
    ("Bridging Brain and Semantics: A Hierarchical Framework for Semantically Enhanced fMRI-to-Video Reconstruction",
     "To this end, we draw inspiration from the dual-pathway processing mechanism in human brain and introduce "
     "CineNeuron, a novel hierarchical framework for semantically enhanced video reconstruction from fMRI "
     "signals with two synergistic stages.", "CineNeuron"),
    ("AsyncEvGS: Asynchronous Event-Assisted Gaussian Splatting for Handheld Motion-Blurred Scenes",
     "We further contribute AsyncEv-Deblur, a new high-resolution RGB-Event dataset captured with our "
     "asynchronous system.", "AsyncEv-Deblur"),
])
def test_a_name_called_new_in_its_apposition_is_introduced(title, abstract, name):
    assert "introduces" in surface_roles(abstract, title)[name]
