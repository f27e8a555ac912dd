"""The whole build on the tiny inputs: files, determinism, SOURCES.md, the token cache."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from vocab_build.cli import main

from paperkg.ingest.extract.vocabulary import Vocabulary


def _build(out, *extra, data=Path(__file__).resolve().parents[1] / "data" / "vocab"):
    return main(["--sources", str(data / "sources"), "--curated", str(data / "curated"), "--out", str(out),
                 *extra])


def test_build_writes_every_file_sorted_and_loadable(tmp_path):
    assert _build(tmp_path) == 0
    for name in ("models", "datasets", "techniques", "languages"):
        rows = [json.loads(line) for line in (tmp_path / f"{name}.jsonl").read_text("utf-8").splitlines()]
        assert rows and [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    vocabulary = Vocabulary.load(tmp_path)
    assert vocabulary.entity("technique/fine-tuning").generic
    assert vocabulary.entity("technique/lora").label == "LoRA"
    with gzip.open(tmp_path / "tokens.json.gz", "rt", encoding="utf-8") as stream:
        assert "Llama 2 13B Chat" in json.load(stream)["tokens"]


def test_build_is_deterministic(tmp_path):
    _build(tmp_path / "a", "--no-tokens")
    _build(tmp_path / "b", "--no-tokens")
    for name in ("models.jsonl", "datasets.jsonl", "techniques.jsonl", "languages.jsonl", "SOURCES.md"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_sources_md_lists_every_source_with_its_licence(tmp_path):
    _build(tmp_path, "--no-tokens")
    text = (tmp_path / "SOURCES.md").read_text("utf-8")
    for origin in ("curated", "langcodes", "pwc_methods", "epoch_ai_models", "lm_eval_benchmarks"):
        assert f"| `{origin}` |" in text
    assert "CC BY-SA 4.0 (attribution to Papers with Code, share-alike)" in text


def test_tokens_only_rewrites_the_cache(tmp_path):
    _build(tmp_path, "--no-tokens")
    assert not (tmp_path / "tokens.json.gz").exists()
    assert main(["--tokens-only", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "tokens.json.gz").exists()


def test_case_and_separator_variants_of_a_name_are_not_repeated(tmp_path):
    """The matcher folds case and separators: an alias equal to the label up to those is dropped
    (it also made SPARQL lookups by name return every row twice)."""
    _build(tmp_path, "--no-tokens")
    rows = {json.loads(line)["id"]: json.loads(line) for line in
            (tmp_path / "techniques.jsonl").read_text("utf-8").splitlines()}
    fine_tuning = rows["technique/fine-tuning"]
    assert fine_tuning["label"] == "Fine-Tuning" and "fine-tuning" not in fine_tuning["aliases"]
    assert "finetuning" in fine_tuning["aliases"]
