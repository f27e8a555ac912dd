"""Names no list holds: the learned span classifier ``paperkg_learned`` (:class:`LearnedSpans`).

Cheap rules propose candidate spans (runs of content words and their sub-spans, up to eight
tokens, that no earlier component has linked); a small model trained with spaCy scores each
candidate from its words, shapes and context and gives it a kind (model, dataset, technique,
language) or none. The model is a spaCy ``SpanCategorizer`` (single label, with a negative
label) over a hashed-embedding tok2vec without a CNN, pooled per span from its first, last and
inner tokens, from the tokens around it and from cue words just before it ("we propose", "via",
"than"); the trained weights ship in
:data:`MODEL_DIR` (how they were made: ``scripts/train_spans.py`` and the model card there),
with a table of how many corpus papers hold each candidate phrase: a lower-case phrase that
many papers hold is a common phrase, not a name, and is not linked (:func:`_common_phrase`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import warnings
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDS, LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline.spancat import SpanCategorizer, Suggester, spancat_score
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, Ops, Softmax, chain, get_current_ops
from thinc.types import Floats2d, Ragged

from paperkg.errors import InputError
from paperkg.ingest.extract.spans import SPANS_KEY, SpanWriter, doc_value, field_at, known_names
from paperkg.ingest.records import Entity, Kind, Origin, fold, slugify

__all__ = ["LABELS", "LEARNED", "MODEL_DIR", "CandidateSuggester", "LearnedSpans", "PhraseFrequency",
           "candidate_spans", "frequency_signature"]

#: The component's factory name; ``make_nlp(learned=True)`` adds it before ``paperkg_kinds``.
LEARNED = "paperkg_learned"
#: Where the trained component ships (``cfg``, ``model``, the model card ``README.md``).
MODEL_DIR = Path(__file__).parent / "model"
#: The kinds the model tells apart (its negative label is "none").
LABELS = tuple(kind.value for kind in Kind)
#: Corpus document frequencies of candidate phrases (``scripts/train_spans.py --frequency``; the
#: model card records their origin): sorted keys of folded phrases, how many corpus papers (title
#: plus abstract, one text each) hold each, and the signature of the model they were counted for.
FREQUENCY_FILE = MODEL_DIR / "frequency.npz"
#: A lower-case candidate held by at least this many corpus papers (title plus abstract) is a
#: common phrase ("minimal supervision", "gradient flow"), not a name the paper gives its method:
#: it is not linked (the factory's ``max_frequency``; 0 turns the gate off).
MAX_FREQUENCY = 3
#: How to rebuild the frequency table (named in every error and warning about it).
REBUILD_FREQUENCY = "python scripts/train_spans.py --frequency"
#: Reference spans that training neither rewards nor penalises (borderline, generic, unsure).
IGNORE_KEY = "paperkg_ignore"
if not Doc.has_extension("negative_weight"):  # a training doc's weight for its negatives
    Doc.set_extension("negative_weight", default=None)

# -- candidates --------------------------------------------------------------------------------

_JOINERS = frozenset({"-", "/", "+", "&"})
#: Tokens after which a capital starts a sentence (or the abstract, after the title) rather than a name.
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";"})
# Function words allowed between two capitalised words ("Mixture of Spiking Experts").
_INNER = frozenset({"of", "for", "as", "and", "in", "on", "to", "with", "&"})
# Token classes, one bit each.
_BREAK, _STOP, _JOIN, _INNER_WORD, _CAPITAL, _NAMELIKE, _HEAD = (1 << i for i in range(7))
#: Last words that make a lower-case candidate worth scoring even outside the learned heads.
_HEAD_ENDINGS = ("tion", "sion", "ing", "ment", "tions", "sions", "ings", "ments", "ism", "sis", "ure",
                 "ance", "ence", "er", "ers", "or", "ors", "ics", "ity")


def _token_class(text: str, heads: frozenset[str]) -> int:
    lower = text.lower()
    bits = 0
    if text in _JOINERS:
        bits |= _JOIN
    elif not any(c.isalnum() for c in text) or text.isspace():
        bits |= _BREAK
    if lower in STOP_WORDS:
        bits |= _STOP
    if lower in _INNER:
        bits |= _INNER_WORD
    if text[:1].isupper():
        bits |= _CAPITAL
    if any(c.isupper() or c.isdigit() for c in text):
        bits |= _NAMELIKE
    if lower in heads or text.islower() and len(text) > 4 and lower.endswith(_HEAD_ENDINGS):
        bits |= _HEAD
    return bits


class CandidateSuggester:
    """Spans worth scoring, from cheap token classes (see :func:`candidate_spans`).

    A run is a stretch of content words: punctuation ends it, and so do stop words, except in a
    hyphenated compound ("two-stage") or between capitalised words ("Mixture of Experts").
    Every sub-span of a run up to ``max_length`` tokens is a candidate when it neither starts nor
    ends with a joiner or function word and its last word is name-like (a capital or digit) or a
    head (a last word of the training names, ``heads``, or a noun ending such as "-tion").
    Spans overlapping ``doc.spans[skip_key]`` (linked by earlier components) are left out.
    """

    def __init__(self, max_length: int = 8, skip_key: str | None = SPANS_KEY) -> None:
        self.max_length = max_length
        self.skip_key = skip_key
        self.heads: frozenset[str] = frozenset()
        self._classes: dict[int, int] = {}

    def set_heads(self, heads: Iterable[str]) -> None:
        """Learned head words (lower case)."""
        self.heads = frozenset(heads)
        self._classes = {}

    def classes(self, doc: Doc) -> numpy.ndarray:
        """One bit mask per token (cached by spelling)."""
        cache = self._classes
        if len(cache) > 1_000_000:
            cache.clear()
        orths = doc.to_array(ORTH).tolist()
        out = [cache.get(o, -1) for o in orths]
        if -1 in out:
            strings = doc.vocab.strings
            for i, o in enumerate(orths):
                if out[i] < 0:
                    out[i] = cache[o] = _token_class(strings[o], self.heads)
        return numpy.asarray(out, dtype="i")

    def spans(self, doc: Doc) -> numpy.ndarray:
        """(start, end) rows of the candidates in ``doc``."""
        n = len(doc)
        if not n:
            return numpy.zeros((0, 2), dtype="i")
        bits = self.classes(doc)
        join = (bits & _JOIN) > 0
        capital = (bits & _CAPITAL) > 0
        hyphen = numpy.zeros(n, dtype=bool)
        hyphen[1:] |= join[:-1]
        hyphen[:-1] |= join[1:]
        between = numpy.zeros(n, dtype=bool)
        between[1:-1] = capital[:-2] & capital[2:]
        stop = (bits & _STOP) > 0
        blocked = ((bits & _BREAK) > 0) | stop & ~hyphen & ~(((bits & _INNER_WORD) > 0) & between)
        if self.skip_key and self.skip_key in doc.spans:
            for span in doc.spans[self.skip_key]:
                blocked[span.start:span.end] = True
        edge = join | ((bits & _INNER_WORD) > 0)
        good_end = ((bits & (_NAMELIKE | _HEAD)) > 0) & ~edge
        positions = numpy.arange(n)
        # where the run holding each position ends (the first blocked token at or after it)
        run_end = numpy.minimum.accumulate(numpy.where(blocked, positions, n)[::-1])[::-1]
        ends = positions[:, None] + numpy.arange(1, self.max_length + 1)[None, :]
        ok = ((~blocked & ~edge)[:, None] & (ends <= run_end[:, None])
              & good_end[numpy.minimum(ends - 1, n - 1)])
        starts, extra = numpy.nonzero(ok)  # in (start, end) order
        return numpy.stack([starts, starts + extra + 1], axis=1).astype("i")

    def __call__(self, docs: Iterable[Doc], *, ops: Ops | None = None) -> Ragged:
        ops = ops or get_current_ops()
        found = [self.spans(doc) for doc in docs]
        lengths = numpy.asarray([len(f) for f in found], dtype="i")
        data = numpy.concatenate(found) if found else numpy.zeros((0, 2), dtype="i")
        return Ragged(ops.asarray2i(data), ops.asarray1i(lengths))


def candidate_spans(doc: Doc, *, max_length: int = 8, heads: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) token offsets of the spans the model scores (see :class:`CandidateSuggester`).

    >>> from spacy.lang.en import English
    >>> doc = English().make_doc("We use sparse attention on ImageNet.")
    >>> [doc[s:e].text for s, e in candidate_spans(doc, heads=["attention"])]
    ['use sparse attention', 'sparse attention', 'attention', 'ImageNet']
    """
    suggester = CandidateSuggester(max_length, skip_key=None)
    suggester.set_heads(heads)
    return [(int(s), int(e)) for s, e in suggester.spans(doc)]


