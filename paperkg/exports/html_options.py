"""The options of the HTML view, in one checked, frozen record (``HtmlOptions``)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from paperkg.errors import QueryError
from paperkg.graph.centrality import MEASURES
from paperkg.graph.options import LANGUAGE_TYPES, check_choice, check_kind

__all__ = ["COLOR_BY", "LANGUAGE_TYPES", "VIEWS", "HtmlOptions", "html_options"]

#: ``entities``: entities linked by the papers they share (the overview); ``papers``: the
#: paper–entity graph (the focus view's default).
VIEWS = ("entities", "papers")
#: What colours the nodes: their community (Louvain on the co-mention links) or their kind.
COLOR_BY = ("community", "kind")


@dataclass(frozen=True)
class HtmlOptions:
    """What the page shows and how; every value is checked when the record is made.

    Parameters
    ----------
    view : {"entities", "papers"} or None
        ``entities``: the entities, linked when papers mention both (line width: papers
        shared), papers on demand; ``papers``: papers linked to the entities they mention.
        None (default): ``papers`` with ``focus``, else ``entities``.
    max_nodes : int
        Draw at most this many nodes, the most central by ``size_by`` (nearest the focus
        first). On the entity view, as many papers again are offered on demand.
    kind : {"model", "dataset", "technique", "language"} or None
        Only entities of this kind (and, on the papers view, the papers mentioning them).
    language_type : {"natural", "programming"} or None
        Only languages of this type (other kinds are kept).
    include_generic : bool
        Also show umbrella terms (entities flagged ``generic``), left out by default.
    focus : str or None
        An ego view around this entity (any alias, any case) ...
    depth : int
        ... of the nodes within ``depth`` hops (papers view: paper–entity links, so depth 2
        reaches the entities its papers also mention; entities view: co-mention links).
    size_by : str
        The centrality (a name in ``paperkg.graph.centrality.MEASURES``, on the
        paper–entity graph as ``paperkg rank`` computes it) that sizes nodes and picks them.
    color_by : {"community", "kind"} or None
        Node colour; None: community on the entities view, kind on the papers view. The page
        has a switch; the shape always shows the kind.
    physics : bool or None
        vis.js physics; None: on for papers views of at most ``PHYSICS_MAX_NODES`` nodes.
    seed : int
        Seed of the layout and of the communities.
    title : str
        The page title.

    Examples
    --------
    >>> HtmlOptions(kind="dataset").view_name, HtmlOptions(focus="LoRA").view_name
    ('entities', 'papers')
    >>> HtmlOptions(max_nodes=0)
    Traceback (most recent call last):
    ...
    paperkg.errors.QueryError: max_nodes must be at least 1, not 0
    """

    view: str | None = None
    max_nodes: int = 500
    kind: str | None = None
    language_type: str | None = None
    include_generic: bool = False
    focus: str | None = None
    depth: int = 1
    size_by: str = "pagerank"
    color_by: str | None = None
    physics: bool | None = None
    seed: int = 0
    title: str = "paperkg"

    def __post_init__(self) -> None:
        if self.view is not None:
            check_choice(self.view, VIEWS, "view")
        if not isinstance(self.max_nodes, int) or self.max_nodes < 1:
            raise QueryError(f"max_nodes must be at least 1, not {self.max_nodes}")
        if not isinstance(self.depth, int) or self.depth < 0:
            raise QueryError(f"depth must be 0 or more, not {self.depth}")
        object.__setattr__(self, "kind", check_kind(self.kind))
        if self.language_type is not None:
            object.__setattr__(self, "language_type", check_choice(str(self.language_type), LANGUAGE_TYPES,
                                                                   "language type"))
        check_choice(self.size_by, MEASURES, "measure")
        if self.color_by is not None:
            check_choice(self.color_by, COLOR_BY, "colouring")

    @property
    def view_name(self) -> str:
        """The view drawn: ``view``, or its default (``papers`` with a focus, else ``entities``)."""
        return self.view or ("papers" if self.focus is not None else "entities")

    @property
    def colors(self) -> str:
        """The colouring drawn first: ``color_by``, or community (entities view) / kind (papers view)."""
        return self.color_by or ("community" if self.view_name == "entities" else "kind")


def html_options(options: HtmlOptions | None = None, overrides: dict[str, Any] | None = None) -> HtmlOptions:
    """``options`` (default: ``HtmlOptions()``) with the fields in ``overrides`` replaced.

    An unknown field is a QueryError naming the known ones.

    Examples
    --------
    >>> html_options(None, {"max_nodes": 50}).max_nodes
    50
    >>> html_options(HtmlOptions(kind="model"), {"depth": 2}).kind
    'model'
    """
    base = options if options is not None else HtmlOptions()
    overrides = dict(overrides or {})
    known = [f.name for f in fields(HtmlOptions)]
    for name in overrides:
        if name not in known:
            raise QueryError(f"unknown HTML option {name!r}; known: {', '.join(known)}")
    return replace(base, **overrides) if overrides else base
