"""What goes together with an entity: the entities papers mention alongside it."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

import networkx as nx

from paperkg.graph.options import (
    check_choice,
    check_kind,
    check_language_type,
    check_top,
    filter_note,
    hidden_by,
)
from paperkg.graph.rows import Rows, first_shown
from paperkg.ingest.records import Kind

__all__ = ["RelatedRow", "related_entities"]


@dataclass(frozen=True, slots=True)
class RelatedRow:
    """An entity co-mentioned with the queried one.

    ``support`` counts the papers mentioning both, ``papers`` those mentioning this one, and
    ``jaccard`` is ``support / |papers of either|``.

    Examples
    --------
    >>> RelatedRow(1, "MMLU", "dataset/mmlu", "dataset", 3, 10, 0.25).to_dict()["jaccard"]
    0.25
    """

    rank: int
    entity: str
    id: str
    kind: str
    support: int
    papers: int
    jaccard: float

    def to_dict(self) -> dict:
        """The row as a plain dict (for JSON and CSV output)."""
        return asdict(self)


def related_entities(
    G: nx.DiGraph,
    entity: str,
    *,
    kind: str | Kind | None = None,
    top: int | None = 10,
    min_support: int = 1,
    by: str = "support",
    include_generic: bool = False,
    language_type: str | None = None,
) -> Rows[RelatedRow]:
    """The entities co-mentioned with ``entity``, most often first.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    entity : str
        An entity node id (see :func:`paperkg.graph.entities.find_entity` for names).
    kind : str, optional
        Only entities of this kind.
    top : int or None, default 10
        How many rows (None: all).
    min_support : int, default 1
        Leave out entities sharing fewer papers with ``entity``.
    by : {"support", "jaccard"}
        The order: papers shared, or shared / either's papers; the other breaks ties, then
        the label.
    include_generic : bool, default False
        Also list umbrella terms (entities with ``generic=True``).
    language_type : {"natural", "programming"}, optional
        Only languages of this type.

    Returns
    -------
    Rows of RelatedRow
        ``rank``, ``entity`` (label), ``id``, ``kind``, ``support``, ``papers``, ``jaccard``;
        ``.note`` says how many generic entities were left out.

    Raises
    ------
    QueryError
        For an unknown kind, order or language type, or ``top`` below 1.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "llama"), ("p2", "lora"), ("p2", "llama"), ("p2", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique", "llama": "model",
    ...                            "mmlu": "dataset"}, "kind")
    >>> [(r.entity, r.support, r.jaccard) for r in related_entities(G, "lora")]
    [('llama', 2, 1.0), ('mmlu', 1, 0.5)]
    >>> [r.entity for r in related_entities(G, "lora", kind="dataset")]
    ['mmlu']
    """
    check_choice(by, ("support", "jaccard"), "order")
    kind = check_kind(kind)
    top = check_top(top)
    language_type = check_language_type(language_type)
    mine = set(G.predecessors(entity))
    counts: Counter[str] = Counter()
    for paper in mine:
        for other in G.successors(paper):
            if other != entity and (kind is None or G.nodes[other].get("kind") == kind):
                counts[other] += 1
    found = []
    for other, support in counts.items():
        if support >= min_support:
            theirs = G.in_degree(other)
            found.append((other, support, theirs, round(support / (len(mine) + theirs - support), 6)))
    label = {o: str(G.nodes[o].get("label", o)) for o, *_ in found}
    if by == "support":
        found.sort(key=lambda r: (-r[1], -r[3], label[r[0]], r[0]))
    else:
        found.sort(key=lambda r: (-r[3], -r[1], label[r[0]], r[0]))
    shown, hidden = first_shown(found, top, lambda r: hidden_by(G.nodes[r[0]],
                                                                include_generic=include_generic,
                                                               language_type=language_type))
    rows = [RelatedRow(i, label[o], o, G.nodes[o].get("kind", ""), s, p, j)
            for i, (o, s, p, j) in enumerate(shown, 1)]
    return Rows(rows, note=filter_note(hidden), include_generic=include_generic, language_type=language_type)
