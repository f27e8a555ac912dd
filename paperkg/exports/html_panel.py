"""What the HTML view's side panel and tooltips say about a node: plain data, escaped by the page.

Entity: label, kind, aliases, family, centrality ranks, papers by role, the entities it is
most often mentioned with, links. Paper: title and abstract cut at the evidence spans,
authors, date, sources, links, the entities it mentions. Links are kept only when they are
http(s) URLs built from checked ids.
"""

from __future__ import annotations

import heapq
import re
from typing import Any
from urllib.parse import quote

import networkx as nx
import numpy as np

from paperkg.exports.html_view import entity_scores
from paperkg.ingest.records import ROLE_ORDER, parse_arxiv_id

__all__ = ["Ranks", "entity_detail", "paper_detail", "segments", "short", "title_of", "tooltip"]

_PAPERS_PER_ROLE = 30  # papers listed per role in an entity's panel
_RELATED = 8  # co-mentioned entities listed in an entity's panel
_HTTP = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_WIKIDATA = re.compile(r"^Q\d+$")
_HF_ID = re.compile(r"^[\w.\-]+(/[\w.\-]+)?$")
_ROLE_INDEX = {role.value: i for i, role in enumerate(ROLE_ORDER)}


def _http(url: Any) -> str | None:
    return url.strip() if isinstance(url, str) and _HTTP.match(url.strip()) else None


def _paper_links(data: dict) -> list[dict[str, str]]:
    links = []
    arxiv = parse_arxiv_id(data.get("arxiv_id")) if isinstance(data.get("arxiv_id"), str) else None
    if arxiv:
        links.append({"text": f"arXiv:{arxiv}", "href": f"https://arxiv.org/abs/{arxiv}"})
    doi = data.get("doi")
    if isinstance(doi, str) and doi.startswith("10."):
        links.append({"text": f"doi:{doi}", "href": "https://doi.org/" + quote(doi, safe="/:;()._-")})
    for url in data.get("links") or []:
        href = _http(url)
        if href and all(link["href"] != href for link in links):
            links.append({"text": href, "href": href})
    return links


def _entity_links(data: dict) -> list[dict[str, str]]:
    links = []
    wikidata = data.get("wikidata")
    if isinstance(wikidata, str) and _WIKIDATA.match(wikidata):
        links.append({"text": f"Wikidata {wikidata}", "href": f"https://www.wikidata.org/wiki/{wikidata}"})
    hf_id = data.get("hf_id")
    if isinstance(hf_id, str) and _HF_ID.match(hf_id):
        links.append({"text": f"Hugging Face {hf_id}", "href": f"https://huggingface.co/{hf_id}"})
    return links


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[Any]:
    """``text`` cut at the evidence spans: plain strings and ``[text, entity id, role]`` marks.

    Offsets are Python (code point) offsets; cutting here spares the page UTF-16 arithmetic.
    Overlapping spans keep the earlier (then longer) one.

    Examples
    --------
    >>> spans = [(7, 11, "technique/lora", "uses"), (15, 19, "dataset/mmlu", "uses")]
    >>> segments("we use LoRA on MMLU", spans)
    ['we use ', ['LoRA', 'technique/lora', 'uses'], ' on ', ['MMLU', 'dataset/mmlu', 'uses']]
    """
    out: list[Any] = []
    at = 0
    for start, end, entity, role in sorted(set(spans), key=lambda s: (s[0], -s[1], s[2])):
        if start < at or not 0 <= start < end <= len(text):
            continue
        if start > at:
            out.append(text[at:start])
        out.append([text[start:end], entity, role])
        at = end
    if at < len(text):
        out.append(text[at:])
    return out


