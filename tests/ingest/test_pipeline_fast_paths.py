"""Speed work on the extraction pipeline (issue 12): each quicker path gives what the slower one gave, on real
corpus sentences."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.heads import _PART_WORDS, _unpossessed
from paperkg.ingest.extract.modifiers import word_before
from paperkg.ingest.extract.names import TEXT, NameRules, Word, ascii_lower, words
from paperkg.ingest.extract.pipeline import blank_nlp, paper_doc
from paperkg.ingest.extract.roles import _COMPARABLE_WORDS, _LIST_OPENERS, _may_hold
from paperkg.ingest.extract.spans import SPAN_DEFAULTS
from paperkg.ingest.records import Paper
from tests.ingest._helpers import surface_roles

# Speed work on the extraction pipeline (issue 12): each quicker path gives what the slower one gave,
# on real corpus sentences.


# arXiv 2607.19363 and 2607.09501 (corpus abstracts)
_ROPE = ("Pretrained LLMs with AdaRoPE consistently outperform existing RoPE variants, including partial "
         "RoPE and NoPE baselines.")
_CALIBRATION = ("The proposed methods achieve performance comparable to logistic regression "
                "calibration, with the Hapax Correction outperforming it in approximately 45% of tests "
                "(weighted by corpora).")
# arXiv 2505.12423 (RoPE itself is exact-case: lower-cased, the long form is the folded name)
_ROTARY = ("Rotary Position Embedding (RoPE) is an efficient position encoding approach and is widely "
           "utilized in numerous large language models (LLMs).")
# arXiv 2503.19152's title (a hyphenated name, a closed-up one)
_TITLE = "PSO-UNet: Particle Swarm-Optimized U-Net Framework for Precise Multimodal Brain Tumor Segmentation"


def _array_matches(index, doc) -> list[tuple[int, int, str]]:
    """The index's matches looked up in the doc's whole id array, as ``find`` did before."""
    ids = doc.to_array(LOWER if index.lower else ORTH).tolist()
    return [(start, end, key) for _, start, end in index.matcher(doc)
            for key in index.keys.get(tuple(ids[start:end]), ())]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [_ROPE, _ROTARY, _CALIBRATION, _TITLE])
def test_vocabulary_matches_looked_up_token_by_token_are_the_index_s_own(shipped, text):
    matcher = shipped.nlp.get_pipe("paperkg_vocab")
    doc = paper_doc(shipped.nlp, Paper(id="t", title=text, abstract=text.lower()))
    for index in (matcher.exact, matcher.folded):
        assert sorted(index.find(doc)) == sorted(_array_matches(index, doc))
    # (the sentences name known things; RoPE and NoPE are exact-case names, in the exact index only)
    assert any(True for _ in (matcher.exact if text is _ROPE else matcher.folded).find(doc))


@pytest.mark.issue(12)
def test_the_quick_test_before_a_comparison_pattern_finds_its_words_in_any_case():
    at = _CALIBRATION.index("logistic")
    assert _may_hold(_CALIBRATION, 0, at, _COMPARABLE_WORDS)
    assert _may_hold(_CALIBRATION.upper(), 0, at, _COMPARABLE_WORDS)
    assert not _may_hold(_CALIBRATION, at, len(_CALIBRATION), _COMPARABLE_WORDS)
    assert _may_hold(_ROPE, 0, _ROPE.index("partial"), _LIST_OPENERS)
    assert not _may_hold(_ROPE, 0, _ROPE.index("including"), _LIST_OPENERS)
    # a dotless i is "i" to a case-blind pattern, not to lower(): text beyond ASCII is always searched
    assert _may_hold("compet\u0131tive with", 0, 20, _COMPARABLE_WORDS)


@pytest.mark.issue(12)
def test_roles_after_the_quick_tests_are_the_patterns_roles():
    assert surface_roles(_CALIBRATION, "")["logistic regression"] == {"compares_with"}
    roles = surface_roles(_ROPE, "")
    assert roles["NoPE"] == {"compares_with"} and roles["RoPE"] == {"compares_with"}



# Speed work on the extraction pipeline (issue 12, branch speed7): each quicker path gives what the
# slower one gave, on real corpus sentences.


# corpus abstracts (arXiv ids): head nouns in the possessive, a test set, a capitalised name head,
# modifiers before techniques
_SENTENCES = (
    # 2509.21482
    "However, these approaches invariably sample discrete tokens at each reasoning step, discarding the rich "
    "distributional information in the model's probability distribution over candidate tokens.",
    # 2509.21623
    "This bottleneck is substantial; for instance, a Llama-3.1-8B model processing a 32K-token prompt "
    "at a batch size of 4 requires approximately 16GB for its KV cache, a size exceeding the "
    "model's weights.",
    # 2510.00570
    "To address these limitations, we propose adaptive shared experts (ASE) within a low-rank "
    "adaptation (LoRA) based MoE, where shared experts are assigned router-computed gating weights jointly "
    "normalized with sparse experts.",
    # 2509.21799
    "It also employs a proactive Pre-execution Alignment stage, where Thought-Action Consistency (TAC) Check "
    "module and Action Correction Agent (ACA) work in concert to mitigate the risk of execution failures.",
    # 2509.21459
    "With no additional training data beyond the BIRD training set and no use of proprietary "
    "models, our very first submission to the BIRD leaderboard reached state-of-the-art accuracy on the "
    "private test set: 73.56% without self-consistency and 75.68% with self-consistency.",
    # 2510.02922
    "To address this limitation, LLaVa-NeXT-Vicuna is adapted to the ultrasound domain using low-rank "
    "adaptation (LoRA), resulting in substantial improvements in stroke risk stratification.",
)
# the same words with what the text may hold besides: other whitespace, a Kelvin sign (which
# str.lower makes a "k"), a right quote, capitals, brackets
_ODD = ("the benchmar\u212a and the BENCHMARK\u2019s tasks;  two  spaces,\u00a0a\u00a0non-breaking "
        "low-rank\u00a0adaptation, (Datasets) the KITTI Test Set and\tvertical federated learning")


@pytest.fixture(scope="module")
def shipped() -> Extractor:
    return Extractor.shared()


def _old_head_words(heads, ws: list[Word]) -> list[int]:
    """HeadNouns._head_words as it was: the whole test on every word."""
    return [i for i, word in enumerate(ws)
            if (low := word[TEXT].lower() if word[TEXT].isascii() else ascii_lower(word[TEXT])) in heads.heads
            or _unpossessed(low) in heads.heads
            or low in heads.name_heads and word[TEXT][0].isupper()
            or low in _PART_WORDS and i > 1 and word[TEXT].islower()]


@pytest.mark.parametrize("text", [*_SENTENCES, _ODD])
def test_head_words_first_pass_keeps_every_head(shipped, text):
    heads = shipped.nlp.get_pipe("paperkg_heads")
    ws = words(text)
    kept = _old_head_words(heads, ws)
    assert heads._head_words(ws) == kept
    assert all(ws[i][TEXT].lower() in heads._cues for i in kept)  # the first pass's set holds them


def test_head_words_on_odd_words(shipped):
    heads = shipped.nlp.get_pipe("paperkg_heads")
    ws = words(_ODD)
    found = [ws[i][TEXT] for i in heads._head_words(ws)]
    # not the Kelvin sign's "benchmark"; the possessive; a part word; a bracketed plural; a Title Case split
    assert found == ["BENCHMARK\u2019s", "tasks", "Datasets", "Test", "Set"]


def _old_modifier_word(doc: Doc, start: int) -> str | None:
    """The word ModifiedNames._modifier_start read off the tokens before the token ``start``."""
    if start == 0 or doc[start - 1].whitespace_ != " ":
        return None
    first = start - 1
    while first > 0 and not doc[first - 1].whitespace_ and not doc[first - 1].text.isspace():
        first -= 1
    return doc[first:start].text


@pytest.mark.parametrize("text", [*_SENTENCES, _ODD, " leading space", "a\n b", "end  "])
def test_word_before_is_the_tokens_word(text):
    doc = blank_nlp().make_doc(text)
    assert [word_before(text, token.idx) for token in doc] == [_old_modifier_word(doc, token.i)
                                                               for token in doc]


def test_modifier_found_as_before(shipped):
    # 2510.00570, with a modifier on the shipped list before a vocabulary technique
    abstract = ("We train models with vertical federated learning and low-rank adaptation "
                "(LoRA).\u00a0Vertical federated learning keeps features apart.")
    surfaces = {m.surface for m in shipped.extract(Paper(id="t", title="", abstract=abstract)).mentions}
    assert "vertical federated learning" in surfaces


def test_name_word_tables_shared():
    first, second = NameRules(), NameRules()
    assert first._name_words is second._name_words  # one table for the components' rules
    other = NameRules(generic_names=("llm",))
    assert other._name_words is not first._name_words
    for text in ("QRData", "LLMs", "3D", "Llama-3.1-8B", "KV"):
        assert first.name_word(text) == second.name_word(text) == NameRules()._name_word(text)
    assert other.name_word("OpenAI") and not first.name_word("OpenAI")  # generic to one, not the other


def test_span_defaults_are_the_extensions_defaults():
    assert SPAN_DEFAULTS == {name: Span.get_extension(name)[0] for name in SPAN_DEFAULTS}
