"""Where the cues of ``paperkg_coined`` (:mod:`~.coined`) end: "we propose", "a novel", "via", "(1)", ...

Each scan returns the character offsets where the words after a cue start; the patterns are tried
only where their literal words occur (a scan that tries every position was the component's largest
cost).
"""

from __future__ import annotations

import re

from paperkg.ingest.text import matches_at, starts_of

__all__: list[str] = []  # (private helpers: :mod:`~.coined` imports the ones it calls)

# matched on the lower-cased text (a case-insensitive pattern is several times slower)
_TRIGGER = re.compile(
    r"\b(?:we|this (?:paper|work|study)|here we)"
    r"\s+(?:(?:\w+ly|also|further|then|first|therefore|thus|now)\s+)?"
    r"(?:propose|introduce|present|design|develop|devise)s?(?:\s+and\s+\w+)?\s+"
    r"|\ban?\s+novel\s+|\bthe\s+proposed\s+"
    r"|\bthe\s+core\s+of\s+our\s+(?:method|approach|framework|model)\s+is\s+"
    r"|\b(?:which|that)\s+we\s+(?:call|term|name|dub)\s+")
# a method noun and the name it is given: "a novel mechanism, namely progressive vocabulary learning"
_NAMING_WORDS = ("namely", "called", "termed", "dubbed", "named", "coined")  # what _NAMED_AFTER needs
_NAMED_AFTER = re.compile(r"\b(?:mechanism|method|technique|strategy|algorithm|framework"
                          r"|approach|module|scheme|loss"
                          r"|paradigm|procedure|objective|regularizer"
                          r"|regularization|architecture|pipeline)s?,?\s+"
                          r"(?:" + "|".join(_NAMING_WORDS) + r")\s+")
# the parts of a method, enumerated: "MOON2.0 comprises: (1) a Modality-driven Mixture-of-Experts module
# ...; (2) a Dual-level Alignment method ...", "three coupled mechanisms: (1) workflow-to-skill compilation"
_ENUMERATION = re.compile(r"(?:^|(?<=[\s:;,]))\((?:[1-9]|i{1,3}|iv|vi{0,3})\)\s+")
# its literal part: a quick test, "(" first
_ENUMERATION_MARK = re.compile(r"\((?:[1-9]|i{1,3}|iv|vi{0,3})\)")
# the parts of a method listed after a colon: "two decoder-side modules: Expert-Specific Enhancement (ESE),
# which ..., and Cross-Expert Modulation (CEM)", "three key techniques: Distribution Preserving Sampling,
# which ...; Processing Target Selection" (a count or "key|main|core" before a plural noun of parts;
# :func:`_colon_parts`)
_PARTS_NOUNS = frozenset({"modules", "components", "mechanisms", "strategies", "techniques", "innovations",
                          "designs", "branches", "blocks", "units", "losses", "objectives", "operators",
                          "stages", "submodules",
                          # what a method is made of or gains: "two key ingredients: a ray-centered rotation
                          # parameterization ... and a novel product window function", "two new additions to
                          # ArchAgent: a cascaded evolutionary search ..."
                          "ingredients", "additions"})
# the parts noun before what they belong to or serve, then the colon: "two new additions to ArchAgent:",
# "three key components for robust tracking:" (group 1: the noun; 137 such lists in the 104k corpus abstracts)
_PARTS_OWNER = re.compile(r"\b([a-z]+)\s+(?:to|of|in|for|within|into)\s+(?:[\w-]+\s+){0,3}?[\w-]+$")
# the count before the noun, matched on the words that end at it (searched only before a colon after one of
# _PARTS_NOUNS: a pattern tried at every word is many times dearer)
_PARTS_COUNT = re.compile(r"\b(?:two|three|four|five|six|several|key|main|core)\s+(?:[\w-]+\s+){0,2}?[a-z]+$")
# a listed part that opens a name running on through "and" (:func:`_joined_name`): "the" and Title-Case words
# up to the "and", then Title-Case words (lower-case ones between) up to a capitalised head noun
_JOINED_FIRST = re.compile(r"the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+")
_JOINED_SECOND = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|[a-z]+)){0,4}?\s+"
                            r"(?:Module|Block|Network|Mechanism|Layer|Unit|Branch|Strategy|Loss|Attention|Encoder"
                            r"|Decoder|Head)\b")
