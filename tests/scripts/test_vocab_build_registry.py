"""The build's registry: who keeps a surface, merging, guards, ids."""

from __future__ import annotations

import pytest
from vocab_build.names import chunk_key, exact_key, fold, slugify
from vocab_build.registry import Entry, Registry, same_chunks

from paperkg.ingest.extract import spans
from paperkg.ingest.records import slugify as package_slugify


def test_the_build_folds_and_slugs_with_the_package():
    assert fold is spans.fold and slugify is package_slugify
    assert fold("OPT-1.3B") != fold("OPT-13B")
    assert chunk_key("Llama-2") == chunk_key("LLaMA 2") != chunk_key("Llama2 x")
    assert exact_key("GPT-4o") == "GPT4o"


def test_first_entry_keeps_a_surface_and_same_kind_records_merge(registry):
    first = registry.offer("technique", "Low-Rank Adaptation", ["LoRA"], "one")
    again = registry.offer("technique", "low rank adaptation", ["LoRA tuning"], "two")
    assert again is first and first.origin == {"one", "two"}
    assert "LoRA tuning" in first.aliases
    assert registry.offer("dataset", "LoRA", [], "three") is None  # another kind loses its label
    assert registry.stats["three:cross_kind_dropped"] == 1


def test_punctuation_and_case_variants_are_one_entry(registry):
    a = registry.offer("model", "StableLM 2", [], "one")
    assert registry.offer("model", "StableLM-2", [], "two") is a
    assert registry.find("stablelm2", "model") is a


def test_matcher_variants_are_kept_as_aliases_only_when_the_matcher_needs_them(registry):
    e = registry.offer("technique", "BigBird", ["Big Bird", "bigbird"], "one")
    assert e.aliases == ["Big Bird"]  # "bigbird" folds and chunks like the label
    assert same_chunks("Llama-2", "llama 2") and not same_chunks("BigBird", "Big Bird")


def test_stoplist_and_wordlike_guards(registry):
    assert registry.offer("technique", "Focus", [], "pwc") is None  # stop-listed
    adam = registry.offer("technique", "Adam", [], "pwc")
    assert adam.case_sensitive and not adam.cue  # wordlike.tsv: cs
    assert registry.offer("dataset", "MR", [], "pwc") is None  # wordlike.tsv: drop
    short = registry.offer("dataset", "C4x", [], "pwc")
    assert short.case_sensitive  # three characters or fewer


def test_exact_case_surfaces_that_differ_in_case_do_not_collide(registry):
    sam = registry.offer("model", "SAM", [], "one")
    other = registry.offer("technique", "Sam", [], "two", case_sensitive=True)
    assert sam is not None and other is not None and sam.id != other.id


def test_curated_entries_win_and_collisions_are_reported(registry):
    registry.add_entry(Entry(id="technique/kd", kind="technique", label="Knowledge Distillation",
                             curated=True, origin={"curated"}))
    clash = Entry(id="technique/other", kind="technique", label="Other", aliases=["knowledge distillation"],
                  curated=True, origin={"curated"})
    registry.add_entry(clash)
    assert clash.aliases == [] and registry.dropped["curated_collision"]
    with pytest.raises(ValueError, match="duplicate"):
        registry.add_entry(Entry(id="technique/kd", kind="technique", label="KD again"))


def test_new_ids_are_unique_slugs():
    reg = Registry()
    assert reg.new_id("model", "Llama 2 13B Chat") == "model/llama-2-13b-chat"
    reg.offer("model", "Foo", [], "x")
    assert reg.new_id("model", "foo") == "model/foo-2"


def test_generic_flag_is_shipped_only_when_set():
    plain = Entry(id="technique/a", kind="technique", label="A").to_json()
    generic = Entry(id="technique/b", kind="technique", label="B", generic=True).to_json()
    assert "generic" not in plain and generic["generic"] is True