@registry.misc("paperkg.candidate_suggester.v1")
def build_candidate_suggester(max_length: int = 8, skip_key: str | None = SPANS_KEY) -> CandidateSuggester:
    """The spancat suggester of :class:`CandidateSuggester`."""
    return CandidateSuggester(max_length, skip_key)


# -- model ---------------------------------------------------------------------------------------

#: Token positions a span is described by: first, last, two before, two after (then the mean of
#: its tokens, the mean of a window before it, and its length).
_POINTS = 6
_MAX_LENGTH_FEATURE = 8
#: Cue words, by group, whose presence just before a span tells how the text uses it: the paper
#: proposes or names it ("we propose", "dubbed"), uses it ("via", "using", "based"), compares with
#: it ("than", "outperforms"), or evaluates on it ("on", "benchmark"); the last group marks the
#: paper's own voice ("we", "our", "novel").
_CUE_GROUPS = (
    "propose proposes proposed introduce introduces introduced present presents presented develop "
    "develops developed design designs designed devise devised named called dubbed termed coined namely",
    "using use uses used via apply applies applied applying employ employs employed employing adopt "
    "adopts adopted adopting leverage leverages leveraged leveraging through utilize utilizes utilizing "
    "based combine combines combining integrate integrates integrating incorporate incorporates "
    "incorporating",
    "than over outperforms outperform outperforming baseline baselines versus vs compared against surpasses",
    "on dataset datasets benchmark benchmarks corpus evaluated evaluate experiments",
    "we our novel new",
)
_CUE_OF = {hash_string(word): group for group, words in enumerate(_CUE_GROUPS) for word in words.split()}


