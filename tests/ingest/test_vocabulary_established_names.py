"""Established names the vocabulary lacked or held under another kind (branch vocab19): lower-case
technique names (deep supervision, layer skipping, gradient reversal layer, format reward, attribution
graph), the Muon optimizer written bare, VQ-VAE as a technique, NeRV as a model, on real arXiv sentences."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities


def test_deep_supervision_is_a_technique():
    # arXiv 2504.13415
    links = entities("The use of deep supervision reduces vanishing gradient problems inherent in "
                     "classification based on deep neural networks.")
    assert links["technique/deep-supervision"] == (Kind.TECHNIQUE, {"deep supervision"})


def test_layer_skipping_is_a_technique():
    # arXiv 2506.03700
    links = entities("Existing methods like speculative decoding and layer skipping offer potential speedups "
                     "but have notable drawbacks.")
    assert links["technique/layer-skipping"] == (Kind.TECHNIQUE, {"layer skipping"})


def test_a_gradient_reversal_layer_is_a_technique():
    # arXiv 2503.16251
    links = entities("The adversarial component uses a gradient reversal layer to remove sensitive "
                     "attributes, reducing privacy risks while maintaining fairness.")
    assert links["technique/gradient-reversal-layer"] == (Kind.TECHNIQUE, {"gradient reversal layer"})


def test_format_rewards_and_attribution_graphs_are_techniques():
    # arXiv 2505.20285, 2511.10840
    links = entities("While for RL, we employ DAPO as the training framework and adopt a hybrid reward "
                     "system consisting of answer rewards and format rewards.")
    assert links["technique/format-reward"] == (Kind.TECHNIQUE, {"format rewards"})
    links = entities("We analyze their internal mechanisms using cross-layer transcoders (CLT) and "
                     "attribution graphs.")
    assert links["technique/attribution-graph"] == (Kind.TECHNIQUE, {"attribution graphs"})


def test_muon_written_bare_is_the_optimizer():
    # arXiv 2512.14366
    links = entities("Extensive experiments show that using optimizers like Muon, with high-rank, "
                     "near-orthogonal updates, consistently enhances INR architectures.")
    assert links["technique/muon-optimizer"] == (Kind.TECHNIQUE, {"Muon"})


def test_vq_vae_is_a_technique_and_nerv_a_model():
    # arXiv 2503.16194, 2507.11443
    links = entities("Modeling images requires discretizing continuous pixel data through vector "
                     "quantization methods like VQ-VAE.")
    assert links["technique/vq-vae"] == (Kind.TECHNIQUE, {"VQ-VAE"})
    links = entities("To address these limitations, we introduce COLI (Compressor for Large Images), a novel "
                     "framework leveraging Neural Representations for Videos (NeRV).")
    assert links["model/nerv"][0] == Kind.MODEL
