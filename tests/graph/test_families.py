"""Families: the broader hierarchy walked down (variants) agrees with walking up from every entity."""

from __future__ import annotations

from paperkg import KnowledgeGraph
from paperkg.graph.families import narrower_map, variants_of


def test_families_variants_match_a_walk_up_from_every_entity(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph

    def chain(node: str) -> list[str]:
        out, up = [], G.nodes[node].get("broader")
        while up and up not in out:
            out.append(up)
            up = G.nodes[up].get("broader") if up in G else None
        return out

    below: dict[str, set[str]] = {}
    for node, kind in G.nodes(data="kind"):
        if kind != "paper":
            for up in chain(node):
                below.setdefault(up, set()).add(node)
    narrower = narrower_map(G)
    assert below  # the sample has families
    for family, expected in below.items():
        if family in G:
            assert variants_of(G, family, narrower=narrower) == sorted(expected | {family})