@registry.architectures("paperkg.SpanContextClassifier.v1")
def build_span_context_classifier(width: int = 16, attrs: list[str] = ["NORM", "PREFIX", "SUFFIX", "SHAPE"],  # noqa: B006
                                  rows: list[int] = [20000, 2000, 5000, 2000], hidden_width: int = 0,  # noqa: B006
                                  window: int = 6, dropout: float = 0.1,
                                  cue_window: int = 0) -> Model[tuple[list[Doc], Ragged], Floats2d]:
    """Score spans: hashed embeddings of each token attribute (no CNN), pooled per span by
    :func:`span_context`, then a Maxout hidden layer (none when ``hidden_width`` is 0) and Softmax."""
    embeddings = [HashEmbed(width, n_rows, seed=7 + i, dropout=dropout) for i, n_rows in enumerate(rows)]
    pooled = span_context(embeddings, [IDS[a] for a in attrs], window=window, cue_window=cue_window)
    if hidden_width:
        return chain(pooled, Maxout(nO=hidden_width, nP=2, normalize=True, dropout=dropout), Softmax())
    return chain(pooled, Softmax())


def span_context(embeddings: list[Model], attr_ids: list[int], *, window: int = 6,
                 cue_window: int = 0) -> Model[tuple[list[Doc], Ragged], Floats2d]:
    """One row per span: the token vectors (attribute embeddings side by side) of its first and
    last tokens and of the two tokens before and after it, the mean of its tokens and of
    ``window`` tokens before it, its length (one-hot up to 8) and, when ``cue_window`` is set,
    which cue groups (:data:`_CUE_GROUPS`) occur in the ``cue_window`` tokens before it."""
    return Model("paperkg_span_context", _context_forward, init=_context_init, layers=embeddings,
                 attrs={"window": window, "attr_ids": attr_ids, "cue_window": cue_window}, dims={"nO": None})


def _cue_features(docs: list[Doc], first_token: numpy.ndarray, starts: numpy.ndarray,
                  cue_window: int) -> Floats2d:
    """One row per span, one column per cue group: 1 when a word of the group is among the
    ``cue_window`` tokens before the span (within its doc), else 0 (no columns when 0)."""
    if not cue_window:
        return numpy.zeros((len(starts), 0), dtype="f")
    lowers = numpy.concatenate([doc.to_array(LOWER) for doc in docs]).tolist()
    groups = numpy.asarray([_CUE_OF.get(h, -1) for h in lowers], dtype="i")
    found = numpy.zeros((len(groups) + 1, len(_CUE_GROUPS)))
    hits = numpy.nonzero(groups >= 0)[0]
    found[hits + 1, groups[hits]] = 1.0
    cumulative = numpy.cumsum(found, axis=0)  # row k: the cues among the first k tokens
    window_start = numpy.maximum(starts - cue_window, first_token)
    return ((cumulative[starts] - cumulative[window_start]) > 0).astype("f")


def _positions(docs: list[Doc], spans: Ragged, attr_ids: list[int]) -> tuple[int, *tuple[numpy.ndarray, ...]]:
    """The batch's tokens end to end: their count, their attribute ids (one row per token), and
    for each span the batch positions of its doc's first token, of the token past its doc's
    last, of its first token and of the token past its last."""
    lengths = numpy.asarray([len(doc) for doc in docs], dtype="i")
    features = numpy.concatenate([doc.to_array(attr_ids).reshape((len(doc), -1)) for doc in docs])
    offsets = numpy.cumsum(lengths) - lengths
    owner = numpy.repeat(numpy.arange(len(docs)), spans.lengths)
    first_token = offsets[owner]
    starts = spans.data[:, 0] + first_token
    return (int(lengths.sum()), features, first_token, first_token + lengths[owner], starts,
            spans.data[:, 1] + first_token)


def _context_init(model: Model, X: Any = None, Y: Any = None) -> None:
    for layer in model.layers:
        layer.initialize()
    width = sum(layer.get_dim("nO") for layer in model.layers)
    cues = len(_CUE_GROUPS) if model.attrs.get("cue_window") else 0
    model.set_dim("nO", (_POINTS + 2) * width + _MAX_LENGTH_FEATURE + cues)


