"""The HTML overview of a stored graph, read from the parts it draws instead of the whole graph.

The default view of ``paperkg html`` (the most central entities, linked by the papers they
share, their papers on demand) needs of the graph: every entity (attributes and number of
papers), every paper's light attributes (titles for the side panels, kinds for the counts),
the stored scores that pick and size the entities, the papers and roles of the entities drawn
(the store's ``adjacency`` and ``entity_roles`` tables) and the whole records of the papers
offered on demand. :func:`overview_graph` reads those into an :class:`OverviewGraph`, on which
:func:`paperkg.exports.html.write_html` writes the page it writes for the whole graph, byte
for byte. Other views (``papers``, a focus) and measures that are not stored read the whole
graph (:func:`draws_overview` says which).
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Mapping
from typing import Any

from paperkg.exports.html_options import HtmlOptions
from paperkg.exports.html_view import View, choose_nodes, known_scores, link_view
from paperkg.graph.centrality import Scores
from paperkg.store.near import NearGraph, StoredLinks, add_papers, read_near

__all__ = ["LinkCounts", "OverviewGraph", "draws_overview", "overview_graph"]

#: The measures the side panels rank every entity by (besides the one that sizes them).
_PANEL_MEASURES = ("pagerank", "degree")


class LinkCounts(dict):
    """``G.degree`` of an :class:`OverviewGraph`: every entity's papers (held), a paper's
    entities (``papers(node)``, read when asked); ``G.degree(node)`` and ``G.degree[node]``."""

    papers: Any = None

    __call__ = dict.__getitem__  # the hot path of choosing the nodes: no Python frame

    def __missing__(self, node: str) -> int:
        if self.papers is None:
            raise KeyError(node)
        return self.papers(node)


class OverviewGraph(NearGraph):
    """Every node of a stored graph; the links of the entities drawn (with their role alone)
    and of the papers on demand (whole). ``degree`` and ``in_degree`` count every link of a
    node, and ``number_of_edges()`` every link of the graph, loaded or not."""

    def __init__(self, incoming_graph_data: Any = None, **attr: Any) -> None:
        super().__init__(incoming_graph_data, **attr)
        self.degrees = LinkCounts()
        self.total_links = 0

    @property  # type: ignore[override]
    def degree(self) -> LinkCounts:
        return self.degrees

    def number_of_edges(self, u: str | None = None, v: str | None = None) -> int:
        if u is None and v is None:
            return self.total_links
        return super().number_of_edges(u, v)


def draws_overview(options: HtmlOptions, measures: Collection[str]) -> bool:
    """Whether :func:`overview_graph` gives what the page of ``options`` draws: the entities
    view without a focus, sized by one of ``measures`` (those whose scores are stored).

    >>> draws_overview(HtmlOptions(kind="model"), ["pagerank", "degree"])
    True
    >>> draws_overview(HtmlOptions(focus="LoRA"), ["pagerank", "degree"])
    False
    """
    return (options.view_name == "entities" and options.focus is None
            and {options.size_by, *_PANEL_MEASURES} <= set(measures))


def overview_graph(links: StoredLinks, entities: list[tuple[str, dict]], options: HtmlOptions,
                   scores: Mapping[str, Scores], *, total_links: int,
                   roles: list[Any]) -> tuple[OverviewGraph, View, dict[Any, Any]]:
    """The parts of a stored graph that the page of ``options`` reads (see the module), and the
    page's view (as :func:`~paperkg.exports.html_view.select_view` selects it on the whole graph).

    Parameters
    ----------
    links : StoredLinks
        The store file's adjacency.
    entities : list of (str, dict)
        The store's entity rows (:func:`~paperkg.store.graphdb.read_entities`).
    options : HtmlOptions
        The page's options (:func:`draws_overview` must hold).
    scores : mapping
        The stored scores, by measure (every entity's, papers' too or not).
    total_links : int
        The graph's number of links (the store's ``meta``).
    roles : list
        The roles that ``entity_roles`` numbers (the store's ``meta``).

    Returns
    -------
    (OverviewGraph, View, dict)
        What :func:`~paperkg.exports.html.write_html` takes: the graph, ``chosen=`` the view
        and ``cache=`` the scores arranged by :func:`~paperkg.exports.html_view.known_scores`.
    """
    # papers outside the view: titles (the panels) and kinds (the counts) alone
    G = read_near(links, entities, every_paper=True, light=True, graph=OverviewGraph())
    db = links._db
    G.degrees = LinkCounts((node, 0) for node, _ in entities)
    G.degrees.update(db.execute("SELECT node, degree FROM entity_roles"))
    # KeyError if absent
    G.degrees.papers = lambda node: links.degree(node) if node in G._node else G._node[node]
    G.papers_of = G.degrees.__getitem__
    G.total_links = total_links
    cache = known_scores(G, scores, entities=G.degrees.keys(), papers=False)  # the entities view
    view = choose_nodes(G, options, cache=cache)  # reads no link: see choose_nodes
    succ, pred = G._succ, G._pred
    role_links = [{} if role is None else {"role": role} for role in roles]  # read, never changed: shared
    for entity in view.nodes:
        row = db.execute("SELECT roles FROM entity_roles WHERE node = ?", (entity,)).fetchone()
        if row is None:
            continue
        for paper, role in zip(links.neighbours(entity), array("H", row[0]), strict=True):
            succ[paper][entity] = pred[entity][paper] = role_links[role]
    link_view(G, view, options)
    add_papers(links, G, view.papers)  # those offered on demand, whole
    return G, view, cache
