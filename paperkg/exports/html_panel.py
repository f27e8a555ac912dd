"""What the HTML view's side panel and tooltips say about a node: plain data, escaped by the page.

Entity: label, kind, aliases, family, centrality ranks, papers by role, the entities it is
most often mentioned with, links. Paper: title and abstract cut at the evidence spans,
authors, date, sources, links, the entities it mentions. Links are kept only when they are
http(s) URLs built from checked ids.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import networkx as nx

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

    Umbrella terms (``generic``) are left out of the ranks unless ``include_generic``.
    """

    def __init__(self, G: nx.DiGraph, size_by: str, cache: dict[str, Any], *, include_generic: bool = False) -> None:
        self._nodes = G._node
        self.tables: list[tuple[str, dict[str, float], dict[str, int], dict[str, int]]] = []
        groups: dict[str, list[str]] = {}  # the entities of each kind by label, then id ...
        ranked_before: list[str] = []
        for by in dict.fromkeys((size_by, "pagerank", "degree")):
            scores = entity_scores(G, by, cache)
            ranked = [n for n in scores if include_generic or not self._nodes[n].get("generic")]  # as rank lists them
            if ranked != ranked_before:
                groups = {}
                for node in sorted(ranked, key=lambda n: (str(self._nodes[n].get("label", n)), n)):
                    groups.setdefault(self._nodes[node].get("kind", ""), []).append(node)
                ranked_before = ranked
            position: dict[str, int] = {}
            for group in groups.values():  # ... then by score (a stable sort: ties keep that order)
                position.update(zip(sorted(group, key=scores.__getitem__, reverse=True), range(1, len(group) + 1)))
            self.tables.append((by, scores, position, {kind: len(group) for kind, group in groups.items()}))

    def of(self, node: str) -> list[dict[str, Any]]:
        """The node's score and rank (of its kind) for each measure."""
        return [{"measure": by, "score": _fmt(scores[node]), "rank": position[node],
                 "of": size[self._nodes[node].get("kind", "")]}
                for by, scores, position, size in self.tables if node in position]


def entity_detail(G: nx.DiGraph, node: str, in_page: set[str], ranks: Ranks, comention: nx.Graph,
                  community: dict[str, Any] | None = None) -> dict[str, Any]:
    """The panel of an entity: ``in_page`` are the nodes the page holds (clickable)."""
    data = G.nodes[node]
    by_role: dict[str, list[str]] = {}
    for paper, _, role in G.in_edges(node, data="role"):
        by_role.setdefault(role or "mentions", []).append(paper)
    papers = []
    for role in [*_ROLE_INDEX, *sorted(set(by_role) - set(_ROLE_INDEX))]:
        ids = sorted(by_role.get(role, []), key=lambda p: (p not in in_page, title_of(G, p).casefold(), p))
        if ids:
            papers.append({"role": role, "total": len(ids), "items": [
                {"id": p, "title": title_of(G, p), "shown": p in in_page} for p in ids[:_PAPERS_PER_ROLE]]})
    broader = data.get("broader")
    related = []
    if node in comention:
        near = sorted(comention._adj[node].items(), key=lambda item: (-item[1].get("weight", 1), item[0]))
        related = [{"id": other, "label": str(G.nodes[other].get("label", other)), "papers": d.get("weight", 1),
                    "shown": other in in_page} for other, d in near[:_RELATED]]
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
        "mentions": sorted(mentions, key=lambda m: (_ROLE_INDEX.get(m["role"], 9), m["label"].casefold(), m["id"])),
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
