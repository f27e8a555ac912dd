"""One name, one entity, one kind across a build (issue 12 part 4), the same in any order (issue 14 F3).

Real sample-corpus papers: the KGym paper writes its name "KGym" (title) and "kGym" (abstract);
two papers introduce a "SCALE" (a benchmark and a framework); LangSAMP is found as a model (title)
and a technique (its abbreviation).
"""

from __future__ import annotations

import pickle
import random
from collections import defaultdict
from dataclasses import replace

import pytest

from paperkg.graph.build import graph_from_extractions
from paperkg.ingest.dedupe import dedupe
from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.consistency import BuildNames, name_key, settle_build, settle_stream
from paperkg.ingest.readers import read_papers
from paperkg.ingest.records import Origin, Paper


@pytest.fixture(scope="module")
def papers(sample_dir):
    return list(dedupe(read_papers([sample_dir])))


@pytest.fixture(scope="module")
def extractions(papers):
    return list(Extractor.shared().pipe(papers))


def _paper(papers, prefix):
    return next(p for p in papers if p.title.startswith(prefix))


def _discovered_ids(extractions):
    """name key -> ids, slug -> ids, over the discovered entities of ``extractions``."""
    by_key, by_slug = defaultdict(set), defaultdict(set)
    for extraction in extractions:
        for entity in extraction.entities:
            if entity.origin is Origin.DISCOVERED:
                by_key[name_key(entity.label)].add(entity.id)
                by_slug[entity.id.split("/", 1)[1]].add(entity.id)
    return by_key, by_slug


@pytest.mark.issue(12)
@pytest.mark.parametrize(("prefix", "surfaces"), [("KGym:", {"KGym", "kGym"}), ("LangSAMP:", {"LangSAMP"})])
def test_a_name_is_one_entity_in_its_paper(papers, prefix, surfaces):
    extraction = Extractor.shared().extract(_paper(papers, prefix))
    ids = {m.entity_id for m in extraction.mentions if m.surface in surfaces}
    assert len(ids) == 1, ids  # not dataset/kgym and technique/kgym; not model/ and technique/langsamp
    entity = next(e for e in extraction.entities if e.id in ids)
    assert surfaces <= {entity.label, *entity.aliases}


@pytest.mark.issue(12)
def test_settled_build_has_one_id_per_name_and_one_kind_per_slug(extractions):
    by_key, by_slug = _discovered_ids(extractions)
    assert len(by_key["scale"]) == 2  # the SCALE benchmark paper and the SCALE framework paper disagree
    settled = settle_build(extractions)
    by_key, by_slug = _discovered_ids(settled)
    # the two SCALEs stand for unrelated names (their titles spell them out): one entity each
    assert {k: v for k, v in by_key.items() if len(v) > 1} == {"scale": {
        "model/scale--scaling-up-the-complexity-for-advanced-language-model-evaluation",
        "technique/scale--synergized-collaboration-of-asymmetric-language-translation-engines"}}
    assert {k: v for k, v in by_slug.items() if len(v) > 1} == {}
    for paper in ("SCALE: Scaling", "SCALE: Synergized"):
        scale = {m.entity_id for x in settled if x.paper.title.startswith(paper) for m in x.mentions
                 if m.surface == "SCALE"}
        assert len(scale) == 1, scale


@pytest.mark.issue(12)
def test_a_name_defined_in_one_sense_stays_one_entity(papers):
    # "SCALE" spelt out alike (in other words' endings) by two papers, and written bare by a third: one entity
    base = _paper(papers, "SCALE: Synergized")
    twin = replace(base, id="twin",
                   title="SCALE: Synergized Collaborations of Asymmetric Language Translation Engine")
    bare = replace(base, id="bare", title="", abstract="We compare with SCALE on low-resource translation.")
    settled = settle_build(Extractor.shared().pipe([base, twin, bare]))
    ids = {m.entity_id for x in settled for m in x.mentions if m.surface == "SCALE"}
    assert len(ids) == 1, ids


@pytest.mark.issue(12)
def test_settling_keeps_every_mention_and_its_offsets(extractions):
    settled = settle_build(extractions, link=False)
    for before, after in zip(extractions, settled, strict=True):
        assert [(m.field, m.start, m.end, m.surface) for m in before.mentions] == [
            (m.field, m.start, m.end, m.surface) for m in after.mentions]
        assert {m.entity_id for m in after.mentions} <= {e.id for e in after.entities}


@pytest.mark.issue(12)
def test_introduced_name_is_linked_in_another_paper(papers):
    """KGym is introduced by its (real) paper; a later paper writes "kGym" without introducing it.
    The later paper's own extraction misses it; the build links it."""
    kgym = _paper(papers, "KGym:")
    # written by hand, in the style of a follow-up
    later = Paper(id="later", title="Agents for kernel crashes",
                  abstract="We run our repair agent on kGym and report the crash resolution rate per "
                           "bug class.")
    extractor = Extractor.shared()
    own = extractor.extract(later)
    assert not any(m.surface == "kGym" for m in own.mentions)
    first, second = settle_build([extractor.extract(kgym), own])
    linked = [m for m in second.mentions if m.surface == "kGym"]
    assert len(linked) == 1 and linked[0].extractor == "paperkg_build"
    assert linked[0].entity_id in {m.entity_id for m in first.mentions if m.surface in {"KGym", "kGym"}}
    assert later.abstract[linked[0].start:linked[0].end] == "kGym"
    assert linked[0].entity_id in {e.id for e in second.entities}


