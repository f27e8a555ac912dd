"""Vocabulary names the matcher missed: plurals of acronym aliases, names after a digit-led prefix,
established names added by the third review list, and tabular networks as models (real arXiv sentences)."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest.test_variants import _links, shipped  # noqa: F401  (shipped: the module's fixture)


def test_the_plural_of_an_acronym_alias_in_any_case_is_the_technique(shipped):
    # arXiv 2606.13852: "VAE" is a case-folded alias of the Variational Autoencoder
    links = _links(shipped, "Quantum generative models", "These results demonstrate that hybrid VAEs are "
                   "computationally viable even on NISQ-era devices.")
    assert links["technique/vae"] == (Kind.TECHNIQUE, {"VAEs"})


def test_the_plural_of_an_acronym_alias_links_lstm(shipped):
    # a gating paper of the corpus: "LSTMs" is an alias of the Long Short-Term Memory model (prec3)
    links = _links(shipped, "Gating mechanisms", "Gating mechanisms have been widely utilized, from early models "
                   "like LSTMs and Highway Networks to recent state space models.")
    assert links["model/lstm"][1] == {"LSTMs"}


def test_a_name_after_a_digit_led_prefix_is_not_linked(shipped):
    # arXiv 2507.16535: a "3D-VAE" is a 3D variant, named on its own, not the VAE
    links = _links(shipped, "City-scale generation", "Our architecture separates structural and textural "
                   "generation: 1) Dual sparse 3D-VAEs compress high-resolution geometric voxels and textural 2D "
                   "Gaussian Splats (2DGS) into compact latent spaces.")
    assert "technique/vae" not in links


def test_established_names_of_the_third_list_are_techniques(shipped):
    # arXiv 2606.27818 and 2606.11314
    links = _links(shipped, "Scalable and Differentiable Point-Cloud Registration Using Maximum Mean Discrepancy",
                   "Prior approaches that rely solely on physically based rendering (PBR) of Gaussian "
                   "representations struggle to achieve realistic results.")
    assert links["technique/maximum-mean-discrepancy"][0] is Kind.TECHNIQUE
    assert links["technique/physically-based-rendering"][0] is Kind.TECHNIQUE


def test_multi_view_stereo_is_a_technique(shipped):
    # arXiv 2606.16638
    links = _links(shipped, "3D reconstruction", "We compare against SOTA 3D reconstruction and camera pose "
                   "estimation methods, such as Structure from Motion, Multi-View Stereo, recent feed forward "
                   "methods.")
    assert links["technique/multi-view-stereo"] == (Kind.TECHNIQUE, {"Multi-View Stereo"})


def test_tabular_networks_are_models(shipped):
    # arXiv 2505.16338
    links = _links(shipped, "Skin lesion classification", "Using frozen features extracted from PanDerm, we "
                   "apply non-linear probing with three different classifiers, namely, multi-layer perceptron "
                   "(MLP), XGBoost, and TabNet.")
    assert links["model/tabnet"][0] is Kind.MODEL
