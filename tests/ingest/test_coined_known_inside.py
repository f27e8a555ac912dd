"""A coined method phrase does not carry on past a head noun that belongs to a known name between it and a
later head: the known names inside stay linked (review finding, 2605.14696)."""

from __future__ import annotations

from tests.ingest._helpers import kinds

from paperkg.ingest.records import Kind

EPONA = ("Moreover, inspired by the training recipe of Large Language Models (LLMs), we introduce a flow "
         "matching group relative policy optimization mechanism to further improve planning accuracy.")


def test_known_names_inside_a_head_chain_stay_linked() -> None:
    found = kinds(EPONA)
    assert found.get("group relative policy optimization") == Kind.TECHNIQUE
    assert found.get("flow matching") == Kind.TECHNIQUE
    assert "flow matching group relative policy optimization mechanism" not in found