@pytest.mark.issue(12)
def test_a_name_linked_across_the_build_takes_the_role_its_place_gives(papers):
    """In a later paper's title, an introduced name is one the paper uses; in a survey's title it
    is only mentioned (the roles the paper's own components give)."""
    kgym = _paper(papers, "KGym:")
    extractor = Extractor.shared()
    later = [Paper(id=pid, title=title, abstract="Kernel crash resolution is hard.")  # by hand
             for pid, title in (("study", "Repairing kernel crashes on kGym"),
                                ("survey", "A survey of kernel crash repair on kGym"))]
    _, study, survey = settle_build([extractor.extract(kgym), *map(extractor.extract, later)])
    assert {m.role.value for m in study.mentions if m.surface == "kGym"} == {"uses"}
    assert {m.role.value for m in survey.mentions if m.surface == "kGym"} == {"mentions"}


@pytest.mark.issue(12)
def test_introduced_name_is_linked_in_latex_markup_but_not_in_a_url(papers):
    """Corpus abstracts keep LaTeX ("\\textbf{MagicID}"): the name inside is linked; a URL path
    ending in the name ("github.com/x/kGym") is not a mention."""
    kgym = _paper(papers, "KGym:")
    later = Paper(id="later", title="", abstract=(  # by hand, in the style of corpus abstracts
        "We run our agent on \\textbf{kGym} and release code at https://github.com/someone/kGym."))
    extractor = Extractor.shared()
    _, second = settle_build([extractor.extract(kgym), extractor.extract(later)])
    linked = [(m.surface, m.start) for m in second.mentions if m.extractor == "paperkg_build"]
    assert linked == [("kGym", later.abstract.index("kGym"))]


@pytest.mark.issue(12)
def test_short_acronyms_and_generic_words_are_not_linked_across_the_build(extractions):
    settlement = _names(extractions).settle()
    labels = {settlement.by_id[eid].label for eid in settlement.linked}
    assert "SCALE" not in labels  # a short all-capital name many papers reuse
    assert all(settlement.by_id[eid].origin is Origin.DISCOVERED for eid in settlement.linked)


def _names(extractions):
    names = BuildNames()
    for extraction in extractions:
        names.add(extraction)
    return names


@pytest.mark.issue(12)
def test_tallies_merged_from_parts_settle_like_one_pass(extractions):
    whole = _names(extractions).settle()
    left, right = _names(extractions[::2]), _names(extractions[1::2])
    left.update(right)
    merged = left.settle()
    assert merged.by_id == whole.by_id and merged.ids == whole.ids and merged.linked == whole.linked


@pytest.mark.issue(12)
def test_tallies_and_settlement_travel_to_workers_by_pickle(papers, extractions):
    """Tallies made in other processes merge, and a settlement sent there applies the same."""
    later = Paper(id="later", title="", abstract="We run our repair agent on kGym.")  # as above, by hand
    extractions = [*extractions, Extractor.shared().extract(later)]
    whole = _names(extractions).settle()
    left = pickle.loads(pickle.dumps(_names(extractions[::2])))
    left.update(pickle.loads(pickle.dumps(_names(extractions[1::2]))))
    assert left.settle().by_id == whole.by_id
    applied = [whole.apply(e) for e in extractions]
    shipped = pickle.loads(pickle.dumps(whole))
    assert [shipped.apply(e) for e in extractions] == applied
    assert any(m.extractor == "paperkg_build" for e in applied for m in e.mentions)


@pytest.mark.issue(12)
def test_streamed_settling_gives_the_in_memory_result(extractions):
    """The spooled two passes: same records, same order, same links as holding them in memory."""
    streamed = list(settle_stream(iter(extractions)))
    assert [e.paper.id for e in streamed] == [e.paper.id for e in extractions]
    assert streamed == settle_build(extractions)


@pytest.mark.issue(14)
def test_settlement_and_graph_do_not_depend_on_input_order(extractions):
    """F3: the same records in another order give the same labels, kinds and family links."""
    def graph_view(order):
        settled = settle_build(order)
        G = graph_from_extractions(settled)
        entities = {n: (d["label"], d["kind"], d["broader"], tuple(d["aliases"]))
                    for n, d in G.nodes(data=True) if d["kind"] != "paper"}
        links = {(u, v, d["role"], d["count"]) for u, v, d in G.edges(data=True)}
        return entities, links

    reference = graph_view(extractions)
    for seed in (1, 2):
        shuffled = list(extractions)
        random.Random(seed).shuffle(shuffled)
        assert graph_view(shuffled) == reference


@pytest.mark.issue(14)
def test_graph_merge_of_case_variants_does_not_depend_on_order(papers):
    """Without settling, two papers spelling one id differently still give one label in any order."""
    extraction = Extractor.shared().extract(_paper(papers, "KGym:"))
    entity = next(e for e in extraction.entities if name_key(e.label) == "kgym")
    other = replace(extraction, paper=replace(extraction.paper, id="copy", title="KGym copy", arxiv_id=None),
                    entities=tuple(replace(e, label="KGYM", aliases=()) if e.id == entity.id else e
                                   for e in extraction.entities))
    one = graph_from_extractions([extraction, other]).nodes[entity.id]
    two = graph_from_extractions([other, extraction]).nodes[entity.id]
    assert one == two
    assert one["label"] == "KGYM" and {entity.label, "KGYM"} - {one["label"]} <= set(one["aliases"])
