"""Datasets listed as examples of a data noun ("benchmarks including A, B and C", "datasets: A (x), B (y)")
whose items are plain capitalised words, capitalised words joined by hyphens, followed by a short description
in brackets or by sibling splits' numbers; field acronyms before a data noun that name no data ("an Open
Multimodal EEG Dataset"); and benchmark names the vocabulary lacked (issue 12, datasets16; real arXiv
sentences, each with its corpus id). Each case also holds what must not change."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds, kinds_and_labels


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, names", [
    # arXiv 2510.20106: plain capitalised words and one name word, the standard Bayesian networks
    ("On real-world benchmarks including Sachs, Asia, Alarm, Child, Hepar2, Dream, and Andes, our method "
     "consistently improves upon GES and GraN-DAG while remaining theoretically safe.",
     ["Sachs", "Asia", "Alarm", "Child", "Hepar2", "Dream", "Andes"]),
    # arXiv 2605.07256: a sibling split's number after a linked name ("CIFAR-10/100") no longer ends the list
    ("Extensive experiments on ImageNet and several transfer learning benchmarks, including CIFAR-10/100, "
     "Flowers, CARS, and INAT-19, demonstrate that TAS-LoRA mitigates feature collapse effectively.",
     ["CIFAR-10", "Flowers", "CARS", "INAT-19"]),
    # arXiv 2507.18177: a description in brackets after an item
    ("Diff-UMamba is evaluated on multiple public datasets, including MSD (lung and pancreas) and AIIB23, "
     "demonstrating consistent performance gains of 1-3% over baseline methods.", ["MSD", "AIIB23"]),
    # arXiv 2506.13579: capitalised words joined by hyphens, and a plain word
    ("Extensive experiments on text infilling benchmarks such as One-Billion-Word and Yelp demonstrate that "
     "DDOT outperforms naive diffusion baselines.", ["One-Billion-Word", "Yelp"]),
    # arXiv 2505.21954: two unknown names after "like"
    ("Nevertheless, models trained on UniTalk demonstrate stronger generalization to modern \"in-the-wild\" "
     "datasets like Talkies and ASW, as well as to AVA.", ["Talkies", "ASW", "AVA"]),
    # arXiv 2509.18550: a count, a colon, and a score in brackets after each item
    ("We compare deep learning methods across four benchmark datasets: UvA-NEMO (88.7 percent, +0.8), MMI "
     "(99.7 percent), SPOS (98.5 percent, +0.7), and BBC (100 percent, +5.0).", ["MMI", "SPOS", "BBC"]),
])
def test_the_examples_of_a_data_noun_are_datasets(abstract, names):
    found = kinds(abstract)
    for name in names:
        assert found.get(name) is Kind.DATASET, name


@pytest.mark.issue(12)
def test_an_ampersand_joins_the_words_of_one_listed_name():
    # arXiv 2508.17972
    found = kinds("Experiments on camera pose estimation and novel view synthesis benchmarks, including "
                  "TUM-RGBD, CO3Dv2, and Tanks & Temples. We will publish our model and code.")
    assert found.get("Tanks & Temples") is Kind.DATASET
    assert "Tanks" not in found and "Temples" not in found


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, kept, not_data", [
    # arXiv 2509.24031: a run of plain words ends the list; the names before it stay
    ("Across benchmark datasets, including Numosim-LA, Urban Anomalies, and Geolife, GPS-MTM consistently "
     "outperforms on downstream tasks.", ["Numosim-LA"], ["Urban", "Urban Anomalies"]),
    # one plain word alone is no list of data
    ("Pretraining corpora, including Wikipedia and even the original pretraining mixture, cannot recover "
     "this shifted manifold.", [], ["Wikipedia"]),
])
def test_a_plain_word_is_a_dataset_only_in_a_list_of_them(abstract, kept, not_data):
    found = kinds(abstract)
    for name in kept:
        assert found.get(name) is Kind.DATASET, name
    for name in not_data:
        assert found.get(name) is not Kind.DATASET, name


@pytest.mark.issue(12)
@pytest.mark.parametrize("title, abstract, acronym", [
    # arXiv 2510.06252
    ("Dream2Image : An Open Multimodal EEG Dataset for Decoding and Visualizing Dreams with Artificial "
     "Intelligence", "We record EEG from sleeping participants and pair it with dream reports.", "EEG"),
    # arXiv 2605.18328
    ("A study", "We also introduce CineMatte-4K, a 4K HDR image-video dataset captured with cinema cameras.",
     "HDR"),
])
def test_a_field_acronym_before_a_data_noun_names_no_data(title, abstract, acronym):
    found = kinds(abstract, title)
    assert found.get(acronym) is not Kind.DATASET


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, surface, label", [
    # arXiv 2604.14518
    ("Our agent reaches 46.5% on WideSearch, and 52.5 on DeepResearch Bench, outperforming comparable-scale "
     "open-source agent systems.", "DeepResearch Bench", "DeepResearch Bench"),
    # arXiv 2512.24018
    ("Compared with the baseline GSImage, we reduce BD-rate by 43.44% on Kodak and 29.91% on DIV2K.",
     "Kodak", "Kodak"),
    # arXiv 2512.24873
    ("ROME demonstrates strong performance across benchmarks like SWE-bench Verified and Terminal Bench, "
     "proving the effectiveness of the ALE infrastructure.", "Terminal Bench", "Terminal-Bench"),
    # arXiv 2511.18121
    ("It brings benefits on general benchmarks (average +2.53%), especially with substantial gains on MMStar "
     "(+7.26%).", "MMStar", "MMStar"),
])
def test_benchmarks_the_vocabulary_lacked(abstract, surface, label):
    assert kinds_and_labels(abstract).get(surface) == (Kind.DATASET, label)
