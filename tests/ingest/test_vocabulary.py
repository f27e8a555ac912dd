"""Tests over the shipped vocabulary files (real data, not fixtures)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from paperkg.ingest.extract.spans import fold

ROOT = Path(__file__).resolve().parents[2]
VOCAB = ROOT / "paperkg" / "ingest" / "extract" / "vocab"
SOURCES = ROOT.parent / "shared" / "vocab-sources"
FILES = {"model": "models.jsonl", "dataset": "datasets.jsonl",
         "technique": "techniques.jsonl", "language": "languages.jsonl"}
KEYS = {"id", "label", "kind", "aliases", "exact", "case_sensitive", "cue", "broader",
        "language_type", "iso639_3", "wikidata", "hf_id", "origin"}
ID_RE = re.compile(r"^(model|dataset|technique|language)/[a-z0-9][a-z0-9.-]*$")

# Surfaces deliberately shared by two entries (folded surface -> the ids sharing it).
ALLOWED_COLLISIONS: dict[str, set[str]] = {}

def exact(text: str) -> str:
    """The exact-case key: the characters the package's fold keeps, in their case."""
    return "".join(c for c in text if fold(c))


@pytest.fixture(scope="module")
def lines() -> dict[str, list[str]]:
    return {kind: (VOCAB / name).read_text(encoding="utf-8").splitlines() for kind, name in FILES.items()}


@pytest.fixture(scope="module")
def entries(lines) -> dict[str, list[dict]]:
    return {kind: [json.loads(line) for line in rows] for kind, rows in lines.items()}


@pytest.fixture(scope="module")
def by_id(entries) -> dict[str, dict]:
    return {e["id"]: e for rows in entries.values() for e in rows}


@pytest.fixture(scope="module")
def surface_index(entries) -> dict[str, list[tuple[str, str | None]]]:
    """folded surface -> [(id, exact-case key or None when matched case-insensitively)]."""
    index = defaultdict(list)
    for rows in entries.values():
        for e in rows:
            for s in [e["label"], *e["aliases"]]:
                index[fold(s)].append((e["id"], exact(s) if e["case_sensitive"] else None))
            for s in e["exact"]:
                index[fold(s)].append((e["id"], exact(s)))
    return index


def resolve(surface_index, text: str) -> set[str]:
    """Ids a mention written exactly as ``text`` would link to (ignoring cues)."""
    return {i for i, ek in surface_index.get(fold(text), []) if ek is None or ek == exact(text)}


# -- file format -------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", FILES)
def test_vocabulary_schema(entries, kind):
    assert entries[kind], f"{FILES[kind]} is empty"
    for e in entries[kind]:
        assert KEYS <= set(e) <= KEYS | {"generic"}, e["id"]
        assert e.get("generic", True) is True, e["id"]  # shipped only when true
        assert e["kind"] == kind and e["id"].startswith(kind + "/")
        assert ID_RE.match(e["id"]), e["id"]
        assert isinstance(e["label"], str) and e["label"].strip() == e["label"] and fold(e["label"])
        assert all(isinstance(a, str) and fold(a) for a in e["aliases"] + e["exact"]), e["id"]
        assert e["label"] not in e["aliases"], e["id"]
        assert len(set(e["aliases"])) == len(e["aliases"]), e["id"]
        assert isinstance(e["case_sensitive"], bool) and isinstance(e["cue"], bool)
        assert e["broader"] is None or ID_RE.match(e["broader"])
        assert e["wikidata"] is None or re.fullmatch(r"Q[1-9]\d*", e["wikidata"]), e["id"]
        assert e["hf_id"] is None or re.fullmatch(r"[\w.-]+/[\w.-]+", e["hf_id"]), e["id"]
        assert isinstance(e["origin"], str) and e["origin"], e["id"]
        if kind == "language":
            assert e["language_type"] in ("natural", "programming"), e["id"]
            if e["language_type"] == "natural":
                assert re.fullmatch(r"[a-z]{3}", e["iso639_3"] or ""), e["id"]
        else:
            assert e["language_type"] is None and e["iso639_3"] is None, e["id"]


