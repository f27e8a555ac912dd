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
from collections.abc import Mapping
from typing import Any

from paperkg.exports.html_options import HtmlOptions
from paperkg.exports.html_view import View, choose_nodes, known_scores, link_view
from paperkg.graph.centrality import Scores
from paperkg.store.near import LinkCount, NearGraph, StoredLinks, add_papers, read_near

__all__ = ["OverviewGraph", "draws_overview", "overview_graph"]

#: The measures the side panels rank every entity by (besides the one that sizes them).
_PANEL_MEASURES = ("pagerank", "degree")


class OverviewGraph(NearGraph):
    """Every node of a stored graph; the links of the entities drawn (with their role alone)
    and of the papers on demand (whole). ``degree`` and ``in_degree`` count every link of a
    node, and ``number_of_edges()`` every link of the graph, loaded or not."""

    def __init__(self, incoming_graph_data: Any = None, **attr: Any) -> None:
        super().__init__(incoming_graph_data, **attr)
        self.links_of = lambda node: len(self._succ[node])
        self.total_links = 0

    @property  # type: ignore[override]
    def degree(self) -> LinkCount:
        return LinkCount(self, self.links_of)

    def number_of_edges(self, u: str | None = None, v: str | None = None) -> int:
        if u is None and v is None:
            return self.total_links
        return super().number_of_edges(u, v)


def draws_overview(options: HtmlOptions, scores: Mapping[str, Scores]) -> bool:
    """Whether :func:`overview_graph` gives what the page of ``options`` draws: the entities
    view without a focus, sized by a measure in ``scores`` (the stored ones).

    >>> draws_overview(HtmlOptions(kind="model"), {"pagerank": None, "degree": None})
    True
    >>> draws_overview(HtmlOptions(focus="LoRA"), {"pagerank": None, "degree": None})
    False
    """
    return (options.view_name == "entities" and options.focus is None
            and {options.size_by, *_PANEL_MEASURES} <= set(scores))


def overview_graph(links: StoredLinks, entities: list[tuple[str, dict]], options: HtmlOptions,
                   scores: Mapping[str, Scores], *, total_links: int, roles: list[Any]) -> tuple[OverviewGraph, View]:
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
        The stored scores, by measure (every node's).
    total_links : int
        The graph's number of links (the store's ``meta``).
    roles : list
        The roles that ``entity_roles`` numbers (the store's ``meta``).

    Returns
    -------
    (OverviewGraph, View)
        What :func:`~paperkg.exports.html.write_html` takes (``chosen=`` the view).
    """
    G = read_near(links, entities, every_paper=True, graph=OverviewGraph())
    db = links._db
    papers_of = dict(db.execute("SELECT node, degree FROM entity_roles"))
    G.papers_of = lambda node: papers_of.get(node, 0)
    G.links_of = links.degree
    G.total_links = total_links
    view = choose_nodes(G, options, cache=known_scores(G, scores))  # reads no link: see choose_nodes
    succ, pred = G._succ, G._pred
    for entity in view.nodes:
        row = db.execute("SELECT roles FROM entity_roles WHERE node = ?", (entity,)).fetchone()
        if row is None:
            continue
        for paper, role in zip(links.neighbours(entity), array("H", row[0]), strict=True):
            link = {} if roles[role] is None else {"role": roles[role]}
            succ[paper][entity] = pred[entity][paper] = link
    link_view(G, view, options)
    add_papers(links, G, view.papers)  # those offered on demand, whole
    return G, view