def _context_forward(model: Model, inputs: tuple[list[Doc], Ragged],
                     is_train: bool) -> tuple[Floats2d, Callable]:
    docs, spans = inputs
    ops = model.ops
    total, features, first_token, past_last, starts, ends = _positions(docs, spans, model.attrs["attr_ids"])
    columns, backprops = [], []
    for k, layer in enumerate(model.layers):
        column, backprop_column = layer(numpy.ascontiguousarray(features[:, k]), is_train)
        columns.append(column)
        backprops.append(backprop_column)
    width = sum(c.shape[1] for c in columns)
    X = numpy.vstack([numpy.hstack(columns), numpy.zeros((1, width), dtype="f")])  # a zero row pads
    points = [starts, ends - 1]
    for shift in (1, 2):
        points.append(numpy.where(starts - shift >= first_token, starts - shift, total))
    for shift in (0, 1):
        points.append(numpy.where(ends + shift < past_last, ends + shift, total))
    # row k: the sum of X[:k] (in float64: a batch may hold many docs)
    cumulative = numpy.vstack([numpy.zeros((1, width)), numpy.cumsum(X[:total], axis=0, dtype="float64")])
    span_len = (ends - starts).astype("f")[:, None]
    window_start = numpy.maximum(starts - model.attrs["window"], first_token)
    window_len = numpy.maximum(starts - window_start, 1).astype("f")[:, None]
    inside = ((cumulative[ends] - cumulative[starts]) / span_len).astype("f")
    before = ((cumulative[starts] - cumulative[window_start]) / window_len).astype("f")
    length = numpy.zeros((len(starts), _MAX_LENGTH_FEATURE), dtype="f")
    length[numpy.arange(len(starts)), numpy.minimum(ends - starts, _MAX_LENGTH_FEATURE) - 1] = 1.0
    cues = _cue_features(docs, first_token, starts, model.attrs.get("cue_window", 0))
    output = numpy.hstack([X[p] for p in points] + [inside, before, length, cues])

    def backprop(d_output: Floats2d) -> tuple[list[Doc], Ragged]:
        dX = numpy.zeros((total + 1, width), dtype="f")
        for k, p in enumerate(points):
            ops.scatter_add(dX, p.astype("i"),
                            numpy.ascontiguousarray(d_output[:, k * width:(k + 1) * width]))
        d_cumulative = numpy.zeros((total + 1, width), dtype="f")
        for k, (hi, lo, count) in enumerate(((ends, starts, span_len), (starts, window_start, window_len))):
            block = numpy.ascontiguousarray(
                d_output[:, (_POINTS + k) * width:(_POINTS + k + 1) * width] / count)
            ops.scatter_add(d_cumulative, hi.astype("i"), block)
            ops.scatter_add(d_cumulative, lo.astype("i"), -block)
        # X[t] is in every cumulative row k > t
        dX[:total] += numpy.cumsum(d_cumulative[::-1], axis=0, dtype="float64")[::-1][1:].astype("f")
        at = 0
        for column, backprop_column in zip(columns, backprops, strict=True):
            backprop_column(numpy.ascontiguousarray(dX[:total, at:at + column.shape[1]]))
            at += column.shape[1]
        return inputs

    return output, backprop


class _FoldedLinear:
    """A linear span classifier (:func:`span_context` then Softmax) folded for prediction: each
    attribute's hash table is multiplied into the Softmax weights once, so that scoring a doc is
    a few table look-ups per token and a few sums per candidate, with no matrix product.
    Gives the same scores as the thinc model (up to float rounding)."""

    def __init__(self, model: Model) -> None:
        context, softmax = model.layers
        weights, self.bias = softmax.get_param("W"), softmax.get_param("b")
        self.n_labels = weights.shape[0]
        self.window = context.attrs["window"]
        self.cue_window = context.attrs.get("cue_window", 0)
        self.attr_ids = context.attrs["attr_ids"]
        width = sum(layer.get_dim("nO") for layer in context.layers)
        blocks = _POINTS + 2
        self.tables = []
        at = 0
        for layer in context.layers:
            w = layer.get_dim("nO")
            per_block = numpy.hstack([weights[:, k * width + at:k * width + at + w].T for k in range(blocks)])
            self.tables.append((numpy.ascontiguousarray(layer.get_param("E") @ per_block, dtype="f"),
                                layer.attrs["seed"]))
            at += w
        rest = blocks * width
        self.length = numpy.ascontiguousarray(weights[:, rest:rest + _MAX_LENGTH_FEATURE].T)  # (8, labels)
        self.cues = numpy.ascontiguousarray(weights[:, rest + _MAX_LENGTH_FEATURE:].T)  # (cue groups, labels)

    def __call__(self, ops: Ops, docs: list[Doc], spans: Ragged) -> Floats2d:
        n_labels = self.n_labels
        total, features, first_token, past_last, starts, ends = _positions(docs, spans, self.attr_ids)
        T = numpy.zeros((total + 1, self.tables[0][0].shape[1]), dtype="f")
        for k, (table, seed) in enumerate(self.tables):
            keys = ops.hash(numpy.ascontiguousarray(features[:, k], dtype="uint64"), seed) % table.shape[0]
            T[:total] += ops.gather_add(table, keys)
        logits = T[starts, :n_labels] + T[ends - 1, n_labels:2 * n_labels] + self.bias
        for k, shift in ((2, 1), (3, 2)):
            logits += T[numpy.where(starts - shift >= first_token, starts - shift, total),
                        k * n_labels:(k + 1) * n_labels]
        for k, shift in ((4, 0), (5, 1)):
            logits += T[numpy.where(ends + shift < past_last, ends + shift, total),
                        k * n_labels:(k + 1) * n_labels]
        cumulative = numpy.zeros((total + 1, 2 * n_labels))
        numpy.cumsum(T[:total, _POINTS * n_labels:], axis=0, dtype="float64", out=cumulative[1:])
        window_start = numpy.maximum(starts - self.window, first_token)
        logits += (cumulative[ends, :n_labels] - cumulative[starts, :n_labels]) / (ends - starts)[:, None]
        logits += ((cumulative[starts, n_labels:] - cumulative[window_start, n_labels:])
                   / numpy.maximum(starts - window_start, 1)[:, None])
        logits += self.length[numpy.minimum(ends - starts, _MAX_LENGTH_FEATURE) - 1]
        if self.cue_window:
            logits += _cue_features(docs, first_token, starts, self.cue_window) @ self.cues
        logits -= logits.max(axis=1, keepdims=True)
        numpy.exp(logits, out=logits)
        logits /= logits.sum(axis=1, keepdims=True)
        return logits


