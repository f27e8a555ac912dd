"""How a method was made ("carefully designed", "carefully crafted") comes before its name and is no part of
it: the adverb no longer keeps the introduced name from being linked (issue 12, technique recall)."""

from __future__ import annotations

from tests.ingest._helpers import coined

from paperkg.ingest.records import Kind, Role

# 2605.16764
TITLE_MIXUP = "Synthetic Aperture Radar Image Change Detection Based on Global Dynamic Context-Aware Network"
MIXUP = ("To address these limitations, we propose a novel Global Dynamic Context-Aware Network (GDNet) "
         "specifically tailored for SAR image change detection. At the core of our approach lies a novel "
         "global dynamic convolution module, which adaptively modulates convolution kernel weights "
         "according to the global semantic information extracted from the input features. In addition, we "
         "introduce a carefully designed two-stage Mixup strategy for model training. Unlike conventional "
         "single-stage Mixup, our two-stage design generates more diverse and informative training samples.")
# 2510.07084
HTME = ("The HTME extractor integrates a lightweight temporal feature extraction module with a carefully "
        "designed multivariate feature extraction module to provide complementary features, thereby "
        "achieving a balance between efficiency and effectiveness.")
# 2511.09889
FAIR = ("This is achieved through a carefully designed group-label joint constraint, which we prove "
        "theoretically ensures that the fairness of the final clustering is preserved.")


def test_a_name_after_how_it_was_made_is_introduced() -> None:
    assert coined(MIXUP, TITLE_MIXUP).get("two-stage Mixup strategy") == (Kind.TECHNIQUE, Role.INTRODUCES)
    assert coined(HTME).get("multivariate feature extraction module") == (Kind.TECHNIQUE, Role.INTRODUCES)
    assert coined(FAIR).get("group-label joint constraint") == (Kind.TECHNIQUE, Role.INTRODUCES)