# where a listed part starts after the first: after a comma or semicolon (and "and|or"), or " and "
_PART_ARTICLES = ("a ", "an ", "the ")  # what a listed part may open with, besides a capital
_ITEM_BREAK = re.compile(r"[;,]\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_PARTS_CUE = re.compile(r"compris|consist|compos|includ|contain|incorporat|featur|integrat"
                        r"|organi[sz]ed|introduc"
                        r"|component|module|mechanism|stage|innovation|contribution|propos|design|present"
                        # the steps a method performs: "ComprExIT performs (i) depth-wise transmission"
                        r"|perform")
# a method added to another: "A critic-free GRPO objective, enhanced with a confidence-aware cooling
# mechanism, ..." (read as after a bare "A": a specific phrase and a head noun needed)
_ENHANCED_WITH = re.compile(r"\b(?:enhanced|equipped|augmented|coupled|combined|complemented"
                            r"|integrated|paired"
                            r"|together|along|guided|regularized|stabilized|trained|optimized) "
                            r"(?:with|by) (?=an? )")
# on the text as written: a title-case name added without an article ("coupled with Dynamic Sample Filtering")
_ENHANCED_WITH_NAME = re.compile(r"\b(?:coupled|combined|complemented|paired) with "
                                 r"(?=[A-Z][a-z]+(?:-[A-Za-z]+)? [A-Z][a-z])")
# for _ENHANCED_WITH_NAME
_ADDING_WORDS = ("coupled with ", "combined with ", "complemented with ", "paired with ")
# any other subject ("HIPIF introduces a ...", "(iii) introduces a ..."): read as after a bare "A",
# a head noun needed ("presents a significant advancement" names nothing)
_THIRD_PERSON = re.compile(r"\b(?:propose|introduce|present|design|develop|devise)s\s+(?=an?\s)")
_THIRD_PERSON_WORDS = ("proposes", "introduces", "presents", "designs", "develops", "devises")
# a component the method is built from, with an article ("GenePheno employs a contrastive multi-label learning
# objective", "through a stripe-pattern enhancement mechanism"), or a part it is given "with a" ("integrates
# diffusion models with a dual-prior control mechanism"): read as after a bare "A" (a specific phrase and a
# strong head needed); the word before an article (:func:`_built_with_ends`)
_BUILT_WITH_STEMS = ("employ", "incorporat", "adopt", "leverag", "utiliz", "integrat", "implement")
# the paper's own subject before such a verb: "we implement a time-frequency loss", where a hyphenated
# modifier and a strong head name the part (:meth:`CoinedNames.phrase`'s ``own``)
_OWN_CUES = ("we implement ", "we adopt ", "we employ ", "we incorporate ", "we leverage ", "we utilize ")
_BUILT_WITH_WORDS = frozenset({stem + end for stem in _BUILT_WITH_STEMS
                               for end in ("", "e", "es", "s", "ing")} | {"through", "via", "with"})
# on the text as written: a sentence that starts "A keyword-anchored extraction pipeline ..."
# (the capital A is searched for; :func:`_indefinite_ends` checks that a sentence starts there)
# (what must follow the article: a hyphenated word, or a method noun within four words)
_INDEFINITE_AHEAD = (r"(?=[\w-]+-[\w-]+"
                     r"|(?:[\w-]+\s+){1,3}(?:mechanism|pipeline|module|algorithm|strategy"
                     r"|scheme|loss|objective|regularizer|procedure"
                     r"|protocol|heuristic|sampler|estimator)\b)")