# -- the component -------------------------------------------------------------------------------

def phrase_hash(text: str) -> int:
    """spaCy's 64-bit hash of a phrase's folded form (case and separators do not count)."""
    return hash_string(fold(text))


def phrase_key(text: str) -> int:
    """The frequency table's key of a phrase: the low 32 bits of :func:`phrase_hash` (32 bits keep
    the table small, and a stray match is rare: about one query in 10,000 for the 300,000 phrases
    it holds)."""
    return phrase_hash(text) & 0xFFFFFFFF


#: Phrases whose folded forms and keys go into :func:`frequency_signature` (case, hyphens, dashes,
#: accents, digits): a change to :func:`~paperkg.ingest.records.fold` or to the hash changes them.
_FOLD_PROBE = ("Test-Time Optimization", "joint optimization", "Mixture-of-Experts",
               "self\u2013supervised  learning", "GPT-4o", "na\u00efve Bayes", "Q&A / RAG")


def frequency_signature(heads: Iterable[str], max_length: int | None) -> str:
    """A digest of what decides a frequency table's keys: the suggester's head words and settings
    (``max_length``, its word classes) and a probe of :func:`phrase_key` (the fold and the hash).
    ``scripts/train_spans.py --frequency`` stores it; the component compares it with its own."""
    parts = {
        "heads": sorted(set(heads)),
        "max_length": max_length,
        "endings": list(_HEAD_ENDINGS),
        "words": [sorted(_JOINERS), sorted(_INNER), sorted(_SENTENCE_ENDS), sorted(STOP_WORDS)],
        "probe": [[text, fold(text), phrase_key(text)] for text in _FOLD_PROBE],
    }
    body = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


class PhraseFrequency:
    """How many corpus papers (title plus abstract) hold a phrase (:func:`phrase_key`), from a
    table written by ``scripts/train_spans.py --frequency`` (counts capped at 255); phrases held by
    fewer papers than the table keeps count 0. ``signature``: the :func:`frequency_signature` of
    the model it was counted for ("" when the file has none).

    Raises :class:`~paperkg.errors.InputError` (naming the file and how to rebuild it) when the
    file is missing, unreadable or not such a table: ``keys`` sorted unique uint32 and ``counts``
    uint8, one-dimensional and of equal length."""

    def __init__(self, path: Path = FREQUENCY_FILE) -> None:
        self.path = Path(path)
        try:
            with open(self.path, "rb") as handle, numpy.load(handle, allow_pickle=False) as data:
                names = set(data.files)
                missing = sorted({"keys", "counts"} - names)
                if missing:
                    self._fail(f"it holds no {' or '.join(repr(m) for m in missing)} array "
                               f"(arrays: {', '.join(sorted(names)) or 'none'})")
                self.keys = data["keys"]
                self.counts = data["counts"]
                self.signature = str(data["signature"]) if "signature" in names else ""
        except FileNotFoundError:
            self._fail("no such file")
        except (OSError, ValueError, EOFError, zipfile.BadZipFile) as error:
            self._fail(f"not a readable .npz table ({type(error).__name__}: {error})")
        keys, counts = self.keys, self.counts
        if keys.dtype != numpy.uint32 or counts.dtype != numpy.uint8:
            self._fail(f"'keys' must be uint32 and 'counts' uint8, not {keys.dtype} and {counts.dtype}")
        if keys.ndim != 1 or counts.ndim != 1 or len(keys) != len(counts):
            self._fail(f"'keys' and 'counts' must be one-dimensional and of equal length, not shapes "
                       f"{keys.shape} and {counts.shape}")
        if len(keys) > 1 and not bool(numpy.all(keys[1:] > keys[:-1])):
            self._fail("'keys' must be sorted and unique")

    def _fail(self, reason: str) -> None:
        raise InputError(self.path, f"the learned component's phrase frequency table is unusable: {reason}; "
                                    f"rebuild it with `{REBUILD_FREQUENCY}` (or set max_frequency = 0 "
                                    f"to turn the frequency gate off)")

    def check(self, heads: Iterable[str], max_length: int | None) -> bool:
        """Whether the table was counted for a model with these head words and suggester
        settings; warns (naming the file and how to rebuild it) when not."""
        expected = frequency_signature(heads, max_length)
        if self.signature == expected:
            return True
        found = f"signature {self.signature}" if self.signature else "no signature"
        warnings.warn(f"{self.path} has {found}, not the loaded model's {expected}: it was counted for "
                      f"other head words or suggester settings (or another fold or hash), so some common "
                      f"phrases count 0 and pass the frequency gate; rebuild it with `{REBUILD_FREQUENCY}` "
                      f"for this model", UserWarning, stacklevel=3)
        return False

    def __call__(self, text: str) -> int:
        key = phrase_key(text)
        at = int(numpy.searchsorted(self.keys, key))
        return int(self.counts[at]) if at < len(self.keys) and self.keys[at] == key else 0


