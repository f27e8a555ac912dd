"""Each source module of the build, run on its tiny real-record fixture (tests/data/vocab)."""

from __future__ import annotations

import pytest
from vocab_build.inputs import Inputs
from vocab_build.sources import (
    SOURCES,
    curated,
    epoch,
    fastchat,
    hf_transformers,
    languages,
    litellm,
    lm_eval,
    pwc_datasets,
    pwc_methods,
    tasks,
)


def _labels(reg, kind):
    return {e.label for e in reg.entries.values() if e.kind == kind}


def test_every_source_declares_origin_and_licence():
    names = [s.name for s in SOURCES]
    assert len(names) == len(set(names))
    for source in SOURCES:
        assert source.what and source.licence and source.commit, source.name
    assert [s.name for s in SOURCES if not s.shipped] == ["litellm_model_ids"]


def test_curated_expands_variants_and_keeps_language_patches(registry, inputs):
    curated.load(registry, inputs)
    chat = registry.entries["model/llama-2-13b-chat"]
    assert chat.broader == "model/llama-2-13b" and chat.hf_id == "meta-llama/Llama-2-13b-chat-hf"
    assert "Llama 2 Chat 13B" in chat.aliases
    assert registry.entries["technique/fine-tuning"].generic
    assert registry.entries["language/python"].origin == {"curated", "linguist_languages"}
    assert inputs.patches == [{"patch_iso639_3": "zho", "aliases": ["Simplified Chinese",
                                                                    "Traditional Chinese",
                                                                  "Chinese language"]}]


def test_natural_languages_from_iso_639(registry, inputs):
    curated.load(registry, inputs)
    languages.load(registry, inputs)
    chinese = registry.find("Chinese", "language")
    assert (chinese.iso639_3, chinese.wikidata) == ("zho", "Q7850")
    assert "Simplified Chinese" in chinese.aliases
    assert registry.entries["language/mandarin-chinese"].broader == chinese.id
    assert registry.stats["language:natural_added"] > 7000


def test_hf_model_types_drop_sub_models_wrappers_and_overrides(registry, inputs):
    hf_transformers.load(registry, inputs)
    assert {"BERT", "LLaMA", "CLIP", "RoBERTa"} <= _labels(registry, "model")
    assert not {"CLIPVisionModel", "Encoder decoder", "Aria"} & _labels(registry, "model")


def test_fastchat_families_and_resolved_ids(registry, inputs):
    fastchat.load(registry, inputs)
    gpt4 = registry.find("GPT-4", "model")
    assert "gpt-4-0613" in gpt4.aliases
    assert registry.stats["fastchat_model_registry:id_unresolved"] > 0  # claude-3-opus has no family entry


def test_epoch_names_families_and_descriptions(registry, inputs):
    epoch.load(registry, inputs)
    assert registry.find("Llama 2-7B", "model").broader == registry.find("Llama 2", "model").id
    assert registry.find("Gopher 280B", "model").broader is None  # "Gopher" alone is a plain word
    assert registry.find("DDPM-IP", "model") is None  # "(CelebA)": setting-specific row
    assert registry.find("Chinchilla", "model") is None  # a plain word: a description, not a name
    assert registry.find("GPT-4", "model").origin == {"epoch_ai_models"}


def test_pwc_methods_kinds_acronyms_and_filters(registry, inputs):
    pwc_methods.load(registry, inputs)
    pca = registry.find("PCA", "technique")
    assert pca.label == "Principal Components Analysis" and "PCA" in pca.aliases + pca.exact
    assert registry.find("BERT", "model") is not None  # Language Models collection
    assert registry.find("Focus") is None  # stop-listed
    assert registry.find("Early Stopping", "technique") is not None


def test_pwc_datasets_variants_and_leaderboards(registry, inputs):
    pwc_datasets.load(registry, inputs)
    mnist = registry.find("MNIST", "dataset")
    assert "Rotated MNIST" in mnist.aliases and "SVNH-to-MNIST" not in mnist.aliases
    assert registry.find("Wine") is None and registry.find("MR") is None
    pwc_datasets.load_2025(registry, inputs)
    assert "COCO test-dev" in registry.find("COCO", "dataset").aliases
    assert registry.find("MT-Bench", "dataset").origin == {"pwc_dataset_names_2025"}


def test_pwc_leaderboard_names_without_a_dataset_ship_only_when_name_shaped(registry, inputs):
    pwc_datasets.load(registry, inputs)
    pwc_datasets.load_2025(registry, inputs)
    mocap = registry.find("CMU MoCap", "dataset")
    assert mocap is not None and mocap.label == "CMU Mocap" and not mocap.case_sensitive
    # an environment, a platform, a split: no dataset of their own
    assert registry.find("CartPole-v1") is None and registry.find("YouTube") is None
    assert registry.find("DeLiVER test") is None
    # a yearly edition is its own dataset in its family, not an alias of it
    vos = registry.find("YouTube-VOS", "dataset")
    edition = registry.find("YouTube-VOS 2019", "dataset")
    assert edition is not None and edition is not vos and edition.broader == vos.id


@pytest.mark.parametrize(("name", "ok"), [
    ("CMU Mocap", True), ("CroHD", True), ("NAS-Bench-301", True), ("ASVspoof2019", True),
    ("FRANKENSTEIN", True), ("DeLiVER test", False), ("YouTube", False), ("Wisconsin", False),
    ("MuST-C EN->DE", False), ("dim 512", False), ("AAPD", False), ("ML10", False),
    ("SMAC 3s5z_vs_4s6z", False), ("Labeled Faces in the Wild", False), ("ODIC 5-way (10-shot)", False),
])
def test_pwc_leaderboard_name_shape(name, ok):
    assert pwc_datasets.benchmark_name_ok(name) is ok


def test_lm_eval_headings_and_folders(registry, inputs):
    lm_eval.load(registry, inputs)
    gpqa = registry.find("GPQA", "dataset")
    assert gpqa is not None and "gpqa" not in gpqa.aliases  # the folder folds like the heading
    assert registry.find("mmlu_pro", "dataset") is not None


def test_litellm_is_a_recall_check_only(registry, inputs):
    fastchat.load(registry, inputs)
    before = dict(registry.entries)
    litellm.load(registry, inputs)
    assert registry.entries == before
    assert registry.stats["litellm_model_ids:bases_resolved"] >= 1


@pytest.mark.issue(12)
def test_task_acronyms_are_generic_entries_that_keep_source_names_out(registry, inputs):
    tasks.load(registry, inputs)
    vos = registry.find("VOS")
    assert (vos.id, vos.label, vos.exact, vos.generic) == (
        "dataset/video-object-segmentation", "Video Object Segmentation", ["VOS"], True)
    assert vos.origin == {"pwc_tasks_2025"}
    assert registry.find("vision-and-language navigation", "dataset").exact == ["VLN"]
    # a dataset record offering the acronym merges into the task, but brings no names with it
    assert registry.offer("dataset", "VOS", ["VOS 2017 val"], "pwc_datasets") is vos
    assert vos.aliases == [] and vos.origin == {"pwc_tasks_2025", "pwc_datasets"}
    # a method record of another kind loses the acronym
    assert registry.offer("technique", "VOS", [], "pwc_methods") is None


@pytest.mark.issue(12)
def test_task_acronyms_must_name_a_papers_with_code_task(registry, inputs, tmp_path):
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "task_acronyms.tsv").write_text("FOO\tFoo Bar Baz\tdataset\t3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no Papers with Code task"):
        tasks.load(registry, Inputs(sources=inputs.sources, curated=curated))