@pytest.mark.parametrize("kind", FILES)
def test_vocabulary_sorted_and_canonical(lines, kind):
    """Sorted by id, one ``json.dumps(sort_keys=True, ensure_ascii=False)`` object a line."""
    rows = lines[kind]
    ids = [json.loads(line)["id"] for line in rows]
    assert ids == sorted(ids)
    for line in rows:
        assert line == json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("kind", FILES)
def test_vocabulary_file_size(kind):
    assert (VOCAB / FILES[kind]).stat().st_size < 3_000_000


def test_vocabulary_ids_unique(entries):
    ids = [e["id"] for rows in entries.values() for e in rows]
    assert len(ids) == len(set(ids))


def test_vocabulary_broader_resolves(by_id):
    for e in by_id.values():
        seen = {e["id"]}
        node = e
        while node["broader"] is not None:
            parent = by_id.get(node["broader"])
            assert parent is not None, f"{node['id']}: broader {node['broader']} missing"
            assert parent["kind"] == e["kind"], node["id"]
            assert parent["id"] not in seen, f"cycle through {parent['id']}"
            seen.add(parent["id"])
            node = parent


def test_vocabulary_no_shared_surfaces(surface_index):
    """No surface links to two entries, unless listed in ALLOWED_COLLISIONS.

    Two exact-case surfaces that differ in case ("SAM" vs "Sam") do not collide.
    """
    clashes = {}
    for key, owners in surface_index.items():
        ids = {i for i, _ in owners}
        if len(ids) < 2:
            continue
        for a_id, a_exact in owners:
            for b_id, b_exact in owners:
                if a_id < b_id and (a_exact is None or b_exact is None or a_exact == b_exact):
                    clashes.setdefault(key, set()).update({a_id, b_id})
    unexpected = {k: v for k, v in clashes.items() if ALLOWED_COLLISIONS.get(k) != v}
    assert not unexpected, sorted(unexpected.items())[:20]


def test_vocabulary_counts(entries):
    natural = [e for e in entries["language"] if e["language_type"] == "natural"]
    programming = [e for e in entries["language"] if e["language_type"] == "programming"]
    assert len(natural) > 7000
    assert 60 <= len(programming) <= 120
    assert len(entries["model"]) > 1500
    assert len(entries["dataset"]) > 5000
    assert len(entries["technique"]) > 1000


