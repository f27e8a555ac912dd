"""A known name's release rules do not cut a longer name (``paperkg_variants``; sentences quoted from
corpus abstracts): a closed-up version before a short lower-case part ("BLIP3-o") is that name's part,
not the version "BLIP3"; a modality word after a dataset's name ("MIND-Edit", "ScienceQA-Image") makes
no model release, so the whole name stays found by the rules for subsets and new names."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import TITLE, kinds_and_labels


@pytest.mark.parametrize(("abstract", "title", "surface"), [
    # arXiv 2505.09568: the title's name
    ("Building on our innovative model design, training recipe, and datasets, we develop BLIP3-o, a suite "
     "of state-of-the-art unified multimodal models.",
     "BLIP3-o: A Family of Fully Open Unified Multimodal Models-Architecture, Training and Dataset",
     "BLIP3-o"),
    # arXiv 2508.09987
    ("Moreover, applying Echo-4o-Image to other foundation models (e.g., OmniGen2, BLIP3-o) yields "
     "consistent performance gains across multiple metrics.", TITLE, "BLIP3-o"),
    # arXiv 2603.16139: with its size
    ("It achieves 0.89 on GenEval and 0.55 on WISE, surpassing strong baselines such as BAGEL-7B (0.82 & "
     "0.55) and BLIP3-o-4B (0.84 & 0.50).", TITLE, "BLIP3-o-4B"),
])
def test_a_short_lower_case_part_keeps_the_name_whole(abstract: str, title: str, surface: str) -> None:
    links = kinds_and_labels(abstract, title)
    assert links.get(surface) == (Kind.MODEL, surface)
    assert "BLIP3" not in links


def test_an_edit_word_after_a_dataset_name_is_a_new_method() -> None:
    # arXiv 2505.19149: MIND is a dataset's name too; "MIND-Edit" is the paper's framework
    links = kinds_and_labels(
        "To overcome these limitations, we propose MIND-Edit, an end-to-end image-editing framework "
        "integrating pretrained diffusion model with MLLM. MIND-Edit introduces two complementary strategies",
        "MIND-Edit: MLLM Insight-Driven Editing via Language-Vision Projection")
    assert links.get("MIND-Edit") == (Kind.TECHNIQUE, "MIND-Edit")
    assert "MIND" not in links


def test_an_edit_word_after_the_papers_dataset_keeps_the_whole_name() -> None:
    # arXiv 2606.30599: Goku is the paper's dataset, Goku-Edit its model (found whole, not as Goku)
    links = kinds_and_labels(
        "To bridge this gap, we present Goku, a large-scale dataset featuring 2 million high-quality, "
        "instruction-aligned video editing pairs. Furthermore, we explore the optimal network structures on "
        "Goku, and propose Goku-Edit. To deeply comprehend complex editing instructions, Goku-Edit leverages "
        "an MLLM as its text encoder.",
        "Goku: A Million-Scale Universal Dataset and Benchmark for Instruction-Based Video Editing")
    assert "Goku-Edit" in links
    assert links.get("Goku", (None,))[0] is Kind.DATASET


def test_an_image_word_after_a_benchmark_is_its_subset() -> None:
    # arXiv 2512.08240: ScienceQA's image split
    links = kinds_and_labels(
        "HTC-VLM achieves an average performance retention of 87.2 percent across seven benchmarks (GQA, "
        "VQAv2, MMBench, MME, POPE, SEED-Bench, ScienceQA-Image), outperforming the leading continuous "
        "baseline at 81.0 percent")
    assert links.get("ScienceQA-Image") == (Kind.DATASET, "ScienceQA-Image")
    assert "ScienceQA" not in links