def short(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis.

    >>> short("Attention  is all\\nyou need", 12)
    'Attention i…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _fmt(score: float) -> str:
    return f"{score:.4g}"


def title_of(G: nx.DiGraph, paper: str) -> str:
    """A paper's title (else its label, else its id)."""
    data = G._node[paper]
    return str(data.get("title") or data.get("label") or paper)


class Ranks:
    """Scores and rank within kind of every entity, for a few measures (the panel's centrality).

    Umbrella terms (``generic``) are left out of the ranks unless ``include_generic``. A rank
    is counted when asked (:meth:`of`), not by sorting every entity: the panels show a few
    hundred of a graph's entities.
    """

    def __init__(self, G: nx.DiGraph, size_by: str, cache: dict[str, Any], *,
                 include_generic: bool = False) -> None:
        self._nodes = G._node
        self.tables: list[tuple[str, dict[str, float], dict[str, _KindScores]]] = []
        scored_before: list[str] = []
        ranked_before: list[str] = []
        groups: dict[str, list[str]] = {}
        for by in dict.fromkeys((size_by, "pagerank", "degree")):
            scores = entity_scores(G, by, cache)
            scored = list(scores)
            ranked = ranked_before if scored == scored_before else [
                # as rank lists them
                n for n in scored if include_generic or not self._nodes[n].get("generic")]
            scored_before = scored
            if ranked is not ranked_before:
                groups = {}
                for node in ranked:
                    groups.setdefault(self._nodes[node].get("kind", ""), []).append(node)
                ranked_before = ranked
            self.tables.append((by, scores,
                                {kind: _KindScores(group, scores) for kind, group in groups.items()}))

    def of(self, node: str) -> list[dict[str, Any]]:
        """The node's score and rank (of its kind) for each measure."""
        kind = self._nodes[node].get("kind", "")
        out = []
        for by, scores, kinds in self.tables:
            group = kinds.get(kind)
            position = None if group is None else group.position(node, self._nodes)
            if position is not None:
                out.append({"measure": by, "score": _fmt(scores[node]), "rank": position,
                            "of": len(group.nodes)})
        return out


class _KindScores:
    """The entities of one kind and their scores: a node's rank among them, by score (higher
    first), then label, then id (1 = first)."""

    def __init__(self, nodes: list[str], scores: dict[str, float]) -> None:
        self.nodes, self._scores = nodes, scores
        self._members: set[str] | None = None
        self._values: np.ndarray | None = None
        self._ascending: np.ndarray | None = None

    def position(self, node: str, attrs: dict[str, dict]) -> int | None:
        if self._members is None:
            self._members = set(self.nodes)
            self._values = np.fromiter((self._scores[n] for n in self.nodes), dtype=float,
                                       count=len(self.nodes))
            self._ascending = np.sort(self._values)
        if node not in self._members:
            return None
        score = self._scores[node]
        higher = len(self.nodes) - int(np.searchsorted(self._ascending, score, side="right"))
        key = (str(attrs[node].get("label", node)), node)
        tied = np.flatnonzero(self._values == score)  # in order of score only: label, then id, decide
        before = sum(1 for i in tied.tolist()
                     if (str(attrs[self.nodes[i]].get("label", self.nodes[i])), self.nodes[i]) < key)
        return higher + before + 1


def entity_detail(G: nx.DiGraph, node: str, in_page: set[str], ranks: Ranks, comention: nx.Graph,
                  community: dict[str, Any] | None = None, *,
                  titles: dict[str, str] | None = None) -> dict[str, Any]:
    """The panel of an entity: ``in_page`` are the nodes the page holds (clickable);
    ``titles``: papers' titles folded for sorting, kept between calls (the panels of one page
    share their papers)."""
    data = G.nodes[node]
    by_role: dict[str, list[str]] = {}
    for paper, link in G._pred[node].items():  # as G.in_edges(node, data="role"), without its views
        by_role.setdefault(link.get("role") or "mentions", []).append(paper)
    titles = {} if titles is None else titles
    for paper in G._pred[node]:
        if paper not in titles:
            titles[paper] = title_of(G, paper).casefold()
    papers = []
    for role in [*_ROLE_INDEX, *sorted(set(by_role) - set(_ROLE_INDEX))]:
        ids = by_role.get(role, [])
        if ids:  # the papers in the page first, each part by title, then id
            first = sorted((titles[p], p) for p in ids if p in in_page)[:_PAPERS_PER_ROLE]
            if len(first) < _PAPERS_PER_ROLE:
                rest = [(titles[p], p) for p in ids if p not in in_page]
                first += heapq.nsmallest(_PAPERS_PER_ROLE - len(first), rest)
            papers.append({"role": role, "total": len(ids), "items": [
                {"id": p, "title": title_of(G, p), "shown": p in in_page} for _, p in first]})
    broader = data.get("broader")
    related = []
    if node in comention:
        near = sorted(comention._adj[node].items(), key=lambda item: (-item[1].get("weight", 1), item[0]))
        related = [{"id": other, "label": str(G.nodes[other].get("label", other)),
                    "papers": d.get("weight", 1), "shown": other in in_page} for other, d in near[:_RELATED]]
    return {
        "type": "entity",
        "label": str(data.get("label") or node),
        "kind": data.get("kind"),
        "aliases": [str(a) for a in data.get("aliases") or [] if a and a != data.get("label")],
        "broader": {"id": broader, "label": str(G.nodes[broader].get("label", broader)),
                    "shown": broader in in_page} if broader in G else None,
        "language_type": data.get("language_type"),
        "origin": data.get("origin"),
        "generic": bool(data.get("generic")),
        "centrality": ranks.of(node),
        "community": community,
        "papers": papers,
        "related": related,
        "links": _entity_links(data),
    }


def paper_detail(G: nx.DiGraph, node: str, in_page: set[str]) -> dict[str, Any]:
    """The panel of a paper: its texts with the evidence marked, and what it mentions."""
    data = G.nodes[node]
    spans: dict[str, list[tuple[int, int, str, str]]] = {"title": [], "abstract": []}
    mentions = []
    for _, entity, edge in sorted(G.out_edges(node, data=True), key=lambda e: e[1]):
        for ev in edge.get("evidence") or []:
            start, end = ev.get("start"), ev.get("end")
            if ev.get("field") in spans and isinstance(start, int) and isinstance(end, int):
                spans[ev["field"]].append((start, end, entity, str(ev.get("role") or edge.get("role"))))
        mentions.append({"id": entity, "label": str(G.nodes[entity].get("label", entity)),
                         "kind": G.nodes[entity].get("kind"), "role": edge.get("role"),
                         "count": edge.get("count", 1), "shown": entity in in_page})
    sources = []
    for src in data.get("sources") or []:
        parts = [str(src.get("file") or "")]
        if src.get("record") is not None:
            parts.append(f"record {src['record']}")
        if src.get("date"):
            parts.append(str(src["date"]))
        sources.append(", ".join(p for p in parts if p))
    return {
        "type": "paper",
        "label": title_of(G, node),
        "title": segments(title_of(G, node), spans["title"]),
        "abstract": segments(str(data.get("abstract") or ""), spans["abstract"]),
        "authors": [str(a) for a in data.get("authors") or []],
        "date": data.get("date"),
        "categories": [str(c) for c in data.get("categories") or []],
        "sources": sources,
        "links": _paper_links(data),
        "mentions": sorted(mentions,
                           key=lambda m: (_ROLE_INDEX.get(m["role"], 9), m["label"].casefold(), m["id"])),
    }


def tooltip(G: nx.DiGraph, node: str, score: float, size_by: str, community: str | None = None) -> str:
    """The hover text of a node (plain text; vis-network shows it as text)."""
    data = G.nodes[node]
    if data.get("kind") == "paper":
        meta = [str(data.get("date") or ""), f"{G.out_degree(node)} linked entities"]
        return "\n".join([title_of(G, node), " \u00b7 ".join(m for m in meta if m)])
    papers = G.in_degree(node)
    lines = [f"{data.get('label') or node} ({data.get('kind')})",
             f"{papers} paper{'' if papers == 1 else 's'} \u00b7 {size_by} {_fmt(score)}"]
    if community:
        lines.append(f"community: {community}")
    return "\n".join(lines)
