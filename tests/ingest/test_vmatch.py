"""The vocabulary matcher and variants on real arXiv sentences: "distill" names knowledge distillation
only with a model near it; a short form the paper defines in other words is no variant of a known name."""

from __future__ import annotations

from tests.ingest._helpers import entities

KD = "technique/knowledge-distillation"


def test_distilling_findings_into_guidelines_is_the_plain_verb():
    # arXiv 2508.08189 (a survey): the trends are distilled, no model
    abstract = ("For each pillar we examine algorithmic design, reward engineering, benchmark progress, and "
                "we distill trends such as curriculum-driven training, preference-aligned diffusion, and "
                "unified reward modeling.")
    assert KD not in entities(abstract, "A survey of reinforcement learning for generation")


def test_distilling_user_intent_from_conversations_is_the_plain_verb():
    # arXiv 2509.21371
    abstract = ("We propose ReGeS, a reciprocal Retrieval-Generation Synergy framework that unifies "
                "generation-augmented retrieval to distill informative user intent from conversations.")
    assert KD not in entities(abstract, "ReGeS")


def test_distilling_into_a_lightweight_encoder_is_knowledge_distillation():
    # arXiv 2606.24330: the object sits a dozen words after the verb
    abstract = ("Instead of relying on rotation data augmentation to establish rotational correspondences, "
                "REDI distills the non-equivariant semantic representations of a VFM into a lightweight, "
                "strictly rotation-equivariant encoder.")
    assert entities(abstract, "REDI-Match")[KD][1] == {"distills"}


def test_a_distilled_student_is_knowledge_distillation():
    # arXiv 2603.16188: the teacher is the passive's subject, before the verb
    abstract = ("The tracker follows a Teacher--Student paradigm: a privileged teacher policy is distilled "
                "into a lightweight student equipped with an evidential adaptation module.")
    assert "distilled" in entities(abstract, "Motion tracking")[KD][1]


def test_distilling_down_from_a_named_model_is_knowledge_distillation():
    # sample paper 003 ("Specializing Smaller Language Models towards Multi-Step Reasoning"): models named
    abstract = ("We show that such abilities can, in fact, be distilled down from GPT-3.5 (ge 175B) to T5 "
                "variants (le 11B).")
    links = entities(abstract, "Specializing Smaller Language Models towards Multi-Step Reasoning")
    assert links[KD][1] == {"distilled"}


def test_a_short_form_defined_by_other_words_is_no_variant_of_a_known_dataset():
    # arXiv 2510.12293: "GFF" here is General Fourier Feature, not the dataset GFF
    title = ("General Fourier Feature Physics-Informed Extreme Learning Machine (GFF-PIELM) for "
             "High-Frequency PDEs")
    links = entities("", title)
    assert not any(eid.startswith("dataset/") for eid in links)


def test_a_short_form_whose_long_form_writes_the_known_name_stays_its_variant():
    # arXiv 2603.28023: "Modality-aware CLIP" writes CLIP, so MA-CLIP is CLIP's
    abstract = ("Our approach features three key innovations: (1) the Modality-aware CLIP (MA-CLIP), which "
                "provides modality-specific scene understanding guidance through LoRA fine-tuning.")
    assert "model/ma-clip" in entities(abstract, "Multimodal scene understanding")
