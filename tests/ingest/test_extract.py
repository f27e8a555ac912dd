"""Extraction components on real sample-corpus text: vocabulary matching, discovery, roles, offsets."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER

import paperkg.ingest.extract.components  # noqa: F401  (registers the factories)
from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.pipeline import RULE_LEXEME_ATTRS, blank_nlp, paper_doc
from paperkg.ingest.extract.serialize import extraction_to_dict
from paperkg.ingest.extract.vocabulary import surface_variants
from paperkg.ingest.readers import read_papers
from paperkg.ingest.records import Paper


@pytest.fixture(scope="module")
def mini_vocab(data_dir):
    return data_dir / "vocab" / "mini.jsonl"


@pytest.fixture(scope="module")
def mini_extractor(mini_vocab):
    return Extractor(mini_vocab)


@pytest.fixture(scope="module")
def sample_papers(sample_dir):
    return {p.title: p for p in read_papers([sample_dir])}


def _paper(papers, prefix):
    return next(p for t, p in papers.items() if t.startswith(prefix))


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Llama 2", {"Llama 2", "Llama-2", "Llama2"}),
        ("GPT-4", {"GPT-4", "GPT 4", "GPT4"}),
        ("Mixture of Experts", {"Mixture of Experts", "Mixture-of-Experts"}),
        ("T5", {"T5"}),
        ("wav2vec 2.0", {"wav2vec 2.0", "wav2vec-2.0", "wav2vec2.0"}),
    ],
)
def test_surface_variants_fold_separators(alias, expected):
    assert set(surface_variants(alias)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("We fine-tune LLaMA-2 on it.", "LLaMA-2", "model/llama-2"),
        ("We fine-tune llama2 on it.", "llama2", "model/llama-2"),
        ("using a LLaMA2-7B student model", "LLaMA2-7B", "model/llama-2-7b"),
        ("Results on FLORES 200 improve.", "FLORES 200", "dataset/flores-200"),
        ("trained with Low-Rank Adaptation", "Low-Rank Adaptation", "technique/lora"),
    ],
)
def test_vocab_component_matches_variants(mini_vocab, text, surface, entity_id):
    nlp = spacy.blank("en")
    nlp.add_pipe("paperkg_vocab", config={"vocab_path": str(mini_vocab)})
    doc = nlp(text)
    assert [(s.text, s.id_) for s in doc.spans["paperkg"]] == [(surface, entity_id)]


def test_vocab_component_case_sensitive_entries(mini_vocab):
    nlp = spacy.blank("en")
    nlp.add_pipe("paperkg_vocab", config={"vocab_path": str(mini_vocab)})
    upper, lower = nlp("We compare with BLOOM."), nlp("Flowers bloom in spring.")
    assert [s.id_ for s in upper.spans["paperkg"]] == ["model/bloom"]
    assert list(lower.spans.get("paperkg", [])) == []


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Even so, the model works.", False),
        ("Data in English, Even and Chinese.", True),
        ("the Even language of Siberia", True),
    ],
)
def test_vocab_component_cue_entries_need_context(mini_vocab, text, linked):
    nlp = spacy.blank("en")
    nlp.add_pipe("paperkg_vocab", config={"vocab_path": str(mini_vocab)})
    doc = nlp(text)
    ids = [s.id_ for s in doc.spans.get("paperkg", [])]
    assert ("language/even" in ids) is linked


def test_extract_chocollama_links(mini_extractor, sample_papers):
    paper = _paper(sample_papers, "ChocoLlama:")
    extraction = mini_extractor.extract(paper)
    ids = {m.entity_id for m in extraction.mentions}
    assert {"language/dutch", "model/llama-2", "model/llama-3", "technique/lora"} <= ids
    introduced = {m.entity_id for m in extraction.mentions if m.role == "introduces"}
    assert "model/chocollama" in introduced
    # the family of a linked variant comes along through the hierarchy
    assert "model/llama" in {e.id for e in extraction.entities}


@pytest.mark.parametrize(
    ("prefix", "entity_id", "kind"),
    [
        ("CodeFuse-13B:", "model/codefuse-13b", "model"),
        ("mBLIP:", "model/mblip", "model"),
        ("PolyLM:", "model/polylm", "model"),
        ("RSTeller:", "dataset/rsteller", "dataset"),
    ],
)
def test_extract_discovers_title_names(mini_extractor, sample_papers, prefix, entity_id, kind):
    extraction = mini_extractor.extract(_paper(sample_papers, prefix))
    first = extraction.mentions[0]
    assert (first.entity_id, first.kind.value, first.role.value, first.origin.value) == (
        entity_id, kind, "introduces", "discovered")


def test_extract_offsets_index_field_text(mini_extractor, sample_papers):
    for paper in list(sample_papers.values())[:60]:
        for mention in mini_extractor.extract(paper).mentions:
            text = paper.title if mention.field == "title" else paper.abstract
            assert text[mention.start:mention.end] == mention.surface
            assert mention.sentence_start <= mention.start < mention.end <= mention.sentence_end


def test_extract_hard_wrapped_text_keeps_offsets(mini_extractor):
    abstract = "We adapt Llama-2\nto Dutch with\nLoRA and evaluate on\nFLORES-200."
    paper = Paper(id="x", title="Wrapped", abstract=abstract)
    mentions = mini_extractor.extract(paper).mentions
    assert [(abstract[m.start:m.end], m.entity_id) for m in mentions] == [
        ("Llama-2", "model/llama-2"), ("Dutch", "language/dutch"), ("LoRA", "technique/lora"),
        ("FLORES-200", "dataset/flores-200")]


@pytest.mark.parametrize(
    ("abstract", "entity_id", "role"),
    [
        ("Our model outperforms GPT-4 on math.", "model/gpt-4", "compares_with"),
        ("We evaluate on GSM8K and more.", "dataset/gsm8k", "evaluates_on"),
        ("We fine-tune models using LoRA adapters.", "technique/lora", "uses"),
        ("Prior work studied Dutch a lot.", "language/dutch", "mentions"),
    ],
)
def test_extract_roles(mini_extractor, abstract, entity_id, role):
    mentions = mini_extractor.extract(Paper(id="x", title="", abstract=abstract)).mentions
    assert [(m.entity_id, m.role.value) for m in mentions] == [(entity_id, role)]


def test_extraction_to_dict_shape(mini_extractor, sample_papers):
    record = extraction_to_dict(mini_extractor.extract(_paper(sample_papers, "LLM2LLM:")))
    assert set(record) == {"id", "title", "mentions"}
    mention = next(m for m in record["mentions"] if m["entity_id"] == "model/llama-2-7b")
    assert mention == {
        "kind": "model", "entity": "Llama 2 7B", "entity_id": "model/llama-2-7b", "surface": "LLaMA2-7B",
        "start": mention["start"], "end": mention["end"], "field": "abstract", "role": mention["role"],
        "source": "vocabulary", "confidence": mention["confidence"]}
    json.dumps(record)  # plain JSON values only


def test_extract_is_pure_function_of_paper(mini_extractor, sample_papers):
    paper = _paper(sample_papers, "ChocoLlama:")
    assert mini_extractor.extract(paper) == mini_extractor.extract(paper)


def test_extract_many_streams_in_order_with_bounded_reading(sample_papers, monkeypatch):
    """Workers get papers from a stream: results come back in input order, the same as one
    process gives, and only a few chunks are read ahead of what the caller has taken."""
    from dataclasses import replace

    from paperkg.ingest.extract import extract_many, pipeline

    papers = [replace(p, id=f"{p.id}-{i}") for i in range(2) for p in sample_papers.values()]
    pulled = 0

    def stream():
        nonlocal pulled
        for paper in papers:
            pulled += 1
            yield paper

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_PAPERS", 16)
    results = extract_many(stream(), workers=2, chunk_size=8)
    first = next(results)
    assert first.paper.id == papers[0].id
    assert pulled <= 16 + 8 * 8 < len(papers)  # the head, then at most 4 chunks per worker in flight
    parallel = [first, *results]
    single = list(extract_many(papers, workers=1))
    assert [e.paper.id for e in parallel] == [p.id for p in papers]
    assert [e.mentions for e in parallel] == [e.mentions for e in single]
    assert sum(len(e.mentions) for e in single) > 500


# -- names the paper defines or describes (shipped vocabulary, real sample abstracts) ----------
@pytest.fixture(scope="module")
def shipped():
    return Extractor.shared()


def _links(extractor, paper):
    """surface -> (entity id, its strongest role over the paper's mentions), and the entities."""
    from paperkg.ingest.records import ROLE_ORDER

    extraction = extractor.extract(paper)
    entities = {e.id: e for e in extraction.entities}
    links = {}
    for m in sorted(extraction.mentions, key=lambda m: ROLE_ORDER.index(m.role), reverse=True):
        links[m.surface] = (m.entity_id, m.role.value)
    return links, entities


def test_appositive_method_makes_a_technique(shipped, sample_papers):
    # "This paper introduces a training-free memory-based method, InfLLM, ..."
    links, _ = _links(shipped, _paper(sample_papers, "InfLLM:"))
    assert links["InfLLM"] == ("technique/infllm", "introduces")


def test_title_verb_phrase_makes_a_technique(shipped, sample_papers):
    # "ToMoE: Converting Dense Large Language Models to Mixture-of-Experts ...": a procedure
    links, _ = _links(shipped, _paper(sample_papers, "ToMoE:"))
    assert links["ToMoE"] == ("technique/tomoe", "introduces")


def test_paper_definition_beats_a_vocabulary_acronym(shipped, sample_papers):
    # "We propose the Deviation-Aware Distillation (DAD) method": not the dataset DAD
    assert "dataset/dad" in shipped.vocabulary
    links, _ = _links(shipped, _paper(sample_papers, "DB-LLM:"))
    assert links["DAD"] == ("technique/dad", "introduces")
    assert links["Deviation-Aware Distillation"] == ("technique/dad", "introduces")
    # "introducing Flexible Dual Binarization (FDB)"
    assert links["FDB"] == links["Flexible Dual Binarization"] == ("technique/fdb", "introduces")


def test_named_method_is_more_specific_than_the_vocabulary_name_inside(shipped, sample_papers):
    # "we introduce Multimodal Distillation (MDist) ... and Relation Distillation (RDist)"
    links, entities = _links(shipped, _paper(sample_papers, "LLaVA-KD:"))
    assert links["MDist"] == links["Multimodal Distillation"] == ("technique/mdist", "introduces")
    assert links["RDist"][0] == "technique/rdist"
    assert entities["technique/mdist"].broader == "technique/knowledge-distillation"
    assert "technique/knowledge-distillation" in entities  # the family node comes along


def test_abbreviation_that_agrees_with_the_vocabulary_keeps_its_entity(shipped, sample_papers):
    # "The model is finetuned by Low-Rank Adaptation (LoRA) to minimize this loss."
    links, _ = _links(shipped, _paper(sample_papers, "Label Supervised LLaMA"))
    assert links["LoRA"][0] == links["Low-Rank Adaptation"][0] == "technique/lora"


@pytest.mark.parametrize(
    ("abstract", "surface", "entity_id"),
    [
        # an expansion spelled otherwise than the vocabulary's keeps the vocabulary entity
        ("We train with Proximal Policy Optimisation (PPO). PPO is stable.", "PPO", "technique/ppo"),
        ("We use Generative Pre-trained Transformer 4 (GPT-4) as a judge. GPT-4 is strong.", "GPT-4",
         "model/gpt-4"),
        ("Mentions are normalised to Unified Medical Language System (UMLS) concepts.", "UMLS",
         "dataset/umls"),
        # a sized sample of a vocabulary dataset stays a dataset; so does one the text calls so
        ("We pretrain on LAION-2B and evaluate on ImageNet.", "LAION-2B", "dataset/laion-2b"),
        ("We pretrain on WebVid-2M, a dataset of clips.", "WebVid-2M", "dataset/webvid-2m"),
        # "On a challenging benchmark, X achieves" is no apposition
        ("We propose FooNet for segmentation. On a challenging benchmark, FooNet achieves 90% accuracy.",
         "FooNet", "model/foonet"),
        # the apposition or head noun after a defined short form: "(X) benchmark", "(X), a benchmark"
        ("We propose a Spectral Manifold Probing (SMaP) benchmark of curved spaces. Methods fail on SMaP.",
         "SMaP", "dataset/smap"),
        ("We introduce Cross Lingual Probing (CLiP), a benchmark that tests transfer. Models fail on CLiP.",
         "CLiP", "dataset/clip"),
        # "X, which to our knowledge is the first framework ..."
        ("We propose Fed-FlowLLM, which to our knowledge is the first framework to route flows. "
         "Fed-FlowLLM is fast.", "Fed-FlowLLM", "technique/fed-flowllm"),
        # an evaluation framework is a benchmark (ANNOTATION.md: like HELM)
        ("We propose GuessRoom, an adaptive evaluation framework built on games. GuessRoom separates LLMs.",
         "GuessRoom", "dataset/guessroom"),
        ("We present RayTrix, a fast ray tracer for Gaussians. RayTrix renders quickly.", "RayTrix",
         "technique/raytrix"),
        # a kind noun right before the name: "a search system X"
        ("We create a search system VidSeekR that indexes speech. VidSeekR is fast.", "VidSeekR",
         "model/vidseekr"),
        # a lower-case long form's "(X) model" is a mathematical model, not a trained network
        ("We propose a historical dynamic refractory period (HDRP) model that adapts thresholds. HDRP helps.",
         "HDRP", "technique/hdrp"),
    ],
)
def test_definitions_and_kinds_keep_what_the_text_says(shipped, abstract, surface, entity_id):
    links, _ = _links(shipped, Paper(id="t", title="A study", abstract=abstract))
    assert links[surface][0] == entity_id


@pytest.mark.issue(12)
def test_a_name_whose_own_head_says_model_is_a_model(shipped, sample_papers):
    # "we propose the Regression Transformer (RT), a novel method ...": the name says what it is
    links, _ = _links(shipped, _paper(sample_papers, "Regression Transformer:"))
    assert links["RT"][0] == links["Regression Transformer"][0] == "model/rt"
    # "we propose the MMGenBench-Pipeline, a straightforward and fully automated evaluation pipeline"
    links, _ = _links(shipped, _paper(sample_papers, "MMGenBench:"))
    assert links["MMGenBench-Pipeline"][0] == "dataset/mmgenbench-pipeline"


# -- structure: one spaCy code path, state in extensions, word lists in config (issue 12 part 5) --
@pytest.mark.issue(12)
def test_nlp_on_a_paper_doc_is_extract(shipped, sample_papers):
    from paperkg.ingest.extract.components import COMPONENTS
    from paperkg.ingest.extract.pipeline import paper_doc

    assert shipped.nlp.pipe_names == list(COMPONENTS)
    paper = _paper(sample_papers, "LLM2LLM:")
    doc = shipped.nlp(paper_doc(shipped.nlp, paper))
    assert shipped.extraction(doc, paper) == shipped.extract(paper)
    assert "LLM2LLM" in doc._.known and "technique/llm2llm" in doc._.entities
    assert [f.name for f in doc._.fields] == ["title", "abstract"]
    assert not [k for k in doc.user_data if isinstance(k, str)]  # no user_data keys of our own


@pytest.mark.issue(12)
def test_plain_text_through_nlp_is_one_abstract_field(shipped, sample_papers):
    paper = _paper(sample_papers, "LLM2LLM:")
    doc = shipped.nlp(paper.abstract.replace("\n", " "))
    linked = {(s.text, s.id_) for s in doc.spans["paperkg"]}
    assert ("LLM2LLM", "technique/llm2llm") in linked and ("GSM8K", "dataset/gsm8k") in linked


@pytest.mark.issue(12)
def test_component_word_lists_come_from_config(sample_papers):
    from paperkg.ingest.extract.pipeline import make_nlp

    paper = _paper(sample_papers, "LLM2LLM:")
    default = Extractor(nlp=make_nlp())
    narrow_nlp = make_nlp()
    narrow_nlp.replace_pipe("paperkg_intro", "paperkg_intro", config={"intro_verbs": ["unveil"]})
    narrow = Extractor(nlp=narrow_nlp)
    assert narrow_nlp.get_pipe_config("paperkg_intro")["intro_verbs"] == ["unveil"]

    def extractor_of(extractor):  # "... we propose LLM2LLM, a targeted and iterative ..."
        return next(m.extractor for m in extractor.extract(paper).mentions
                    if m.field == "abstract" and m.surface == "LLM2LLM")

    assert extractor_of(default) == "paperkg_intro"
    assert extractor_of(narrow) == "paperkg_heads"  # in apposition to the technique head "strategy"


# -- rule classes on real sample-corpus text (issue 12 part "rule gaps") -------------------------
@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("prefix", "surface", "entity_id", "extractor"),
    [
        # "on most tasks in the LaMP personalization benchmark": a name before its head noun
        ("Integrating Summarization", "LaMP", "dataset/lamp", "paperkg_heads"),
        # "on established benchmarks (TOFU, WMDP, WPU)": names after a plural head noun
        ("Agents Are All You Need", "WPU", "dataset/wpu", "paperkg_heads"),
        # "based on RoBERTa, BERTweet, and SocBERT": an unknown name listed with known models
        ("Evaluating Large Language Models for Hea", "SocBERT", "model/socbert", "paperkg_lists"),
        ("A Simple LLM Framework for Long-Range", "LaViLa", "model/lavila", "paperkg_lists"),
        # released variants written with a space: a version after a known name
        ("A Comparative Study of Code Generation", "ChatGPT 3.5", "model/chatgpt-3.5", "paperkg_variants"),
        ("SeaLLMs 3:", "SeaLLMs 3", "model/seallms-3", "paperkg_variants"),
    ],
)
def test_names_typed_by_their_context(shipped, sample_papers, prefix, surface, entity_id, extractor):
    extraction = shipped.extract(_paper(sample_papers, prefix))
    found = [(m.entity_id, m.extractor) for m in extraction.mentions if m.surface == surface]
    assert (entity_id, extractor) in found


