"""Methods named in plain words as what a subject uses, and the steered methods a result is compared with.

The object of "use(s)" after a subject other than "we" (whose "we use" is a cue of its own) is read as after a
cue of use: "Our approach uses a pseudorandom nonlinear projection", "DRIVE also uses skill-level reflection".
What follows "than", "compared to/with", "relative to" or "versus" after a verb of effect in its clause is a
method compared with, read as the object of "outperform(s)" is: named when what steers it comes first
("achieves broader behavioral coverage compared to temperature-based sampling"), not when a plain word does
("than random inspection"). Sentences from corpus abstracts.
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined


@pytest.mark.parametrize(("abstract", "name"), [
    # corpus slices (2509.11338, 2605.23939, 2510.08120): the object of "uses"
    ("Our approach uses a pseudorandom nonlinear projection of time-delay embedded input, allowing an "
     "arbitrary dimension of the feature space, thus providing a more flexible approach.",
     "pseudorandom nonlinear projection"),
    ("DRIVE also uses skill-level reflection to identify hierarchy-specific failure modes, enabling targeted "
     "skill library expansion.",
     "skill-level reflection"),
    ("We introduce GloVE (Global Verifiable Explanations), which uses iterative clustering, summarization "
     "and verification to condense local rules into a global policy.",
     "iterative clustering"),
    # corpus slices (2602.02862, 2602.02518): a steered method compared with after a verb of effect
    ("On two clinical triage benchmarks, STEER achieves broader behavioral coverage compared to "
     "temperature-based sampling and static persona ensembles.",
     "temperature-based sampling"),
    ("Navigating structured, schema-defined relations requires precise function calls rather than "
     "similarity-based retrieval, and answering complex questions often demands multi-hop evidence "
     "aggregation.",
     "similarity-based retrieval"),
])
def test_named(abstract: str, name: str) -> None:
    assert name in coined(abstract)


@pytest.mark.parametrize(("abstract", "name"), [
    # corpus slice (2510.14493): compared with a plain description, no method's name
    ("Screening sites predicted by our model as non-grazed yields 17.2 times more confirmed non-grazing "
     "sites than random inspection.",
     "random inspection"),
    # "the use of": no object of a verb
    ("We study the use of iterative clustering in practice.", "iterative clustering"),
])
def test_not_named(abstract: str, name: str) -> None:
    assert name not in coined(abstract)
