"""Methods named in plain words where a parenthesis, a dash, "during", an enumeration or "-then-" marks them.

A method phrase after a cue of use ends before a parenthesis or a spaced dash ("use hard gating (selecting
...)", "methods -- concept bottleneck steering (Steerling-8B)"); "during" ends a phrase ("(1) event-aware
compression during vision encoding" names event-aware compression); an enumerated step that ends in a
method's gerund is named ("(2) hierarchical token pruning in the prefilling stage"), but not a finding
("(1) naive lookahead decoding is unreliable") nor a clause ("(i) reasoning-augmented supervision imparts
analytic parsing"); "subgoal" is a noun, no adjective in "-al"; an "X-then-Y" compound before a method noun
names a method ("a pragmatic `locate-then-segment' pipeline"), but not before another noun ("the
rise-then-fall pattern"). Sentences from corpus abstracts (and dev gold).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined

_METOK = ("METok progressively eliminates redundant visual tokens across three critical stages: (1) "
          "event-aware compression during vision encoding, (2) hierarchical token pruning in the "
          "prefilling stage based on semantic alignment and event importance, and (3) a decoding-stage "
          "KV Cache optimization that further reduces memory consumption.")


@pytest.mark.parametrize(("abstract", "name"), [
    # dev gold (2506.02850): the enumerated steps, each ending where "during" or "in" starts
    (_METOK,
     "event-aware compression"),
    (_METOK,
     "hierarchical token pruning"),
    # a corpus slice (2508.13547)
    ("Operationally, we develop a two-stage adaptive channel pruning strategy: (1) soft pruning "
     "during training identifies redundant channels via learnable thresholds, and (2) hard pruning"
     " permanently eliminates these channels post-training using a derived mask.",
     "soft pruning"),
    # dev gold (2603.18353, 2509.22369, 2603.19685): before a parenthesis or a spaced dash; "subgoal"
    ("We compared four mechanistic interpretability methods -- concept bottleneck steering "
     "(Steerling-8B), sparse autoencoder feature steering, logit lens with activation patching, "
     "and linear probing with truthfulness separator vector steering (Qwen 2.5 7B Instruct) -- for"
     " correcting false-negative triage errors using 400 physician-adjudicated clinical vignettes "
     "(144 hazards, 256 benign).",
     "concept bottleneck steering"),
    ("We drop learnable routing and use hard gating (selecting the IMAGE/HTML/URL expert by sample"
     " modality), enabling separate aggregation of modality-specific parameters to isolate "
     "cross-embedding conflicts and stabilize convergence.",
     "hard gating"),
    ("First, we introduce an agent framework that leverages proprietary models for online planning"
     " through subgoal decomposition.",
     "subgoal decomposition"),
    # dev gold (2510.06139): a method named by its steps in order, before a method noun
    ("Faced with this difficulty, prior work has often decomposed the task into a pragmatic "
     "`locate-then-segment' pipeline.",
     "locate-then-segment"),
])
def test_set_off_method_is_named(abstract: str, name: str) -> None:
    assert name in coined(abstract)


@pytest.mark.parametrize(("abstract", "not_named"), [
    (_METOK,
     "event-aware compression during vision encoding"),
    # (2604.08964): an enumerated finding, not a step
    ("To address this challenge, we systematically investigate the identification of stable tokens"
     " and present three key findings: (1) naive lookahead decoding is unreliable, (2) token "
     "stability closely correlates with convergence trend, and (3) historical information is "
     "isolated.",
     "naive lookahead decoding"),
    # (2511.20563): a clause with its verb, not a name
    ("We train ReaDe via a two-stage optimization: (i) reasoning-augmented supervision imparts "
     "analytic parsing with stepwise traces and dense captions, and (ii) a multi-dimensional "
     "reward assigner enables stable, feedback-driven refinement for natural-style captions.",
     "reasoning-augmented supervision imparts analytic parsing"),
    # (2507.09612, 2605.24229): a determiner or "like" before the method
    ("Second, we introduce Dynamic Hybrid Attention (DHA), which leverages previous segmentation "
     "masks to route tokens through either full attention (O(N2)) for boundary regions or our "
     "proposed efficient BSQ attention (O(N)) for non-boundary regions.",
     "either full attention"),
    ("Frontier AI developers now train models against long written behavioral specifications, such"
     " as Anthropic's constitution (Anthropic, 2025a) and OpenAI's Model Spec (OpenAI, 2025a), "
     "integrated into post-training via methods like character training (Anthropic, 2024) and "
     "deliberative alignment (Guan et al., 2024).",
     "methods like character training"),
    # (2511.11993): a sequence that is no method
    ("Building on these insights, we propose an efficient Dynamic Parameter Optimization (DPO) based on the "
     "rise-then-fall pattern, reducing the complexity to O(nlogm).",
     "rise-then-fall"),
])
def test_set_off_phrase_names_no_method(abstract: str, not_named: str) -> None:
    assert not_named not in coined(abstract)