@pytest.mark.issue(12)
def test_released_variants_join_their_family(shipped, sample_papers):
    extraction = shipped.extract(_paper(sample_papers, "A Comparative Study of Code Generation"))
    entities = {e.id: e for e in extraction.entities}
    assert entities["model/chatgpt-3.5"].broader == "model/chatgpt" and "model/chatgpt" in entities


def test_a_family_is_of_its_variants_kind(shipped, sample_papers):
    """MT-Ladder is a framework (a technique) that trains the models MT-Ladder-2B and -7B: they are
    models without a family, not models whose family is a technique (the SHACL shapes forbid it)."""
    extraction = shipped.extract(_paper(sample_papers, "MT-Ladder:"))
    entities = {e.id: e for e in extraction.entities}
    assert {"technique/mt-ladder", "model/mt-ladder-2b", "model/mt-ladder-7b"} <= set(entities)
    for entity in entities.values():
        assert entity.broader is None or entities[entity.broader].kind == entity.kind, entity


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("prefix", "label"),
    [
        ("BiLLM:", "optimal splitting search"),  # "we propose an optimal splitting search to group ..."
        ("Mamba:", "hardware-aware parallel algorithm"),  # "we design a hardware-aware parallel algorithm"
    ],
)
def test_methods_named_in_plain_words_are_introduced(shipped, sample_papers, prefix, label):
    links, entities = _links(shipped, _paper(sample_papers, prefix))
    eid, role = links[label]
    assert (entities[eid].kind.value, role) == ("technique", "introduces")


