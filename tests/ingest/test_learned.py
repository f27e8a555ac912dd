"""The learned span classifier (``paperkg_learned``) on real sample-corpus text."""

from __future__ import annotations

import json

import numpy
import pytest
from spacy.tokens import Span
from spacy.training import Example

from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.learned import (_CUE_GROUPS, LABELS, MODEL_DIR, _cue_features, _linked_names,
                                            _name_shaped, candidate_spans)
from paperkg.ingest.extract.pipeline import blank_nlp, make_nlp, paper_doc
from paperkg.ingest.readers import read_papers
from paperkg.ingest.records import Kind, Origin, Paper, fold, slugify


@pytest.fixture(scope="module")
def papers(sample_dir):
    return {p.title: p for p in read_papers([sample_dir])}


def _paper(papers, prefix):
    return next(p for t, p in papers.items() if t.startswith(prefix))


@pytest.mark.issue(12)
def test_shipped_model_is_package_data():
    cfg = json.loads((MODEL_DIR / "cfg").read_text(encoding="utf-8"))
    assert tuple(cfg["labels"]) == LABELS
    assert "learning" in cfg["heads"] and "attention" in cfg["heads"]
    assert (MODEL_DIR / "model").stat().st_size < 5_000_000
    assert "## Training data" in (MODEL_DIR / "README.md").read_text(encoding="utf-8")


def test_candidates_are_runs_of_content_words(papers):
    abstract = _paper(papers, "ChocoLlama").abstract
    doc = blank_nlp().make_doc(abstract)
    spans = {doc[s:e].text for s, e in candidate_spans(doc, heads=["models"])}
    assert "ChocoLlama" in spans
    assert "Dutch" in spans
    for s, e in candidate_spans(doc, heads=["models"]):
        assert not doc[s].is_punct and not doc[e - 1].is_punct
        assert e - s <= 8


def test_candidates_skip_spans_already_linked(papers, learned_nlp):
    abstract = _paper(papers, "ChocoLlama").abstract
    doc = learned_nlp.get_pipe("paperkg_vocab")(learned_nlp.make_doc(abstract))
    linked = [(s.start, s.end) for s in doc.spans["paperkg"]]
    assert linked
    suggester = learned_nlp.get_pipe("paperkg_learned").suggester
    for start, end in suggester.spans(doc).tolist():
        assert all(end <= a or b <= start for a, b in linked)


@pytest.mark.issue(12)
def test_learned_spans_keep_the_span_contract(papers, learned_nlp):
    threshold = learned_nlp.get_pipe("paperkg_learned").cfg["threshold"]
    found = []
    for paper in list(papers.values())[:150]:
        doc = learned_nlp(paper.abstract)
        spans = sorted(doc.spans["paperkg"], key=lambda s: s.start)
        for a, b in zip(spans, spans[1:], strict=False):
            assert a.end <= b.start  # nothing overlaps
        for span in spans:
            if span._.extractor != "paperkg_learned":
                continue
            found.append(span)
            assert span.label_ in LABELS
            assert span.id_ == f"{span.label_}/{slugify(span.text)}"
            assert span._.origin == Origin.DISCOVERED.value
            assert threshold <= span._.confidence <= 1.0
            assert doc._.entities[span.id_].kind is Kind(span.label_)
    assert len(found) >= 10


def test_folded_scores_equal_the_thinc_model(papers, learned_nlp):
    pipe = learned_nlp.get_pipe("paperkg_learned")
    docs = [learned_nlp.make_doc(p.abstract) for p in list(papers.values())[:20]]
    indices = pipe.suggester(docs)
    folded = pipe._folded_model()
    assert folded is not None
    numpy.testing.assert_allclose(folded(pipe.model.ops, docs, indices), pipe.model.predict((docs, indices)),
                                  atol=1e-5)


def test_bytes_round_trip_keeps_scores(papers, learned_nlp):
    pipe = learned_nlp.get_pipe("paperkg_learned")
    docs = [learned_nlp.make_doc(p.abstract) for p in list(papers.values())[:5]]
    nlp = blank_nlp()
    copy = nlp.add_pipe("paperkg_learned", config={"weights": ""})
    copy.from_bytes(pipe.to_bytes(exclude=["vocab"]), exclude=["vocab"])
    assert copy.suggester.heads == pipe.suggester.heads
    (_, ours), (_, theirs) = pipe.predict(docs), copy.predict(docs)
    numpy.testing.assert_allclose(ours, theirs, atol=1e-6)


def test_training_learns_labelled_spans(papers):
    """spaCy's training loop on a few real abstracts: the loss falls and the labelled names are found."""
    nlp = blank_nlp()
    nlp.add_pipe("paperkg_learned", config={"weights": "", "threshold": 0.5})
    names = {"ChocoLlama": "model", "Dutch": "language"}
    examples = []
    choco = _paper(papers, "ChocoLlama")
    for paper in [choco, *(p for p in list(papers.values())[:40] if p is not choco)]:
        reference = nlp.make_doc(paper.abstract)
        reference.spans["paperkg"] = [Span(reference, t.i, t.i + 1, label=names[t.text]) for t in reference
                                      if t.text in names]
        examples.append(Example(nlp.make_doc(paper.abstract), reference))
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = 0.01
    losses = []
    for _ in range(20):
        loss = {}
        nlp.update(examples, sgd=optimizer, losses=loss)
        losses.append(loss["paperkg_learned"])
    assert losses[-1] < losses[0] / 2
    doc = nlp(choco.abstract)
    assert ("ChocoLlama", "model") in {(s.text, s.label_) for s in doc.spans.get("paperkg", [])}


