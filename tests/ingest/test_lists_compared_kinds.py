"""Names compared with and listed as examples (``paperkg_lists``), and the kind they settle on (real
arXiv sentences): one example before the clause's verb ("methods like LatentSeek offer"), a name after
an apposition ("over the prior champion, BertiGO"), a model's size before it ("the 14B TokenFlow-XL"),
a codec and a network in one list ("than standard JPEG and SQ-GAN"), and a sibling of a model the
paper settles on ("PP-OCRv5_mobile" beside PP-OCRv5_server, "its predecessor SV4D" of SV4D 2.0)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds, kinds_of_paper


@pytest.mark.parametrize("abstract, name, kind", [
    # arXiv 2509.18116
    pytest.param("Latent space test-time optimization methods like LatentSeek offer a more direct "
                 "approach by steering hidden representations, but still demand expensive per-query "
                 "optimization loops with multiple backward passes.",
                 "LatentSeek", Kind.TECHNIQUE, id="methods-like-offer"),
    # arXiv 2509.07945
    pytest.param("While conventional multi-task world models like UniZero excel in single-task "
                 "settings, we find that when handling large-scale heterogeneous environments, gradient "
                 "conflicts and the loss of model plasticity often constrain their sample and "
                 "computational efficiency.",
                 "UniZero", Kind.MODEL, id="models-like-excel"),
])
def test_one_example_before_the_clause_verb(abstract: str, name: str, kind: Kind) -> None:
    assert kinds(abstract).get(name) is kind


@pytest.mark.parametrize("abstract, name, kind", [
    # arXiv 2608.09874
    pytest.param("Our discovered policy achieves a 3.8\\% geometric mean IPC speedup over the baseline "
                 "overall and a 0.3\\% improvement over the prior champion, BertiGO.",
                 "BertiGO", Kind.TECHNIQUE, id="prior-champion"),
    # arXiv 2510.21447
    pytest.param("Experiments show that PhysWorld has competitive performance while enabling inference "
                 "speeds 47 times faster than the recent state-of-the-art method, i.e., PhysTwin.",
                 "PhysTwin", Kind.TECHNIQUE, id="method-i-e"),
    # arXiv 2505.17721: the apposition's noun calls it a model
    pytest.param("Experiments on the large-scale synthetic dataset ShapeNet and real-world medical "
                 "dataset IntrA demonstrate that SeaLion achieves remarkable performance in generation "
                 "quality and diversity, outperforming the existing state-of-the-art model, DiffFacto, by "
                 "13.33% and 6.52% on 1-NNA (p-CD) across the two datasets.",
                 "DiffFacto", Kind.MODEL, id="model-apposition"),
])
def test_name_after_an_apposition_is_compared_with(abstract: str, name: str, kind: Kind) -> None:
    assert kinds(abstract).get(name) is kind


def test_a_size_before_a_name_compared_with_makes_models() -> None:
    # arXiv 2510.10575: and the names compared with later in the sentence are models too
    found = kinds("For instance, our 7B UniFlow-XL not only surpasses the 14B TokenFlow-XL by 7.75% on "
                  "average understanding benchmarks, but also achieves competitive results in both "
                  "visual reconstruction and generation, surpassing UniTok by 0.15 in rFID and 0.09 in "
                  "gFID (without guidance), respectively.")
    assert (found.get("TokenFlow-XL"), found.get("UniTok")) == (Kind.MODEL, Kind.MODEL)


def test_codec_and_network_compared_with_keep_their_own_kinds() -> None:
    # arXiv 2604.12622: a describing word before an acronym after "than" ("standard JPEG") makes it a
    # method; SQ-GAN is a network
    found = kinds("In addition, MMSD achieves lower payload size than the recent SPIC baseline while "
                  "preserving strong semantic consistency, whereas SAMR provides a better "
                  "quality-compression trade-off than standard JPEG and SQ-GAN under comparable operating "
                  "conditions.")
    assert (found.get("JPEG"), found.get("SQ-GAN")) == (Kind.TECHNIQUE, Kind.MODEL)


def test_name_after_a_reduction_over_is_compared_with() -> None:
    # arXiv 2604.16492
    found = kinds("On Qwen-Image (1024x1024, 50 steps), LayerCache achieves PSNR 37.46 dB (+5.38 dB over "
                  "MeanCache), SSIM 0.9834, and LPIPS 0.0178 (a 70% reduction over MeanCache) at 1.37x "
                  "speedup, dominating all prior caching methods on the quality-speed Pareto frontier.")
    assert found.get("MeanCache") is Kind.TECHNIQUE


@pytest.mark.parametrize("title, abstract, name", [
    # arXiv 2606.13108: another tier of a model compared with
    pytest.param("PP-OCRv6: From 1.5M to 34.5M Parameters, Surpassing Billion-Scale VLMs on OCR Tasks",
                 "On our in-house benchmarks, PP-OCRv6_medium achieves 83.2% recognition accuracy and "
                 "86.2% detection Hmean, outperforming PP-OCRv5_server by +5.1% and +4.6% respectively "
                 "while surpassing Qwen3-VL-235B, GPT-5.5, and Gemini-3.1-Pro with orders of magnitude "
                 "fewer parameters. The tiny tier achieves 3.9$\\times$ faster inference than "
                 "PP-OCRv5_mobile on Intel Xeon CPU while maintaining comparable accuracy.",
                 "PP-OCRv5_mobile", id="tier"),
    # arXiv 2503.16396 (its first two sentences and its last): an earlier version of a model the text
    # settles on after the list's rule ran
    pytest.param("SV4D 2.0: Enhancing Spatio-Temporal Consistency in Multi-View Video Diffusion for "
                 "High-Quality 4D Generation",
                 "We present Stable Video 4D 2.0 (SV4D 2.0), a multi-view video diffusion model for "
                 "dynamic 3D asset generation. Compared to its predecessor SV4D, SV4D 2.0 is more robust "
                 "to occlusions and large motion, generalizes better to real-world videos, and produces "
                 "higher-quality outputs in terms of detail sharpness and spatio-temporal consistency. "
                 "Extensive experiments demonstrate significant performance gain by SV4D 2.0 both "
                 "visually and quantitatively, achieving better detail (-14\\% LPIPS) and 4D consistency "
                 "(-44\\% FV4D) in novel-view video synthesis and 4D optimization (-12\\% LPIPS and -24\\% "
                 "FV4D) compared to SV4D.",
                 "SV4D", id="predecessor"),
])
def test_sibling_of_a_model_is_a_model(title: str, abstract: str, name: str) -> None:
    assert kinds_of_paper(title, abstract).get(name) is Kind.MODEL
