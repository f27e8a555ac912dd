"""Dataset head nouns: a shared task or contest named by a Title Case run and a capitalised "Challenge" or
"Competition" is a dataset whose name keeps the head noun ("the GenText-Forensics Challenge", not
"GenText-Forensics"); plain words joined by "-to-" before a data noun name a task, not a dataset
("Existing Document-to-Table benchmarks")."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import kinds_and_labels

CASES = [
    # 2606.21138: a single name word before the head
    ("AI-assisted image editing threatens trust in financial records. SEED ranked 3rd in the "
     "GenText-Forensics Challenge. Code and data are available.", "GenText-Forensics Challenge"),
    # 2510.07092: the run opens a sentence after "The", and starts with a digit
    ("The 1X World Model Challenge introduces an open-source benchmark of real-world humanoid interaction, "
     "with two complementary tracks.", "1X World Model Challenge"),
    # 2606.23672: a model's name inside the contest's name is no model link
    ("This paper presents our algorithmic innovations for the NVIDIA Nemotron Model Reasoning Challenge, "
     "focusing on Bit Manipulation Puzzles.", "NVIDIA Nemotron Model Reasoning Challenge"),
    # 2604.23935: an ordinal before the name
    ("Our approach achieves a final score of 80.7 in the 5th PVUW Challenge (MeViS-v2-Audio track), earning "
     "the second-place ranking.", "PVUW Challenge"),
    # 2602.13637
    ("We validate our framework on the test set of the CVM Competition at AAAI'26, and the results "
     "demonstrate that the proposed strategies effectively address the problem.", "CVM Competition"),
    # 2508.14893: plain capitalised words before the head, in a paper that speaks of contests ("baselines")
    ("Leveraging Virtual Community, we propose two novel challenges. The Community Planning Challenge "
     "evaluates multi-agent reasoning and planning ability in open-world settings. We evaluate various "
     "baselines on these tasks.", "Community Planning Challenge"),
    # 2607.11959: an edition before plain capitalised words
    ("It adapts GreenLight to the second Autonomous Greenhouse Challenge logged climate traces.",
     "Autonomous Greenhouse Challenge"),
]


@pytest.mark.parametrize(("abstract", "name"), CASES)
def test_challenge_name_keeps_its_head(abstract: str, name: str) -> None:
    found = kinds_and_labels(abstract)
    assert found.get(name) == ("dataset", name), found


@pytest.mark.parametrize("abstract", [
    # 2608.14407: a research goal
    "AI scientists work together on single problems. The Nobel Turing Challenge sets the goal of developing "
    "by 2050 AI systems capable of automating Nobel-quality discoveries.",
    "We tackle the Cold Start Challenge in recommendation. The Long Tail Challenge persists.",
])
def test_plain_capitalised_problem_is_no_contest(abstract: str) -> None:
    found = kinds_and_labels(abstract)
    assert not any(kind == "dataset" for kind, _ in found.values()), found


def test_lower_case_challenge_stays_out() -> None:
    found = kinds_and_labels("To address this challenge, we study a Bayesian Bertrand competition "
                             "between firms.")
    assert not any(kind == "dataset" for kind, _ in found.values()), found


@pytest.mark.parametrize("abstract", [
    # 2608.08459
    "Existing Document-to-Table benchmarks are insufficient for this setting: flattening evidence into "
    "single tables can duplicate facts.",
    # 2511.18934
    "Experiments on four Text-to-Query benchmarks demonstrate that our method improves accuracy.",
])
def test_task_pair_before_a_data_noun_is_no_dataset(abstract: str) -> None:
    found = kinds_and_labels(abstract)
    assert not any("-to-" in surface for surface in found), found


def test_names_joined_by_to_stay_datasets() -> None:
    found = kinds_and_labels("NTN gains +7.9 mIoU on the SemanticPOSS-to-SemanticSTF benchmark.")
    assert found.get("SemanticSTF") == ("dataset", "SemanticSTF"), found
