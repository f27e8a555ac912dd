"""Mining method-headed phrases, and the reviewed mined list as a build source."""

from __future__ import annotations

import json
from pathlib import Path

from vocab_build.mine import candidates, gold_ids, mine
from vocab_build.sources import mined

DATA = Path(__file__).resolve().parents[1] / "data" / "vocab"


def _corpus():
    return [json.loads(line) for line in (DATA / "corpus.jsonl").read_text("utf-8").splitlines()]


def test_candidates_are_content_words_before_a_method_head():
    found = {phrase for phrase, _ in candidates(
        "The novel learning of this proposed attention. We use Gibbs sampling.")}
    assert found == {"Gibbs sampling"}  # "novel learning", "proposed attention": stop words


def test_mining_counts_papers_and_skips_gold_papers():
    exclude = gold_ids(DATA / "gold")
    assert exclude == {"0001.00004"}
    rows = {phrase.lower(): (papers, lower)
            for phrase, papers, lower, _ in mine(_corpus(), exclude, min_papers=2)}
    assert rows["gradient descent"] == (3, 0.75)  # once per paper, gold paper skipped; 3 of 4 in lower case
    assert rows["stochastic gradient descent"][0] == 2
    assert rows["gibbs sampling"][0] == 2  # "Collapsed Gibbs sampling" counts once more for "Gibbs sampling"
    assert "collapsed gibbs sampling" not in rows  # one paper only


def test_mined_source_adds_case_folded_names_and_exact_acronyms(registry, inputs):
    assert [label for label, _, _, _ in mined.read_mined(inputs)] == [
        "gradient descent", "Gibbs sampling", "singular value decomposition"]
    mined.load(registry, inputs)
    svd = registry.find("singular value decomposition", "technique")
    assert not svd.case_sensitive and svd.exact == ["SVD"] and svd.origin == {"mined_techniques"}
    assert registry.find("Gradient Descent", "technique").label == "gradient descent"


def test_mined_source_flags_generic_rows_and_adds_spellings_to_an_existing_entry(registry, tmp_path):
    from vocab_build.inputs import Inputs

    (tmp_path / "mined_techniques.tsv").write_text(
        "# label<TAB>papers<TAB>other spellings[<TAB>generic]\n"
        "model inversion attacks\t12\tmodel inversion attack\n"
        "stochastic optimization\t73\t\tgeneric\n"
        "model inversion attacks\t34\tmodel inversion\n", encoding="utf-8")
    inputs = Inputs(sources=tmp_path, curated=tmp_path)
    assert [row[3] for row in mined.read_mined(inputs)] == [False, True, False]
    mined.load(registry, inputs)
    assert registry.find("stochastic optimization", "technique").generic
    attack = registry.find("model inversion attacks", "technique")
    assert registry.find("model inversion", "technique") is attack and not attack.generic


def test_name_words_are_name_shaped():
    from vocab_build.mine import mine_names, name_words

    assert name_words("We compare CTGAN, UniXcoder and Lumina-DiMOO with the LLM and GPT-4o.") == {
        "CTGAN", "UniXcoder", "Lumina-DiMOO", "GPT-4o"}
    records = [{"id": str(i), "abstract": "InceptionTime beats ROCKET."} for i in range(4)]
    assert mine_names(records, exclude={"0"}, min_papers=3) == [("InceptionTime", 3), ("ROCKET", 3)]