@functools.lru_cache(maxsize=4)
def load_frequencies(path: Path | None = None) -> PhraseFrequency:
    """The table at ``path`` (default :data:`FREQUENCY_FILE`), read once per path and shared."""
    return PhraseFrequency(FREQUENCY_FILE if path is None else path)


def phrase_frequency(text: str) -> int:
    """How many corpus papers hold ``text`` (:class:`PhraseFrequency` of the shipped table)."""
    return load_frequencies()(text)


def _common_phrase(text: str, max_frequency: int, frequencies: Callable[[str], int] | None = None) -> bool:
    """Whether a candidate is a common lower-case phrase: no capital or digit (a coined name,
    "DualGRPO", "PE-EMP", is rare by nature and a frequent one is a model or benchmark the text
    keeps naming) and held by at least ``max_frequency`` corpus papers (0: never), by
    ``frequencies`` (default: the shipped table)."""
    if not max_frequency or any(c.isupper() or c.isdigit() for c in text):
        return False
    return (frequencies or phrase_frequency)(text) >= max_frequency


def _entity(known: dict[str, Entity], text: str, kind: Kind, confidence: float) -> Entity:
    """The entity a learned span links: the one found for ``text`` so far when it has ``kind``,
    else a new discovered entity (recorded in ``known`` unless ``text`` is known as another kind)."""
    entity = known.get(text)
    if entity is None or entity.kind is not kind:
        entity = Entity(id=f"{kind.value}/{slugify(text)}", label=text, kind=kind, origin=Origin.DISCOVERED,
                        confidence=round(confidence, 3))
        known.setdefault(text, entity)
    return entity


def _name_shaped(span: Span) -> bool:
    """Whether a candidate may be linked on its own evidence: a phrase of two words or more
    ("negative learning", "Temporal Window Smoothing") or a word shaped like a name (a capital or
    digit after its first letter, as in "CopulaGAN", or a capital inside an abstract's sentence);
    a single common word ("adapters", "re-injection", a sentence's or a title-case title's
    "Adapters") is far more often just a word than a method's name."""
    text = span.text
    if len(text.split()) >= 2 or any(c.isupper() or c.isdigit() for c in text[1:]):
        return True
    before = span.doc[span.start - 1].text if span.start else "."
    return (text[:1].isupper() and before not in _SENTENCE_ENDS and not before.isspace()
            and field_at(span.doc, span.start_char).name != "title")


def _linked_names(doc: Doc, key: str) -> set[str]:
    """The folded names linked in ``doc`` so far, and their leading words ("semi-supervised" of
    "semi-supervised learning"): a candidate that folds to one of them names what is already
    linked (the title's "Dynamic Pattern Alignment Learning" when the abstract's is linked with
    its short form), so linking it again would make a second entity for one concept."""
    names = set()
    for span in doc.spans.get(key, []):
        words = span.text.split()
        names.update(fold(" ".join(words[:k])) for k in range(1, len(words) + 1))
    return names


