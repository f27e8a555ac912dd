"""The HTML view: self-contained, holds the nodes it claims, filters, escapes, deterministic."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from paperkg import EntityNotFound, KnowledgeGraph
from paperkg.errors import QueryError
from paperkg.exports import EXPORTERS
from paperkg.exports.html import (COMMUNITY_COLORS, KIND_STYLE, PHYSICS_MAX_NODES, HtmlOptions, render_html,
                                  select_view, write_html)
from paperkg.graph.centrality import MEASURES
from paperkg.graph.ranking import rank_entities
from paperkg.graph.projections import comention_graph

_BLOCK = re.compile(r'<script type="application/json" id="paperkg-(\w+)">(.*?)</script>', re.DOTALL)


def blocks(html: str) -> dict[str, object]:
    """The page's JSON blocks (nodes, edges, options, details, meta), parsed."""
    return {name: json.loads(text) for name, text in _BLOCK.findall(html)}


def entities_of(G: nx.DiGraph) -> list[str]:
    """The entities the view draws by default: all but the umbrella terms (flagged generic)."""
    return [n for n, data in G.nodes(data=True) if data.get("kind") != "paper" and not data.get("generic")]


def top_entities(G: nx.DiGraph, n: int | None = 10, by: str = "pagerank") -> list:
    """The ``n`` most central entities by ``by``, as ``paperkg rank`` ranks them (umbrella terms left out)."""
    return list(rank_entities(G, by=by, top=n))


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory: pytest.TempPathFactory, sample_kg: KnowledgeGraph) -> str:
    path = write_html(sample_kg.graph, tmp_path_factory.mktemp("html") / "graph.html")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_data(sample_html: str) -> dict[str, object]:
    return blocks(sample_html)


def test_html_exporter_registered() -> None:
    entry = EXPORTERS["html"]
    assert entry.write is write_html
    assert "pyvis" in entry.aliases and {".html", ".htm"} <= set(entry.suffixes)


def assert_strongest_links(links: set[frozenset[str]], G: nx.DiGraph, entities: set[str]) -> None:
    """``links`` are co-mention links among ``entities`` holding each entity's 3 strongest (ties aside)."""
    among = comention_graph(G).subgraph(entities)
    assert links <= {frozenset(e) for e in among.edges()} and len(links) <= 3 * len(entities)
    for entity in entities:
        weights = sorted((d["weight"] for d in among[entity].values()), reverse=True)
        mine = sorted((among[entity][o]["weight"] for o in among[entity] if frozenset((entity, o)) in links),
                      reverse=True)
        assert mine[:3] == weights[:3]  # its strongest links (by weight) are drawn


