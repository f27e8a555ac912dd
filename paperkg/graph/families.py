"""Entity families: the ``broader`` hierarchy (Llama 2 7B → Llama 2 → LLaMA), up and down.

An entity node's ``broader`` attribute names its family (SKOS broader); a family id that is
not a node of the graph still names the family. Every walk here is cycle-safe.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["family_of", "family_map", "members", "narrower_map", "variants_of"]


def family_of(G: nx.Graph, node: str) -> str:
    """The top family of an entity: follow ``broader`` up to the root.

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph (or a view with ``broader`` on its nodes).
    node : str
        An entity node id.

    Returns
    -------
    str
        The root of ``node``'s chain of families (``node`` itself when it has no ``broader``).

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("model/llama-2-7b", kind="model", broader="model/llama-2")
    >>> G.add_node("model/llama-2", kind="model", broader="model/llama")
    >>> family_of(G, "model/llama-2-7b")
    'model/llama'
    """
    seen = {node}
    while True:
        up = G.nodes[node].get("broader") if node in G else None
        if not up or up in seen:
            return node
        seen.add(up)
        node = up


def family_map(G: nx.Graph) -> dict[str, str]:
    """Every entity node's top family (an entity without ``broader`` is its own family).

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph.

    Returns
    -------
    dict
        Entity node id -> top family id.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("paper/p1", kind="paper")
    >>> G.add_node("model/llama-2-7b", kind="model", broader="model/llama-2")
    >>> G.add_node("model/llama-2", kind="model")
    >>> family_map(G)
    {'model/llama-2-7b': 'model/llama-2', 'model/llama-2': 'model/llama-2'}
    """
    return {n: family_of(G, n) for n, k in G.nodes(data="kind") if k is not None and k != "paper"}


def members(G: nx.Graph, family: str) -> list[str]:
    """The entities whose top family is ``family`` (itself included when it is a node).

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph.
    family : str
        A top family id.

    Returns
    -------
    list of str
        Entity node ids, sorted.

    See Also
    --------
    variants_of : the entities below any entity, not only below a root.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("model/llama-2-7b", kind="model", broader="model/llama-2")
    >>> G.add_node("model/llama-2", kind="model")
    >>> G.add_node("model/mistral-7b", kind="model")
    >>> members(G, "model/llama-2")
    ['model/llama-2', 'model/llama-2-7b']
    """
    return sorted(n for n, f in family_map(G).items() if f == family)


def narrower_map(G: nx.Graph) -> dict[str, list[str]]:
    """Each family's direct variants: ``broader`` id -> the entities naming it, sorted.

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph.

    Returns
    -------
    dict
        Family id -> sorted list of entity ids whose ``broader`` it is.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("model/llama-2-13b", kind="model", broader="model/llama-2")
    >>> G.add_node("model/llama-2-7b", kind="model", broader="model/llama-2")
    >>> narrower_map(G)
    {'model/llama-2': ['model/llama-2-13b', 'model/llama-2-7b']}
    """
    out: dict[str, list[str]] = {}
    for node, up in G.nodes(data="broader"):
        if up:
            out.setdefault(up, []).append(node)
    return {up: sorted(children) for up, children in sorted(out.items())}


def variants_of(G: nx.Graph, entity: str, *, narrower: dict[str, list[str]] | None = None) -> list[str]:
    """``entity`` and every entity below it in the hierarchy (its variants, their variants...).

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph.
    entity : str
        An entity node id.
    narrower : dict, optional
        :func:`narrower_map` of ``G`` when the caller keeps one (it is built otherwise).

    Returns
    -------
    list of str
        Entity ids, sorted, ``entity`` included.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("model/llama-2-7b-chat", kind="model", broader="model/llama-2-7b")
    >>> G.add_node("model/llama-2-7b", kind="model", broader="model/llama-2")
    >>> G.add_node("model/llama-2", kind="model", broader="model/llama")
    >>> variants_of(G, "model/llama-2")
    ['model/llama-2', 'model/llama-2-7b', 'model/llama-2-7b-chat']
    """
    narrower = narrower_map(G) if narrower is None else narrower
    found = {entity}
    stack = [entity]
    while stack:
        for child in narrower.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return sorted(found)
