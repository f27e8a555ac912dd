"""Methods named in plain words (``paperkg_coined``): recall of the names a paper gives its methods, with the
cues and phrases that must still name none."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Paper, Role


@pytest.fixture(scope="module")
def shipped():
    return Extractor.shared()


def _coined(extractor: Extractor, abstract: str) -> dict[str, tuple[str, Role]]:
    """The surfaces ``paperkg_coined`` links, with their kind and role."""
    extraction = extractor.extract(Paper(id="t", title="A study", abstract=abstract))
    return {m.surface: (m.kind.value, m.role) for m in extraction.mentions if m.extractor == "paperkg_coined"}


@pytest.mark.issue(12)
def test_named_after_coined_with_no_other_naming_word(shipped):
    # corpus sentence (2606.09219): "coined" is a naming word though the field has no "name", "call", "term"
    # or "dub" in it
    found = _coined(shipped, "Upon the dataset, we further devise a novel semi-supervised learning framework "
                             "coined Nova Teacher, capable of detecting dense sources effectively given sparse "
                             "annotations.")
    assert found.get("Nova Teacher") == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_named_after_dubbed_unchanged(shipped):
    # must not change: a field with "dubbed" was read before
    found = _coined(shipped, "We propose a novel alignment framework, dubbed Gradient Echo, that reuses past "
                             "gradients.")
    assert found.get("Gradient Echo") == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences (open dev papers): a process head after what steers it and what it acts on
    ("We introduce the Reflective Risk-Aware Agent Architecture (R2A2), a unified cognitive framework grounded in "  # 2506.23844
     "Constrained Markov Decision Processes (CMDPs), which incorporates risk-aware world modeling, meta-policy "
     "adaptation, and joint reward-risk optimization to enable principled, proactive safety.",
     "risk-aware world modeling"),
    ("Given a task prompt, FunHSI performs functionality-aware contact reasoning to identify functional scene "  # 2601.20835
     "elements.", "functionality-aware contact reasoning"),
    # corpus sentences (5k sample)
    ("Besides describing how we hand-curated the dataset through community-informed keyword-based retrieval, this "  # 2506.06813
     "paper also provides a general overview of its contents.", "community-informed keyword-based retrieval"),
    ("ROI-GS, an object-aware framework that enhances local details through object-guided camera selection, "  # 2510.01978
     "targeted Object training, and seamless integration.", "object-guided camera selection"),
])
def test_steered_process_after_a_cue_of_use(shipped, abstract, surface):
    assert _coined(shipped, abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "wrong"), [
    # must not change: a process head after a plain modifier, or after what it is built on, is a task or a step
    ("Lightweight models are trained via transformer-based object detection on drone imagery.",
     "transformer-based object detection"),
    ("The planner then performs depth estimation using a monocular camera.", "depth estimation"),
    ("We then perform context-aware selection over the candidate answers.", "context-aware selection"),
])
def test_process_head_alone_names_no_method(shipped, abstract, wrong):
    assert wrong not in _coined(shipped, abstract)