@pytest.mark.issue(12)
def test_extractor_with_learned_links_a_name_no_list_holds(papers):
    extractor = Extractor(learned=True)
    names = extractor.nlp.pipe_names
    assert names.index("paperkg_learned") == names.index("paperkg_kinds") - 1
    assert "paperkg_learned" not in Extractor().nlp.pipe_names  # opt-in
    linked = set()
    for paper in list(papers.values())[:80]:
        for mention in extractor.extract(paper).mentions:
            if mention.extractor == "paperkg_learned":
                assert mention.origin is Origin.DISCOVERED
                linked.add(mention.entity_id)
    assert linked
    assert not linked & {entry.entity.id for entry in extractor.vocabulary}


@pytest.mark.parametrize("kinds", [["technique"], ["model", "dataset"]])
def test_learned_links_only_its_kinds(papers, kinds):
    """``kinds`` limits what the component links; the rule links are the same either way."""
    nlp = make_nlp(learned=True)
    nlp.get_pipe("paperkg_learned").cfg["kinds"] = kinds
    nlp.remove_pipe("paperkg_kinds")
    nlp.remove_pipe("paperkg_roles")
    everything = make_nlp(learned=True)
    everything.remove_pipe("paperkg_kinds")
    everything.remove_pipe("paperkg_roles")
    found = set()
    for paper in list(papers.values())[:80]:
        doc, full = nlp(paper.abstract), everything(paper.abstract)
        learned = {(s.start, s.end, s.label_) for s in doc.spans["paperkg"]
                   if s._.extractor == "paperkg_learned"}
        assert {label for _, _, label in learned} <= set(kinds)
        rules = {(s.start, s.end, s.label_) for s in doc.spans["paperkg"]
                 if s._.extractor != "paperkg_learned"}
        assert rules == {(s.start, s.end, s.label_) for s in full.spans["paperkg"]
                         if s._.extractor != "paperkg_learned"}
        found |= learned
    assert found


# corpus title and abstract sentences (arXiv 2505.12427, 2505.11758, 2509.11547)
_TITLE = "DragLoRA: Online Optimization of LoRA Adapters for Drag-based Image Editing in Diffusion Model"
_ABSTRACT = ("Adapters are cheap. We train with negative learning and compare with CopulaGAN, and the "
             "re-injection of Adapters.")


@pytest.mark.parametrize(("surface", "nth", "shaped"), [
    ("Adapters", 0, False),  # title case in a title
    ("Adapters", 1, False),  # a sentence's first word
    ("Adapters", 2, True),  # a capital inside a sentence
    ("negative learning", 0, True),
    ("CopulaGAN", 0, True),
    ("injection", 0, False),  # one lower-case word
])
def test_name_shaped_needs_more_than_one_common_word(surface, nth, shaped):
    doc = paper_doc(blank_nlp(), Paper(id="x", title=_TITLE, abstract=_ABSTRACT))
    words = surface.split()
    found = [doc[t.i:t.i + len(words)] for t in doc if doc[t.i:t.i + len(words)].text == surface]
    assert _name_shaped(found[nth]) is shaped


def test_linked_names_hold_what_the_rules_linked_and_its_leading_words():
    """A learned "semi-supervised" would be a second entity for the linked "semi-supervised learning"."""
    nlp = make_nlp()
    doc = nlp("Training protocols with pre-defined learning paradigm (e.g., supervised or semi-supervised "
              "learning).")  # arXiv 2503.16872
    names = _linked_names(doc, "paperkg")
    assert fold("semi-supervised learning") in names and fold("semi-supervised") in names
    assert fold("learning paradigm") not in names


def test_cue_features_tell_what_the_paper_does_with_a_span():
    """The cue groups in the four tokens before a span: "learning symmetries" is what the paper
    proposes (in its own voice), "flow matching" what it works via."""
    doc = blank_nlp().make_doc("To address this, we propose learning symmetries directly from data via flow "
                               "matching on Lie groups.")  # arXiv 2512.20043
    starts = numpy.asarray([t.i for t in doc if t.text in ("learning", "flow", "To")])
    cues = _cue_features([doc], numpy.zeros(len(starts), dtype="i"), starts, 4)
    assert cues.shape == (3, len(_CUE_GROUPS))
    assert cues[0].tolist() == [0, 0, 0, 0, 0]  # the first token: nothing before it
    assert cues[1].tolist() == [1, 0, 0, 0, 1]  # "we propose": proposed, own voice
    assert cues[2].tolist() == [0, 1, 0, 0, 0]  # "via": used
    assert _cue_features([doc], starts[:1], starts[:1], 0).shape == (1, 0)  # no cue window, no columns
