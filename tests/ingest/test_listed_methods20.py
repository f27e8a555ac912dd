"""Lower-case method phrases listed with techniques after a use cue (``paperkg_lists``): in a list whose
other items are techniques ("such as fine-tuning, pruning, and parameter permutation"), an item with no
method head is one more technique; a goal, a clause word after the list or a shared plural head is not
(real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds


@pytest.mark.parametrize("abstract, name", [
    # arXiv 2601.22692
    pytest.param("Unlike conventional approaches, our method requires only a few samples for verification, "
                 "preserves model utility, and remains robust to common model modifications (such as "
                 "fine-tuning, pruning, and parameter permutation), as well as to comparisons across diverse "
                 "architectures and dimensionalities.", "parameter permutation", id="parameter-permutation"),
    # arXiv 2508.15903
    pytest.param("VT-LVLM-AR comprises a Video-to-Event Mapper (VTEM) that efficiently transforms raw video "
                 "into compact, semantically rich, and temporally coherent \"visual event sequences\" "
                 "through lightweight spatio-temporal feature extraction, adaptive temporal pooling, and "
                 "conceptual quantization with an event coherence bias.",
                 "lightweight spatio-temporal feature extraction", id="feature-extraction"),
    # arXiv 2511.17595
    pytest.param("While initial applications of state-of-the-art methods, including PPO, behavioural cloning "
                 "and imitation learning, revealed challenges in directly learning optimal strategies, the "
                 "successful implementation of curriculum learning offers a promising avenue.",
                 "behavioural cloning", id="behavioural-cloning"),
])
def test_unheaded_item_of_a_method_list_is_a_technique(abstract: str, name: str) -> None:
    assert kinds(abstract).get(name) is Kind.TECHNIQUE