# -- required entries --------------------------------------------------------------------------
REQUIRED = [
    ("LLaMA-2", "model/llama-2"), ("Llama 2", "model/llama-2"), ("Llama2", "model/llama-2"),
    ("LLaMA 2", "model/llama-2"), ("LLaMA", "model/llama"), ("Llama 2 13B Chat", "model/llama-2-13b-chat"),
    ("Llama-2-7b-chat-hf", "model/llama-2-7b-chat"), ("GPT-4", "model/gpt-4"), ("GPT4", "model/gpt-4"),
    ("ChatGPT", "model/chatgpt"), ("GPT-4o", "model/gpt-4o"), ("BERT", "model/bert"),
    ("RoBERTa", "model/roberta"), ("T5", "model/t5"), ("mT5", "model/mt5"), ("ByT5", "model/byt5"),
    ("Flan-T5", "model/flan-t5"), ("BLOOM", "model/bloom"), ("Mistral", "model/mistral"),
    ("Mistral 7B", "model/mistral-7b"), ("Mistral 7B Instruct", "model/mistral-7b-instruct"),
    ("Mixtral", "model/mixtral"), ("Mixtral 8x7B", "model/mixtral-8x7b"), ("Qwen", "model/qwen"),
    ("Qwen2-7B-Instruct", "model/qwen2-7b-instruct"), ("Qwen2.5", "model/qwen2.5"),
    ("Gemma", "model/gemma"), ("Phi", "model/phi"), ("Phi-2", "model/phi-2"),
    ("Falcon", "model/falcon"), ("OPT", "model/opt"), ("Pythia", "model/pythia"),
    ("CLIP", "model/clip"), ("BLIP", "model/blip"), ("BLIP-2", "model/blip-2"),
    ("LLaVA", "model/llava"), ("Whisper", "model/whisper"), ("wav2vec 2.0", "model/wav2vec-2.0"),
    ("XLM-R", "model/xlm-r"), ("XLM-RoBERTa", "model/xlm-r"), ("mBERT", "model/mbert"),
    ("DeepSeek-R1", "model/deepseek-r1"), ("Code Llama", "model/code-llama"),
    ("GLUE", "dataset/glue"), ("SuperGLUE", "dataset/superglue"), ("SQuAD", "dataset/squad"),
    ("MMLU", "dataset/mmlu"), ("HumanEval", "dataset/humaneval"), ("GSM8K", "dataset/gsm8k"),
    ("C4", "dataset/c4"), ("The Pile", "dataset/the-pile"), ("FLORES-200", "dataset/flores-200"),
    ("XNLI", "dataset/xnli"), ("MT-Bench", "dataset/mt-bench"), ("HellaSwag", "dataset/hellaswag"),
    ("LoRA", "technique/lora"), ("Low-Rank Adaptation", "technique/lora"),
    ("QLoRA", "technique/qlora"), ("quantization", "technique/quantization"),
    ("GPTQ", "technique/gptq"), ("pruning", "technique/pruning"),
    ("knowledge distillation", "technique/knowledge-distillation"), ("RLHF", "technique/rlhf"),
    ("reinforcement learning from human feedback", "technique/rlhf"), ("DPO", "technique/dpo"),
    ("instruction tuning", "technique/instruction-tuning"),
    ("mixture of experts", "technique/mixture-of-experts"), ("MoE", "technique/mixture-of-experts"),
    ("Mixture-of-Experts", "technique/mixture-of-experts"),
    ("RAG", "technique/retrieval-augmented-generation"),
    ("continual pre-training", "technique/continual-pre-training"),
    ("vocabulary expansion", "technique/vocabulary-expansion"),
    ("Dutch", "language/dutch"), ("Chinese", "language/chinese"), ("Swahili", "language/swahili"),
    ("Farsi", "language/persian"), ("Python", "language/python"), ("Java", "language/java"),
    ("C++", "language/c-plus-plus"), ("C#", "language/c-sharp"),
    # curated from name-shaped words the 104k corpus writes often, and leaderboard names
    ("nnUNet", "model/nnu-net"), ("DeepONet", "model/deeponet"), ("VQGAN", "model/vqgan"),
    ("SAM3", "model/sam-3"), ("DeepSeek-V3.2", "model/deepseek-v3.2"), ("LoCoMo", "dataset/locomo"),
    ("MuSiQue", "dataset/musique"), ("AIME24", "dataset/aime-2024"), ("AIME 2025", "dataset/aime-2025"),
    ("CMU Mocap", "dataset/cmu-mocap"), ("YouTube-VOS 2019", "dataset/youtube-vos-2019"),
]


@pytest.mark.parametrize(("surface", "entity_id"), REQUIRED)
def test_vocabulary_required_entry(surface_index, by_id, surface, entity_id):
    assert entity_id in by_id, f"{entity_id} missing"
    assert resolve(surface_index, surface) == {entity_id}


@pytest.mark.parametrize(("entity_id", "broader"), [
    ("model/llama-2-7b", "model/llama-2"), ("model/llama-2", "model/llama"),
    ("model/llama-2-13b-chat", "model/llama-2-13b"), ("model/mistral-7b-instruct", "model/mistral-7b"),
    ("model/qwen2-7b-instruct", "model/qwen2-7b"), ("dataset/flores-200", "dataset/flores"),
    ("technique/qlora", "technique/lora"), ("language/mandarin-chinese", "language/chinese"),
    ("dataset/aime-2024", "dataset/aime"), ("dataset/youtube-vos-2019", "dataset/youtube-vos"),
    ("model/sam-3", "model/segment-anything"),
])
def test_vocabulary_family_hierarchy(by_id, entity_id, broader):
    assert by_id[entity_id]["broader"] == broader


