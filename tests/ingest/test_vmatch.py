"""The vocabulary matcher on verb forms: "distill" names knowledge distillation only with a model near it
(real arXiv sentences)."""

from __future__ import annotations

from tests.ingest.test_variants import _links, shipped  # noqa: F401  (shipped: the module's fixture)

KD = "technique/knowledge-distillation"


def test_distilling_findings_into_guidelines_is_the_plain_verb(shipped):
    # arXiv 2508.08189 (a survey): the trends are distilled, no model
    links = _links(shipped, "A survey of reinforcement learning for generation",
                   "For each pillar we examine algorithmic design, reward engineering, benchmark progress, and we "
                   "distill trends such as curriculum-driven training, preference-aligned diffusion, and unified "
                   "reward modeling.")
    assert KD not in links


def test_distilling_user_intent_from_conversations_is_the_plain_verb(shipped):
    # arXiv 2509.21371
    links = _links(shipped, "ReGeS", "We propose ReGeS, a reciprocal Retrieval-Generation Synergy framework that "
                   "unifies generation-augmented retrieval to distill informative user intent from conversations.")
    assert KD not in links


def test_distilling_into_a_lightweight_encoder_is_knowledge_distillation(shipped):
    # arXiv 2606.24330: the object sits a dozen words after the verb
    links = _links(shipped, "REDI-Match", "Instead of relying on rotation data augmentation to establish rotational "
                   "correspondences, REDI distills the non-equivariant semantic representations of a VFM into a "
                   "lightweight, strictly rotation-equivariant encoder.")
    assert links[KD][1] == {"distills"}


def test_a_distilled_student_is_knowledge_distillation(shipped):
    # arXiv 2603.16188: the teacher is the passive's subject, before the verb
    links = _links(shipped, "Motion tracking", "The tracker follows a Teacher--Student paradigm: a privileged "
                   "teacher policy is distilled into a lightweight student equipped with an evidential adaptation "
                   "module.")
    assert "distilled" in links[KD][1]