@pytest.mark.issue(12)
def test_a_method_name_introduced_in_the_passive_is_found(shipped):
    paper = Paper(id="t", title="A study", abstract=(
        "To refine plans, a stepwise update strategy was proposed. Finally, a novel gate module is "
        "introduced. The model was developed by a team."))
    links, entities = _links(shipped, paper)
    for label in ("stepwise update strategy", "gate module"):
        assert entities[links[label][0]].kind.value == "technique" and links[label][1] == "introduces"
    assert not [s for s in links if "team" in s or s == "model"]


@pytest.mark.issue(12)
def test_a_capitalised_adjective_inside_a_sentence_is_part_of_the_name(shipped):
    paper = Paper(id="t", title="A study", abstract=(
        "We further introduce an Adaptive Memory module to guide search. We propose a novel gate module."))
    links, entities = _links(shipped, paper)
    assert entities[links["Adaptive Memory module"][0]].label == "Adaptive Memory"
    assert entities[links["gate module"][0]].label == "gate module"  # "novel" still describes


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("prefix", "phrase"),
    [
        ("The Super Weight", "surprising finding"),  # "we present an even more surprising finding:"
        ("Quantizing Large Language Models for Cod", "replication"),  # "a differentiated replication of"
        ("A Review of Multi-Modal", "MM-LLMs"),  # a plural acronym is a category
        ("Medical mT5", "Text-to-Text"),  # "Multilingual Text-to-Text LLM": an adjective
        ("MegaScale", "stack"),  # "deep in the stack" is no dataset The Stack
        ("Do Large Language Models Speak All", "hate speech"),  # a task, not a dataset
        ("MiniCPM:", "study data"),  # "to efficiently study data-model scaling law"
    ],
)
def test_descriptions_and_generic_phrases_are_no_names(shipped, sample_papers, prefix, phrase):
    extraction = shipped.extract(_paper(sample_papers, prefix))
    assert not [m.surface for m in extraction.mentions if phrase.lower() in m.surface.lower()]


