"""Established names the vocabulary lacked (branch vocab21, fourteenth list of established_review.tsv and
curated names): LLM training and diffusion techniques (on-policy self-distillation, concept erasure,
probability flow ODE), vision and neuroscience techniques (3D Morphable Model, class activation maps),
spellings of existing entries (query reformulation, KV compression), named network families as models
(Attention U-Net, SIREN and the Fourier Neural Operator, like U-Net and DeepONet), image models (Nano
Banana) and datasets (World Values Survey, UK Biobank, ADNI's long form); each on a real arXiv sentence."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities


def test_on_policy_self_distillation_is_one_technique_with_its_acronym():
    # arXiv 2607.17558
    links = entities("On-policy self-distillation (OPSD) offers a promising approach for training large "
                     "language models without relying on a separate teacher model.")
    assert links["technique/on-policy-self-distillation"] == (
        Kind.TECHNIQUE, {"On-policy self-distillation", "OPSD"})
    assert "technique/self-distillation" not in links


def test_concept_erasure_and_probability_flow_ode_are_techniques():
    # arXiv 2509.21433, 2506.13061
    links = entities("Concept erasure has emerged as a safeguard, aiming to selectively suppress such "
                     "concepts through fine-tuning.")
    assert links["technique/concept-erasure"] == (Kind.TECHNIQUE, {"Concept erasure"})
    links = entities("Reformulating this reverse process as a deterministic probability flow ordinary "
                     "differential equation (ODE) enables efficient sampling using high-order solvers, often "
                     "requiring only $\\mathcal{O}(10)$ steps.")
    assert links["technique/probability-flow-ode"][0] == Kind.TECHNIQUE


def test_3d_morphable_model_and_class_activation_maps_are_techniques():
    # arXiv 2601.14875, 2605.04593
    links = entities("The GAT module is enabled by fusing multi-modal input features, including 3D spatial "
                     "coordinates, 3D Morphable Model (3DMM) expression parameters, and learnable latent "
                     "codes to effectively learn and enhance feature representations pertinent to "
                     "fine-grained geometry.")
    assert links["technique/3d-morphable-model"] == (Kind.TECHNIQUE, {"3D Morphable Model", "3DMM"})
    links = entities("Weakly Supervised Semantic Segmentation (WSSS) with image-level labels typically "
                     "leverages Class Activation Maps (CAMs) to achieve pixel-level predictions.")
    assert links["technique/class-activation-mapping"][0] == Kind.TECHNIQUE
    assert "Class Activation Maps" in links["technique/class-activation-mapping"][1]


def test_query_reformulation_and_kv_compression_are_existing_techniques():
    # arXiv 2605.24454, 2607.17715
    links = entities("Despite recent progress in multi-hop QA, existing approaches often rely on reasoning "
                     "in natural language or retrieval without explicit query reformulation, leaving the "
                     "vocabulary gap between user questions and statutory text largely unaddressed.")
    assert links["technique/query-rewriting"] == (Kind.TECHNIQUE, {"query reformulation"})
    links = entities("While KV compression appears to be a natural complement, naively combining compression "
                     "with non-prefix KV reuse often leads to severe accuracy degradation.")
    assert links["technique/kv-cache-compression"] == (Kind.TECHNIQUE, {"KV compression"})


def test_attention_u_net_is_a_model_not_attention_and_u_net():
    # arXiv 2512.17566
    links = entities("In this study, around 5000 FLAIR images of various tumors types and acquisition time "
                     "points from different centers were used to train a unified FLAIR hyperintensity "
                     "segmentation model using an Attention U-Net architecture.")
    assert links["model/attention-u-net"] == (Kind.MODEL, {"Attention U-Net"})
    assert "technique/attention" not in links


def test_siren_and_the_fourier_neural_operator_are_models():
    # arXiv 2503.18123, 2506.16656
    links = entities("Implicit neural representations (INRs) such as NeRF and SIREN encode a signal in "
                     "neural network parameters and show excellent results for signal reconstruction.")
    assert links["model/siren"] == (Kind.MODEL, {"SIREN"})
    links = entities("While functional generative models are theoretically domain- and "
                     "discretization-agnostic, current implementations heavily rely on the Fourier Neural "
                     "Operator (FNO), limiting their applicability to regular grids and rectangular domains.")
    assert links["model/fourier-neural-operator"] == (Kind.MODEL, {"Fourier Neural Operator", "FNO"})


def test_an_emergency_vehicle_siren_is_no_network():
    # arXiv 2507.01563 (title)
    links = entities("We present a full-stack emergency vehicle (EV) siren detection system designed for "
                     "real-time deployment on embedded hardware.",
                     title="Real-Time Emergency Vehicle Siren Detection with Efficient CNNs on Embedded "
                           "Hardware")
    assert "model/siren" not in links
    assert "technique/siren" not in links


def test_nano_banana_is_gemini_2_5_flash_image():
    # arXiv 2603.14941
    links = entities("It achieves an FID of 43.13 on text-guided future scene forecasting, outperforming all "
                     "open-source baselines as well as the closed-source Gemini-2.5-Flash Image "
                     "(Nano Banana).")
    assert links["model/nano-banana"][0] == Kind.MODEL
    assert "Nano Banana" in links["model/nano-banana"][1]


def test_world_values_survey_uk_biobank_and_adni_long_form_are_datasets():
    # arXiv 2505.16408, 2510.05049, 2511.06681
    links = entities("Prior work primarily aligns LLMs with different cultural values using World Values "
                     "Survey (WVS) data.")
    assert links["dataset/world-values-survey"] == (Kind.DATASET, {"World Values Survey", "WVS"})
    links = entities("Evaluations on structured EHR from UK Biobank and MIMIC IV demonstrate that KEEP "
                     "outperforms both traditional and Language Model based approaches in capturing semantic "
                     "relationships and predicting clinical outcomes.")
    assert links["dataset/uk-biobank"] == (Kind.DATASET, {"UK Biobank"})
    links = entities("We apply our framework to predict AD progression for MCI patients using data from the "
                     "Alzheimer's Disease Neuroimaging Initiative (ADNI).")
    assert links["dataset/adni"] == (Kind.DATASET, {"Alzheimer's Disease Neuroimaging Initiative", "ADNI"})
