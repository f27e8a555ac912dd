"""Vocabulary names the matcher missed: plurals of acronym aliases, names after a digit-led prefix,
established names added by the third review list, and tabular networks as models (real arXiv sentences)."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities


def test_the_plural_of_an_acronym_alias_in_any_case_is_the_technique():
    # arXiv 2606.13852: "VAE" is a case-folded alias of the Variational Autoencoder
    links = entities("These results demonstrate that hybrid VAEs are "
                     "computationally viable even on NISQ-era devices.",
                     "Quantum generative models")
    assert links["technique/vae"] == (Kind.TECHNIQUE, {"VAEs"})


def test_the_plural_of_an_acronym_alias_links_lstm():
    # a gating paper of the corpus: "LSTMs" is an alias of the Long Short-Term Memory model (prec3)
    links = entities("Gating mechanisms have been widely utilized, from early models "
                     "like LSTMs and Highway Networks to recent state space models.",
                     "Gating mechanisms")
    assert links["model/lstm"][1] == {"LSTMs"}


def test_a_name_after_a_digit_led_prefix_is_not_linked():
    # arXiv 2507.16535: a "3D-VAE" is a 3D variant, named on its own, not the VAE
    links = entities(
        "Our architecture separates structural and textural "
        "generation: 1) Dual sparse 3D-VAEs compress high-resolution geometric voxels and textural 2D "
        "Gaussian Splats (2DGS) into compact latent spaces.",
        "City-scale generation")
    assert "technique/vae" not in links


def test_established_names_of_the_third_list_are_techniques():
    # arXiv 2606.27818 and 2606.11314
    links = entities("Prior approaches that rely solely on physically based rendering (PBR) of Gaussian "
                     "representations struggle to achieve realistic results.",
                     "Scalable and Differentiable Point-Cloud Registration Using Maximum Mean Discrepancy")
    assert links["technique/maximum-mean-discrepancy"][0] is Kind.TECHNIQUE
    assert links["technique/physically-based-rendering"][0] is Kind.TECHNIQUE


def test_multi_view_stereo_is_a_technique():
    # arXiv 2606.16638
    links = entities(
        "We compare against SOTA 3D reconstruction and camera pose "
        "estimation methods, such as Structure from Motion, Multi-View Stereo, recent feed forward "
        "methods.",
        "3D reconstruction")
    assert links["technique/multi-view-stereo"] == (Kind.TECHNIQUE, {"Multi-View Stereo"})


def test_tabular_networks_are_models():
    # arXiv 2505.16338
    links = entities(
        "Using frozen features extracted from PanDerm, we "
        "apply non-linear probing with three different classifiers, namely, multi-layer perceptron "
        "(MLP), XGBoost, and TabNet.",
        "Skin lesion classification")
    assert links["model/tabnet"][0] is Kind.MODEL