@pytest.mark.issue(12)
def test_we_develop_and_release_introduces_a_known_model(shipped):
    # the first sentence of the Llama 2 abstract (arXiv 2307.09288), as in tests/data/rdf
    abstract = ("In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned "
                "large language models.")
    extraction = shipped.extract(Paper(id="x", title="", abstract=abstract))
    generic = {e.id for e in extraction.entities if e.generic}  # fine-tuned: an umbrella term
    assert [(m.entity_id, m.role.value) for m in extraction.mentions if m.entity_id not in generic] == [
        ("model/llama-2", "introduces")]


@pytest.mark.issue(12)
def test_roles_follow_the_papers_own_work_and_surveys_mention(shipped, sample_papers):
    links, _ = _links(shipped, _paper(sample_papers, "Evaluating Large Language Models for Hea"))
    # "we ... fine-tuned ... PLMs based on RoBERTa, BERTweet, and SocBERT"
    assert links["SocBERT"][1] == "uses"
    survey = shipped.extract(_paper(sample_papers, "A Survey of GPT-3"))
    assert {m.role.value for m in survey.mentions if m.entity_id == "model/gpt-3"} == {"mentions"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("prefix", "surfaces", "entity_id"),
    [
        # "... BTC (Binary TensorCore) ...": a name with its long form after it
        ("ABQ-LLM:", {"BTC", "Binary TensorCore"}, "technique/btc"),
        # "... we introduce a Warmup-Stable-Decay (WSD) learning rate scheduler": no dataset, though
        # "data" stands earlier in the sentence and the vocabulary has a dataset WSD
        ("MiniCPM:", {"WSD", "Warmup-Stable-Decay"}, "technique/wsd"),
        # "... via Additive Quantization" in the title, "Additive Quantization for Language Models" after
        ("Extreme Compression of Large Language", {"Additive Quantization"},
         "technique/additive-quantization"),
    ],
)
def test_names_the_paper_defines(shipped, sample_papers, prefix, surfaces, entity_id):
    extraction = shipped.extract(_paper(sample_papers, prefix))
    assert {m.entity_id for m in extraction.mentions if m.surface in surfaces} == {entity_id}


@pytest.mark.issue(12)
def test_named_subset_of_a_known_dataset(shipped, sample_papers):
    # "... LongBench-Write ...": a dataset of the LongBench family, not LongBench itself
    extraction = shipped.extract(_paper(sample_papers, "LongWriter:"))
    entities = {e.id: e for e in extraction.entities}
    assert [m.entity_id for m in extraction.mentions
            if "LongBench" in m.surface] == ["dataset/longbench-write"]
    assert entities["dataset/longbench-write"].broader == "dataset/longbench"


@pytest.mark.issue(12)
def test_a_coined_name_defined_with_its_short_form_is_the_papers(shipped, sample_papers):
    # "... we introduce the Adaptive Graph Information Extraction Module (AGIEM) ..." is found; and
    # "... Dual Sign-Value-Independent Decomposition (Dual-SVID) ...", a name no list holds
    links, _ = _links(shipped, _paper(sample_papers, "LittleBit:"))
    assert links["Dual Sign-Value-Independent Decomposition"] == links["Dual-SVID"]
    assert links["Dual-SVID"] == ("technique/dual-svid", "introduces")


@pytest.mark.issue(12)
def test_camel_case_names_written_in_lower_case_are_words(shipped, sample_papers):
    # "boolq" in a list of datasets is BoolQ ("arc, boolq, piqa"): written so, it is still the dataset
    extraction = shipped.extract(_paper(sample_papers, "Who's Harry Potter?"))
    assert "dataset/boolq" in {m.entity_id for m in extraction.mentions if m.surface == "boolq"}


