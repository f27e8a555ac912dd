"""The interactive HTML view: one self-contained page that works with no network at all.

The page draws with vis-network, whose JavaScript and CSS are read from the installed pyvis
package and inlined with the page's own script and style (``templates/``), so nothing is
fetched from a CDN; the vis.js global ``network`` is kept, as in pyvis pages.

- The overview (view ``entities``) draws the most central entities, linked when papers
  mention both (line width: papers shared), coloured by community (seeded Louvain on those
  links) and shaped by kind; their papers come on demand (legend, or the side panel). The
  focus view (``focus``/``depth``; view ``papers``) draws papers and entities.
- Labels: the page shows the labels that fit without overlap, most central first, and
  re-fits them after every zoom, so the top entities are named at the first zoom.
- Positions come from networkx (seeded layouts, :mod:`paperkg.exports.html_layout`); pairs
  and lone nodes are grouped in a block beside the main part.
- Safety: input text only reaches the page inside JSON blocks whose ``<``, ``>`` and ``&``
  are escaped as ``\\u003c``, ``\\u003e``, ``\\u0026``, and the script puts it into the DOM as
  text. Links are kept only when they are http(s) URLs.
- Deterministic: the same graph and options give the same bytes, whatever the graph's
  insertion order or ``PYTHONHASHSEED`` (seeded layout and communities, everything sorted,
  no path or time stamp in the page).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg.errors import ExportError
from paperkg.exports import atomic_write, exporter, graph_of
from paperkg.exports.html_data import COMMUNITY_COLORS, KIND_STYLE, PHYSICS_MAX_NODES, page_data
from paperkg.exports.html_options import HtmlOptions, html_options
from paperkg.graph.centrality import Scores
from paperkg.exports.html_view import View, known_scores, select_view

__all__ = ["COMMUNITY_COLORS", "KIND_STYLE", "PHYSICS_MAX_NODES", "HtmlOptions", "View", "render_html",
           "script_json", "select_view", "write_html"]

_TEMPLATES = Path(__file__).parent / "templates"


def script_json(value: Any) -> str:
    """JSON for a ``<script>`` block: ``<``, ``>``, ``&`` (and U+2028/9) escaped as ``\\uXXXX``.

    >>> script_json({"title": "</script><b>&"})
    '{"title":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


# -- the page --------------------------------------------------------------------------------


@functools.cache
def _assets() -> dict[str, str]:
    """vis-network's JavaScript and CSS from the installed pyvis package, and the page's own."""
    import pyvis

    root = Path(pyvis.__file__).parent
    for folder in (root / "templates" / "lib" / "vis-9.1.2", root / "lib" / "vis-9.1.2",
                   *sorted(root.glob("**/vis-9.*"), reverse=True)):
        js, css = folder / "vis-network.min.js", folder / "vis-network.css"
        if js.is_file() and css.is_file():
            break
    else:
        raise ExportError(f"vis-network not found in the pyvis package at {root}; reinstall pyvis>=0.3.2")
    texts = {"vis_js": (js, "script"), "vis_css": (css, "style"),
             "page_js": (_TEMPLATES / "graph.js", "script"), "page_css": (_TEMPLATES / "graph.css", "style")}
    out = {}
    for name, (path, tag) in texts.items():
        text = path.read_text(encoding="utf-8")
        if f"</{tag}" in text.lower():
            raise ExportError(f"{path.name} contains '</{tag}' and cannot be inlined")
        out[name] = text
    return out


def render_html(G: nx.DiGraph, options: HtmlOptions | None = None, /, *,
                scores: Mapping[str, Scores] | None = None, chosen: View | None = None,
                cache: dict[Any, Any] | None = None, **overrides: Any) -> str:
    """The page of :func:`write_html` as a string (same arguments, without the path).

    Examples
    --------
    >>> G = nx.DiGraph([("paper/a", "model/x"), ("paper/a", "dataset/y")])
    >>> nx.set_node_attributes(G, {"paper/a": "paper", "model/x": "model", "dataset/y": "dataset"}, "kind")
    >>> page = render_html(G, HtmlOptions(color_by="kind"), title="x < y")
    >>> "<title>x &lt; y</title>" in page, '"colors":"kind"' in page
    (True, True)
    """
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from markupsafe import Markup

    G = graph_of(G)
    options = html_options(options, overrides)
    if cache is None and scores:
        cache = known_scores(G, scores)
    data = page_data(G, options, cache=cache, view=chosen)
    env = Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      keep_trailing_newline=True)
    inline = {name: Markup(text) for name, text in _assets().items()}
    blocks = {f"{name}_json": Markup(script_json(value)) for name, value in data.items()}
    return env.get_template("graph.html.j2").render(title=options.title, meta=data["meta"], **inline,
                                                    **blocks)


@exporter("html", aliases=("pyvis",), suffixes=(".html", ".htm"))
def write_html(G: nx.DiGraph, path: str | Path, options: HtmlOptions | None = None, /, *,
               scores: Mapping[str, Scores] | None = None, chosen: View | None = None,
               cache: dict[Any, Any] | None = None, **overrides: Any) -> Path:
    """Write the interactive view of the graph ``G`` as one self-contained HTML file.

    Parameters
    ----------
    G : nx.DiGraph
        The paper–entity graph (a KnowledgeGraph works too).
    path : str or Path
        The file to write (written whole or not at all).
    options : HtmlOptions, optional
        What to show (view, cap, filters, focus, colouring, seed, title); keyword arguments
        override its fields, e.g. ``max_nodes=200`` or ``focus="LoRA", depth=2``.
    scores : mapping, optional
        Centrality scores computed before, by measure (every node's on the papers view, as
        :meth:`paperkg.KnowledgeGraph.centrality` gives them): used instead of computing
        them again (a store keeps PageRank and degree).
    chosen : View, optional
        The view of these options, selected already (:func:`select_view`): what a stored
        graph gives, having read the links of the nodes chosen (:mod:`paperkg.store.overview`).
    cache : dict, optional
        The scores as :func:`~paperkg.exports.html_view.known_scores` arranges them, when
        made already (instead of ``scores``).

    Returns
    -------
    Path
        The path written.

    Raises
    ------
    EntityNotFound
        ``focus`` names no entity (close matches listed).
    QueryError
        An unknown option, kind, measure, view or colouring, ``max_nodes < 1`` or ``depth < 0``.
    ExportError
        vis-network is missing from the pyvis package, or the file cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.DiGraph([("paper/a", "model/x"), ("paper/a", "dataset/y")])
    >>> nx.set_node_attributes(G, {"paper/a": "paper", "model/x": "model", "dataset/y": "dataset"}, "kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     page = write_html(G, Path(tmp) / "graph.html", max_nodes=10).read_text(encoding="utf-8")
    >>> '"shown":2' in page, '"papers_on_demand":1' in page, "https://cdn" in page
    (True, True, False)
    """
    html = render_html(G, options, scores=scores, chosen=chosen, cache=cache, **overrides)
    return atomic_write(Path(path), lambda stream: stream.write(html.encode("utf-8")))