class LearnedSpans(SpanCategorizer):
    """A single-label span categorizer whose spans join ``doc.spans["paperkg"]`` as discovered
    entities. Training reads reference spans from the same key; spans in
    ``doc.spans["paperkg_ignore"]`` of a reference doc are neither rewarded nor penalised, and
    ``doc._.negative_weight`` of a reference doc scales its negatives (silver labels)."""

    _folded: tuple[tuple[int, ...], _FoldedLinear] | None = None
    #: The frequency table the gate reads (loaded with the weights; None until then, or gate off).
    _frequencies: PhraseFrequency | None = None

    def load_frequencies(self, *, check: bool = True) -> PhraseFrequency | None:
        """Read :data:`FREQUENCY_FILE` (once per process) and, with ``check``, whether it was
        counted for these weights' head words and suggester (:meth:`PhraseFrequency.check` warns
        when not); None when the gate is off (``cfg["max_frequency"]`` 0). Called when the
        weights load, so a missing or broken table fails there, with an
        :class:`~paperkg.errors.InputError`. A component trained in this process (no weights
        loaded) reads the table at its first prediction, unchecked: no table is counted for it."""
        self._frequencies = None
        if not int(self.cfg.get("max_frequency", MAX_FREQUENCY) or 0):
            return None
        table = load_frequencies(Path(FREQUENCY_FILE))
        if check:
            table.check(self.cfg.get("heads", []), getattr(self.suggester, "max_length", None))
        self._frequencies = table
        return table

    def _folded_model(self) -> _FoldedLinear | None:
        """The folded form of a linear model (rebuilt when its parameters change), else None."""
        layers = self.model.layers
        if len(layers) != 2 or layers[0].name != "paperkg_span_context" or not layers[1].has_param("W"):
            return None
        key = tuple(id(layer.get_param(name)) for layer in (*layers[0].layers, layers[1])
                    for name in layer.param_names)
        if self._folded is None or self._folded[0] != key:
            self._folded = (key, _FoldedLinear(self.model))
        return self._folded[1]

    def predict(self, docs: Iterable[Doc]) -> tuple[Ragged, Floats2d]:
        """Candidates and their label probabilities (the negative label last)."""
        docs = list(docs)
        indices = self.suggester(docs, ops=self.model.ops)
        if indices.lengths.sum() == 0:
            return indices, self.model.ops.alloc2f(0, 0)
        folded = self._folded_model()
        if folded is not None:
            return indices, folded(self.model.ops, docs, indices)
        return indices, self.model.predict((docs, indices))

    def update(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float]:
        """spaCy's update; the folded model is rebuilt afterwards."""
        self._folded = None
        return super().update(examples, **kwargs)

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None,
                   labels: list[str] | None = None) -> None:
        """spaCy's initialisation, after learning the head words: the last words of the training
        names seen at least twice (they decide which lower-case phrases are candidates)."""
        counts: dict[str, int] = {}
        for eg in get_examples():
            for span in eg.reference.spans.get(self.key, []):
                last = span[-1].lower_
                if last.isalpha():
                    counts[last] = counts.get(last, 0) + 1
        self.cfg["heads"] = sorted(word for word, count in counts.items() if count >= 2)
        self.suggester.set_heads(self.cfg["heads"])
        super().initialize(get_examples, nlp=nlp, labels=labels)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LearnedSpans:
        """Load the weights and settings (with the head words) and the frequency table."""
        super().from_disk(path, exclude=exclude)
        self.suggester.set_heads(self.cfg.get("heads", []))
        self.load_frequencies()
        return self

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> LearnedSpans:
        """Load the weights and settings (with the head words) and the frequency table."""
        super().from_bytes(bytes_data, exclude=exclude)
        self.suggester.set_heads(self.cfg.get("heads", []))
        self.load_frequencies()
        return self

    def set_annotations(self, docs: Iterable[Doc], indices_scores: tuple[Ragged, Floats2d]) -> None:
        """Link each candidate whose best label is one of ``kinds``, with probability >= ``threshold``,
        best first, where it overlaps no span already linked, is name-shaped (:func:`_name_shaped`),
        does not name again what the rules linked (:func:`_linked_names`) and is not a common
        lower-case phrase (:func:`_common_phrase`, ``cfg["max_frequency"]``), through
        :class:`~.spans.SpanWriter`: the entity joins ``doc._.entities`` and ``doc._.known``."""
        indices, scores = indices_scores
        scores = self.model.ops.to_numpy(scores)
        labels = self.labels
        negative = self._negative_label_i
        threshold = float(self.cfg["threshold"] or 0.5)
        linked = numpy.asarray([label in self.cfg.get("kinds", LABELS) for label in labels] + [False])
        max_frequency = int(self.cfg.get("max_frequency", MAX_FREQUENCY) or 0)
        frequencies = self._frequencies
        if max_frequency and frequencies is None:  # the gate turned on after loading, or trained here
            frequencies = self.load_frequencies(check=False)
        offset = 0
        for i, doc in enumerate(docs):
            count = int(indices.lengths[i])
            rows = scores[offset:offset + count]
            spans = self.model.ops.to_numpy(indices[i].dataXd)
            offset += count
            if not count:
                continue
            best = rows.argmax(axis=1)
            best_score = rows[numpy.arange(count), best]
            chosen = numpy.nonzero(linked[best] & (best != negative) & (best_score >= threshold))[0]
            if not len(chosen):
                continue
            writer = SpanWriter(doc, self.key, self.name)
            known = known_names(doc)
            linked_names = _linked_names(doc, self.key)
            for row in chosen[numpy.argsort(-best_score[chosen], kind="stable")]:
                start, end = int(spans[row, 0]), int(spans[row, 1])
                text = doc[start:end].text
                if (writer.free(start, end) and _name_shaped(doc[start:end])
                        and fold(text) not in linked_names
                        and not _common_phrase(text, max_frequency, frequencies)):
                    confidence = float(best_score[row])
                    entity = _entity(known, text, Kind(labels[best[row]]), confidence)
                    writer.add(start, end, entity, confidence=confidence, origin=Origin.DISCOVERED)

    def _reference_spans(self, eg: Example, key: str) -> list[Span]:
        """The reference spans under ``key``, on the predicted doc's tokens."""
        spans = eg.reference.spans.get(key, [])
        if len(eg.x) == len(eg.y) and numpy.array_equal(eg.x.to_array(ORTH), eg.y.to_array(ORTH)):
            return list(spans)  # the same tokens: no alignment needed
        return list(eg.get_aligned_spans_y2x(spans, allow_overlap=True))

    def _get_aligned_spans(self, eg: Example) -> list[Span]:
        return self._reference_spans(eg, self.key)

    def get_loss(self, examples: Iterable[Example],
                 spans_scores: tuple[Ragged, Floats2d]) -> tuple[float, Floats2d]:
        """Softmax cross-entropy gradient, as spaCy's, with the reference doc's ignored spans
        taken out and its negatives weighted by ``negative_weight`` times the doc's
        ``paperkg_negative_weight`` (silver docs)."""
        spans, scores = spans_scores
        scores = self.model.ops.to_numpy(scores)
        target = numpy.zeros(scores.shape, dtype="f")
        weights = numpy.ones(len(scores), dtype="f")
        label_map = self._label_map
        negative = self._negative_label_i
        negative_weight = float(self.cfg.get("negative_weight") or 1.0)
        offset = 0
        for i, eg in enumerate(examples):
            count = int(spans.lengths[i])
            rows = self.model.ops.to_numpy(spans[i].dataXd).tolist()
            gold = {(s.start, s.end): label_map[s.label_] for s in self._reference_spans(eg, self.key)}
            ignored = {(s.start, s.end) for s in self._reference_spans(eg, IGNORE_KEY)}
            weight = negative_weight * float(doc_value(eg.reference, "negative_weight") or 1.0)
            for j, (start, end) in enumerate(rows):
                label = gold.get((start, end))
                if label is not None:
                    target[offset + j, label] = 1.0
                else:
                    target[offset + j, negative] = 1.0
                    weights[offset + j] = 0.0 if (start, end) in ignored else weight
            offset += count
        d_scores = (scores - target) * weights[:, None]
        return float((d_scores ** 2).sum()), self.model.ops.asarray2f(d_scores)