@pytest.mark.issue(12)
def test_hard_wrapped_text_links_as_one_line_with_offsets_into_the_text_as_read(shipped, data_dir):
    """arXiv abstracts come hard-wrapped: the doc sees spaces (the tokenizer runs faster on them),
    and every offset still points into the text as read, line breaks and all."""
    from dataclasses import replace

    papers = list(read_papers([data_dir / "readers" / "papers.snapshot.jsonl"]))
    assert all(p.abstract.count("\n") >= 15 for p in papers)
    linked = 0
    for paper in papers:
        doc = paper_doc(shipped.nlp, paper)
        assert "\n" not in doc.text.replace("\n\n", "", 1)  # only the field separator is left
        extraction = shipped.extract(paper)
        for m in extraction.mentions:
            text = paper.title if m.field == "title" else paper.abstract
            # a name may wrap: its surface is one line
            assert text[m.start:m.end].replace("\n", " ") == m.surface
            assert m.sentence_start <= m.start < m.end <= m.sentence_end <= len(text)
            linked += 1
        one_line = replace(paper, title=paper.title.replace("\n", " "),
                           abstract=paper.abstract.replace("\n", " "))
        assert shipped.extract(one_line).mentions == extraction.mentions
    assert linked >= 20


def test_a_title_restating_its_name_as_a_method_is_one_technique(shipped):
    # ANNOTATION.md (NOTES-dev-2): "CoRanking: Collaborative Ranking with ..." names one method
    paper = Paper(id="t", title="CoRankex: Collaborative Ranking with Small and Large Ranking Agents",
                  abstract="We propose CoRankex, a collaborative ranking approach that mixes small and large "
                           "rankers. Collaborative Ranking cuts latency.")
    links, _ = _links(shipped, paper)
    assert links["CoRankex"][0] == links["Collaborative Ranking"][0] == "technique/corankex"
    # a task after the colon is no restatement: the name keeps the kind the title's words give it
    paper = Paper(id="t", title="BrainVox: Object Detection from Radar Returns with a Sparse Transformer",
                  abstract="We present BrainVox for object detection from radar returns.")
    links, _ = _links(shipped, paper)
    assert links["BrainVox"][0] == "model/brainvox"


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("abstract", "surface", "entity_id", "role"),
    [
        ("We propose a novel method, GraspLoom, leveraging language models.", "GraspLoom",
         "technique/grasploom", "introduces"),
        ("To this end, we collect a new dataset, Flat-3K, with 3,000 scans.", "Flat-3K", "dataset/flat-3k",
         "introduces"),
        ("Additionally, we introduce a new NLG model, Pictorra, which styles replies.", "Pictorra",
         "model/pictorra", "introduces"),
    ],
)
def test_a_name_set_off_after_an_indefinite_head_noun(shipped, abstract, surface, entity_id, role):
    links, _ = _links(shipped, Paper(id="t", title="A study", abstract=abstract))
    assert links[surface] == (entity_id, role)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    "We propose a method, which is fast, for parsing.",  # no name after the comma
    "We use a model, Specifically trained on news, to tag.",  # a capitalised word, not set off
    "Beyond a benchmark, Models still fail.",  # no article-led apposition of a name
])
def test_no_name_after_a_head_noun_and_comma_without_one(shipped, abstract):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert not [m for m in extraction.mentions if m.extractor == "paperkg_heads"]


@pytest.mark.issue(12)
def test_a_size_in_brackets_after_a_model_is_its_known_variant(shipped, sample_papers):
    # "... Llama 2 (70B) and BLOOM (176B) ...": the released variants the vocabulary knows
    links, _ = _links(shipped, _paper(sample_papers, "Distributed Inference and Fine-tuning"))
    assert links["Llama 2 (70B)"][0] == "model/llama-2-70b" and links["BLOOM (176B)"][0] == "model/bloom-176b"
    # a size the vocabulary does not know is only a parameter count: "PATH-B (84M)", "FooNet (3B)"
    # (the name before it is a model, without the count)
    links, _ = _links(shipped,
                      Paper(id="t", title="A study", abstract="We distil FooNet (3B) into a 1B model."))
    assert "FooNet (3B)" not in links
    assert links["FooNet"][0] == "model/foonet"


@pytest.mark.issue(12)
def test_model_class_acronyms_and_a_company_are_no_names(shipped):
    # like LLMs: classes of models written as acronyms, and the company whose models a paper uses
    paper = Paper(id="t", title="Process supervision",
                  abstract="Process reward models (PRMs) score each step of a solution. We train a "
                           "PRM on math traces from OpenAI models, and fine-tune two VLAs next to OpenVLA.")
    links, _ = _links(shipped, paper)
    assert not {"PRMs", "PRM", "OpenAI", "VLAs"} & set(links)
    assert links["OpenVLA"][0] == "model/openvla"  # a named model beside them still links


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("abstract", "surface", "entity_id"),
    [  # corpus sentences
        ("Outsourced training follows a pre-defined learning paradigm (e.g., supervised or semi-supervised "
         "learning).", "supervised", "technique/supervised-learning"),
        ("We improve instruction adherence via supervised or reinforcement learning.", "supervised",
         "technique/supervised-learning"),
        ("The decoder is enhanced with channel and spatial attention mechanisms.", "channel",
         "technique/channel-attention"),
        ("Our method consistently outperforms both early- and late-fusion baselines.", "early-",
         "technique/early-fusion"),
        ("Experts are designed to perform parallel self- and cross-attention over variables.", "self-",
         "technique/self-attention"),
        # a hanging hyphen the vocabulary does not complete: the name as written, discovered
        ("We study single- and multi-agent reinforcement learning.", "single-",
         "technique/single-agent-reinforcement-learning"),
    ],
)
def test_the_left_conjunct_of_an_elliptical_coordination_is_a_technique(
    shipped, abstract, surface, entity_id):
    links, _ = _links(shipped, Paper(id="t", title="A study", abstract=abstract))
    assert links[surface][0] == entity_id


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "word"), [
    ("We combine optical flow or feature matching with depth.", "flow"),  # "flow" ends "optical flow"
    ("Fingerprints come via singular value and eigenvalue decomposition.", "value"),
    ("We compare transformer- and diffusion-based models.", "transformer-"),  # "-based": no name
])
def test_no_ellipsis_where_the_left_word_is_no_modifier_of_the_head(shipped, abstract, word):
    links, _ = _links(shipped, Paper(id="t", title="A study", abstract=abstract))
    assert word not in links


