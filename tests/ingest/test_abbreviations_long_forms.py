"""Where the long form of a "Long Form (LF)" pair starts, and which names it pairs: a letter that repeats
inside a word does not cut the long form short, a name in one CamelCase word spells its short form, a name
before its long form in brackets is one entity with it (real corpus sentences, quoted as written)."""

from __future__ import annotations

from tests.ingest._helpers import entity_ids

# 2601.23058
RLRR = ("To address these limitations, we propose Reinforcement Learning with Relative Rewards (RLRR), "
        "a framework that shifts reward shaping from absolute scoring to relative ranking.")
# 2512.22647
CCL = ("To address this, we propose a Co-evolutionary Curriculum Learning (CCL) mechanism, where both "
       "the reward model and the ISR model undergo synchronized curricula.")
# 2602.04006
RAN = ("We propose the Rational-ANOVA Network (RAN), a foundational architecture grounded in functional "
       "ANOVA decomposition and Padé-style rational approximation.")


def test_a_repeated_letter_does_not_cut_the_long_form_short() -> None:
    # (Schwartz & Hearst read "Relative Rewards" and "Curriculum Learning": the second "r" and "c" matched
    # inside a word; the initials of the words before the short form start the name earlier)
    ids = entity_ids(RLRR)
    assert ids["Reinforcement Learning with Relative Rewards"] == ids["RLRR"] == {"technique/rlrr"}
    ids = entity_ids(CCL)
    assert ids["Co-evolutionary Curriculum Learning"] == ids["CCL"] == {"technique/ccl"}
    ids = entity_ids(RAN)
    assert ids["Rational-ANOVA Network"] == ids["RAN"]


# 2505.19492
VC3D = ("To address these limitations, we propose\nViewCraft3D (VC3D), an efficient method that leverages "
        "3D priors to generate 3D\nvector graphics.")
# 2510.00394
G2R = ("To tackle these issues, we\npropose a novel geometric-based graph embedding method called "
       "Graph2Region\n(G2R).")


def test_the_capitals_of_a_camelcase_name_spell_its_short_form() -> None:
    ids = entity_ids(VC3D)
    assert ids["VC3D"] == ids["ViewCraft3D"]
    ids = entity_ids(G2R)
    assert ids["G2R"] == ids["Graph2Region"]


# 2509.06596
HAVE = ("We present HAVE (Head-Adaptive Gating and ValuE Calibration), a\nparameter-free decoding "
        "framework that directly addresses both challenges.")
# 2510.13901
RAID = ("We present RAID (Refusal-Aware and Integrated Decoding), a framework that\nsystematically "
        "probes these weaknesses by crafting adversarial suffixes that\ninduce restricted content while "
        "preserving fluency.")
# 2606.03704
DOSS = ("In this paper, we propose DOSS (Dynamic Objective Selection with Safeguards), a learning-based "
        "selector that directly chooses the decision-relevant objective function at each time point from "
        "interpretable statistical summaries of recent returns, selecting among a small set of candidates "
        "(e.g., return-seeking, loss-averse, and risk-adjusted) without introducing intermediate regime "
        "variables.")


def test_a_name_the_intro_rule_linked_takes_its_long_form_in_brackets() -> None:
    ids = entity_ids(HAVE)
    assert ids["Head-Adaptive Gating and ValuE Calibration"] == ids["HAVE"]
    ids = entity_ids(RAID)
    assert ids["Refusal-Aware and Integrated Decoding"] == ids["RAID"]
    ids = entity_ids(DOSS)
    assert ids["Dynamic Objective Selection with Safeguards"] == ids["DOSS"]


def test_the_title_long_form_is_the_name_too() -> None:
    # (the title's "Integrated Decoding" was a second method beside RAID)
    ids = entity_ids(RAID, "RAID: Refusal-Aware and Integrated Decoding for Jailbreaking LLMs")
    assert ids["RAID"] == {"technique/raid"}
    assert "Integrated Decoding" not in ids


# 2607.22002
VIGOR = ("To address this, we propose VarIance Guided Online Rollout allocation (VIGOR) which instead "
         "of allocating a fixed rollout budget per example, begins with a small number of rollouts for all "
         "examples in a batch and iteratively allocates additional rollouts to those with the highest "
         "group reward variance until a fixed total rollout budget is reached.")
# 2602.05339
PAIR = ("In this paper, we propose a novel framework, PAIRed Erasing (PAIR), which reframes concept "
        "erasure from simple removal to consistency-preserving semantic realignment using unsafe-safe "
        "pairs.")


def test_a_name_cut_short_by_the_intro_rule_is_the_whole_long_form() -> None:
    ids = entity_ids(VIGOR)
    assert ids["VarIance Guided Online Rollout allocation"] == ids["VIGOR"] == {"technique/vigor"}
    assert "VarIance" not in ids
    ids = entity_ids(PAIR)
    assert ids["PAIRed Erasing"] == ids["PAIR"] == {"technique/pair"}
    assert "PAIRed" not in ids


# 2506.11067
ROS = ("Objective: Develop a cost-effective, large language model (LLM)-based\npipeline for automatically "
       "extracting Review of Systems (ROS) entities from\nclinical notes.")
# 2512.10388
SRS = ("Conventional Sequential Recommender Systems (SRS) typically assign unique Hash IDs (HID) to "
       "construct item embeddings.")


def test_a_short_form_the_vocabulary_has_in_another_sense_may_name_a_concept() -> None:
    # (the vocabulary's ROS is the Robot Operating System, its SRS a Sticker Response Selector: these pairs
    # name no method)
    assert "Review of Systems" not in entity_ids(ROS)
    assert "Sequential Recommender Systems" not in entity_ids(SRS)