@pytest.mark.parametrize("entity_id", ["model/bloom", "model/falcon", "model/phi", "model/gemma",
                                       "model/vicuna", "model/alpaca", "model/flamingo", "model/mamba",
                                       "language/go", "language/r", "language/c", "language/julia"])
def test_vocabulary_word_like_names_case_sensitive(by_id, entity_id):
    assert by_id[entity_id]["case_sensitive"]


@pytest.mark.parametrize("entity_id", ["language/go", "language/r", "language/c", "language/d",
                                       "language/julia", "language/lean", "language/even",
                                       "language/are", "language/ido"])
def test_vocabulary_ambiguous_languages_need_a_cue(by_id, entity_id):
    assert by_id[entity_id]["cue"] and by_id[entity_id]["case_sensitive"]


@pytest.mark.parametrize(("entity_id", "iso", "qid"), [
    ("language/dutch", "nld", "Q7411"), ("language/chinese", "zho", "Q7850"),
    ("language/swahili", "swa", "Q7838"), ("language/english", "eng", "Q1860"),
])
def test_vocabulary_natural_language_codes(by_id, entity_id, iso, qid):
    e = by_id[entity_id]
    assert (e["language_type"], e["iso639_3"], e["wikidata"]) == ("natural", iso, qid)


@pytest.mark.parametrize("entity_id", ["language/python", "language/c-plus-plus", "language/java",
                                       "language/sql", "language/rust"])
def test_vocabulary_programming_languages(by_id, entity_id):
    assert by_id[entity_id]["language_type"] == "programming"


# -- stop-listed words -------------------------------------------------------------------------
@pytest.mark.parametrize("word", ["Even", "Are", "Ido", "Self", "Processing", "Label", "Mono",
                                  "large language models", "LLMs", "LLM", "language models",
                                  "machine translation", "question answering", "Focus", "Diffusion",
                                  "Boosting"])
def test_vocabulary_stopword_absent_or_guarded(surface_index, by_id, word):
    """An ordinary word links to nothing, or only to an entry that needs exact case and a cue."""
    for entity_id in resolve(surface_index, word) | resolve(surface_index, word.lower()):
        e = by_id[entity_id]
        assert e["case_sensitive"] and e["cue"], f"{word!r} matches {entity_id} unguarded"


@pytest.mark.issue(12)
@pytest.mark.parametrize("word", ["Transformer", "fine-tuning", "pre-training", "prompting", "attention",
                                  "deep learning", "machine learning", "neural networks", "GNN", "RNN",
                                  "few-shot", "zero-shot", "diffusion models", "self-attention",
                                  "supervised learning", "representation learning", "generative AI", "GenAI",
                                  "convolution", "human-in-the-loop", "computer vision", "ToM",
                                  "feature selection", "dimensionality reduction", "knowledge transfer",
                                  "synthetic data generation", "watermarking", "kernel methods"])
def test_vocabulary_umbrella_terms_are_generic_entities(surface_index, by_id, word):
    """Umbrella terms (ANNOTATION.md, borderline) are kept as entities flagged generic, not dropped."""
    ids = resolve(surface_index, word)
    assert ids, f"{word!r} links to nothing"
    assert all(by_id[i]["kind"] == "technique" and by_id[i].get("generic") for i in ids), ids


