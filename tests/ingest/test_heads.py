"""Names a head noun types (``paperkg_heads``): "the X dataset", "A and B, two datasets", technique heads and
appositions to a part head (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds, kinds_and_labels

# Names a head noun types: "the X dataset", "A and B, two datasets" (real arXiv sentences).


@pytest.mark.parametrize("abstract, expected", [
    # title case name before its head:
    pytest.param("Experiments on the Ubuntu Dialogue Corpus demonstrate that our model achieves significant "
                 "improvements in automatic evaluation metrics.", {"Ubuntu Dialogue Corpus": Kind.DATASET},
                 id="Ubuntu Dialogue Corpus"),
    pytest.param("Using the Reddit Meme Dataset and Memotion Dataset, we extract low-level visual features "
                 "and high-level semantic features to identify similar meme pairs.",
                 {"Reddit Meme Dataset": Kind.DATASET}, id="Reddit Meme Dataset"),
    pytest.param("This study presents a granular evaluation of the Lunit INSIGHT DBT model on a large "
                 "retrospective cohort of 163,449 screening mammography exams.",
                 {"Lunit INSIGHT DBT": Kind.MODEL}, id="Lunit INSIGHT DBT"),
    pytest.param("To address these challenges, the AIMS-TBI Segmentation Challenge 2024 aims to advance "
                 "innovative segmentation algorithms specifically designed for T1-weighted MRI data.",
                 {"AIMS-TBI Segmentation Challenge 2024": Kind.DATASET},
                 id="AIMS-TBI Segmentation Challenge 2024"),
    # a head that counts only capitalised, as part of the name (agents are models)
    pytest.param("ARAG leverages four specialized LLM-based agents: a User Understanding Agent that "
                 "summarizes user preferences from long-term and session contexts, and an Item Ranker Agent "
                 "that generates a ranked list of recommendations based on contextual fit.",
                 {"User Understanding Agent": Kind.MODEL, "Item Ranker Agent": Kind.MODEL},
                 id="User Understanding Agent+Item Ranker Agent"),
    pytest.param("To address these issues, we developed Review Feedback Agent, a system leveraging multiple "
                 "large language models (LLMs) to improve review clarity.",
                 {"Review Feedback Agent": Kind.MODEL}, id="Review Feedback Agent"),
    # a challenge or competition names data:
    pytest.param("Our approach demonstrates competitive performance compared to leading systems in the OAEI "
                 "competition and against supervised methods.", {"OAEI": Kind.DATASET}, id="OAEI"),
    pytest.param("We evaluated City2Scene on the DCASE Challenge Task 1 datasets, where each audio clip is "
                 "annotated with both scene and city labels.", {"DCASE": Kind.DATASET}, id="DCASE"),
    # split sets and bracketed names:
    # a split word and "set"/"suite" after a name: a dataset's
    pytest.param("SAR-RS-CLIP achieves notable improvements in retrieval performance, boosting average "
                 "recall by 16.43% and 10.54% on the OSdataset-512 and HRSID test sets, respectively.",
                 {"HRSID": Kind.DATASET}, id="HRSID"),
    pytest.param("We present new resources for Southern Uzbek machine translation, including a 997-sentence "
                 "FLORES+ dev set, 39,994 parallel sentences from dictionary, literary, and web sources.",
                 {"FLORES+": Kind.DATASET}, id="FLORES+"),
    pytest.param("In this paper, we present our submission to the MM-ArgFallacy2025 shared task, which aims "
                 "to advance research in multimodal argument mining.", {"MM-ArgFallacy2025": Kind.DATASET},
                 id="MM-ArgFallacy2025"),
    # a technique word inside a dataset's Title Case name is part of the name
    pytest.param("Using the GameVibe Few-Shot dataset across nine first-person shooter games, we evaluate "
                 "three VLMs under six prompting strategies.", {"GameVibe Few-Shot": Kind.DATASET},
                 id="GameVibe Few-Shot"),
    # a name alone in brackets after a singular head noun
    pytest.param("To support this, we construct a machine-centric image quality database (MIQD-2.5M), "
                 "comprising 2.5 million samples.", {"MIQD-2.5M": Kind.DATASET}, id="MIQD-2.5M"),
])
def test_heads_names_of_the_head(abstract, expected):
    assert kinds(abstract, by="paperkg_heads") == expected


@pytest.mark.parametrize("abstract, expected", [
    ("To address these issues, we introduce PolarNS and PolarBurstSR, two innovative datasets developed "
     "specifically for polarization imaging.", {"PolarNS": Kind.DATASET, "PolarBurstSR": Kind.DATASET}),
    ("We evaluate MMMORRF on MultiVENT 2.0 and TVR, two multimodal benchmarks designed for more targeted "
     "information needs.", {"MultiVENT 2.0": Kind.DATASET}),
])
def test_heads_names_listed_before_a_numbered_apposition(abstract, expected):
    found = kinds(abstract, by=None)  # "we introduce PolarNS" is linked before, by paperkg_intro
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract, wrong", [
    # title case run that names nothing:
    # a head that only modifies: the name word before it is no dataset
    pytest.param("Experimental results demonstrate that TDTracker achieves state-of-the-art (SOTA) "
                 "performance on the synthetic SEET dataset and secured Third place in the CVPR event-based "
                 "eye-tracking challenge 2025.", "CVPR", id="CVPR"),
    # Title Case goes on after the head: no name ends there
    pytest.param("To facilitate the development of Physical AI, we will make our code and pre-trained "
                 "models available under the NVIDIA Open Model License at "
                 "https://github.com/nvidia-cosmos/cosmos-reason1.", "NVIDIA Open Model",
                 id="NVIDIA Open Model"),
    # a hardware design is no model
    pytest.param("Finally, we implement GNA on top of a state-of-the-art fused multi-headed attention "
                 "(FMHA) kernel designed for the NVIDIA Blackwell architecture in CUTLASS.",
                 "NVIDIA Blackwell", id="NVIDIA Blackwell"),
    # a run that spells out or describes a name is not a second name
    pytest.param("To address this gap, we introduce DSDBench: the Data Science Debugging Benchmark, the "
                 "first benchmark for systematic evaluation of LLMs on multi-hop error tracing.",
                 "Data Science Debugging Benchmark", id="Data Science Debugging Benchmark"),
    pytest.param("To address this challenge, we propose A2HCoder: a Hierarchical Algorithm-to-HDL Coding "
                 "Agent, powered by large language models (LLMs).",
                 "Hierarchical Algorithm-to-HDL Coding Agent",
                 id="Hierarchical Algorithm-to-HDL Coding Agent"),
    # a run never crosses a sentence end or starts a sentence
    pytest.param("In this paper, we propose a novel 4D reconstruction benchmark, WideRange4D. This "
                 "benchmark includes rich 4D scene data.", "WideRange4D. This", id="WideRange4D. This"),
    pytest.param("Methods: Our OCC system initially identifies nodule candidates from CT scans.",
                 "Methods: Our OCC", id="Methods: Our OCC"),
    # no name in an acronym or a category:
    # a plain acronym in brackets abbreviates the words before it
    pytest.param("A recent successful application of GPUs is in compressing large pattern database (PDB) "
                 "heuristics using neural networks while preserving heuristic admissibility.", "PDB",
                 id="PDB"),
    # an acronym before "benchmark datasets" is a category
    pytest.param("Utilizing ImageNet-1k OoD benchmark datasets, we show that our method, combined with "
                 "post-hoc OoDD approaches leveraging pretrained models, achieves state-of-the-art results.",
                 "OoD", id="OoD"),
    # no technique part head name there:
    # a describing phrase, not a name, goes before the head
    pytest.param("Besides, we design a 2D-to-3D projection training scheme that leverages the relighting "
                 "results.", "2D-to-3D", id="2D-to-3D"),
    # a bracket after the head abbreviates the phrase before it
    pytest.param("In addition, we design a multi-scale gate module (MSGate) to enhance the denoiser.",
                 "MSGate", id="MSGate"),
    # "Within X, a ... strategy": X is where the strategy works, not its name
    pytest.param("Within CIR, a saliency-aware masking strategy guides the prompted encoder.", "CIR",
                 id="CIR"),
    # no apposition when the head is a clause subject:
    pytest.param("Specifically, to address the uncertainty of sparse CSI, a dual-scale feature extraction "
                 "scheme is designed to enhance feature representation.", "CSI", id="CSI"),
    pytest.param("When KLD dominates over AR, generative models tend to lack controllability; when AR "
                 "dominates over KLD, the stochastic encoder is encouraged to violate the standard normal "
                 "prior.", "KLD", id="KLD"),
])
def test_heads_no_such_name(abstract, wrong):
    assert wrong not in kinds(abstract, by="paperkg_heads")


def test_heads_a_capitalised_training_set_stays_in_its_title_case_name():
    abstract = ("conducted on three distinct datasets, i.e., the MIDOG 2025 Atypical Training Set, the "
                "Ami-Br dataset, as well as the preliminary test set of the MIDOG25 challenge.")
    assert kinds(abstract, by="paperkg_heads").get("MIDOG 2025 Atypical Training Set") is Kind.DATASET


# Technique heads that type only the name right before them (real arXiv sentences).


@pytest.mark.parametrize("abstract, expected", [
    ("We replace conventional noise prediction with a more stable data prediction model, along with an "
     "SDE-Corrector mechanism that maintains perceptual quality for low step counts.",
     {"SDE-Corrector": Kind.TECHNIQUE}),
    ("In addition, a Med-TextGrad module using multi-agent textual gradients is integrated.",
     {"Med-TextGrad": Kind.TECHNIQUE}),
    ("Moreover, the effectiveness of the EII mechanism in reducing exploration time is verified.",
     {"EII": Kind.TECHNIQUE}),
    ("To enhance spatial sensitivity, long-range dependencies across image patches are captured under the "
     "MIL paradigm.", {"MIL": Kind.TECHNIQUE}),
])
def test_heads_technique_part_heads_type_the_name_before(abstract, expected):
    found = kinds(abstract, by="paperkg_heads")
    assert {name: found.get(name) for name in expected} == expected


def test_heads_no_part_head_in_title_case():
    """"An Efficient Plug-and-Play Strategy": a capitalised part head names nothing before it."""
    title = "Diffusion Sampling Path Tells More: An Efficient Plug-and-Play Strategy for Sample Filtering"
    assert "Plug-and-Play" not in kinds("We study sampling.", title, by="paperkg_heads")


# Names in apposition to a technique part head ("X, an LSTM-based dispatch strategy"), and a head
# noun phrase that is a clause's subject, not an apposition (real arXiv sentences).


def test_heads_name_in_apposition_to_a_part_head():
    abstract = ("To these ends, the present work develops two deep learning frameworks: COVE-NN, an "
                "LSTM-based dispatch strategy tailored to individual wind farms, which reduced annual COVE "
                "by 32 percent.")
    assert kinds(abstract, by="paperkg_heads").get("COVE-NN") == Kind.TECHNIQUE


def test_heads_possessive_head_types_the_name_before():
    abstract = ("We survey persistence semantics across existing memory systems and identify eight "
                "convergence points, from Karpathy's LLM Knowledge Base [10] to the BEAM benchmark's "
                "near-zero contradiction-resolution scores [22], all pointing to related failures.")
    assert kinds(abstract, by="paperkg_heads").get("BEAM") == Kind.DATASET


# Dataset head nouns: a shared task or contest named by a Title Case run and a capitalised "Challenge" or
# "Competition" is a dataset whose name keeps the head noun ("the GenText-Forensics Challenge", not
# "GenText-Forensics"); plain words joined by "-to-" before a data noun name a task, not a dataset
# ("Existing Document-to-Table benchmarks").


CHALLENGES = [
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
    # names joined by "-to-" stay datasets
    ("NTN gains +7.9 mIoU on the SemanticPOSS-to-SemanticSTF benchmark.", "SemanticSTF"),
]


@pytest.mark.parametrize(("abstract", "name"), CHALLENGES)
def test_heads_challenge_name_keeps_its_head(abstract: str, name: str) -> None:
    found = kinds_and_labels(abstract)
    assert found.get(name) == ("dataset", name), found


@pytest.mark.parametrize("abstract", [
    # 2608.14407: a research goal
    "AI scientists work together on single problems. The Nobel Turing Challenge sets the goal of developing "
    "by 2050 AI systems capable of automating Nobel-quality discoveries.",
    "We tackle the Cold Start Challenge in recommendation. The Long Tail Challenge persists.",
    # a lower-case "challenge" or "competition" stays out
    "To address this challenge, we study a Bayesian Bertrand competition between firms.",
])
def test_heads_a_problem_or_a_lower_case_challenge_is_no_contest(abstract: str) -> None:
    found = kinds_and_labels(abstract)
    assert not any(kind == "dataset" for kind, _ in found.values()), found


@pytest.mark.parametrize("abstract", [
    # 2608.08459
    "Existing Document-to-Table benchmarks are insufficient for this setting: flattening evidence into "
    "single tables can duplicate facts.",
    # 2511.18934
    "Experiments on four Text-to-Query benchmarks demonstrate that our method improves accuracy.",
])
def test_heads_task_pair_before_a_data_noun_is_no_dataset(abstract: str) -> None:
    found = kinds_and_labels(abstract)
    assert not any("-to-" in surface for surface in found), found