_INDEFINITE = re.compile(r"An?\s+" + _INDEFINITE_AHEAD)
# the same after a sentence's opening connective and its comma: "Furthermore, a spatial-channel modulated
# fusion module is presented", "Second, an entropy-driven latent reasoning mechanism conducts"
# (:func:`_indefinite_ends`; 1,292 such openings in the corpus's 104k abstracts)
_OPENED_INDEFINITE = re.compile(r"(?:First|Second|Third|Finally|Lastly|Additionally|Moreover|Furthermore"
                                r"|Specifically|Concretely|In addition|In particular|Then|Next|Meanwhile"
                                r"|Besides|Subsequently|To this end),\s+an?\s+"
                                # (not one name before its head: "In addition, a Med-TextGrad module")
                                r"(?![A-Z][\w-]*\s+[a-z]+\b)" + _INDEFINITE_AHEAD)
_OUR = re.compile(r"\bour\s+")
# a cue of use before a method named in plain words ("trained under rollout training")
# the cues of what a method utilizes, what other work rests on and what the paper sets itself apart from, in
# lower case (read here as cues of use, and by coined_used's _RELIED_CUE, which filters what follows them)
_RELIED_WORDS = r"utili[sz](?:e|es|ing)|rel(?:y|ies|ying) (?:on|upon)|unlike|in contrast to|as opposed to"
_USE_CUE = re.compile(r"\b(?:via|through|under|using|leverag(?:es?|ing)|employ(?:s|ing)?|appl(?:y|ies|ying)"
                      r"|adopt(?:s|ing)?|combin(?:es?|ing)|combined with|based on|incorporat(?:es?|ing)"
                      r"|paired with|integrat(?:es?|ing)|consist(?:s|ing) of|compris(?:es|ing)"
                      # the parts a method is made of, a step after another, and what the paper uses: "a
                      # framework composed of semantic prominence-aware budget allocation", "followed by
                      # binning and multi-level sorting", "we use peak-targeted density map suppression"
                      r"|compos(?:ed|ing) of|followed by|(?:we|and) use"
                      # what a method utilizes, what other work rests on, and what the paper sets itself
                      # apart from: "utilizes entropy-guided index clustering", "existing methods rely on
                      # dense matching", "Unlike keypoint matching, ..." (4,728 "utilize|utilise" + word,
                      # 12,630 "rely on|upon", 4,911 "unlike|in contrast to|as opposed to" in the 104k corpus
                      # abstracts; what follows these often names a setting or a cost, "rely on per-scene
                      # optimization", which coined_used's _relied_setting leaves out; not "depend(s|ing)
                      # on": most say what a result varies with, "depends on a low-dimensional projection")
                      r"|" + _RELIED_WORDS + r")\s+")
# the literal words every _USE_CUE match starts with (:func:`_match_ends` tries the pattern only there)
_USE_CUE_PREFIXES = ("via", "through", "under", "using", "leverag", "employ", "appl", "adopt", "combin",
                     "based on", "incorporat", "paired with", "integrat", "consist", "compris", "compos",
                     "followed by", "we use", "and use", "utili", "rely", "relies", "relying",
                     "unlike", "in contrast to", "as opposed to")
# methods given as examples of a plural method noun: "existing multimodal schemes, such as vibration-triggered
# radar activation, early feature concatenation, and decision-level score fusion", "four mechanistic
# interpretability methods -- concept bottleneck steering (Steerling-8B), sparse autoencoder feature steering"
_EXAMPLES_WORDS = ("methods", "techniques", "strategies", "schemes", "approaches", "mechanisms", "safeguards",
                   "defenses", "baselines", "heuristics", "algorithms", "modules", "components")
_EXAMPLES_CUE = re.compile(r"\b(?:" + "|".join(_EXAMPLES_WORDS) + r")(?:,?\s+(?:such as|including|e\.g\.,?)"
                           r"|\s*:|\s+--?)\s+")