@Language.factory(
    LEARNED,
    assigns=["doc.spans"],
    default_config={
        "spans_key": SPANS_KEY,
        "threshold": 0.9,
        "kinds": list(LABELS),
        "negative_weight": 0.2,
        "max_frequency": MAX_FREQUENCY,
        "weights": "shipped",
        "suggester": {"@misc": "paperkg.candidate_suggester.v1", "max_length": 8, "skip_key": SPANS_KEY},
        "model": {
            "@architectures": "paperkg.SpanContextClassifier.v1",
            "width": 16,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [20000, 2000, 5000, 2000],
            "hidden_width": 0,
            "window": 6,
            "dropout": 0.1,
            "cue_window": 4,
        },
        "scorer": {"@scorers": "spacy.spancat_scorer.v1"},
    },
    default_score_weights={"spans_sc_f": 1.0, "spans_sc_p": 0.0, "spans_sc_r": 0.0},
)
def make_learned_spans(nlp: Language, name: str, spans_key: str, threshold: float, kinds: list[str],
                       negative_weight: float, max_frequency: int, weights: str, suggester: Suggester,
                       model: Model, scorer: Callable | None) -> LearnedSpans:
    """The learned span classifier; ``weights``: "shipped" (:data:`MODEL_DIR`), a folder saved by
    ``to_disk``, or "" for an untrained component (training builds it so); ``kinds``: the labels
    it links (the model still tells all of :data:`LABELS` apart); ``max_frequency``: lower-case
    candidates held by at least this many corpus papers are not linked (:data:`MAX_FREQUENCY`;
    0: the gate is off and :data:`FREQUENCY_FILE` is not read)."""
    component = LearnedSpans(nlp.vocab, model=model, suggester=suggester, name=name, spans_key=spans_key,
                             negative_weight=negative_weight, allow_overlap=False, max_positive=1,
                             add_negative_label=True, threshold=threshold, scorer=scorer or spancat_score)
    component.cfg["max_frequency"] = int(max_frequency)
    if weights:
        component.from_disk(MODEL_DIR if weights == "shipped" else Path(weights), exclude=["vocab"])
    component.cfg["threshold"] = threshold
    component.cfg["kinds"] = list(kinds)
    if component.cfg.get("max_frequency") != int(max_frequency):  # a saved cfg held another setting
        component.cfg["max_frequency"] = int(max_frequency)
        component.load_frequencies()
    return component
