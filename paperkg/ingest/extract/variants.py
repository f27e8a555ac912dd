"""Released variants and families: the ``paperkg_variants`` component (:class:`VariantNames`).

"Qwen2-72B-Instruct", "ChocoLlama-2", "PaLM 540B", "Mistral 7B Instruct": a known model or
dataset name plus a variant tail is an entity of its own, linked to its family through
``broader``; a discovered sized name ("CodeFuse-13B") makes its family ("CodeFuse") known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from paperkg.ingest.extract.abbreviations import long_form_start
from paperkg.ingest.extract.discover import RuleComponent, field_span, field_text, vocab_component
from paperkg.ingest.extract.spans import (
    SPANS_KEY,
    Field,
    SpanWriter,
    doc_entities,
    doc_fields,
    doc_text,
    fold,
    known_names,
    span_value,
)
from paperkg.ingest.records import Entity, Kind, Origin, Role, slugify

__all__ = ["DEFAULT_VARIANT_WORDS", "VariantNames"]

#: Words that make a released variant of a known name ("-Instruct", " Chat", "-mini").
DEFAULT_VARIANT_WORDS = (
    "Instruct", "Chat", "Base", "IT", "it", "Turbo", "Plus", "Pro", "Mini", "mini", "Small", "Large", "XL",
    "XXL", "Medium", "Doctor", "Coder", "Math", "Vision", "V", "Bench", "bench", "Eval", "SFT", "DPO", "MoE",
    "RLHF", "Preview", "Lite", "Flash", "Ultra", "Nano", "Max", "Air", "Code", "chat", "instruct", "Opus",
    "Sonnet", "Haiku", "VL", "Omni", "Thinking", "Audio", "audio", "Verified",
    # releases written in lower case ("FLUX.1-dev", "gpt-5-nano", "SDXL-turbo", "mE5-large") and
    # named tiers ("FLUX.1 Kontext", "Grok 4 Heavy", "Qwen3-TTS", "Qwen3-Embedding")
    "dev", "schnell", "preview", "turbo", "nano", "lite", "large", "small", "base", "tiny", "pro", "flash",
    "max", "plus", "Kontext", "Heavy", "Guard", "TTS", "Embedding",
    # the size tiers of vision backbones ("SwinV2-Tiny", "YOLOv4-Tiny", "ViT-Huge", "ViT-Giant") and
    # reasoning releases ("Phi-4-reasoning", "Phi-4-mini-reasoning")
    "Tiny", "Huge", "Giant", "reasoning",
    # a reasoning model's distilled and RL-only releases ("DeepSeek-R1-Distill", "DeepSeek R1 Distilled",
    # "Table-R1-Zero")
    "Distill", "Distilled", "Zero",
)
#: Lower-case tier words that releases also write after a space ("GPT-5 mini", "GPT-4.1 nano"); other
#: lower-case words after a space are a phrase ("GPT-4 it", "Llama chat")
_SPACED_TIERS = frozenset({"mini", "nano"})
#: Modality words that, hyphen-joined after a model's name, make a released model of its maker's for
#: that modality ("Qwen-Image", "Qwen-Image-Edit", "LLaVA-Video", "Step1X-Edit"); after a space they are
#: a phrase ("the CLIP Image encoder"), after a dataset's name no release
_JOINED_TIERS = ("Image", "Video", "Edit")
#: Tier names that a maker's releases go by alone, with the family they belong to: "Opus 4.5", "Sonnet
#: 3.7", "haiku-4.5" are Claude's ("Claude Code, Opus 4.5", "Sonnet 4.5 and GPT-5")
_BARE_TIERS = {"opus": "Claude", "sonnet": "Claude", "haiku": "Claude"}
_BARE_VERSION = re.compile(r"[1-9](?:\.\d)?")
#: Tail words that after a dataset's name are its split, not a release ("SQuAD-dev").
_SPLITS = frozenset({"dev"})
_PART_SPLIT = re.compile(r"-|\s")
_THOUSANDS = re.compile(r"\d+(?:\.\d+)?k")  # a data set's size ("ImageNet-1k"), or a context length ("-4k")
_SUBSET = re.compile(r"^(?:[A-Z][a-z]{1,5}|[A-Z]{2,6}\d*)$")  # "-Seq", "-HGD", "-Hard", "-QA"
# architecture tails: after a dataset's name they make a network, not its subset ("USF-Net")
_NETWORK_TAIL = frozenset({"Net", "Former", "GAN"})
_DATASET_TAIL = re.compile(r"^(?:Bench|bench|Eval)$")
_PREFIX_PART = re.compile(r"^[a-zA-Z]{1,2}$")
_BRACKETED_SIZE = re.compile(r" \((\d+(?:\.\d+)?B)\)")  # " (72B)" after a model name
# " (84M)", " (5M parameters)", " (1.5B params," after a name: its parameter count
_PARAMETER_COUNT = re.compile(r" \((?:\d+(?:\.\d+)?[MBK])(?: param(?:eter)?s)?[),]")
# a name-shaped word with a capital in it: "PATH-B", "FooNet", "ESM-2", "DPAL-ViT/Ti", not "light-weight"
_COUNTED_NAME = re.compile(
    r"(?=[^A-Z]*[A-Z])(?=.*(?:\d|[-/]|[a-z][A-Z])|[A-Z]{2})[A-Za-z][\w./+-]*[A-Za-z0-9]")
_ACTIVE = r"(?:-A\d+(?:\.\d+)?B)?"  # a mixture of experts' active parameters: "Qwen3-30B-A3B"
_SIZED = re.compile(r"^(.+?)[- ]\d+(?:\.\d+)?[BMK]" + _ACTIVE + "$")
# the quick test before :func:`_sized_name`'s pattern; a size also follows a space ("FINER-SQL 4B")
# or, as local model servers tag it, a colon ("OpenHermesV2:7B")
_SIZE_TAIL = re.compile(r"[-: ]\d+(?:\.\d+)?B(?!\w)")
# the name before its size
_SIZED_BASE = re.compile(r"(.+?)([-: ])\d+(?:\.\d+)?B" + _ACTIVE + r"(?:[- ]\S+)*$")
# a base that a size after a space or colon may follow: a hyphen or a digit in it ("FINER-SQL",
# "OpenHermesV2"), not a plain word ("a MoE 7B model", "Llama 7B" is a variant of a known name) nor a
# participle ("our OWL-trained 32B model")
_LAST_SPACED_SIZE = re.compile(r"[: ]\d+(?:\.\d+)?B(?!.*\d+(?:\.\d+)?B)")
_SPACED_BASE = re.compile(r"(?=.*[-\d])(?!.*-[a-z]+$).*")
# a word after a sized name that makes it data: "the LAION-5B dataset"
# "YouTube-VOS 2018 & 2019", "AIME 2024 and 2025": more yearly editions of a dataset after its name
_MORE_YEARS = re.compile(r"((?:19|20)(?<=[ -]\d\d)\d\d)"
                         r"((?:(?:,\s*|\s*&\s*|\s+and\s+|,\s+and\s+|/)(?:19|20)\d\d(?![\w-]))+)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Llama2 7B and 13B", "Qwen2.5-VL 3B, 7B and 72B", "CogVideoX-2B and 5B": more sizes of a sized model
# after its name (group 1 the linked name's size, group 2 the sizes after it)
_SIZE = r"\d+(?:\.\d+)?B"
_MORE_SIZES = re.compile(r"(?<=[ -])(" + _SIZE + r")((?:(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|/)" + _SIZE
                         + r"(?![\w-]))+)")
_SIZE_NUMBER = re.compile(_SIZE)
# "ResNet-18/50/101", "ResNet-18, -34, and -50", "EfficientNet-B0, B1 and B4": more numbered tiers of a
# model after its name (group "first" the linked name's tier, group "more" the tiers after it); and
# "EfficientNet variants B0, B1, and B3": tiers named after the family and the word "variants"
_TIER = r"(?:\d{2,3}|[A-Z]\d)"
_TIER_JOIN = r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|/)"
# (the first tier, after a letter or a hyphen, is :data:`_TIER` with its first character tested
# first: a pattern that begins with a set of characters lets the search skip every other one, a
# look-behind first is tried at every character)
_MORE_TIERS = re.compile(r"(?P<first>[\dA-Z](?<=[A-Za-z-][\dA-Z])(?:(?<=\d)\d{1,2}|(?<=[A-Z])\d))(?P<more>(?:"
                         + _TIER_JOIN + r"-?" + _TIER
                         + r"(?![\w%-]|\.\d))+)")  # a full stop may end the list, a decimal point no tier
_VARIANT_TIERS = re.compile(r"(?<=[A-Za-z\d]) variants?\s+(?P<more>[A-Z]\d(?:" + _TIER_JOIN + r"[A-Z]\d)*)"
                            r"(?![\w%-]|\.\d)")
_TIER_NUMBER = re.compile(r"-?(" + _TIER + ")")
# "AIME24/25", "ISIC16/17/18", "PeMS03/04": more two-digit editions after a dataset's own
_MORE_NUMBERS = re.compile(r"(\d(?<=[A-Za-z' -]\d)\d)((?:/'?\d\d(?![\w.-]))+)")
_NUMBER = re.compile(r"\d\d")
# a size tier's patch size ("DiT-XL/2", "DINOv2-B/14", "ViT-Ti/16"): after a tier letter that follows a
# hyphen, not after a size ("Qwen 1.5B/3") or a version ("GPT-3.5/4"), which list more of them; before a
# space or a mark, not "+", "@" ("SiT-XL/2+IG", "ViT-L/14@336px": the tokenizer keeps "/14@336px" whole)
_PATCH = r"(?:(?:(?<=-[A-Z])|(?<=-[A-Z]{2})|(?<=-Ti))/\d+(?=[\s,;:)\]]|\.(?!\w)|$))?"
# a backbone's size tier at a model name's end, after a hyphen: "ViT-L/14", "ViT-L14", "EfficientNetV2-M"
_BACKBONE_TIER = re.compile(r"-(?:[A-Z]{1,2}|Ti|Tiny|Small|Base|Large|Huge|Giant)(?:[/-]?\d+)?$")
_SIZE_PART = re.compile(r"\d+(?:\.\d+)?[BM]")
_SIZED_END = re.compile(r"-\d+(?:\.\d+)?[BMK]?$")  # "ResNet-50", "Llama-3-8B": a sized or numbered model
_WORD_PART = re.compile(r"[a-z]{3,}")  # a release's lower-case word: "reasoning", "distilled"
# a model family's name with a version closed up after it: "YOLO11", "Qwen3.6", "Mamba3" (group 1 the
# family's name, group 2 the version; not a year, not before a letter or a decimal, "BERT4Rec", "GPT5.5x",
# nor inside a longer name, "YOLO11-CR", "BLIP3-o": a short lower-case part is the name's, not a word's)
_CLOSED_VERSION = re.compile(r"([A-Z](?<![\w.+/-][A-Z])[A-Za-z]+)(\d{1,3}(?:\.\d+)?)"
                             r"(?![\w+/=%]|[.-]?\d|-[A-Z]|-[a-z]{1,2}(?![a-z]))")
_DATA_NEXT = re.compile(r"\s+(?:dataset|data|corpus|benchmark|collection|split|subset)s?\b", re.IGNORECASE)


_NUMBER_GROUP = re.compile(r"\d+(?:\.\d+)?")
_INNER_SIZE = re.compile(r"(?<=\d)[bB](?=\d)")  # "BLOOM-1b7": the size 1.7B written with its unit inside


def _numbers(name: str) -> list[str]:
    """The numbers of ``name`` in order: "LLaVA-v1.5-7B" and "LLaVA-1.5-7B" both have 1.5 and 7,
    "BLOOM-1b7" and "BLOOM-1.7B" 1.7; "LLaMA-3-3B" (3 and 3) is no "LLaMA 33B" (33), though the two
    fold alike.

    >>> _numbers("LLaMA-3-3B"), _numbers("LLaMA 33B"), _numbers("BLOOM-1b7")
    (['3', '3'], ['33'], ['1.7'])
    """
    return _NUMBER_GROUP.findall(_INNER_SIZE.sub(".", name))


def _bare_tier_end(parts: Sequence[str], seps: Sequence[str], lower_id: bool) -> bool:
    """Whether a compound's parts end in a tier name of :data:`_BARE_TIERS` and a version, alone or
    after plain words ("compare Sonnet 3.5": the compound's pattern takes the word before a tier),
    capitalised or in a lower-case id ("sonnet-4.6"); not after a name ("Claude Opus 4.5").

    >>> _bare_tier_end(["compare", "Sonnet", "3.5"], [" ", " "], False)
    True
    >>> _bare_tier_end(["Claude", "Opus", "4.5"], [" ", " "], False)
    False
    >>> _bare_tier_end(["Sonnet", "18"], [" "], False)
    False
    """
    return len(parts) >= 2 and parts[-2].lower() in _BARE_TIERS \
        and _BARE_VERSION.fullmatch(parts[-1]) is not None and (parts[-2][:1].isupper() or lower_id) \
        and all(p[:1].islower() for p in parts[:-2]) and (len(parts) == 2 or seps[-2] == " ")


def _worded_size(tail: Sequence[str], seps: Sequence[str]) -> bool:
    """Whether a hyphened tail is words and a parameter count ("-reasoning-vision-15B",
    "-distilled-600M", "-video-7B"): a release's own words before its size."""
    return (len(tail) >= 2 and all(sep == "-" for sep in seps) and _SIZE_PART.fullmatch(tail[-1]) is not None
            and any(_WORD_PART.fullmatch(p) for p in tail[:-1]) and all(p[:1].isalpha() for p in tail[:-1]))


def _variant_part(words: Iterable[str]) -> re.Pattern[str]:
    """One part of a variant tail: a size ("7B", a dataset's "21k"), a version ("v2", "4.7"), a tier
    word, a letter ("-L", "-B3")."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(r"^(?:\d+(?:\.\d+)?[BMKTkb]|v?\d+(?:\.\d+)*|\d+(?:\.\d+)?[BMK]-\d+(?:\.\d+)?[BMK]"
                      r"|[A-Z]\d{0,2}|"
                      r"A\d+(?:\.\d+)?B|(?:[A-Z]{1,2}|Ti)/\d+|"
                      + alternatives + r")$")


def _sized_name(words: Iterable[str]) -> re.Pattern[str]:
    """A name with a parameter-count suffix in billions: "SR-MCR-7B", "CodeFuse-13B" (a capital
    first, a hyphen before the size; "-1M", "-13M" name data sets as often: "FaceInstruct-1M"),
    with the capitalised tier words after it ("JoyAI-LLM-48B-A3B Base", "JT-35B-Base")."""
    alternatives = "|".join(sorted((re.escape(w) for w in words if w[:1].isupper()), key=len, reverse=True))
    return re.compile(r"(?<![\w./+:-])[A-Z][\w.+]*(?:-[\w.+]+)*?(?:-|:| )\d+(?:\.\d+)?B" + _ACTIVE
                      + r"(?:[- ](?:" + alternatives + r")(?![\w-]))*(?![\w-])")


def _compound(words: Iterable[str]) -> re.Pattern[str]:
    """A name with hyphenated parts, or space-separated parts that are sizes, versions or tier
    words ("Qwen2-72B-Instruct", "PaLM 540B", "Claude Opus 4.7", "Gemini 3 Pro", "RoMa v2")."""
    capitalised = [w for w in words if w[:1].isupper() or w in _SPACED_TIERS]  # "GPT-4 it": no variant
    alternatives = "|".join(sorted(map(re.escape, capitalised), key=len, reverse=True))
    # the first character's test before the alternatives: most words after a space are neither
    first = "".join(sorted({re.escape(w[0]) for w in capitalised}))
    # a space before a size, a version ("RoMa v2") or a tier word
    # ("DeepSeek R1 Distilled": a letter and a digit is a release's version too); not before a score: a
    # percentage, a number of three decimals, a decimal after a name that ends in a number ("Claude 9.5%",
    # "DeepSeek-R1 49.8 percent", "Qwen 0.907", "Llama 3 88.6%", "GPT-4 1.0.", "WikiText-2 5.47 to")
    space = (r"\s(?=[\dvVR" + first + r"])(?![\d.]+\s?(?:%|percent\b)|\d*\.\d{3}|(?<=\d\s)\d+\.\d+(?![\w-]))"
             r"(?=(?:\d+(?:\.\d+)*[BMK]?|[vV]\d+(?:\.\d+)*|R\d|" + alternatives
             + r")(?![\w-])(?!\s+batch))")  # "GPT-2 mini batches of size 32": the batch, no tier
    # "\w*+", "\w++": possessive, as what follows a run of word characters is never one (a run
    # given back cannot match), so a plain word is given up at once
    part = r"\w++(?:\.\w+)*" + _PATCH  # no full stop at the end: "GPT-5.2." ends a sentence
    # The name (group 1) starts with a letter after a character that is no word character, "."
    # or "-": matching that character, rather than a look-behind at every letter, lets the
    # search skip to the next one (a third faster); :func:`_compounds` puts a space before the text.
    return re.compile(r"[^\w.-]([A-Za-z]\w*+(?:\.\w+)*(?:(?:-|" + space + r")" + part + r")+(?![\w-]))")


def _compounds(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, surface) of each :func:`_compound` name in ``text``, in text order.

    >>> list(_compounds(_compound(DEFAULT_VARIANT_WORDS), "Qwen2-72B-Instruct beats PaLM 540B."))
    [(0, 18, 'Qwen2-72B-Instruct'), (25, 34, 'PaLM 540B')]
    """
    # the space stands for the start of the text: offsets in it are one more than in ``text``
    for match in pattern.finditer(" " + text):
        start, end = match.span(1)
        yield start - 1, end - 1, match.group(1)


def _kinds_ending_in(writer: SpanWriter, field: Field) -> frozenset[str]:
    """The labels of the spans that end inside ``field``: the names the ``_more_*`` passes may extend
    (each needs a linked name of its kind ending where its match starts, inside the field)."""
    start, end = field.start, field.end
    return frozenset(sp.label_ for sp in writer.spans() if start < sp.end_char <= end)


def _spelled(base: str, entity: Entity) -> bool:
    """Whether ``base`` writes ``entity``'s name: a plain capitalised word ("Multiple", "Swin") only
    as one of its names, in any case but with its own separators (not MultiPL-E folded); other
    spellings as folded ("LLaMA-2", "llama", "Qwen2").

    >>> _spelled("Multiple", Entity(id="d/m", label="MultiPL-E", kind=Kind.DATASET))
    False
    >>> _spelled("LLaMA", Entity(id="m/l", label="Llama", kind=Kind.MODEL))
    True
    >>> _spelled("Swin", Entity(id="m/s", label="Swin Transformer", kind=Kind.MODEL, aliases=("swin",)))
    True
    """
    if not (base[:1].isupper() and base[1:].isalpha() and base[1:].islower()):
        return True
    key = base.casefold()
    return any(name.casefold() == key for name in (entity.label, *entity.aliases))


class VariantNames(RuleComponent):
    """Variants of known model and dataset names, and the families of discovered sized names."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 generic_names: Iterable[str] | None = None,
                 kind_words: Mapping[str, Sequence[str]] | None = None,
                 variant_words: Iterable[str] = DEFAULT_VARIANT_WORDS) -> None:
        super().__init__(nlp, name, spans_key=spans_key, generic_names=generic_names, kind_words=kind_words)
        self.variant_part = _variant_part(variant_words)
        self.model_part = _variant_part((*variant_words, *_JOINED_TIERS))  # after a model's name only
        self.compound = _compound(variant_words)
        self.sized_name = _sized_name(variant_words)
        self._index: dict[str, str] | None = None
        self._index_kind: dict[str, Kind] = {}
        #: the model families named in exact case only ("GPT", "Claude"), by their name in lower case
        self._lower_models: dict[str, str] = {}
        #: the ids of the vocabulary's model families (models that other models are members of)
        self._model_families: frozenset[str] = frozenset()
        #: the vocabulary's entities of the index's ids, read with it (no lookup of the vocabulary per use)
        self._index_entities: dict[str, Entity] = {}

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        self._families(doc)
        for field in doc_fields(doc):
            text = field_text(doc, field)
            self._variants(doc, writer, field, text)
            self._closed_versions(doc, writer, field, text)
            if "B)" in text:
                self._bracketed_sizes(doc, writer, field, text)
            if " (" in text:
                self._counted_names(doc, writer, field, text)
            if "B" in text and _SIZE_TAIL.search(text):
                self._sized_names(doc, writer, field, text)
            # each pass below extends a name linked in this field (an edition after a dataset's, more
            # sizes or tiers after a model's): a field that ends no span of that kind has nothing for
            # them, and their scans are skipped (what they add is of that kind: the test holds after them)
            kinds = _kinds_ending_in(writer, field)
            if Kind.DATASET.value in kinds and ("20" in text or "19" in text or "/" in text):
                self._more_editions(doc, writer, field, text)
            if Kind.MODEL.value not in kinds:
                continue
            if "B and " in text or "B, " in text or "B or " in text or "B/" in text:
                self._more_sizes(doc, writer, field, text)
            if "/" in text or ", " in text or " and " in text or " variant" in text:
                self._more_tiers(doc, writer, field, text)
        self._joined_models(doc, writer)

    def _joined_models(self, doc: Doc, writer: SpanWriter) -> None:
        """Two models written as one name, after a space or a hyphen: a family before its member
        ("GPT-o3", "GPT o4-mini") is the member as written; a model before a backbone's size tier
        ("CLIP ViT-L/14", "DINOv3 ViT-L/16", "SpeciesNet EfficientNetV2-M") is its released variant
        of that size, in the first one's family."""
        models = {sp.start_char: sp for sp in writer.spans() if sp.label_ == Kind.MODEL.value}
        if len(models) < 2:
            return
        text = doc_text(doc)
        joins: list[tuple[int, int, Entity, float, str]] = []
        used: set[int] = set()  # a name joins once: "ResNet-50 ViT-B/16 Swin-T" is no chain of pairs
        for first in list(models.values()):
            second = models.get(first.end_char + 1)
            separator = text[first.end_char:first.end_char + 1]
            if (second is None or separator not in (" ", "-") or second.start - first.end > 1
                    or first.start_char in used or second.start_char in used):
                continue
            entity = self.entity_of(doc, second)
            if entity is None or entity.id == first.id_:
                continue
            surface = text[first.start_char:second.end_char]
            if entity.broader != first.id_:
                # a backbone after a model that is itself sized or tiered is the next of a list of backbones
                if (not _BACKBONE_TIER.search(second.text) or _BACKBONE_TIER.search(first.text)
                        or _SIZED_END.search(first.text) or self.entity_of(doc, first) is None):
                    continue
                entity = self._spelling_of(surface, Kind.MODEL) or Entity(
                    id=f"model/{slugify(surface)}", label=surface, kind=Kind.MODEL, origin=Origin.DISCOVERED,
                    broader=first.id_, confidence=0.8)
            used.update((first.start_char, second.start_char))
            confidence = min(span_value(second, "confidence"), 0.9)
            joins.append((first.start, second.end, entity, confidence, surface))
        if not joins:
            return
        # one pass over the spans for all the joins (a drop per join is quadratic in a long list)
        writer.drop(lambda sp: any(start <= sp.start and sp.end <= end for start, end, *_ in joins))
        for start, end, entity, confidence, surface in joins:
            writer.add(start, end, entity, confidence=confidence, role=Role.MENTIONS)
            known_names(doc).setdefault(surface, entity)

    def _sized_names(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"SR-MCR-7B", "CodeFuse-13B", "JT-35B-Base": a name-shaped word with a parameter-count suffix in
        billions ("-7B", "-1.6B") is a model, even when neither it nor its family is known (a known family is
        handled as a variant). After a versioned model and a space, a sized word is that model's release:
        "Llama 4 Scout-17B", "Wan-2.2 TI2V-5B" (one model, in the family of the first)."""
        for match in self.sized_name.finditer(text):
            surface = match.group(0)
            base, separator = _SIZED_BASE.match(surface).groups()
            release = self._versioned_before(writer, field, text, match.start()) if separator == "-" else None
            if release is None and (not _COUNTED_NAME.fullmatch(base) or self.rules.generic_name(base)):
                continue
            spaced = _LAST_SPACED_SIZE.search(surface)  # "Qwen3-4B-Instruct-2507-based 4B": its last size
            if (separator != "-" or spaced) and not _SPACED_BASE.fullmatch(surface[:spaced.start()] if spaced
                                                                            else base):
                continue
            if _DATA_NEXT.match(text, match.end()):
                continue
            start = match.start() if release is None else release.start_char - field.start
            span = field_span(doc, field, start, match.end())
            if span is None:
                continue
            if any(sp.start < span.end and span.start < sp.end for sp in writer.spans() if sp != release):
                continue  # linked, or part of a name already
            if release is not None:
                surface = text[start:match.end()]
                writer.drop(lambda sp, release=release: sp == release)
            known = known_names(doc)
            # "Qwen2.5:32B" is the vocabulary's Qwen2.5-32B
            entity = known.get(surface) or self._spelling_of(surface, Kind.MODEL) or Entity(
                id=f"model/{slugify(surface)}", label=surface, kind=Kind.MODEL, origin=Origin.DISCOVERED,
                broader=release.id_ if release is not None else None, confidence=0.8)
            if entity.kind is not Kind.MODEL:
                continue
            writer.add(span.start, span.end, entity, confidence=entity.confidence, role=Role.MENTIONS)
            known[surface] = entity

    def _versioned_before(self, writer: SpanWriter, field: Field, text: str, at: int) -> Span | None:
        """The model linked just before ``at`` and a space whose name ends in a version ("Llama 4",
        "Wan-2.2"), if any."""
        if at < 2 or text[at - 1] != " " or not text[at - 2].isdigit():
            return None
        end = field.start + at - 1
        model = Kind.MODEL.value
        return next((sp for sp in writer.spans() if sp.end_char == end and sp.label_ == model), None)

    def _more_editions(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"YouTube-VOS 2018 & 2019", "AIME 2024 and 2025", "AIME24/25", "ISIC16/17/18": a dataset
        linked with a year or a two-digit number ("YouTube-VOS 2018", "AIME24") and more of them
        after it names those editions too ("YouTube-VOS 2019", "AIME25"): the vocabulary's, else a
        discovered one in the same family."""
        for pattern, numbers, needs in ((_MORE_YEARS, _YEAR, ("19", "20")), (_MORE_NUMBERS, _NUMBER, ("/",))):
            if not any(part in text for part in needs):
                continue  # (each match holds one of them: the search over the text is skipped)
            for match in pattern.finditer(text):
                end, first = field.start + match.end(1), field.start + match.start(1)
                base = next((sp for sp in writer.spans() if sp.end_char == end and sp.start_char < first
                             and sp.label_ == Kind.DATASET.value), None)
                if base is None:
                    continue
                stem = base.text[:len(base.text) - len(match.group(1))]
                if pattern is _MORE_YEARS:
                    stem = stem.rstrip(" -") + " "  # "YouTube-VOS 2019"; "AIME25" as "AIME24" is written
                for number in numbers.finditer(match.group(2)):
                    at = match.start(2) + number.start()
                    span = field_span(doc, field, at, at + len(number.group(0)))
                    if span is None or any(sp.start < span.end and span.start < sp.end
                                           for sp in writer.spans()):
                        continue
                    entity = self._sibling(doc, base, stem + number.group(0), Kind.DATASET)
                    writer.add(span.start, span.end, entity, confidence=0.8, role=Role.MENTIONS)

    def _more_sizes(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"Llama2 7B and 13B", "Qwen2.5-VL 3B, 7B and 72B": a model linked with its size and more
        sizes after it names those sized variants too ("Llama 2 13B"): the vocabulary's, else a
        discovered one in the same family."""
        for match in _MORE_SIZES.finditer(text):
            end, first = field.start + match.end(1), field.start + match.start(1)
            base = next((sp for sp in writer.spans() if sp.end_char == end and sp.start_char < first
                         and sp.label_ == Kind.MODEL.value), None)
            if base is None:
                continue
            stem = base.text[:len(base.text) - len(match.group(1))]
            for number in _SIZE_NUMBER.finditer(match.group(2)):
                at = match.start(2) + number.start()
                span = field_span(doc, field, at, at + len(number.group(0)))
                if span is None or not writer.free(span.start, span.end):
                    continue
                entity = self._sibling(doc, base, stem + number.group(0), Kind.MODEL)
                writer.add(span.start, span.end, entity, confidence=0.8, role=Role.MENTIONS)

    def _more_tiers(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"ResNet-18/50/101", "EfficientNet-B0, B1 and B4", "EfficientNet variants B0, B1, and B3": a model
        linked with a numbered tier (or a family named before "variants") and bare tiers after it names
        those tiers' released variants ("ResNet-50", "EfficientNet-B1"): the vocabulary's, else (a letter's
        tier, not a bare number: "ResNet-50 and 20 epochs") a discovered one in the family (ANNOTATION:
        distinct released variants are distinct entities)."""
        model = Kind.MODEL.value
        for pattern in (_MORE_TIERS, _VARIANT_TIERS):
            if pattern is _VARIANT_TIERS and " variant" not in text:
                continue  # (each match holds it: the search over the text is skipped)
            for match in pattern.finditer(text):
                end = field.start + (match.end("first") if pattern is _MORE_TIERS else match.start())
                base = next((sp for sp in writer.spans() if sp.end_char == end and sp.label_ == model), None)
                if base is None:
                    continue
                if pattern is _MORE_TIERS:
                    stem = base.text[:len(base.text) - len(match.group("first"))]
                    if not stem[-1:].isalpha() and stem[-1:] != "-":
                        continue  # "GPT-4.50": no tier of its own
                else:
                    stem = base.text + "-"
                for number in _TIER_NUMBER.finditer(match.group("more")):
                    label = stem + number.group(1)
                    eid = self._fold_index().get(fold(label))
                    if eid is not None and self._index_kind.get(eid) is Kind.MODEL:
                        entity = self._index_entities[eid]
                    elif number.group(1)[0].isdigit() or eid is not None:
                        continue  # a bare number may count anything ("ResNet-50 and 20 epochs")
                    elif pattern is _VARIANT_TIERS:
                        entity = Entity(id=f"model/{slugify(label)}", label=label, kind=Kind.MODEL,
                                        origin=Origin.DISCOVERED, broader=base.id_, confidence=0.8)
                    else:
                        entity = self._sibling(doc, base, label, Kind.MODEL)
                    at = match.start("more") + number.start()
                    span = field_span(doc, field, at, match.start("more") + number.end())
                    if span is None:
                        span = field_span(doc, field, at + number.start(1) - number.start(),
                                          match.start("more") + number.end())
                    if span is None or any(sp.start < span.end and span.start < sp.end
                                           for sp in writer.spans()):
                        continue
                    writer.add(span.start, span.end, entity, confidence=0.8, role=Role.MENTIONS)

    def _sibling(self, doc: Doc, base: Span, label: str, kind: Kind) -> Entity:
        """The ``kind`` entity ``label`` beside the one linked at ``base``: the sized model "Llama2 13B"
        after "Llama2 7B", the dataset edition "AIME 2025" after "AIME 2024"; the vocabulary's, else a
        discovered one in the family of ``base``'s entity."""
        eid = self._fold_index().get(fold(label))
        if eid is not None and self._index_kind.get(eid) is kind:
            return self._index_entities[eid]
        family = doc_entities(doc).get(base.id_)
        vocabulary = self.vocabulary()
        if family is None and vocabulary is not None and base.id_ in vocabulary:
            family = vocabulary.entity(base.id_)
        broader = family.broader if family is not None else None
        return Entity(id=f"{kind.value}/{slugify(label)}", label=label, kind=kind,
                      origin=Origin.DISCOVERED, broader=broader, confidence=0.8)

    def _bracketed_sizes(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"Qwen2.5-VL (72B)": a model name and a size in brackets are the released variant the
        vocabulary knows ("Qwen2.5-VL-72B"); a size it does not know ("PATH-B (84M)") is only a count."""
        for match in _BRACKETED_SIZE.finditer(text):
            span = field_span(doc, field, match.start() + 1, match.end())
            if span is None:
                continue
            base = next((sp for sp in writer.spans() if sp.end == span.start and sp.label_ == "model"), None)
            index = self._fold_index()
            eid = index.get(fold(base.text + match.group(1))) if base is not None else None
            if eid is None or eid == base.id_ or self._index_kind.get(eid) is not Kind.MODEL:
                continue
            start = base.start
            writer.drop(lambda sp, start=start: sp.start == start and sp.end == span.start)
            entity = self._index_entities[eid]
            writer.add(start, span.end, entity, confidence=0.9, role=Role.MENTIONS)

    def _counted_names(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"PATH-B (84M)", "Sapiens-L (307M)", "DPAL-ViT/Ti (5M parameters)": a name followed by a
        parameter count in brackets is a model (a name-shaped word: an inner capital, a digit or a
        hyphen, not after a capitalised word or a number, which would make it a name's last part)."""
        for match in _PARAMETER_COUNT.finditer(text):
            start = text.rfind(" ", 0, match.start()) + 1
            while start < match.start() and text[start] in "(\"'":
                start += 1
            surface = text[start:match.start()]
            if not _COUNTED_NAME.fullmatch(surface) or self.rules.generic_name(surface):
                continue
            previous = text[:start].rstrip().rpartition(" ")[2]
            if previous[:1].isupper() or previous[:1].isdigit():
                continue  # "Gemini 2.5 Flash (2.5B)", "BERT Large (335M)"
            span = field_span(doc, field, start, match.start())
            if span is None:
                continue
            spans = list(writer.spans())
            if any(sp.start == span.start and sp.end == span.end for sp in spans):
                continue  # linked as a whole already
            inside = {(sp.start, sp.end) for sp in spans if span.start <= sp.start and sp.end <= span.end}
            if any(sp.start < span.end and span.start < sp.end for sp in spans
                   if (sp.start, sp.end) not in inside):
                continue
            if inside:  # "DPAL-ViT/Ti" is more specific than "ViT" inside it
                writer.drop(lambda sp, inside=inside: (sp.start, sp.end) in inside)
            known = known_names(doc)
            entity = known.get(surface) or Entity(id=f"model/{slugify(surface)}", label=surface,
                                                  kind=Kind.MODEL, origin=Origin.DISCOVERED, confidence=0.8)
            writer.add(span.start, span.end, entity, confidence=entity.confidence, role=Role.MENTIONS)
            known[surface] = entity

    def _bare_tier(self, doc: Doc, writer: SpanWriter, field: Field, found: tuple[int, int, str], tier: str,
                   version: str) -> None:
        """"Opus 4.5", "Sonnet 3.7", "haiku-4.5": a tier name and a version without the family's name
        are the family's release (:data:`_BARE_TIERS`): the vocabulary's ("Claude 3.7 Sonnet"), else
        one discovered under the family's name in full ("Claude Opus 4.5"), the entity that "Claude
        Opus 4.5" written out links."""
        family = _BARE_TIERS[tier.lower()]
        entity = self._spelling_of(f"{family} {tier} {version}", Kind.MODEL) or self._spelling_of(
            f"{family} {version} {tier}", Kind.MODEL)
        if entity is None:
            base = self._base_entity({}, family)
            if base is None:
                return
            label = f"{family} {tier} {version}"
            entity = Entity(id=f"model/{slugify(label)}", label=label, kind=Kind.MODEL,
                            origin=Origin.DISCOVERED, broader=base[0], confidence=0.8)
        span = field_span(doc, field, found[0], found[1])
        if span is None or not writer.free(span.start, span.end):
            return
        writer.add(span.start, span.end, entity, confidence=entity.confidence, role=Role.MENTIONS)
        known_names(doc).setdefault(found[2], entity)

    def _closed_versions(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"YOLO11", "Qwen3.6", "Mamba3-style": a known model family's name with a version closed up
        after it that the vocabulary does not know is a released version in that family (written
        apart, "Mamba-3" is a variant already); the family's name as one of its names ("Mamba", the
        exact-case "GPT"), and a family that has members, so a word and a number is none."""
        for match in _CLOSED_VERSION.finditer(text):
            family = self._closed_family(match)
            if family is None:
                continue
            span = field_span(doc, field, match.start(), match.end())
            if span is None or not writer.free(span.start, span.end):
                continue
            known = known_names(doc)
            surface = match.group(0)
            entity = known.get(surface) or Entity(id=f"model/{slugify(surface)}", label=surface,
                                                  kind=Kind.MODEL, origin=Origin.DISCOVERED, broader=family,
                                                  confidence=0.8)
            writer.add(span.start, span.end, entity, confidence=entity.confidence, role=Role.MENTIONS)
            known[surface] = entity

    def _closed_family(self, match: re.Match[str] | None) -> str | None:
        """The id of the model family whose name a :data:`_CLOSED_VERSION` match writes with a version
        the vocabulary does not know ("Qwen3.6": Qwen), if any."""
        if match is None:
            return None
        name = match.group(1)
        found = self._base_entity({}, name)
        index = self._fold_index()
        if found is None or found[0] not in self._model_families \
                or not self._spelled_here({}, name, found[0]) \
                or fold(match.group(0)) in index or fold(f"{name}v{match.group(2)}") in index:
            return None  # ("YOLO11" is the vocabulary's YOLOv11)
        return found[0]

    def _fold_index(self) -> dict[str, str]:
        """Folded surface -> id of the vocabulary's models and datasets (built on first use)."""
        if self._index is None:
            self._index = {}
            matcher = vocab_component(self.nlp)
            if matcher is not None:
                vocabulary = matcher.vocabulary
                self._index = {k: v for k, v in matcher.fold_index.items()
                               if vocabulary.entity(v).kind in (Kind.MODEL, Kind.DATASET)}
                self._index_entities = {v: vocabulary.entity(v) for v in self._index.values()}
                self._index_kind = {v: entity.kind for v, entity in self._index_entities.items()}
                self._model_families = frozenset(
                    broader for entry in vocabulary if (broader := entry.entity.broader)
                    and broader in self._index_kind and self._index_kind[broader] is Kind.MODEL)
                self._lower_models = {k[1:].lower(): v for k, v in self._index.items()
                                      if k[:1] == "=" and v in self._model_families}
        return self._index

    def _base_entity(self, here: dict[str, Entity], base: str,
                     model_id: bool = False) -> tuple[str, Kind] | None:
        """The id and kind of a known model or dataset name (found ``here`` in this paper, folded,
        or in the vocabulary); in a lower-case ``model_id`` ("gpt-5.1", "claude-3-opus"), a model
        named in exact case only is its name in lower case too."""
        key = fold(base)
        entity = here.get(key)
        if entity is not None:
            return entity.id, entity.kind
        index = self._fold_index()
        eid = index.get(key) or index.get("=" + base) or (self._lower_models.get(base) if model_id else None)
        return (eid, self._index_kind[eid]) if eid else None

    def _spelled_here(self, here: dict[str, Entity], base: str, eid: str) -> bool:
        """Whether ``base`` is a spelling of ``eid`` (found in this paper, or :func:`_spelled`)."""
        if fold(base) in here:
            return True
        vocabulary = self.vocabulary()
        return vocabulary is None or eid not in vocabulary or _spelled(base, vocabulary.entity(eid))

    def _named_dataset(self, here: dict[str, Entity], base: str, eid: str) -> bool:
        """Whether ``base`` writes the dataset ``eid`` in its own case and is no umbrella: "CRC" of
        "CRC-HGD", not "Multiple" (MultiPL-E folded) of "Multiple-Medium" or the generic "UAV" of
        "UAV-Label"."""
        named = here.get(fold(base))
        if named is not None:
            return not named.generic  # named in this paper
        vocabulary = self.vocabulary()
        entity = vocabulary.entity(eid) if vocabulary is not None and eid in vocabulary else None
        if entity is None or entity.generic:
            return False
        return _spelled(base, entity)

    def _spelling_of(self, surface: str, kind: Kind) -> Entity | None:
        """The vocabulary's ``kind`` name that ``surface`` spells with other separators:
        "Qwen2.5VL 3B" is Qwen2.5-VL-3B, "llama-2-7b-chat" Llama 2 7B Chat (one entity for one name,
        not a discovered twin); not when an alias holds other numbers than the entity's label, as
        a family's alias may name a member ("DeepSeekMath 7B", "ImageNet-1K" are DeepSeekMath's and
        ImageNet's): the variant is an entity of its own; nor when the numbers split otherwise
        ("LLaMA-3-3B" folds as LLaMA 33B does)."""
        eid = self._fold_index().get(fold(surface))
        if eid is None or self._index_kind.get(eid) is not kind:
            return None
        entity = self._index_entities[eid]
        return entity if _numbers(entity.label) == _numbers(surface) else None

    def _relabelled(self, base: str, base_id: str, surface: str, kind: Kind) -> Entity | None:
        """The vocabulary's variant that ``surface`` names with its base of several words written out:
        "Generative Pre-trained Transformer 4" is GPT-4 (the base entity's label and the same tail;
        not for a one-word base, whose label may drop its version: "SD3.5 Medium" is no SD 3's)."""
        vocabulary = self.vocabulary()
        if (" " not in base or not surface.startswith(base) or vocabulary is None
                or base_id not in vocabulary):
            return None
        return self._spelling_of(vocabulary.entity(base_id).label + surface[len(base):], kind)

    def _defined_elsewhere(self, text: str, found: tuple[int, int, str], base_id: str) -> bool:
        """Whether the compound is a short form the paper defines, in brackets after its long form,
        and that long form does not write the known name's own words: "General Fourier Feature
        Physics-Informed Extreme Learning Machine (GFF-PIELM)" is a method of its own, not a variant
        of the dataset GFF ("Massive Multitask Language Understanding-Pro (MMLU-Pro)" is MMLU's,
        "Modality-aware CLIP (MA-CLIP)" CLIP's)."""
        start, end, surface = found
        if start == 0 or text[start - 1] != "(" or text[end:end + 1] not in (")", ","):
            return False
        long_start = long_form_start(text, start - 1, surface)
        if long_start is None:
            return False
        vocabulary = self.vocabulary()
        entity = vocabulary.entity(base_id) if vocabulary is not None and base_id in vocabulary else None
        long_form = fold(text[long_start:start - 1])
        names = (entity.label, *entity.aliases) if entity is not None else ()
        return not any(len(fold(name)) >= 3 and fold(name) in long_form for name in names)

    def _variant_at(self, doc: Doc, writer: SpanWriter, field: Field, found: tuple[int, int, str],
                    base_id: str, base_kind: Kind, kind: Kind, base: str = "") -> bool:
        start, end, surface = found
        span = field_span(doc, field, start, end)
        if span is None:
            return False
        if self._defined_elsewhere(field_text(doc, field), found, base_id):
            # the known name inside ("GFF" of "GFF-PIELM") is the paper's own short form's part
            writer.drop(lambda sp: span.start <= sp.start and sp.end <= span.end and sp.id_ == base_id)
            return False
        spans = list(writer.spans())
        if any(sp.start == span.start and sp.end == span.end for sp in spans):
            return True  # already linked as a whole (vocabulary variant, introduced name)
        # The variant is more specific than a span inside it: it replaces that span.
        inside = {(sp.start, sp.end) for sp in spans if span.start <= sp.start and sp.end <= span.end}
        if any(sp.start < span.end and span.start < sp.end for sp in spans
               if (sp.start, sp.end) not in inside):
            return False
        if inside:
            writer.drop(lambda sp: (sp.start, sp.end) in inside)
        known = known_names(doc)
        entity = known.get(surface) or self._spelling_of(surface, kind) or self._relabelled(
            base, base_id, surface, kind) or Entity(
            id=f"{kind.value}/{slugify(surface)}", label=surface, kind=kind, origin=Origin.DISCOVERED,
            broader=base_id if kind == base_kind else None, confidence=0.8)
        writer.add(span.start, span.end, entity, confidence=entity.confidence, role=Role.MENTIONS)
        known[surface] = entity
        return True

    def _widened(self, doc: Doc, writer: SpanWriter, found: tuple[int, int, str], ends: Mapping[int, Span],
                 field: Field, text: str) -> tuple[int, int, str]:
        """The compound ``found`` from the start of the linked name of several words that its first
        word ends: "DINO 1.5" is "Grounding DINO 1.5", "Diffusion v2.1" "Stable Diffusion v2.1" (the
        compound's pattern starts at one word). When that word alone writes the name's entity, the
        words before it are a maker's ("Anthropic Claude" of "Claude Sonnet 4.6"): the name is
        linked at that word instead, and the compound stays as found."""
        start, end, surface = found
        first = _PART_SPLIT.split(surface, 1)[0]
        name = ends.get(field.start + start + len(first))
        if name is None or name.start_char >= field.start + start or name.start_char < field.start:
            return found
        entity = self.entity_of(doc, name)
        if entity is not None and fold(first) in {fold(n) for n in (entity.label, *entity.aliases)}:
            word = field_span(doc, field, start, start + len(first))
            if word is not None:
                writer.drop(lambda sp: sp == name)
                writer.add(word.start, word.end, entity, confidence=name._.confidence, role=Role.MENTIONS)
            return found
        start = name.start_char - field.start
        return start, end, text[start:end]

    def _variants(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        here: dict[str, Entity] = {}  # names found in this paper so far, folded
        for surface, entity in known_names(doc).items():
            if entity.kind in (Kind.MODEL, Kind.DATASET):
                here.setdefault(fold(surface), entity)
        # the linked names of more than one word, by end: "Grounding DINO" of "Grounding DINO 1.5"
        # (each span's text read from the doc's: ``Span.text`` makes a ``Token`` for each of its tokens)
        whole, kinds = doc_text(doc), (Kind.MODEL.value, Kind.DATASET.value)
        ends = {sp.end_char: sp for sp in writer.spans()
                if sp.label_ in kinds and " " in whole[sp.start_char:sp.end_char]}
        for compound in _compounds(self.compound, text):
            surface = compound[2]
            if surface.islower() and not any(map(str.isdigit, surface)):
                continue  # "state-of-the-art": no name in it
            if ends:
                compound = self._widened(doc, writer, compound, ends, field, text)
                surface = compound[2]
            parts = _PART_SPLIT.split(surface)
            seps = _PART_SPLIT.findall(surface)
            lower_id = surface.islower() and " " not in surface  # "gpt-5.1", "qwen3.5-9b" (a digit in it)
            if _bare_tier_end(parts, seps, lower_id):  # "Opus 4.5" ("Claude Opus 4.5" is below)
                at = compound[1] - len(parts[-2]) - len(parts[-1]) - 1
                self._bare_tier(doc, writer, field, (at, compound[1], text[at:compound[1]]),
                                parts[-2].capitalize(), parts[-1])
                continue
            if len(parts) >= 2 and _PREFIX_PART.match(parts[0]) and seps[0] == "-":
                # "m-MMLU", "X-LLaVA": a short prefix on a known name
                rest = parts[1] + "".join(sep + part for sep, part in zip(seps[1:], parts[2:], strict=True))
                found = self._base_entity(here, rest)
                if found is not None and self._variant_at(doc, writer, field, compound, found[0], found[1],
                                                          found[1]):
                    continue
            for k in range(len(parts) - 1, 0, -1):
                tail = parts[k:]
                base = parts[0] + "".join(sep + part
                                          for sep, part in zip(seps[:k - 1], parts[1:k], strict=True))
                worded = _worded_size(tail, seps[k - 1:])
                if not worded and not all(self.variant_part.match(p) for p in tail) and not (
                        all(self.model_part.match(p) for p in tail)
                        and self._model_base(here, base, lower_id)):
                    # a known dataset with a named subset or version: "CausalBench-Seq", "CRC-HGD",
                    # "ScienceQA-Image"
                    if not (k == len(parts) - 1 and seps[-1] == "-" and _SUBSET.match(tail[0])):
                        continue
                    found = self._base_entity(here, base)
                    if found is None or found[1] is not Kind.DATASET or not self._named_dataset(
                        here, base, found[0]):
                        continue
                    kind = Kind.MODEL if tail[0] in _NETWORK_TAIL else found[1]  # no family across kinds
                    self._variant_at(doc, writer, field, compound, found[0], found[1], kind)
                    break
                if any(sep != "-" for sep in seps[k - 1:]) and not base[:1].isupper():
                    continue  # "multiple SFT": a space-joined tail needs a capitalised name
                found = self._found_base(here, base, lower_id)
                if found is None or not self._spelled_here(here, base, found[0]):
                    continue
                if worded and found[1] is not Kind.MODEL:
                    continue  # words before a size name a model's release, not a dataset's part
                if found[1] is Kind.MODEL and any(_THOUSANDS.fullmatch(p) for p in tail):
                    continue  # "GSM-8k" (GSM a model too), "Phi-3-mini-4k": no model is sized in thousands
                if found[1] is Kind.DATASET and _SPLITS.intersection(tail):
                    continue
                kind = Kind.DATASET if _DATASET_TAIL.match(tail[-1]) else found[1]
                self._variant_at(doc, writer, field, compound, found[0], found[1], kind, base=base)
                break

    def _found_base(self, here: dict[str, Entity], base: str, lower_id: bool) -> tuple[str, Kind] | None:
        """The id and kind of the known name a compound's ``base`` writes (:meth:`_base_entity`), or of
        the model family whose new version it writes closed up ("Gemini3" of "Gemini3-Pro", "Qwen3.6"
        of "Qwen3.6-plus")."""
        found = self._base_entity(here, base, model_id=lower_id)
        if found is None and base[:1].isupper():
            family = self._closed_family(_CLOSED_VERSION.fullmatch(base))
            found = (family, Kind.MODEL) if family else None
        return found

    def _model_base(self, here: dict[str, Entity], base: str, lower_id: bool) -> bool:
        """Whether ``base`` writes a known model, which a modality word (:data:`_JOINED_TIERS`) after it
        makes a release of ("Qwen-Image-Edit", "LLaVA-Video"); after a dataset's name ("ScienceQA-Image")
        or another kind's ("MIND-Edit" beside the dataset MIND) the word is a subset's or a new name's."""
        found = self._found_base(here, base, lower_id)
        return found is not None and found[1] is Kind.MODEL and self._spelled_here(here, base, found[0])

    def _families(self, doc: Doc) -> None:
        """A discovered sized name ("CodeFuse-13B") makes its family ("CodeFuse") known too."""
        known = known_names(doc)
        entities = doc_entities(doc)
        for surface, entity in list(known.items()):
            match = _SIZED.match(surface)
            if not match or entity.broader or entity.kind != Kind.MODEL:
                continue
            family_label = match.group(1)
            if fold(family_label) in self._fold_index() or len(family_label) < 3:
                continue
            family = known.get(family_label)
            if family is not None and family.kind != entity.kind:
                continue  # "MT-Ladder", a framework, trains the model MT-Ladder-2B: no family across kinds
            family = family or Entity(
                id=f"model/{slugify(family_label)}", label=family_label, kind=Kind.MODEL,
                origin=Origin.DISCOVERED, confidence=entity.confidence)
            known[family_label] = family
            variant = Entity(id=entity.id, label=entity.label, kind=entity.kind, origin=entity.origin,
                             broader=family.id, confidence=entity.confidence)
            known[surface] = variant
            entities[variant.id] = variant
            entities[family.id] = family