# with a dash after white space, what _EXAMPLES_CUE needs
_EXAMPLES_MARKS = ("such as", "including", "e.g.", ":")
_SPACED_DASH = re.compile(r"\s-")
# a method another is run with: "rejection-sampling fine-tuning with diversity-promoting filtering", "a policy
# iteration algorithm with heavy-tail acceleration" (:func:`_with_cue_ends`)
_WITH_NOUNS = ("tuning", "training", "learning", "algorithm", "method", "framework", "approach",
               "optimization", "search", "sampling", "decoding")
_SPACES = re.compile(r"\s+")
# a method named in plain words as the subject of a verb of effect or of use: "low-confidence remasking
# improves single-sample quality", "cross-lingual neuron steering enhances ...", "Cross-conditioned fusion
# uses low-rank bilinear interaction" (:meth:`CoinedNames._subjects`)
_EFFECT_WORDS = ("improve", "reduce", "degrade", "hurt", "outperform", "boost", "enhance", "mitigate",
                 "suppress", "stabilize", "accelerate", "alleviate", "achieve", "yield", "help", "support",
                 "use", "combine", "require", "align")
_SPACED_EFFECT_WORDS = tuple(" " + verb for verb in _EFFECT_WORDS)  # searched with the space they need
_EFFECT_ADVERBS = frozenset({"often", "further", "also", "still", "can", "may", "could"})  # before the verb
_COORDINATED_VERBS = (" propose ", " introduce ", " design ", " develop ", " devise ")  # after "and|then"
# a step the method performs: "performs voxel-based refinement", "we perform latent space clustering", "It
# then conducts closed-loop ablation"; named by what steers it or by two modifiers (:func:`_described_step`)
_PERFORM_CUE = re.compile(r"\b(?:perform(?:s|ed|ing)?|conduct(?:s|ed|ing)?)\s+")
# "a stepwise update strategy was proposed": the passive verbs, literal (with their space), and "be"
_PASSIVE_VERBS = (" proposed", " introduced", " designed", " developed", " devised")
_BE = frozenset({"is", "was", "are", "were"})


def _passive_starts(text: str) -> list[int]:
    """Where "is/was proposed|introduced|designed" starts (the space before it), searched from
    its literal words.

    >>> _passive_starts("Then a gate module was introduced. It is proposed.")
    [18, 37]
    """
    out = []
    for verb in _PASSIVE_VERBS:
        at = text.find(verb)
        while at >= 0:
            before = text.rfind(" ", 0, at)
            if text[before + 1:at] in _BE:
                out.append(before)
            at = text.find(verb, at + 1)
    return sorted(out)