@pytest.mark.issue(12)
def test_a_name_with_a_parameter_count_in_brackets_is_a_model(shipped):
    # corpus sentences (2508.07144 and others): released sizes and variants the vocabulary does not know
    abstract = ("Remarkably, when employing PATH-B as the teacher, DPAL-ViT/Ti (5M parameters) achieves "
                "surprising generalizability similar to existing large HVMs such as PATH-B (84M) and "
                "Sapiens-L (307M). Our model architecture: Mat-R1 (30B parameters) for reasoning.")
    links, _ = _links(shipped, Paper(id="t", title="A study", abstract=abstract))
    for surface in ("PATH-B", "DPAL-ViT/Ti", "Sapiens-L", "Mat-R1"):
        assert links[surface][0].startswith("model/"), surface
    assert "ViT" not in links  # the variant is more specific than the known name inside it


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    "A light-weight (7B) model and a reasoning LLM (32B parameters) compared.",  # no name shape, a generic
    "We compare with Gemini 2.5 Flash (2.5B) and BERT Large (335M).",  # the last word of a longer name
])
def test_no_model_from_a_count_after_a_word_that_is_no_name(shipped, abstract):
    links, _ = _links(shipped, Paper(id="t", title="A study", abstract=abstract))
    assert not {"light-weight", "LLM", "Flash", "Large"} & set(links)


@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences (2512.22545, 2504.20595, 2504.00810, 2503.12271)
    ("Among open-source models of comparable size, SR-MCR-7B achieves state-of-the-art performance with an "
     "average accuracy of 81.4%.", "SR-MCR-7B"),
    ("When applied to RAG tasks, ReasonIR-8B improves MMLU and GPQA performance by 6.4%.", "ReasonIR-8B"),
    ("Notably, fine-tuned with only code trajectories, Z1-7B demonstrates generalization to broader "
     "reasoning tasks.", "Z1-7B"),
    ("It improves performance on the GenEval benchmark (+0.19) using SANA-1.0-1.6B as a base model.",
     "SANA-1.0-1.6B"),
])
def test_a_coined_name_with_a_parameter_count_suffix_is_a_model(shipped, abstract, surface):
    links, _ = _links(shipped, Paper(id="t", title="A study", abstract=abstract))
    assert links[surface][0].startswith("model/"), links


