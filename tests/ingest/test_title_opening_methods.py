"""A title that opens with a method phrase, or gives one after "with", introduces that technique even when the
abstract does not write it again; but not when the abstract names the paper's method (then the title's words
are that name's description, not a second method)."""

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract


def _title_links(title: str, abstract: str) -> dict[str, tuple[str, str]]:
    return {m.surface: (m.kind, m.role) for m in extract(abstract, title).mentions if m.field == "title"}


def test_opening_method_phrase_before_for():
    links = _title_links(
        "Stochastic Clock Attention for Aligning Continuous and Ordered Sequences",
        "We formulate an attention mechanism for continuous and ordered sequences that explicitly "
        "functions as an alignment model, which serves as the core of many sequence-to-sequence tasks. "
        "Standard scaled "
        "dot-product attention relies on positional encodings and masks but does not enforce continuity or "
        "monotonicity, which are crucial for frame-synchronous targets.")
    assert links["Stochastic Clock Attention"] == (Kind.TECHNIQUE, Role.INTRODUCES)


def test_method_phrase_after_with():
    links = _title_links(
        "Controllable Single-shot Animation Blending with Temporal Conditioning",
        "Training a generative model on a single human skeletal motion sequence without being bound to a "
        "specific kinematic tree has drawn significant attention from the animation community.")
    assert links["Temporal Conditioning"] == (Kind.TECHNIQUE, Role.INTRODUCES)


def test_opening_phrase_describing_a_named_method_is_no_second_method():
    links = _title_links(
        "Score-based Idempotent Distillation of Diffusion Models",
        "Idempotent generative networks (IGNs) are a new line of generative models based on idempotent "
        "mapping to a target manifold. In this work, we unite diffusion and IGNs by distilling "
        "idempotent models "
        "from diffusion model scores, called SIGN. Our proposed method is highly stable and does not require "
        "adversarial losses.")
    assert "Score-based Idempotent Distillation" not in links
