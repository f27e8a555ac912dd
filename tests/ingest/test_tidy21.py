"""Read-back mends of paperkg/ingest/extract (branch tidy21): an introduced variant's bracketed short form
read as the abbreviations read one, dimension prefix included; the vocabulary's names read by the coined
component once, into one declared cache (real corpus sentences)."""

from __future__ import annotations

from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.coined_phrases import _BRACKETED
from paperkg.ingest.extract.modifiers import _initials_fit
from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities

# arXiv 2504.14137
TGAF = "we propose the 2D Tensor-Guided Adversarial Fusion (2D-TGAF) framework, which leverages the"
# arXiv 2507.17336
DYNAMIC_4DGS = "Dynamic 4D Gaussian Splatting (4DGS) effectively ex"
# arXiv 2606.06835
GSPO = ("Using data built by our answer-preserving translation pipeline, we continue RL on the post-trained "
        "Qwen3-4B across 22 languages in 3 resource tiers (High, Low, XLow) and 5 domains, and introduce "
        "confidence-gated GSPO for cost-sensitive tool use.")


def test_a_dimension_prefixed_short_form_after_a_phrase_is_read() -> None:
    # the short form in brackets after a phrase ending in a known technique decides whether the phrase is
    # the paper's variant (its initials) or the known technique's longer description (not its initials)
    tgaf = _BRACKETED.match(TGAF, TGAF.index(" (2D-TGAF)"))
    assert tgaf is not None and tgaf.group(1) == "2D-TGAF"
    short = _BRACKETED.match(DYNAMIC_4DGS, DYNAMIC_4DGS.index(" (4DGS)"))
    assert short is not None and short.group(1) == "4DGS"
    assert not _initials_fit(short.group(1), "Dynamic 4D Gaussian Splatting")


def test_the_vocabulary_names_are_read_once_into_one_cache() -> None:
    links = entities(GSPO)
    assert links["technique/confidence-gated-gspo"] == (Kind.TECHNIQUE, {"confidence-gated GSPO"})
    coined = Extractor.shared().nlp.get_pipe("paperkg_coined")
    known = coined._known
    assert known is not None and coined._known_names() is known
    assert "gspo" in known.techniques and "qwen3-4b" in known.others
    assert known.every == known.techniques | known.others
