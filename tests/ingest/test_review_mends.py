"""Review findings of 2026-12-06, night: odd inputs that hung or mislinked (real corpus sentences where the
finding came from one)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.kinds import _occurrences, evidence_kind
from paperkg.ingest.records import Kind
from tests.ingest._helpers import surface_roles


@pytest.mark.issue(12)
def test_an_empty_label_occurs_nowhere():
    # consistency reads every discovered label's occurrences: an empty one looped for ever
    assert list(_occurrences("An abstract.", "")) == []


@pytest.mark.issue(12)
def test_suspended_hyphens_before_commas_name_the_models():
    # arXiv 2605.03624: "BERT-, T5-, and LLaMA-based approaches"
    roles = surface_roles(
        "We apply State-of-the-Art (SOTA) methods for ABSA, including BERT-, T5-, and LLaMA-based "
        "approaches to assess performance.",
        "Aspect-based sentiment analysis")
    assert "BERT-" in roles and "T5-" in roles


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "name", "introduced"), [
    # arXiv 2511.07808: the paper builds the dataset it names
    ("Additionally, to enhance robustness and generalization during pre-training, a large-scale and diverse "
     "dataset named SARSense, comprising 460,532 SAR images, is constructed to enable the model to capture "
     "more generalized representations.", "SARSense", True),
    # a benchmark named in an evaluation is not the paper's
    ("We evaluate our method on a benchmark called FinQABench2.", "FinQABench2", False),
])
def test_a_dataset_named_so_is_the_papers_only_when_it_makes_it(abstract, name, introduced):
    assert ("introduces" in surface_roles(abstract)[name]) is introduced


@pytest.mark.issue(12)
def test_mini_batches_are_no_model_tier():
    # "mini" after a space is a tier ("GPT-5 mini"), not in "mini batches"
    roles = surface_roles("We train GPT-2 mini batches of size 32 and compare with GPT-5 mini.", "Training")
    assert "GPT-2" in roles and "GPT-2 mini" not in roles and "GPT-5 mini" in roles


@pytest.mark.issue(12)
def test_a_size_after_a_space_needs_a_name_before_it():
    # arXiv 2605.16714: "-based" ends a description, not a model's name
    roles = surface_roles("Using this supervision pipeline, we train two Qwen3-4B-Instruct-2507-based 4B "
                          "extractors.",
                          "Extraction")
    assert not any(surface.endswith("based 4B") for surface in roles)


@pytest.mark.issue(12)
def test_a_clause_after_a_colon_is_no_long_form():
    # a colon before a clause: GPT-4's apposition is not SciBench's; a long form after one still is
    # (arXiv 2605.08858: "ProDG: Generative Prototypes for Data-Free Post-Hoc Explainability, a novel framework")
    assert evidence_kind("SciBench", "Existing results on SciBench: Our analysis shows that GPT-4, a large "
                                     "language model, fails.") is None
    assert evidence_kind("ProDG", "we address this issue and introduce ProDG: Generative Prototypes for Data-Free "
                                  "Post-Hoc Explainability, a novel framework that leverages generative "
                                  "models") is Kind.TECHNIQUE