@pytest.mark.parametrize(("abstract", "word"), [
    ("We pre-train on the Foo-2B dataset of image-text pairs.", "Foo-2B"),  # a size of data, not of a model
    ("We report top-1 accuracy at a 7B scale with a state-of-the-7B recipe.", "state-of-the-7B"),
])
def test_no_model_from_a_data_size_suffix(shipped, abstract, word):
    links, _ = _links(shipped, Paper(id="t", title="A study", abstract=abstract))
    assert word not in links or not links[word][0].startswith("model/")


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("abstract", "label"),
    [  # corpus sentences: a method named in plain words after a cue of use
        ("Most forecast models are trained under variable-specific loss weighting, ignoring their coupling.",
         "variable-specific loss weighting"),
        ("The forecasts become blurry and physically unrealistic under rollout training.",
         "rollout training"),
        ("Nowcast3D: Reliable precipitation nowcasting via gray-box learning.", "gray-box learning"),
        ("A neural network was trained using class-balanced sampling and focal loss.",
         "class-balanced sampling"),
        ("Floaters are removed through contribution-based pruning and a depth prior.",
         "contribution-based pruning"),
    ],
)
def test_a_method_named_in_plain_words_after_a_cue_of_use(shipped, abstract, label):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    found = {e.label: e for e in extraction.entities}
    assert found[label].kind.value == "technique"
    assert any(m.surface == label and m.role.value == "uses" for m in extraction.mentions)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    "It reports efficiency under limited calibration data.",  # the head modifies a noun after it
    "Existing defenses often apply aggressive filtering, losing data.",  # an adjective, no name
    "Gradient-based optimizers using a relatively large learning rate.",  # an adverb
    "We improve the reasoning by maintaining the training data.",  # a verb
    "We compare six prompting strategies and their inherent relationship between attention heads.",
])
def test_no_method_from_a_cue_of_use_before_a_description(shipped, abstract):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert not [m for m in extraction.mentions if m.extractor == "paperkg_coined"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "inner"), [
    # corpus sentences: a known name inside a longer hyphenated name is not linked
    ("To address this issue, we propose YOLO-LLTS, an end-to-end real-time traffic sign detection algorithm.",
     "YOLO"),
    ("To address these issues, we propose Wavelet-Mamba (W-Mamba), which integrates wavelet "
     "transform with the state space model.", "Mamba"),
    ("We present Kimi-Audio, an open-source audio foundation model that excels in audio understanding.",
     "Kimi"),
    ("The proposed method is validated in simulation and real-robot experiments, outperforming a RRT-Connect "
     "baseline in terms of computation and execution time.", "RRT"),
])
def test_no_known_name_inside_a_longer_hyphenated_name(shipped, abstract, inner):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert inner not in {m.surface for m in extraction.mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "surface"), [
    # an adjective
    ("Self-Supervised and Generalizable Tokenization for CLIP-Based 3D Understanding", "CLIP"),
    ("PathVLM-R1: A Reinforcement Learning-Driven Reasoning Model for Pathology", "Reinforcement Learning"),
    ("Hybrid CNN-LSTM Models for Traffic Forecasting", "LSTM"),  # two known names joined
])
def test_a_known_name_before_an_adjective_or_another_name_stays(shipped, title, surface):
    links, _ = _links(shipped, Paper(id="t", title=title, abstract="We study this."))
    assert surface in links


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "label"), [
    # corpus sentences: a method named after "X introduces a" or a sentence's bare "A ... strategy"
    ("Specifically, i) FQAT introduces a layer-wise freezing mechanism to mitigate the gradient "
     "conflict issue.",
     "layer-wise freezing mechanism"),
    ("SSMAE introduces a validation-driven gating mechanism that activates pseudo-labeling only after "
     "the model achieves high accuracy.", "validation-driven gating mechanism"),
    ("We use modality-aware similarity thresholds. A tiered fallback strategy then dynamically "
     "escalates from text-only to text+table retrieval.", "tiered fallback strategy"),
    ("A temporal memory attention module further ensures coherence in dynamic scenarios.",
     "temporal memory attention"),
])
def test_a_method_introduced_by_another_subject_or_a_bare_article(shipped, abstract, label):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert any(m.surface == label and m.extractor == "paperkg_coined" for m in extraction.mentions)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    "Sentiment analysis of hedging practices presents a significant advancement in decision-making "
    "processes.",
    "Their use of classifier-free guidance introduces a persistent trade-off between text-image "
    "alignment and generation diversity.",
])
def test_no_method_from_another_subject_without_a_head_noun(shipped, abstract):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert not [m for m in extraction.mentions if m.extractor == "paperkg_coined"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "label"), [
    # corpus sentences: a learning paradigm's adjective before a noun names the paradigm
    ("A study", "In this work, we introduce ShapeEmbed, a self-supervised representation learning framework.",
     "Self-Supervised Learning"),
    ("Flip Learning: Weakly Supervised Erase to Segment Nodules in Breast Ultrasound", "We study this.",
     "weakly supervised learning"),
    ("A study",
     "Specifically, PtTrust first performs unsupervised pre-training on large-scale unlabeled source code.",
     "Unsupervised Learning"),
    # before a method noun only: contrastive, supervised, in-context (arXiv 2603.05198, 2605.11388,
    # 2506.17351)
    ("A study",
     "Unlike standard contrastive methods, we supervise the model with a kernel-weighted objective.",
     "Contrastive Learning"),
    ("A study",
     "enabling decomposition principles to be encoded as in-context examples that guide construction.",
     "In-Context Learning"),
    ("A study", "the zero-shot AudioLLM approach achieves performance comparable to supervised methods.",
     "Supervised Learning"),
    # the left conjunct shares the noun (arXiv 2509.25612)
    ("A study", "significantly outperforming leading supervised and unsupervised methods.",
     "Supervised Learning"),
])
def test_a_paradigm_adjective_names_the_learning_paradigm(shipped, title, abstract, label):
    extraction = shipped.extract(Paper(id="t", title=title, abstract=abstract))
    assert label.lower() in {e.label.lower() for e in extraction.entities if e.kind.value == "technique"}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    "The model is first trained in an unsupervised manner using a contrastive loss.",  # a manner, no noun
    # a name
    "We fine-tuned the Ultrasound Self-Supervised Foundation Model with Masked Autoencoding (USF-MAE).",
])
def test_no_paradigm_from_an_adjective_without_a_noun_or_inside_a_name(shipped, abstract):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert not [m for m in extraction.mentions if "upervised" in m.surface and m.extractor == "paperkg_vocab"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: these adjectives name the paradigm only before a method noun
    "Second, the cross-attention patterns that govern the edit are supervised only indirectly.",
    "To create supervised ground-truth HRMS images, synthetic data are generated.",
    "We sample contrastive pairs and decode with contrastive decoding.",
    "We retrieve with in-context retrieval over the corpus.",
])
def test_no_paradigm_from_a_restricted_adjective_before_another_noun(shipped, abstract):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    labels = {e.label for e in extraction.entities}
    assert not labels & {"Supervised Learning", "Contrastive Learning", "In-Context Learning"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "phrase"), [
    # corpus sentences: an acronym and a weak head describe a method for or of a thing, no name
    ("We propose a HAR method based on graph spectral analysis.", "HAR method"),
    ("Based on this insight, we propose CompoDistill, a novel KD framework that aligns the student's visual "
     "attention with the teacher's.", "KD framework"),
])
def test_no_coined_name_from_an_acronym_and_a_weak_head(shipped, abstract, phrase):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert phrase not in {m.surface for m in extraction.mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "wrong"), [
    # corpus sentences: the paper defines the letters as something that shares no word with the
    # vocabulary entity's expansions, so the paper's meaning wins (arXiv 2512.24113, 2510.23039)
    ("The agent operates on a Perception-Cognition-Action (PCA) cycle. Upon an impasse, PCA stops.",
     "technique/principal-component-analysis"),
    ("Approximate Nearest Neighbor (ANN) search and Approximate Kernel Density Estimation.",
     "technique/neural-network"),
])
def test_a_defined_acronym_sharing_no_word_with_the_vocabulary_entity_is_not_it(shipped, abstract, wrong):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert wrong not in {m.entity_id for m in extraction.mentions}


def test_a_defined_acronym_with_another_spelling_of_the_expansion_is_the_entity(shipped):
    extraction = shipped.extract(Paper(id="t", title="A study",
                                       abstract="We reduce dimensions with principal components "
                                                "analysis (PCA)."))
    assert [m.entity_id for m in extraction.mentions].count("technique/principal-component-analysis") == 2


@pytest.mark.issue(12)
def test_a_name_glued_to_its_parenthesised_acronym_is_matched(shipped):
    """'Karush-Kuhn-Tucker(KKT)' (arXiv 2511.04653): a ``(`` between a word and a capital splits."""
    abstract = "we derive closed-form solutions using Karush-Kuhn-Tucker(KKT) conditions."
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert {m.surface for m in extraction.mentions if m.entity_id == "technique/kkt-conditions"} == {
        "Karush-Kuhn-Tucker", "KKT"}
    assert [t.text for t in blank_nlp()("f(x) and Tucker(KKT)")] == [
        "f(x", ")", "and", "Tucker", "(", "KKT", ")"]


@pytest.mark.issue(12)
def test_new_words_get_the_lexeme_attributes_the_rules_read_and_no_others(shipped):
    """2503.11851: "... with refined channel and spatial attention": the vocabulary matcher reads
    ``is_alpha`` of the word before "channel" (a modifier there: no elided "channel attention"),
    so the rules' lexeme attributes (:data:`RULE_LEXEME_ATTRS`) are computed for every new word;
    the others (shape, like_num, ...) are not: only the learned classifier reads them."""
    abstract = ("Our approach introduces a bidirectional cross-attention mechanism with refined channel and "
                "spatial attention that dynamically fuses feature maps from EfficientNetB4 and ResNet34.")
    extraction = shipped.extract(Paper(id="2503.11851", title="A study", abstract=abstract))
    assert "technique/spatial-attention" in {m.entity_id for m in extraction.mentions}
    assert "channel" not in {m.surface for m in extraction.mentions}
    unseen = "Refinedqzx"  # a word no process has met: its lexeme is made now
    doc = shipped.nlp.make_doc(f"{abstract} {unseen} {unseen.lower()}")
    assert all((t.lower_, t.is_alpha, t.is_lower) == (t.text.lower(), t.text.isalpha(), t.text.islower())
               for t in doc)
    assert (doc[-2].shape_, doc[-2].like_num) == ("", False)
    assert RULE_LEXEME_ATTRS == {LOWER, IS_ALPHA, IS_LOWER}
    # make_nlp and blank_nlp keep spaCy's (training reads them)
    assert blank_nlp()(unseen)[0].shape_ == "Xxxxx"