@pytest.mark.issue(12)
@pytest.mark.parametrize(("surface", "entity_id"), [
    ("gradient descent", "technique/gradient-descent"), ("dropout", "technique/dropout"),
    ("PCA", "technique/principal-component-analysis"), ("k-means", "technique/k-means"),
    ("Gibbs sampling", "technique/gibbs-sampling"),
    ("variational inference", "technique/variational-inference"),
    ("label smoothing", "technique/label-smoothing"), ("early stopping", "technique/early-stopping"),
    ("policy gradient", "technique/policy-gradient"), ("cross-validation", "technique/cross-validation"),
    ("autoencoder", "technique/autoencoder"), ("importance sampling", "technique/importance-sampling"),
    ("B-splines", "technique/b-spline"), ("Newton interpolation", "technique/newton-interpolation"),
    ("Karush-Kuhn-Tucker conditions", "technique/kkt-conditions"), ("oversampling", "technique/oversampling"),
    ("Hadamard codes", "technique/hadamard-code"), ("optimal transport", "technique/optimal-transport"),
    ("Fourier feature mapping", "technique/fourier-feature-mapping"), ("fuzzing", "technique/fuzzing"),
    ("teacher-student framework", "technique/teacher-student-learning"),
    ("dynamic pruning", "technique/dynamic-pruning"), ("regex matching", "technique/regex-matching"),
])
def test_vocabulary_techniques_written_in_plain_words_match_case_folded(
    surface_index, by_id, surface, entity_id):
    """Established techniques people write in lower case are entries matched in any case."""
    assert resolve(surface_index, surface) == {entity_id}
    assert not by_id[entity_id]["case_sensitive"] and not by_id[entity_id].get("generic")


@pytest.mark.issue(12)
@pytest.mark.parametrize("word", ["MRI", "magnetic resonance imaging", "fMRI", "mmWave", "millimeter wave",
                                  "Wi-Fi", "LiDAR", "Sentinel-2", "PubMed", "arXiv", "VQA", "ReID",
                                  "whole slide images", "RGB"])
def test_vocabulary_modalities_bands_sources_and_tasks_are_generic_datasets(surface_index, by_id, word):
    """Imaging modalities, radio bands, sensors, data sources and task names that a corpus build ranked
    among the top datasets are generic: kept, hidden from rankings by default."""
    ids = resolve(surface_index, word)
    assert ids, f"{word!r} links to nothing"
    assert all(by_id[i]["kind"] == "dataset" and by_id[i].get("generic") for i in ids), ids


@pytest.mark.issue(12)
def test_vocabulary_pwc_acronyms_with_another_meaning_in_the_corpus(surface_index, by_id):
    """PwC acronyms that papers use for something else: SAC is Soft Actor-Critic (not Switchable Atrous
    Convolution), DAPO the RL algorithm, GPS and RAM no technique; CARLA is labelled CARLA."""
    assert resolve(surface_index, "SAC") == {"technique/soft-actor-critic"}
    assert by_id["technique/dapo"]["label"] == "DAPO"
    assert not resolve(surface_index, "GPS") and not resolve(surface_index, "RAM")
    assert by_id["technique/carla"]["label"] == "CARLA"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("surface", "entity_id"), [
    ("FedProx", "technique/fedprox"), ("federated averaging", "technique/fedavg"),
    ("SfM", "technique/structure-from-motion"), ("structure-from-motion", "technique/structure-from-motion"),
    ("CTDE", "technique/ctde"),
    ("implicit neural representations", "technique/implicit-neural-representation"),
    ("UDA", "technique/unsupervised-domain-adaptation"),
    ("Model Context Protocol", "technique/model-context-protocol"), ("CMA-ES", "technique/cma-es"),
    ("membership inference attacks", "technique/membership-inference-attack"),
    ("extreme gradient boosting", "technique/xgboost"),
])
def test_vocabulary_names_a_corpus_build_only_discovered_are_entries(
    surface_index, by_id, surface, entity_id):
    """Established techniques that a 104k build found only through a paper's own definition
    (FedProx, SfM, INR, UDA) are vocabulary entries, so every paper naming them links them."""
    assert resolve(surface_index, surface) == {entity_id}
    assert not by_id[entity_id].get("generic")


def test_vocabulary_transformer_is_not_a_model(surface_index, by_id):
    for word in ("Transformer", "transformer", "Transformers"):
        assert not {i for i in resolve(surface_index, word) if by_id[i]["kind"] == "model"}