@pytest.mark.issue(2)
@pytest.mark.issue(15)
def test_html_overview_holds_the_entities_it_claims(sample_html: str, sample_data: dict,
                                                    sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    meta, nodes, edges, more, details = (sample_data[k]
                                         for k in ("meta", "nodes", "edges", "more", "details"))
    assert meta["view"] == "entities"
    drawn = [n["id"] for n in nodes]
    papers = [n["id"] for n in more["nodes"]]
    ids = drawn + papers
    assert len(ids) == len(set(ids)) and set(details) == set(ids) and set(ids) <= set(G)
    expected = min(500, len(entities_of(G)))
    assert len(drawn) == meta["shown"] == expected and meta["scope"] == len(entities_of(G))
    assert all(G.nodes[n]["kind"] != "paper" for n in drawn)
    assert all(G.nodes[p]["kind"] == "paper" for p in papers) and len(papers) == meta["papers_on_demand"] > 0
    assert f'data-shown="{expected}"' in sample_html
    assert re.search(rf'Showing <strong id="shown-count">{expected}</strong> of '
                     rf'{len(entities_of(G))} entities',
                     sample_html)
    # the drawn entities are the most central ones
    scores = {row.id: row.score for row in top_entities(G, None)}
    assert min(scores[n] for n in drawn) >= max(scores[n] for n in scores if n not in set(drawn))
    # every paper on demand mentions a drawn entity; its links to them come with it
    shown = set(drawn)
    assert all(shown & set(G.successors(p)) for p in papers)
    assert {(e["from"], e["to"]) for e in more["edges"]} == {(p, e) for p in papers for e in G.successors(p)
                                                             if e in shown}
    assert all(e.get("comention") for e in edges)
    for kind in ("paper", "model", "dataset", "technique", "language"):
        assert meta["counts"]["total"][kind] == sample_kg.counts()[kind]
    assert meta["links"]["total"] == G.number_of_edges()


@pytest.mark.issue(15)
def test_html_overview_links_entities_by_shared_papers(sample_data: dict, sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    shown = {n["id"] for n in sample_data["nodes"]}
    links = sample_data["edges"]
    assert len(links) > 100
    for link in links:
        a, b = link["from"], link["to"]
        papers = len(set(G.predecessors(a)) & set(G.predecessors(b)))
        assert a in shown and b in shown and papers >= 1
        assert link["title"] == f"{papers} shared paper{'' if papers == 1 else 's'}"
    assert_strongest_links({frozenset((e["from"], e["to"])) for e in links}, G, shown)
    meta = sample_data["meta"]
    assert meta["links"]["comention"] == comention_graph(G).subgraph(shown).number_of_edges()
    assert meta["links"]["strongest"] == len(links) < meta["links"]["comention"]


@pytest.mark.issue(15)
def test_html_overview_coloured_by_community(sample_data: dict) -> None:
    meta = sample_data["meta"]
    communities = meta["communities"]
    assert len(communities) >= 3 and meta["colors"] == "community"
    assert [c["size"] for c in communities] == sorted((c["size"] for c in communities), reverse=True)
    assert ([c["color"] for c in communities[: len(COMMUNITY_COLORS)]]
            == list(COMMUNITY_COLORS)[: len(communities)])
    member = {n: c for c in communities for n in c["nodes"]}
    assert sum(len(c["nodes"]) for c in communities) == len(member)  # each entity in one community
    linked = {e["from"] for e in sample_data["edges"]} | {e["to"] for e in sample_data["edges"]}
    assert linked <= set(member)
    for node in sample_data["nodes"]:
        if node["id"] in member:
            assert node["color"]["background"] == member[node["id"]]["color"]
            assert "community: " + member[node["id"]]["label"] in node["title"]
    # a community is named by its members most linked inside it
    first = communities[0]
    assert first["label"].split(", ")[0] in {sample_data["details"][n]["label"] for n in first["nodes"]}


@pytest.mark.issue(15)
def test_html_small_parts_grouped_aside(sample_data: dict, sample_kg: KnowledgeGraph) -> None:
    pos = {n["id"]: (n["x"], n["y"]) for n in sample_data["nodes"]}
    links = nx.Graph([(e["from"], e["to"]) for e in sample_data["edges"]])
    links.add_nodes_from(pos)
    small = {v for part in nx.connected_components(links) if len(part) <= 3 for v in part}
    assert len(small) >= 10  # the sample has lone entities and pairs
    aside = sample_data["meta"]["aside"]
    assert aside["nodes"] == len(small)
    assert aside["caption"] == (
        f"Not linked to the rest: {len(small)} entities in {aside['parts']} small groups")
    for v in small:
        x, y = pos[v]
        assert aside["x"] <= x <= aside["x"] + aside["width"]
        assert aside["y"] <= y <= aside["y"] + aside["height"]
    rest = [pos[v] for v in pos if v not in small]
    assert max(x for x, _ in rest) < aside["x"]  # to the right of everything else ...
    height = max(y for _, y in rest) - min(y for _, y in rest)
    assert aside["height"] < height  # ... and not a row as long as the graph


def test_html_nodes_shaped_sized_and_titled(sample_data: dict, sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    groups = sample_data["options"]["groups"]
    for node in sample_data["nodes"] + sample_data["more"]["nodes"]:
        kind = G.nodes[node["id"]]["kind"]
        assert node["group"] == kind and node["shape"] == groups[kind]["shape"] == KIND_STYLE[kind]["shape"]
        assert isinstance(node["x"], float | int) and isinstance(node["y"], float | int)
        assert node["size"] > 0
        if kind == "paper":
            assert node["title"].startswith(G.nodes[node["id"]]["title"])
    assert len({g["color"]["background"] for g in groups.values()}) == len(groups)
    legend = re.findall(r'class="kind-filter" value="(\w+)"', render_html(G, max_nodes=5))
    assert sorted(legend) == sorted(groups)


def test_html_sizes_follow_centrality(sample_kg: KnowledgeGraph) -> None:
    data = blocks(render_html(sample_kg.graph, max_nodes=50))
    top = top_entities(sample_kg.graph, 1)[0].id
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    assert sizes[top] == max(sizes.values())
    ranks = {n["id"]: n["rank"] for n in data["nodes"]}
    assert ranks[top] == 0


@pytest.mark.parametrize("view", ["entities", "papers"])
def test_html_cap_keeps_the_most_central(sample_kg: KnowledgeGraph, view: str) -> None:
    cap = 25
    data = blocks(render_html(sample_kg.graph, max_nodes=cap, view=view))
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == cap and data["meta"]["capped"] is True
    top = [row.id for row in top_entities(sample_kg.graph, 3)]
    assert set(top) <= ids


@pytest.mark.parametrize("by", list(MEASURES))
def test_html_select_view_any_measure(sample_kg: KnowledgeGraph, by: str) -> None:
    G = sample_kg.graph
    view = select_view(G, max_nodes=40, size_by=by)
    assert len(view.nodes) == 40 == len(set(view.nodes)) and view.scope == len(entities_of(G))
    assert view.nodes[0] == top_entities(G, 1, by)[0].id
    papers = select_view(G, HtmlOptions(view="papers", max_nodes=40, size_by=by))
    # every paper, every entity but umbrella terms
    assert papers.scope == len(entities_of(G)) + sample_kg.num_papers


@pytest.mark.parametrize("kind", ["model", "dataset", "technique", "language"])
def test_html_kind_filter(sample_kg: KnowledgeGraph, kind: str) -> None:
    G = sample_kg.graph
    data = blocks(render_html(G, kind=kind, max_nodes=10_000))
    drawn = {n["id"] for n in data["nodes"]}
    expected = set(sample_kg.entities(kind)) & set(entities_of(G))
    assert drawn == expected and data["meta"]["kind"] == kind
    assert all(G.nodes[e["from"]]["kind"] == G.nodes[e["to"]]["kind"] == kind for e in data["edges"])
    papers = blocks(render_html(G, kind=kind, view="papers", max_nodes=10_000))
    ids = {n["id"] for n in papers["nodes"]}
    entities = {n for n in ids if G.nodes[n]["kind"] != "paper"}
    assert entities == expected
    assert ids - entities == {p for e in entities for p in G.predecessors(e)}


def test_html_generic_and_language_type_filters(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph.copy()
    top = next(row.id for row in top_entities(G, None) if row.kind != "language")
    G.nodes[top]["generic"] = True
    languages = [n for n in sample_kg.entities("language")]
    G.nodes[languages[0]]["language_type"] = "programming"
    for other in languages[1:]:
        G.nodes[other]["language_type"] = "natural"
    assert top not in select_view(G, max_nodes=10_000).nodes  # umbrella terms are left out ...
    assert top in select_view(G, max_nodes=10_000, include_generic=True).nodes  # ... unless asked for
    assert top in select_view(G, focus=top).nodes  # the focus is always drawn
    kept = select_view(G, kind="language", language_type="programming", max_nodes=10_000).nodes
    assert kept == [languages[0]]
    mixed = set(select_view(G, language_type="natural", max_nodes=10_000).nodes)
    assert languages[0] not in mixed and set(languages[1:]) <= mixed and len(mixed) > len(languages)


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_html_focus_ego_view(sample_kg: KnowledgeGraph, depth: int) -> None:
    G = sample_kg.graph
    top = top_entities(sample_kg.graph, 1, "degree")[0]
    data = blocks(render_html(G, focus=top.entity.upper(), depth=depth, max_nodes=10_000))
    umbrella = {n for n, generic in G.nodes(data="generic") if generic and n != top.id}
    expected = set(nx.ego_graph(G.to_undirected(), top.id, radius=depth)) - umbrella  # leaves at depth <= 2
    assert data["meta"]["view"] == "papers"
    assert {n["id"] for n in data["nodes"]} == expected
    assert data["meta"]["focus"] == {"id": top.id, "label": G.nodes[top.id]["label"], "depth": depth}


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_html_focus_on_the_entity_view(sample_kg: KnowledgeGraph, depth: int) -> None:
    G = sample_kg.graph
    top = top_entities(sample_kg.graph, 1, "degree")[0]
    view = select_view(G, view="entities", focus=top.entity, depth=depth, max_nodes=10_000)
    expected = set(nx.ego_graph(comention_graph(G).subgraph(entities_of(G)), top.id, radius=depth))
    assert set(view.nodes) == expected and view.nodes[0] == top.id


def test_html_focus_kept_under_cap(sample_kg: KnowledgeGraph) -> None:
    top = top_entities(sample_kg.graph, 1, "degree")[0]
    view = select_view(sample_kg.graph, focus=top.id, depth=2, max_nodes=3)
    assert view.nodes[0] == top.id and len(view.nodes) == 3


def test_html_focus_unknown_lists_close_matches(tmp_path: Path, sample_kg: KnowledgeGraph) -> None:
    name = top_entities(sample_kg.graph, 1)[0].entity
    with pytest.raises(EntityNotFound) as caught:
        write_html(sample_kg.graph, tmp_path / "g.html", focus=name + "x")
    assert name in caught.value.suggestions
    assert not (tmp_path / "g.html").exists()


@pytest.mark.parametrize(
    ("option", "message"),
    [({"kind": "models"}, "unknown kind 'models'; known: model, dataset, technique, language"),
     ({"size_by": "fame"}, "unknown measure 'fame'; known: degree"),
     ({"max_nodes": 0}, "max_nodes must be at least 1"),
     ({"depth": -1, "focus": "x"}, "depth must be 0 or more"),
     ({"view": "citations"}, "unknown view 'citations'; known: entities, papers"),
     ({"color_by": "year"}, "unknown colouring 'year'; known: community, kind"),
     ({"language_type": "spoken"}, "unknown language type 'spoken'; known: natural, programming"),
     ({"maxnodes": 3}, "unknown HTML option 'maxnodes'; known: view, max_nodes")],
)
def test_html_bad_options(sample_kg: KnowledgeGraph, option: dict, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        render_html(sample_kg.graph, **option)


@pytest.mark.parametrize(("max_nodes", "physics"),
                         [(PHYSICS_MAX_NODES, True), (PHYSICS_MAX_NODES + 1, False)])
def test_html_physics_only_for_small_papers_views(sample_kg: KnowledgeGraph, max_nodes: int,
                                                  physics: bool) -> None:
    G = sample_kg.graph
    assert len(G) > PHYSICS_MAX_NODES
    default = blocks(render_html(G, max_nodes=max_nodes, view="papers"))["options"]
    assert default["physics"]["enabled"] is physics
    flipped = blocks(render_html(G, max_nodes=max_nodes, view="papers", physics=not physics))["options"]
    assert flipped["physics"]["enabled"] is (not physics)
    # laid out by community
    assert blocks(render_html(G, max_nodes=50))["options"]["physics"]["enabled"] is False


@pytest.mark.issue(15)
def test_html_papers_view_keeps_entities_linked_without_papers(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    data = blocks(render_html(G, view="papers", max_nodes=200))
    shown = {n["id"] for n in data["nodes"]}
    entities = {n for n in shown if G.nodes[n]["kind"] != "paper"}
    assert {(e["from"], e["to"]) for e in data["edges"]} == {(u, v) for u, v in G.edges()
                                                             if u in shown and v in shown}
    # the co-mention links the page draws when papers are hidden
    links = {frozenset((e["from"], e["to"])) for e in data["more"]["edges"]}
    assert all(e["comention"] for e in data["more"]["edges"]) and data["more"]["nodes"] == []
    assert len(links) > 50
    assert_strongest_links(links, G, entities)


def test_html_evidence_highlighted(sample_data: dict, sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    details = sample_data["details"]
    papers = [n for n, d in details.items() if d["type"] == "paper" and G.out_degree(n)]
    assert papers
    for paper in papers:
        abstract = details[paper]["abstract"]
        text = "".join(part if isinstance(part, str) else part[0] for part in abstract)
        assert text == G.nodes[paper]["abstract"]
        marked = {(part[0], part[1]) for part in abstract if not isinstance(part, str)}
        spans = {(G.nodes[paper]["abstract"][ev["start"]:ev["end"]], entity)
                 for _, entity, evs in G.out_edges(paper, data="evidence") for ev in evs
                 if ev["field"] == "abstract"}
        assert marked <= spans
        if spans:
            assert marked


def test_html_entity_panel_data(sample_data: dict, sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    details = sample_data["details"]
    top = top_entities(G, 1)[0]
    panel = details[top.id]
    assert panel["label"] == top.entity and panel["kind"] == top.kind
    assert sum(group["total"] for group in panel["papers"]) == G.in_degree(top.id)
    pagerank = next(c for c in panel["centrality"] if c["measure"] == "pagerank")
    assert pagerank["rank"] == 1 and pagerank["of"] == len(
        set(sample_kg.entities(top.kind)) & set(entities_of(G)))
    # the entities it is most often mentioned with, as `related` counts them (umbrella terms aside)
    related = sample_kg.related(top.id, top=3)
    assert [(r["label"], r["papers"]) for r in panel["related"][:3]] == [(r.entity, r.support)
                                                                         for r in related]
    assert panel["community"]["label"] in {c["label"] for c in sample_data["meta"]["communities"]}


@pytest.mark.issue(13)
@pytest.mark.parametrize("include_generic", [False, True])
def test_html_panel_ranks_as_a_sort_ranks_them(sample_kg: KnowledgeGraph, include_generic: bool) -> None:
    """Ranks are counted per node (not by sorting every entity): each equals the position in
    the entity's kind sorted by score, then label, then id, ties included (degree has many)."""
    from paperkg.exports.html_panel import Ranks
    from paperkg.exports.html_view import entity_scores

    G, cache = sample_kg.graph, {}
    ranks = Ranks(G, "betweenness", cache, include_generic=include_generic)
    checked = ties = 0
    for by in ("betweenness", "pagerank", "degree"):
        scores = entity_scores(G, by, cache)
        kept = [n for n in scores if include_generic or not G.nodes[n].get("generic")]
        for kind in {G.nodes[n]["kind"] for n in kept}:
            group = sorted((n for n in kept if G.nodes[n]["kind"] == kind),
                           key=lambda n: (-scores[n], str(G.nodes[n].get("label", n)), n))
            for position, node in enumerate(group, start=1):
                row = next(r for r in ranks.of(node) if r["measure"] == by)
                assert (row["rank"], row["of"]) == (position, len(group))
                checked += 1
                ties += sum(scores[m] == scores[node] for m in group) > 1
    assert checked > 300 and ties > 100
    generic = next(n for n, data in G.nodes(data=True) if data.get("generic"))
    assert bool(ranks.of(generic)) is include_generic


@pytest.mark.issue(13)
def test_html_panel_papers_sorted_in_page_first_then_by_title(sample_data: dict,
                                                              sample_kg: KnowledgeGraph) -> None:
    G, details = sample_kg.graph, sample_data["details"]
    in_page = set(details)
    for node, panel in details.items():
        if panel["type"] != "entity":
            continue
        for group in panel["papers"]:
            ids = [p for p, _, role in G.in_edges(node, data="role") if (role or "mentions") == group["role"]]
            ids.sort(key=lambda p: (p not in in_page, str(G.nodes[p].get("title") or p).casefold(), p))
            assert [item["id"] for item in group["items"]] == ids[:30] and group["total"] == len(ids)


@pytest.mark.parametrize("view", ["entities", "papers"])
def test_html_empty_view(view: str) -> None:
    data = blocks(render_html(nx.DiGraph(), view=view))
    assert data["nodes"] == [] and data["meta"]["shown"] == 0 and data["meta"]["communities"] == []


def test_html_cli_options(tmp_path: Path, sample_ttl: Path, sample_kg: KnowledgeGraph) -> None:
    from typer.testing import CliRunner

    from paperkg.cli import app

    runner = CliRunner()
    out = tmp_path / "lora.html"
    result = runner.invoke(app, ["html", str(sample_ttl), "--out", str(out), "--view", "entities", "--focus",
                                 "lora", "--color-by", "kind", "--max-nodes", "30"])
    assert result.exit_code == 0, result.output
    meta = blocks(out.read_text(encoding="utf-8"))["meta"]
    assert (meta["view"], meta["colors"], meta["shown"]) == ("entities", "kind", 30)
    assert meta["focus"]["id"] == sample_kg.entity("LoRA")
    bad = runner.invoke(app, ["html", str(sample_ttl), "--out", str(out), "--view", "citations"])
    assert bad.exit_code == 1 and "unknown view 'citations'" in bad.output
