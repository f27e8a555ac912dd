"""Review-17 mends (B): a title's second means after "and" is read as a means only after a first means that
names a method, and only when it has no named part ("via Conditional Diffusion and
CLIP-Guided Noise Filtering" keeps CLIP: BERT-based counts as BERT); what a method "outperforms" is no
method when it names a task ("data-driven motion estimation methods") or a group ("traditional prompt-based
adaptation methods"). Real corpus papers, with their abstracts' first sentences."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract

_FOCUS = ("In-context localization (ICL) seeks to localize a target object specified by a small set of "
          "support examples in a query image, operating on the fly without training or parameter updates.")
_COGNITION = ("Visual stimuli reconstruction from EEG remains challenging due to fidelity loss and "
              "representation shift. We propose CognitionCapturerPro, an enhanced framework that "
              "integrates EEG with multi-modal priors (images, text, depth, and edges) "
              "via collaborative training.")
_DEFECTS = ("In the realm of industrial quality inspection, defect detection stands as a critical "
            "component, particularly in high-precision, safety-critical sectors such as automotive "
            "components aerospace, and medical devices. Traditional methods, reliant on manual "
            "inspection or early image processing algorithms, suffer from inefficiencies, high costs,"
            " and limited robustness.")


@pytest.mark.parametrize(("title", "abstract", "surface"), [
    # 2605.31145: "Constraints" names no method
    ("FOCUS: Forcing In-Context Object Localization through Visual Support Constraints and Policy "
     "Optimization", _FOCUS, "Policy Optimization"),
    # 2603.12722: "Information" names no method
    ("CognitionCapturerPro: Towards High-Fidelity Visual Decoding from EEG/MEG via Multi-modal Information "
     "and Asymmetric Alignment", _COGNITION, "Asymmetric Alignment"),
    # 2507.05588: a named part (CLIP) inside the second means
    ("Semi-Supervised Defect Detection via Conditional Diffusion and CLIP-Guided Noise Filtering", _DEFECTS,
     "CLIP-Guided Noise Filtering"),
])
def test_title_second_means_not_read_as_introduced(title: str, abstract: str, surface: str) -> None:
    found = {m.surface for m in extract(abstract, title).mentions if m.field == "title"}
    assert surface not in found


def test_title_second_means_keeps_its_named_model() -> None:
    title = "Semi-Supervised Defect Detection via Conditional Diffusion and CLIP-Guided Noise Filtering"
    found = {(m.surface, m.kind) for m in extract(_DEFECTS, title).mentions if m.field == "title"}
    assert ("CLIP", Kind.MODEL) in found


@pytest.mark.parametrize(("title", "abstract", "phrase"), [
    # 2510.12758: a task before "methods"
    ("PET Head Motion Estimation Using Supervised Deep Learning with Attention",
     "Quantitative and qualitative results demonstrate that DL-HMC++ consistently outperforms "
     "state-of-the-art data-driven motion estimation methods, producing motion-free images with clear "
     "delineation of brain structures.", "data-driven motion estimation"),
    # 2507.04221: a group of methods
    ("Context Tuning for In-Context Optimization",
     "Extensive evaluations on benchmarks such as CrossFit, UnifiedQA, MMLU, BIG-Bench Hard, and ARC "
     "demonstrate that Context Tuning outperforms traditional prompt-based adaptation methods and achieves "
     "competitive accuracy to Test-Time Training with significantly higher training efficiency.",
     "prompt-based adaptation"),
])
def test_outperformed_task_or_group_is_no_method(title: str, abstract: str, phrase: str) -> None:
    assert phrase not in {m.surface.lower() for m in extract(abstract, title).mentions}
