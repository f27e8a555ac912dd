"""Names joined by ``+`` ("BERT+LoRA", "YOLO+SAM"): the tokenizer splits the ``+`` off between a letter or
digit and a letter, so each part is linked on its own, while ``C++``, ``CodeT5+``, ``NTU RGB+D`` and
citation keys (``[JRS+21]``) stay as they were. Sentences are quoted from the corpus."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.pipeline import blank_nlp
from tests.ingest._helpers import entity_ids, extract


@pytest.fixture(scope="module")
def nlp():
    return blank_nlp()


@pytest.mark.parametrize(("text", "tokens"), [
    # plus between name parts is its own token:
    pytest.param("LLaVA+SAM", ["LLaVA", "+", "SAM"], id="LLaVA+SAM"),
    # a digit before the "+" also splits off a name after it
    pytest.param("GPT-4+RAG", ["GPT-4", "+", "RAG"], id="GPT-4+RAG"),
    pytest.param("SiT-XL/2+REPA", ["SiT", "-", "XL", "/", "2", "+", "REPA"], id="SiT-XL/2+REPA"),
    # plus without a letter after it stays put:
    pytest.param("C++", ["C++"], id="C++"),
    pytest.param("C++/Python", ["C++", "/", "Python"], id="C++/Python"),
    pytest.param("A+", ["A+"], id="A+"),
    pytest.param("[JRS+21]", ["[", "JRS+21", "]"], id="[JRS+21]"),  # a citation key: a digit after the "+"
    pytest.param("3+1D", ["3", "+", "1D"], id="3+1D"),  # spaCy's own digit+digit rule, unchanged
])
def test_tokenizer_plus_tokens(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


def test_both_parts_of_a_plus_pair_are_linked():
    # 2510.03501
    ids = entity_ids("Unlike prior YOLO+SAM pipelines, our approach improves real-time performance.")
    assert ids["YOLO"] == {"model/yolo"}
    assert ids["SAM"] == {"model/segment-anything"}
    # 2507.15863
    ids = entity_ids("It ingests the documents, splits them into 1,000-token overlapping chunks, and indexes "
                     "them in a hybrid HNSW+BM25 store.")
    assert ids["HNSW"] == {"technique/hnsw"}
    assert ids["BM25"] == {"technique/bm25"}


def test_a_plus_pair_is_not_one_discovered_name():
    # 2603.17217: was one discovered model "BERT+LoRA"
    ids = entity_ids("In this paper, we build a lifecycle-ready criterion obtained by fine-tuning a "
                     "compact encoder (BERT+LoRA) on sanitized text.")
    assert ids["BERT"] == {"model/bert"}
    assert ids["LoRA"] == {"technique/lora"}
    assert "BERT+LoRA" not in ids
    # 2601.09536: was one discovered technique "SFT+RL"
    ids = entity_ids("We instantiate this paradigm with Omni-R1, a two-stage SFT+RL framework featuring "
                     "perception alignment loss.")
    assert ids["SFT"] == {"technique/supervised-fine-tuning"}
    assert ids["RL"] == {"technique/reinforcement-learning"}


def test_input_modality_pairs_are_not_datasets():
    # 2507.20177: "RGB+Thermal", "RGB+Depth" and "RGB+Event" were three discovered datasets
    extraction = extract("It is designed to support various tracking tasks, including RGB, RGB+Thermal, "
                         "RGB+Depth, and RGB+Event, utilizing the same model architecture and parameters.")
    assert not [m.surface for m in extraction.mentions if "+" in m.surface]


def test_names_spelled_with_a_plus_still_link():
    # 2504.11749: the vocabulary's "NTU RGB+D" is tokenized by the same rules, so it still matches
    ids = entity_ids("Extensive experiments are conducted on NTU RGB+D, NTU RGB+D 120, and PKU-MMD with "
                     "various GCN backbones.")
    assert ids["NTU RGB+D"] == {"dataset/ntu-rgb-d"}
    assert ids["NTU RGB+D 120"] == {"dataset/ntu-rgb-d-120"}
    # 2505.04406 and 2509.09192
    ids = entity_ids("First, the benchmark aims at function body generation in large repositories in C "
                     "and C++, two languages not covered by previous benchmarks.")
    assert ids["C++"] == {"language/c-plus-plus"}
    ids = entity_ids("We fine-tune CodeBERT, CodeT5+, and UniXcoder under five encoding strategies.")
    assert ids["CodeT5+"] == {"model/codet5-plus"}


@pytest.mark.parametrize("abstract", [
    # 2605.16774
    "Experiments show that YOLOv11+ByteTrack yields the most stable tracks (fewer identity switches).",
    "It matches GPT-4+Hybrid RAG on L1 while surpassing it on finer-grained metrics.",  # 2605.07613
    "Extensive experiments are conducted on NTU RGB+D, NTU RGB+D 120, and PKU-MMD.",  # 2504.11749
])
def test_mention_offsets_point_at_their_surface(abstract):
    mentions = extract(abstract).mentions
    assert len(mentions) >= 2
    for mention in mentions:
        assert abstract[mention.start:mention.end] == mention.surface