def _indefinite_ends(text: str) -> list[int]:
    """Where the words after an "A"/"An" that opens a sentence start (or "First, a", "Furthermore, an"), when
    a hyphenated word or a "... mechanism|pipeline|module|algorithm" follows (the text's start or ``[.!?]``
    and spaces before it: the same as ``(?:^|(?<=[.!?])\\s+)An?\\s+(?=...)``, without trying every position).

    >>> _indefinite_ends("A cone-shaped prior. An x y module works. A b.")
    [2, 24]

    After a sentence's opening connective and its comma too (``_OPENED_INDEFINITE``):

    >>> _indefinite_ends("It is. First, a gate-x module works. See, a b-c module.")
    [16]
    """
    ends = [match.end() for match in _INDEFINITE.finditer(text) if _opens_sentence(text, match.start())]
    if ", a" in text:
        ends.extend(match.end() for match in _OPENED_INDEFINITE.finditer(text)
                    if _opens_sentence(text, match.start()))
        ends.sort()
    return ends


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens the text or a sentence: only white space between it and a ``[.!?]``.

    >>> _opens_sentence("It is. A b", 7), _opens_sentence("It is a b", 6), _opens_sentence("A b", 0)
    (True, False, True)
    """
    before = _spaces_before(text, start)
    return start == 0 or 0 < before < start and text[before - 1] in ".!?"


def _enumerated_parts(text: str, lower: str) -> list[int]:
    """Where each item of an enumeration "(1) ..., (2) ..." starts, when the sentence before the first
    item says that parts follow ("comprises", "consists of", "three modules", "we propose").

    >>> _enumerated_parts("X comprises: (1) a gate module; (2) a loss. Y: (i) we x.",
    ...                   "x comprises: (1) a gate module; (2) a loss. y: (i) we x.")
    [17, 36]
    """
    out: list[int] = []
    if _ENUMERATION_MARK.search(text) is None:
        return out
    cued = None  # the sentence start whose cue was checked, and the answer
    for match in _ENUMERATION.finditer(text):
        sentence = max(text.rfind(". ", 0, match.start()), text.rfind("? ", 0, match.start())) + 1
        if cued is None or cued[0] != sentence:
            first = text.find("(", sentence)
            cued = (sentence, _PARTS_CUE.search(lower, sentence, max(first, sentence)) is not None)
        if cued[1]:
            out.append(match.end())
    return out


def _colon_parts(text: str, lower: str) -> list[int]:
    """Where each part listed after "<count> <parts noun>:" starts, up to the sentence's end: the first
    after the colon, the others after a comma, semicolon or "and", each opening with a capital or an
    article (a lower-case word there goes on the description of the part before).

    >>> _colon_parts("It has two modules: Token Routing (TR), which x, and Feature Fusion. Then: A b.",
    ...              "it has two modules: token routing (tr), which x, and feature fusion. then: a b.")
    [20, 53]
    """
    out: list[int] = []
    colon = lower.find(": ")
    while colon >= 0:
        noun = lower[lower.rfind(" ", 0, colon) + 1:colon]
        start = stop = colon + 2
        colon = lower.find(": ", start)
        if noun not in _PARTS_NOUNS:  # (or the parts noun, then what they belong to: "additions to X:")
            owner = _PARTS_OWNER.search(lower, max(0, start - 60), start - 2)
            if owner is None or owner.group(1) not in _PARTS_NOUNS:
                continue
            stop = owner.end(1) + 2
        if _PARTS_COUNT.search(lower, max(0, stop - 80), stop - 2) is None:
            continue
        while text[start:start + 1].isspace():
            start += 1
        if text.startswith("(", start):
            continue  # an enumeration, "three stages: (i) ...": read by :func:`_enumerated_parts`
        stop = text.find(". ", start)
        stop = len(text) if stop < 0 else stop
        starts = [start, *(item.end() for item in _ITEM_BREAK.finditer(text, start, stop))]
        # (an article too: "three core components: the Temporal Question Decomposer, the Recursive Solver")
        out.extend(at for k, at in enumerate(starts)
                   if (text[at:at + 1].isupper() or lower.startswith(_PART_ARTICLES, at))
                   and not _joined_name(text, starts, k))
    return out


def _joined_name(text: str, starts: list[int], k: int) -> bool:
    """Whether listed part ``k`` (of the parts starting at ``starts``) is one half of a name that runs
    through "and": "the Adaptive Frequency and Spatial feature Interaction Module (AFSIM)" is one part, not
    "the Adaptive Frequency" and "Spatial feature Interaction Module" (a part opened by "the" whose Title-Case
    words run on through "and" to a capitalised head noun; the part's phrase stops at "and", so neither half
    is read; 2 such lists in the corpus's 104k abstracts, both one name).

    >>> t = "the Adaptive Frequency and Spatial feature Interaction Module (AFSIM) and the Selective Module"
    >>> [_joined_name(t, [0, 27, 72], k) for k in range(3)]
    [True, True, False]
    """
    if k + 1 < len(starts) and _JOINED_FIRST.fullmatch(text, starts[k], starts[k + 1]) is not None:
        return _JOINED_SECOND.match(text, starts[k + 1]) is not None
    return k > 0 and _joined_name(text, starts, k - 1) and _JOINED_FIRST.fullmatch(
        text, starts[k - 1], starts[k]) is not None


def _with_cue_ends(lower: str) -> list[int]:
    """Where the words after "<method noun> with" start ("fine-tuning with diversity-promoting
    filtering"): each " with" after one of ``_WITH_NOUNS`` and before white space, found by its
    literal words (the same ends as ``(?:tuning|...|decoding) with\\s+``, without trying every
    position).

    >>> _with_cue_ends("an algorithm with  heavy-tail acceleration, a model with x, learning without")
    [19]
    """
    ends = []
    at = lower.find(" with")
    while at >= 0:
        spaces = _SPACES.match(lower, at + 5)
        if spaces is not None and lower.endswith(_WITH_NOUNS, 0, at):
            ends.append(spaces.end())
        at = lower.find(" with", at + 5)
    return ends


def _built_with_ends(lower: str) -> list[int]:
    """Where the article after "employs|incorporates|...|through|via|with" starts ("employs a gate
    module"): each "a "/"an " after white space, and the word before it one of ``_BUILT_WITH_WORDS``
    (a search for the articles is many times cheaper than a pattern tried at every word).

    >>> _built_with_ends("x employs a gate, via an y, and data a z with  a w")
    [10, 22, 47]
    """
    ends = []
    for article in ("a ", "an "):
        at = lower.find(article, 1)
        while at > 0:
            if lower[at - 1].isspace():
                end = at - 1
                while end > 0 and lower[end - 1].isspace():
                    end -= 1
                start = end
                while start > 0 and lower[start - 1].isalpha():
                    start -= 1
                if start < end and lower[start:end] in _BUILT_WITH_WORDS and (
                        start == 0 or not lower[start - 1].isalnum()):
                    ends.append(at)
            at = lower.find(article, at + 1)
    return sorted(ends)


# a method named by its steps in order, before a method noun: "a pragmatic 'locate-then-segment' pipeline",
# "current locate-then-edit approaches", "a draft-then-verify paradigm" (452 of the corpus's 104k abstracts
# write an "X-then-Y" compound; "the rise-then-fall pattern", "if-then-else" are none: no method noun after;
# the method noun ends the phrase: "a derivation-then-edit workflow reasoning agent" is an agent, no method)
# (:func:`_then_names`)
_THEN_NAME = re.compile(r"(?<![\w-])[a-z]{2,}(?:-[a-z]{2,})?-then-[a-z]{2,}(?:-[a-z]{2,})?(?![\w-])")
_THEN_HEAD = re.compile(r"['\"\u2019\u201d]?\s+(?=(?:paradigms?|pipelines?|approach(?:es)?|frameworks?"
                        r"|strateg(?:y|ies)|methods?|process(?:es)?|schemes?|mechanisms?|procedures?|loops?"
                        r"|manner|fashion|workflows?|cascades?|techniques?|protocols?|architectures?|recipes?"
                        r"|agents?|training|inference|decoding)\b"
                        r"(?![\w-]*\s+(?:[\w-]+\s+)?(?:agents?|models?|systems?)\b))")


def _then_names(lower: str) -> list[tuple[int, int, int]]:
    """(start, end, where the method noun starts) of each "X-then-Y" compound before a method noun ("a
    'locate-then-segment' pipeline"), found from its literal "-then-".

    >>> _then_names("a 'locate-then-segment' pipeline, the rise-then-fall pattern, if-then-else")
    [(3, 22, 24)]
    """
    out = []
    at = lower.find("-then-")
    while at >= 0:
        start = at
        while start > 0 and (lower[start - 1].isalpha() or lower[start - 1] == "-"):
            start -= 1
        match = _THEN_NAME.match(lower, start)
        inside = match is not None and match.start() < at < match.end()
        head = _THEN_HEAD.match(lower, match.end()) if match is not None and inside else None
        if match is not None and head is not None:
            out.append((match.start(), match.end(), head.end()))
        at = lower.find("-then-", at + 6)
    return out


# a method named by two steps it joins, before its method noun: "a pruning-and-splitting module", "a modular
# detection-and-correction framework", "a data-grounded verification-and-selection loop", "a two-stage
# retrieve-and-rerank framework" (the gold marks the compound with its noun; 755 corpus phrases of 104k
# abstracts, 218 distinct, of which "plug-and-play" (415) and "trial-and-error" (15) describe, and
# "divide-and-conquer" (64), "branch-and-bound", "squeeze-and-excitation" are the vocabulary's; no "process":
# "the physical project-and-capture process")
# (:func:`_and_names`)
_AND_NAME = re.compile(r"(?<![\w-])[a-z]{3,}-and-[a-z]{3,}(?![\w-])")
# (a singular noun only: a plural one counts a group of methods, often others' that the paper criticises,
# "conventional retrieve-and-dump approaches", "other methods rely on slow cut-and-paste schemes"; 36 of the
# corpus's 369 such phrases)
_AND_HEAD = re.compile(r"\s+(?:paradigm|pipeline|approach|framework|strategy"
                       r"|method|scheme|mechanism|procedure|loop|workflow|technique"
                       r"|protocol|architecture|algorithm|module|objective|loss|block|layer"
                       r"|policy)\b(?![\w-]*\s+(?:[\w-]+\s+)?(?:agents?|models?|systems?|networks?)\b)")
# words before the compound that describe or criticise a way of working rather than name the paper's method:
# "trapped in a fragile alignment-and-fusion paradigm", "akin to a generate-and-evaluate loop in evolutionary
# computation" (the word before the compound, after an article or not)
_AND_DESCRIBED = re.compile(r"(?:\b(?:fragile|brittle|rigid|naive|conventional|traditional)"
                            r"|\bakin to an?|\blike an?)\s+$")
# compounds that say how a method is used or tried, or name no method: "a plug-and-play module", "a
# trial-and-error approach", "a pump-and-dump scheme", "vision-and-language pipelines"
_NOT_AND_NAMES = frozenset({"plug-and-play", "trial-and-error", "cause-and-effect", "pump-and-dump",
                            "vision-and-language", "question-and-answer", "search-and-rescue",
                            "pick-and-place", "black-and-white", "hide-and-seek", "attack-and-defense",
                            "buy-and-hold",
                            # the two umbrella stages of training: "the pretraining-and-finetuning paradigm"
                            "pretraining-and-finetuning", "pretrain-and-finetune"})


def _and_name(word: str) -> bool:
    """Whether a lower-case word is an "X-and-Y" compound that names a method before its noun
    ("detection-and-correction"; not "plug-and-play")."""
    return _AND_NAME.fullmatch(word) is not None and word not in _NOT_AND_NAMES


def _and_names(lower: str) -> list[tuple[int, int, int]]:
    """(start, end of the compound, end of the method noun) of each "X-and-Y" compound with the method noun
    after it ("a pruning-and-splitting module"), found from its literal "-and-".

    >>> _and_names("a pruning-and-splitting module, a plug-and-play module, the rock-and-roll era")
    [(2, 23, 30)]
    >>> _and_names("slow cut-and-paste schemes, akin to a generate-and-evaluate loop")
    []
    """
    out = []
    at = lower.find("-and-")
    while at >= 0:
        start = at
        while start > 0 and lower[start - 1].isalpha():
            start -= 1
        match = _AND_NAME.match(lower, start)
        if (match is not None and match.group() not in _NOT_AND_NAMES
                and _AND_DESCRIBED.search(lower, max(0, start - 24), start) is None):
            head = _AND_HEAD.match(lower, match.end())
            if head is not None:
                out.append((match.start(), match.end(), head.end()))
        at = lower.find("-and-", at + 5)
    return out


def _coordinated_ends(lower: str) -> list[int]:
    """Where the words after an introducing verb coordinated with an earlier subject start ("We first
    integrate ..., and propose multi-frame fusion"): " and|then <verb> ", found by its literal words.

    >>> _coordinated_ends("we x and propose a gate. then design y; to propose z")
    [17, 37]
    """
    ends = []
    for verb in _COORDINATED_VERBS:
        at = lower.find(verb)
        while at >= 0:
            if lower.endswith((" and", " then"), 0, at):
                ends.append(at + len(verb))
            at = lower.find(verb, at + 1)
    return sorted(ends)


def _effect_ends(lower: str) -> list[int]:
    """Where the subject of each verb of effect ends (the space before the verb, or before an adverb
    or modal before it: "... pruning further reduce", "... remasking improves"), found by the verbs'
    literal words (a search for the verbs is many times cheaper than a pattern tried at every space).

    >>> _effect_ends("x pruning further reduces y. z improved w; v improve")
    [9, 44]
    >>> _effect_ends("improves x. y pruning improves z")
    [21]
    """
    ends = []
    for verb in _SPACED_EFFECT_WORDS:  # (a verb needs a space before it: the field's start has no subject)
        at = lower.find(verb)
        while at >= 0:
            after = at + len(verb) + (lower.startswith("s", at + len(verb)))
            if not lower[after:after + 1].isalpha():
                ends.append(_before_adverb(lower, at))
            at = lower.find(verb, at + 1)
    return sorted(ends)


def _before_adverb(lower: str, space: int) -> int:
    """``space`` (before a verb), or the space before the adverb or modal that precedes it."""
    before = lower.rfind(" ", 0, space)
    word = lower[before + 1:space]
    adverb = word.endswith("ly") and word.isalpha() or word in _EFFECT_ADVERBS
    return before if before >= 0 and adverb else space


def _match_ends(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[int]:
    r"""The ends of ``pattern.finditer(text)``'s matches, the pattern tried only at ``starts``
    (:func:`~paperkg.ingest.text.matches_at`): these scans were the component's largest cost.

    >>> _match_ends(re.compile(r"\bwe \w+"), "we go; awe we x", [0, 8, 11])
    [5, 15]
    """
    return [match.end() for match in matches_at(pattern, text, starts)]


def _spaces_before(text: str, at: int) -> int:
    """Where the white space right before ``at`` starts (``at`` when there is none)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _trigger_ends(lower: str) -> list[int]:
    """The ends of ``_TRIGGER``'s matches ("we propose ", "a novel ", "the proposed "), the pattern
    tried only where one can start: at "we", "this", "here", "which" and "that", and at the article
    before "novel", "proposed" or "core" and the white space before them.

    >>> _trigger_ends("here we propose a  novel x. the proposed y")
    [16, 25, 41]
    """
    starts = starts_of(lower, ("we", "this", "here", "which", "that"))
    for word, articles in (("novel", (1, 2)), ("proposed", (3,)), ("core", (3,))):
        for at in starts_of(lower, (word,)):
            space = _spaces_before(lower, at)
            if space < at:
                starts.extend(space - n for n in articles if space >= n)
    return _match_ends(_TRIGGER, lower, starts)


def _enhanced_ends(lower: str) -> list[int]:
    """The ends of ``_ENHANCED_WITH``'s matches ("enhanced with ", "paired by "), the pattern tried only
    at the start of the letters before each " with a" or " by a" (where its word must start).

    >>> _enhanced_ends("x, enhanced with an y; the data with a z")
    [17]
    """
    starts = []
    for at in starts_of(lower, (" with a", " by a")):
        while at > 0 and lower[at - 1].isalpha():
            at -= 1
        starts.append(at)
    return _match_ends(_ENHANCED_WITH, lower, starts)


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``text``: the literal words a pattern needs, tested before
    it is run (a substring test is many times cheaper than a scan, and most fields have none)."""
    for word in words:  # (a loop: a generator's set-up cost more than the tests, and most fail)
        if word in text:
            return True
    return False