# -- determinism -------------------------------------------------------------------------------
@pytest.mark.skipif(not SOURCES.is_dir(), reason="needs ../shared/vocab-sources beside the checkout")
def test_vocabulary_build_is_reproducible(tmp_path):
    """Rebuilding from the same inputs gives byte-identical files."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_vocab.py"), "--sources",
                    str(SOURCES), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in [*FILES.values(), "SOURCES.md"]:
        assert (tmp_path / name).read_bytes() == (VOCAB / name).read_bytes(), name


# -- inflections -------------------------------------------------------------------------------
@pytest.mark.issue(12)
@pytest.mark.parametrize(("entity_id", "form"), [
    ("technique/svm", "Support Vector Machines"), ("technique/autoencoder", "autoencoders"),
    ("technique/knowledge-distillation", "distilled"), ("technique/knowledge-distillation", "distilling"),
    ("technique/quantization", "quantized"), ("technique/quantization", "quantizes"),
    ("technique/gaussian-process", "Gaussian processes"), ("technique/decision-tree", "decision trees"),
    ("technique/tensor-decomposition", "tensor decompositions"),
    ("technique/singular-value-decomposition", "singular value decompositions"),
])
def test_vocabulary_matches_inflected_technique_names(entity_id, form):
    from paperkg.ingest.extract.vocabulary import Vocabulary

    entry = Vocabulary.load(VOCAB).entries[entity_id]
    assert fold(form) in {fold(n) for n in entry.folded}


def test_vocabulary_acronym_plurals_are_exact_case():
    from paperkg.ingest.extract.vocabulary import Vocabulary

    entry = Vocabulary.load(VOCAB).entries["technique/gan"]
    assert "GANs" in entry.exact and "gans" not in {n.lower() for n in entry.folded}


@pytest.fixture(scope="module")
def shipped_matcher():
    from paperkg.ingest.extract.pipeline import blank_nlp

    nlp = blank_nlp()
    nlp.add_pipe("paperkg_vocab")
    return nlp


@pytest.mark.parametrize(("text", "surface", "entity_id"), [
    # technique names match with any boundary hyphenated:
    # phrases as arXiv abstracts write them: one compound modifier hyphenated, the rest spaced
    pytest.param("then applies group-relative policy optimization on the mined subset",
                 "group-relative policy optimization", "technique/grpo",
                 id="group-relative policy optimization", marks=pytest.mark.issue(12)),
    pytest.param("reformulates image generation from next-token prediction to", "next-token prediction",
                 "technique/causal-language-modeling", id="next-token prediction",
                 marks=pytest.mark.issue(12)),
    pytest.param("We minimise the mean-squared error of", "mean-squared error", "technique/mse",
                 id="mean-squared error", marks=pytest.mark.issue(12)),
    pytest.param("based on low-rank tensor decompositions of", "tensor decompositions",
                 "technique/tensor-decomposition", id="tensor decompositions", marks=pytest.mark.issue(12)),
    # technique names match with a compound closed:
    # a compound the vocabulary writes apart ("Auto Encoder") and papers close ("autoencoder"), as
    # another technique name writes it (arXiv 2605.02780)
    pytest.param("we introduce a novel conditional variational autoencoder for fine-grained structural "
                 "control", "conditional variational autoencoder", "technique/cvae",
                 id="conditional variational autoencoder", marks=pytest.mark.issue(12)),
    # technique names match in other spellings:
    # British spellings and prefixes written closed or hyphenated, as arXiv abstracts write them
    pytest.param("We perform hyperparameter optimisation for efficient learning.",
                 "hyperparameter optimisation", "technique/hyperparameter-optimization",
                 id="hyperparameter optimisation"),
    pytest.param("These abilities are achieved through a decentralised training approach",
                 "decentralised training", "technique/decentralized-training", id="decentralised training"),
    pytest.param("In this work, we take inspiration from masked image modelling (MIM) that learns rich "
                 "semantics", "masked image modelling", "technique/masked-image-modeling",
                 id="masked image modelling"),
    pytest.param("we pre-train two vector-quantized variational auto-encoder (VQ- VAE) by reconstructing 3D "
                 "OCT data", "variational auto-encoder", "technique/vae", id="variational auto-encoder"),
    pytest.param("quantum optimisation techniques for hyper parameter tuning", "hyper parameter tuning",
                 "technique/hyperparameter-tuning", id="hyper parameter tuning"),
    # two part names match closed up:
    # a two-part name that papers also write closed up (arXiv abstracts of the 104k corpus)
    pytest.param("Experiments on VideoMME, MLVU, LongVideoBench, and LVBench datasets demonstrate",
                 "VideoMME", "dataset/video-mme", id="VideoMME"),
    pytest.param("referring expression and multi-scale visual features from GroundingDINO can interact with "
                 "each other", "GroundingDINO", "model/grounding-dino", id="GroundingDINO"),
    pytest.param("two different Convolutional Neural Networks (CNNs), GradCAM explanations and Deep "
                 "Semi-Supervised Anomaly Detection", "GradCAM", "technique/grad-cam", id="GradCAM"),
    # matches curated name shaped models and datasets:
    # name-shaped model and dataset names that several corpus abstracts use (reviewed, curated)
    pytest.param("a tracking framework built on YOLOv12 and BoT-SORT, enhanced with tailored training",
                 "BoT-SORT", "technique/bot-sort", id="BoT-SORT"),
    pytest.param("We achieved precise camera tracking results both on the synthetic Replica and real-world "
                 "TUM-RGBD datasets", "TUM-RGBD", "dataset/tum-rgbd", id="TUM-RGBD"),
    pytest.param("We experiment with two recent tabular foundation models - TabPFN v2 and TabICL - through "
                 "in-context learning", "TabICL", "model/tabicl", id="TabICL"),
    pytest.param("Our models outperform frontier models such as GPT-4o and Claude 3.5 on tau-bench and BFCL "
                 "benchmarks", "BFCL", "dataset/bfcl", id="BFCL"),
    # matches reviewed established techniques:
    # established names of other shapes than method heads (established_review.tsv; corpus sentences)
    pytest.param("Many well-studied learning dynamics, such as fictitious play and the replicator, are "
                 "known to not converge", "fictitious play", "technique/fictitious-play",
                 id="fictitious play"),
    pytest.param("Granger causality is one of the well-known techniques for", "Granger causality",
                 "technique/granger-causality", id="Granger causality"),
    pytest.param("yet existing methods assume specific preference models like Bradley-Terry model",
                 "Bradley-Terry model", "technique/bradley-terry-model", id="Bradley-Terry model"),
    pytest.param("In contrast to traditional methods that rely heavily on optical flow or explicit depth "
                 "estimation", "optical flow", "technique/optical-flow", id="optical flow"),
    pytest.param("Quaternion-Based Robust PCA for Efficient Moving Target Detection", "Robust PCA",
                 "technique/robust-principal-component-analysis", id="Robust PCA"),
    pytest.param("The evaluation results are quantified using the Kolmogorov-Smirnov test.",
                 "Kolmogorov-Smirnov test", "technique/kolmogorov-smirnov-test",
                 id="Kolmogorov-Smirnov test"),
    # "HSD" alone is a dataset name; the test's name is matched whole
    pytest.param("demonstrating the greatest divergence from human attention (p< 0.05, Tukey HSD test)",
                 "Tukey HSD", "technique/tukey-s-hsd", id="Tukey HSD"),
])
def test_vocabulary_names_match(shipped_matcher, text, surface, entity_id):
    doc = shipped_matcher(text)
    assert (surface, entity_id) in [(s.text, s.id_) for s in doc.spans["paperkg"]]


def test_vocabulary_model_names_swap_word_boundaries_all_at_once_only():
    from paperkg.ingest.extract.vocabulary import surface_variants

    assert "Mixture-of Experts" not in surface_variants("Mixture of Experts")
    assert "Mixture-of Experts" in surface_variants("Mixture of Experts", one_at_a_time=True)


@pytest.mark.issue(12)
def test_vocabulary_elliptical_coordination_of_code_names_links_both(shipped_matcher):
    """'the concatenation of Reed-Solomon and Hadamard codes' (arXiv 2511.01838) names two codes."""
    doc = shipped_matcher("we argue that the concatenation of Reed-Solomon and Hadamard codes is suitable")
    assert {"technique/reed-solomon-code", "technique/hadamard-code"} <= {s.id_ for s in doc.spans["paperkg"]}


def test_spelling_variants_leave_words_that_only_look_british_alone():
    from paperkg.ingest.extract.vocabulary import spelling_variants

    assert spelling_variants("prompt optimization") == ["prompt optimisation"]
    assert spelling_variants("domain generalisation") == ["domain generalization"]
    assert spelling_variants("supervised learning") == spelling_variants("Denoising Score Matching") == []
    # no "co-", "re-" split
    assert spelling_variants("contrastive learning") == spelling_variants("regression") == []


@pytest.mark.parametrize(("text", "surface", "entity_id"), [
    # established names the second mining round kept (mined_techniques_review.tsv)
    ("we employ textual inversion to learn an optimized embedding of the target concept", "textual inversion",
     "technique/textual-inversion"),
    ("significant memory and computational challenges in autoregressive decoding due to the expanding "
     "Key-Value (KV) cache.", "autoregressive decoding", "technique/autoregressive-decoding"),
    ("Multilingual MFA: Forced Alignment on Low-Resource Related Languages", "Forced Alignment",
     "technique/forced-alignment"),
    ("We applied the paired-sample t-test to compare the percentage of anatomies", "t-test",
     "technique/t-test"),
    # a longer umbrella name keeps its inner name from matching alone
    ("we design a fast algorithm based on operator-splitting to tackle the associated non-convex "
     "optimization problem.", "non-convex optimization", "technique/non-convex-optimization"),
])
def test_vocabulary_matches_mined_established_techniques(shipped_matcher, text, surface, entity_id):
    doc = shipped_matcher(text)
    spans = [(s.text, s.id_) for s in doc.spans["paperkg"]]
    assert (surface, entity_id) in spans
    assert "technique/convex-optimization" not in {eid for _, eid in spans}


def test_mined_umbrella_classes_are_generic():
    from paperkg.ingest.extract.vocabulary import Vocabulary

    entries = Vocabulary.load(VOCAB).entries
    assert entries["technique/stochastic-optimization"].entity.generic
    assert not entries["technique/logit-lens"].entity.generic


def test_vocabulary_closed_up_names_are_exact_case(shipped_matcher):
    """"MultiPL-E" closed up is "MultiPLE", which must not match the word "multiple"."""
    doc = shipped_matcher("We evaluate on multiple benchmarks with multiple seeds.")
    assert "dataset/multipl-e" not in {s.id_ for s in doc.spans["paperkg"]}


def test_technique_acronyms_are_not_dataset_entries(shipped_matcher):
    """"RRT" and "ADAM" were Papers with Code dataset names; in papers they name the planner and the
    optimizer, so the techniques own those spellings and the dataset entries are gone."""
    from paperkg.ingest.extract.vocabulary import Vocabulary

    doc = shipped_matcher("CAMAR allows the integration of classical planning methods such as RRT and "
                          "RRT* into MARL pipelines.")
    assert ("RRT",
            "technique/rapidly-exploring-random-tree") in [(s.text, s.id_) for s in doc.spans["paperkg"]]
    entries = Vocabulary.load(VOCAB).entries
    assert "dataset/rrt" not in entries and "dataset/adam" not in entries
    assert "ADAM" in entries["technique/adam"].exact


def test_reviewed_umbrella_classes_are_generic():
    from paperkg.ingest.extract.vocabulary import Vocabulary

    entries = Vocabulary.load(VOCAB).entries
    assert entries["technique/multi-agent-system"].entity.generic
    assert entries["technique/cosine-similarity"].entity.generic
    assert not entries["technique/persistent-homology"].entity.generic
