"""An autoencoder the paper names ("Coupled Transformer Autoencoder (CTAE)") is the network it trains, a
model, while an autoencoder class ("Conditional Variational Autoencoder") and a sparse autoencoder's variant
stay techniques (real corpus sentences)."""

from __future__ import annotations

from tests.ingest._helpers import entity_ids

# arXiv 2510.20068
CTAE_TITLE = "Coupled Transformer Autoencoder for Disentangling Multi-Region Neural Latent Dynamics"
CTAE = ("We introduce the Coupled Transformer Autoencoder (CTAE) - a sequence model that addresses both "
        "(i) non-stationary, non-linear dynamics and (ii) separation of shared versus region-specific "
        "structure in a single framework. CTAE employs transformer encoders and decoders to capture "
        "long-range neural dynamics and explicitly partitions each region's latent space into orthogonal "
        "shared and private subspaces.")

# arXiv 2511.17757
LDVAE_TITLE = "Latent Dirichlet Transformer VAE for Hyperspectral Unmixing with Bundled Endmembers"
LDVAE = ("To address this challenge, we propose the Latent Dirichlet Transformer Variational Autoencoder "
         "(LDVAE-T) for hyperspectral unmixing. Our model combines the global context modeling "
         "capabilities of transformer architectures with physically meaningful constraints imposed by a "
         "Dirichlet prior in the latent space. A key contribution of LDVAE-T is its treatment of materials "
         "as bundled endmembers, rather than relying on fixed ground truth spectra.")

# arXiv 2507.06140
LANGAE_TITLE = ("LangMamba: A Language-driven Mamba Framework for Low-dose CT Denoising with "
                "Vision-language Models")
LANGAE = ("LangMamba follows a two-stage learning strategy. First, we pre-train a Language-guided "
          "AutoEncoder (LangAE) that leverages frozen VLMs to map NDCT images into a semantic space "
          "enriched with anatomical information.")

# arXiv 2512.02194
OSAE = ("Sparse autoencoders (SAEs) have been widely used for interpretability of neural networks, but their "
        "learned features often vary across seeds and hyperparameter settings. We introduce Ordered Sparse "
        "Autoencoders (OSAE), which extend Matryoshka SAEs by (1) establishing a strict ordering of latent "
        "features and (2) deterministically using every feature dimension.")


def test_a_named_transformer_autoencoder_is_a_model() -> None:
    ids = entity_ids(CTAE, CTAE_TITLE)
    assert ids["CTAE"] == {"model/ctae"}


def test_a_named_variational_autoencoder_is_a_model() -> None:
    ids = entity_ids(LDVAE, LDVAE_TITLE)
    assert ids["LDVAE-T"] == {"model/ldvae-t"}


def test_a_pretrained_autoencoder_of_a_framework_is_a_model() -> None:
    ids = entity_ids(LANGAE, LANGAE_TITLE)
    assert ids["LangAE"] == {"model/langae"}


def test_autoencoder_classes_and_sparse_variants_stay_techniques() -> None:
    from paperkg.ingest.extract.kind_shapes import _coined_autoencoder

    assert _coined_autoencoder("CTAE", ("Coupled Transformer Autoencoder",))
    assert not _coined_autoencoder("CVAE", ("Conditional Variational Autoencoder",))
    assert not _coined_autoencoder("VQ-VAE", ("Vector-Quantized Variational Auto-Encoders",))
    assert not _coined_autoencoder("OSAE", ("Ordered Sparse Autoencoders",))
    assert not _coined_autoencoder("masked graph autoencoder", ())
    ids = entity_ids(OSAE)  # (linked, as the sparse autoencoder's variant it is: a technique)
    assert ids["OSAE"] == ids["Ordered Sparse Autoencoders"] == {"technique/osae"}


# arXiv 2606.29102
BTI_TITLE = ("BTI-Net: Bidirectional Decoder-Level Task Interaction via Uncertainty-Aware Gating for "
             "Multi-Task Dense Prediction")
BTI = ("This work introduces BTI-Net, which establishes bidirectional communication at every decoder level "
       "through two parallel pathways via Task Interaction Modules (TIM).")

# arXiv 2507.17479
SRMAMBA_TITLE = "SRMambaV2: Biomimetic Attention for Sparse Point Cloud Upsampling in Autonomous Driving"
SRMAMBA = ("Experimental results demonstrate that SRMambaV2 achieves superior performance in both "
           "qualitative and quantitative evaluations.")


def test_a_network_name_under_a_procedure_title_is_a_model() -> None:
    # (the title's phrase is headed by a procedure word, "Interaction", "Attention"; the name is a network's)
    assert entity_ids(BTI, BTI_TITLE)["BTI-Net"] == {"model/bti-net"}
    assert entity_ids(SRMAMBA, SRMAMBA_TITLE)["SRMambaV2"] == {"model/srmambav2"}


def test_a_name_built_on_nerv_is_a_network() -> None:
    from paperkg.ingest.extract.kind_shapes import _NETWORK_NAME

    assert _NETWORK_NAME.search("Tree-NeRV") and _NETWORK_NAME.search("TinyNeRV")
    assert not _NETWORK_NAME.search("NeRV")
