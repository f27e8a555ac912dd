"""``paperkg_roles``: the nearest cue decides, what a paper does without is mentioned, earlier work's uses
are mentioned, and a comparison cue may follow the name."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.roles import RoleTagger
from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import surface_roles


def _role(text: str, name: str, kind: str = Kind.TECHNIQUE) -> Role:
    """The role :class:`RoleTagger` gives the first ``name`` in the one-sentence ``text``."""
    tagger = RoleTagger(None, "roles")  # type: ignore[arg-type]
    start = text.index(name)
    return tagger.role(text, start, start + len(name), kind, [0])


@pytest.mark.parametrize(("text", "name"), [
    # arXiv 2506.12015, 2606.02935, 2606.24330, 2605.26004
    ("Moreover, without quantization, EMLoC enables fine-tuning of a 38B model on a single 24GB GPU.",
     "quantization"),
    ("This approach achieves robust registration without intensity calibration or feature matching.",
     "feature matching"),
    ("Instead of relying on rotation data augmentation to establish rotational correspondences, REDI "
     "distills the representations of a VFM.", "data augmentation"),
    ("This formulation avoids backpropagation, auxiliary selector training, and expensive clustering.",
     "backpropagation"),
])
def test_what_the_paper_does_without_is_mentioned(text: str, name: str):
    assert _role(text, name) is Role.MENTIONS


def test_a_cue_of_doing_without_stays_in_its_clause():
    # arXiv 2605.30317: FID is what the paper reports, not something it goes without
    text = ("VPG improves generation quality without retraining the base model, reducing FID on VAR by 0.36 "
            "on average.")
    assert _role(text, "FID") is Role.USES


def test_instead_alone_is_no_cue():
    # arXiv 2605.20725: "instead" without "of" says nothing of the name after it
    text = "We instead estimate disentangled reliabilities: bilevel meta-learning produces two scalars."
    assert _role(text, "meta-learning") is Role.USES


def test_the_nearest_cue_decides():
    # arXiv 2505.19075: the model the baselines are run with is used, not compared with
    text = ("Experimental results show that UniR significantly outperforms existing baseline fine-tuning "
            "methods using the Llama3.2 model.")
    assert _role(text, "Llama3.2", Kind.MODEL) is Role.USES


def test_a_use_word_after_a_comparison_word_compares():
    # arXiv 2606.04095
    text = ("A blinded human evaluation confirms that POLARIS-9B is preferred to the base and on par with "
            "Qwen3.5-27B.")
    assert _role(text, "Qwen3.5-27B", Kind.MODEL) is Role.COMPARES_WITH


def test_an_evaluation_cue_outranks_a_use_word_for_a_dataset():
    # arXiv 2606.05901
    text = "We evaluate its performance on questions from MoNaCo, a challenging Wikipedia QA benchmark."
    assert _role(text, "MoNaCo", Kind.DATASET) is Role.EVALUATES_ON


@pytest.mark.parametrize(("text", "name"), [
    # arXiv 2509.03972, 2604.21137, 2605.30924
    ("Llama-3-Motif shows decent performance on Korean-specific benchmarks, outperforming existing models "
     "and achieving results comparable to GPT-4.", "GPT-4"),
    ("A zero-shot GPT-5.4 baseline achieves macro-F1 of 0.467 on UT and 0.476 on RC.", "GPT-5.4"),
    ("EMBGuard achieves performance competitive with proprietary MLLMs (e.g., GPT-5.1, Gemini-2.5-Pro).",
     "GPT-5.1"),
])
def test_comparisons_beyond_a_cue_word_before_the_name(text: str, name: str):
    assert _role(text, name, Kind.MODEL) is Role.COMPARES_WITH


@pytest.mark.parametrize(("text", "name"), [
    # arXiv 2606.20390, 2603.08100
    ("Existing CNN/ViT pipelines typically rely on global or patch-level features and often combine patient "
     "metadata via late fusion, which limits spatially grounded multimodal reasoning.", "late fusion"),
    ("However, the importance computation using one-hot cross entropy loss ignores the potential predictions "
     "on other categories.", "cross entropy loss"),
])
def test_what_earlier_work_uses_is_mentioned(text: str, name: str):
    assert _role(text, name) is Role.MENTIONS


def test_earlier_work_in_a_clause_before_the_papers_own():
    # arXiv 2504.02882: the paper's "we propose" comes after the clause about existing approaches
    roles = surface_roles(
        "While existing approaches rely mainly on Supervised Fine-Tuning "
        "with expert trajectories, we propose DiaTool-DPO, a novel method that enhances dialogue "
        "capabilities through Direct Preference Optimization.",
        "Dialogue tool use")
    assert roles["Supervised Fine-Tuning"] == {"mentions"}
    assert "mentions" not in roles["Direct Preference Optimization"]