@pytest.mark.parametrize("title, abstract", [
    # 2505.12427: the adapters are LoRA's; the paper uses no adapter tuning
    ("DragLoRA: Online Optimization of LoRA Adapters for Drag-based Image Editing in Diffusion Model",
     "To address these limitations, we present DragLoRA, a novel framework that integrates LoRA (Low-Rank "
     "Adaptation) adapters into the drag-based editing pipeline. To enhance the training of LoRA "
     "adapters, we introduce an additional denoising score distillation loss."),
    # 2512.14562
    ("A title", "The framework instruction-tunes compact chat models using parameter-efficient LoRA adapters "
                "with 4-bit quantization."),
])
def test_a_part_noun_after_a_name_is_that_names_part(title, abstract):
    extraction = Extractor.shared().extract(Paper(id="x", title=title, abstract=abstract))
    ids = {m.entity_id for m in extraction.mentions}
    assert "technique/lora" in ids
    assert "technique/adapter-tuning" not in ids


def test_adapters_on_their_own_are_adapter_tuning():
    # 2512.03056: "parameter-efficient adapters such as LoRA"
    extraction = Extractor.shared().extract(Paper(id="x", title="Delta Sampling", abstract=(
        "Diffusion models drive an ecosystem including fully fine-tuned checkpoints and parameter-efficient "
        "adapters such as LoRA, LyCORIS, and ControlNet.")))
    assert "technique/adapter-tuning" in {m.entity_id for m in extraction.mentions}


def test_an_adapter_after_a_plain_word_is_adapter_tuning():
    # seeds, "Empowering Smaller Models": "quantized" is no name whose part the adapter is
    extraction = Extractor.shared().extract(Paper(id="x", title="A title", abstract=(
        "This research also evaluates how merging the quantized adapter with the base model influences the "
        "generation quality.")))
    assert "technique/adapter-tuning" in {m.entity_id for m in extraction.mentions}


# LaTeX styling as arXiv abstracts keep it (arXiv 2601.15761, 2603.03583, 2511.02589)
@pytest.mark.parametrize(("abstract", "surface", "entity"), [
    ("We introduce \\textbf{SigEnt-SAC}, an off-policy actor-critic method that learns from scratch.",
     "SigEnt-SAC", "SigEnt-SAC"),
    ("We introduce \\textbf{ByteFlow Net}, a new hierarchical architecture that removes tokenizers entirely.",
     "ByteFlow Net", "ByteFlow Net"),
    ("the five state-of-the-art systems (ChatGPT-5, Gemini~2.5~Flash, Claude~Sonnet~4.5, Grok~4, and "
     "DeepSeek~V3.2) achieved only 45% accuracy", "DeepSeek V3.2", "DeepSeek-V3.2"),
    ("the five state-of-the-art systems (ChatGPT-5, Gemini~2.5~Flash, Claude~Sonnet~4.5, Grok~4, and "
     "DeepSeek~V3.2) achieved only 45% accuracy", "Claude Sonnet 4.5", "Claude Sonnet 4.5"),
    ("the five state-of-the-art systems (ChatGPT-5, Gemini~2.5~Flash, Claude~Sonnet~4.5, Grok~4, and "
     "DeepSeek~V3.2) achieved only 45% accuracy", "Grok 4", "Grok 4"),
])
def test_latex_styling_hides_no_name(abstract, surface, entity):
    extraction = Extractor.shared().extract(Paper(id="x", title="", abstract=abstract))
    labels = {e.id: e.label for e in extraction.entities}
    found = {(m.surface, labels[m.entity_id]) for m in extraction.mentions}
    assert (surface, entity) in found
    for mention in extraction.mentions:  # offsets index the abstract as read
        assert mention.end - mention.start == len(mention.surface)
        assert abstract[mention.start:mention.end].replace("~", " ") == mention.surface


def test_latex_styling_inside_a_word_is_left_as_written():
    title = "Self-Reorientation Adversarial \\textbf{S}tyle \\textbf{P}erturbation"
    extraction = Extractor.shared().extract(Paper(id="x", title=title, abstract="We study it."))
    assert all("S tyle" not in m.surface for m in extraction.mentions)


def test_evidence_sentence_holds_a_surface_read_through_latex():
    """The graph's evidence sentence is read as extraction read it, so it holds the surface
    (the SHACL shapes check this on every export); arXiv 2511.02589."""
    import networkx as nx

    from paperkg.graph.build import add_extraction

    abstract = ("Across health and statistics, the five state-of-the-art systems (ChatGPT-5, "
                "Gemini~2.5~Flash, Claude~Sonnet~4.5, Grok~4, and DeepSeek~V3.2) achieved only 45% accuracy.")
    extraction = Extractor.shared().extract(Paper(id="2511.02589", title="", abstract=abstract))
    graph = nx.DiGraph()
    paper = add_extraction(graph, extraction)
    evidence = [e for _, data in graph.succ[paper].items() for e in data["evidence"]]
    assert any(e["surface"] == "DeepSeek V3.2" for e in evidence)
    assert all(e["surface"] in e["sentence"] for e in evidence)


def test_a_long_form_does_not_start_at_and_when_the_word_before_spells_the_letter():
    """arXiv 2603.06590: "The Abstraction and Reasoning Corpus (ARC)" defines ARC as ARC-AGI's
    corpus (not the AI2 Reasoning Challenge, the vocabulary's other ARC); Schwartz & Hearst alone
    starts the long form at "and"."""
    abstract = ("The Abstraction and Reasoning Corpus (ARC) is designed to assess generalization beyond "
                "pattern matching. In this work, we present a transformer-based system that advances ARC "
                "performance.")
    extraction = Extractor.shared().extract(Paper(id="2603.06590", title="ARC-AGI-2 Technical Report",
                                                  abstract=abstract))
    linked = {(m.surface, m.entity_id) for m in extraction.mentions}
    assert ("ARC", "dataset/arc-agi") in linked and ("ARC", "dataset/arc") not in linked
