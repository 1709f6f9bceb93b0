"""The extractor's scorer: span matching, the figures, the dev gold built from a project's
evidence, the naive baseline and the printed table, on small hand-built inputs."""

import json

import pytest
from conftest import REPO

from axis_report.ingest import evaluate as ev


def span(start, end, scope="dyads", dyads=(), hub=None, domain="military",
         stance="cooperation"):
    return {"start": start, "end": end, "quote": "x" * (end - start), "scope": scope,
            "dyads": list(dyads), "hub": hub, "domain": domain, "stance": stance}


GOLD = [
    span(0, 40, dyads=["IRN-RUS"]),
    span(50, 100, scope="group", domain="diplomatic", stance="limitation"),
    span(120, 150, scope="hub", hub="RUS"),
    span(200, 230, dyads=["CHN-IRN", "IRN-RUS"], stance="limitation"),
]
PREDICTED = [
    span(0, 60, dyads=["IRN-RUS"]),                                   # g0; 10 into g1 (< 25)
    span(70, 100, scope="group", domain="economic", stance="limitation"),   # g1, domain wrong
    span(125, 140, scope="hub", hub="CHN"),                           # g2, wrong hub
    span(300, 320, dyads=["CHN-RUS"]),                                # nothing: a false one
    span(205, 215, dyads=["IRN-RUS"], stance="limitation"),           # g3, but p5 overlaps more
    span(200, 230, dyads=["IRN-RUS", "CHN-IRN"], stance="limitation"),  # g3 exactly
]


def test_greedy_one_to_one_matching_by_overlap():
    assert ev.match_spans(PREDICTED, GOLD) == [(0, 0), (1, 1), (2, 2), (5, 3)]


def test_the_figures_of_one_article():
    s = ev.score_article(PREDICTED, GOLD)
    assert (s.gold, s.predicted, s.matched) == (4, 6, 4)
    assert s.precision == pytest.approx(4 / 6)
    assert s.recall == 1.0
    assert s.f1 == pytest.approx(0.8)
    assert s.rate("target") == 0.75             # the wrong hub
    assert s.rate("domain") == 0.75             # economic for diplomatic
    assert s.rate("stance") == 1.0
    assert s.rate("target_and_stance") == 0.75


@pytest.mark.parametrize("pred, matched", [
    (span(5, 30), True),      # overlap 5 = half of the shorter (gold, 10)
    (span(6, 30), False),     # overlap 4
    (span(2, 4), True),       # inside: overlap 2 = the whole of the shorter
    (span(10, 20), False),    # touching is no overlap
])
def test_half_of_the_shorter_span(pred, matched):
    assert bool(ev.match_spans([pred], [span(0, 10)])) is matched


def test_one_prediction_covering_two_gold_claims_finds_one():
    s = ev.score_article([span(0, 40)], [span(0, 20), span(20, 40)])
    assert (s.matched, s.precision, s.recall) == (1, 1.0, 0.5)
    assert ev.match_spans([span(0, 40)], [span(0, 20), span(20, 40)]) == [(0, 0)]


@pytest.mark.parametrize("pred, gold, same", [
    (span(0, 1, dyads=["CHN-RUS", "IRN-RUS"]), span(0, 1, dyads=["IRN-RUS", "CHN-RUS"]), True),
    (span(0, 1, dyads=["CHN-RUS"]), span(0, 1, dyads=["IRN-RUS", "CHN-RUS"]), False),
    (span(0, 1, scope="hub", hub="IRN"), span(0, 1, scope="hub", hub="IRN"), True),
    (span(0, 1, scope="hub", hub="IRN"), span(0, 1, dyads=["CHN-IRN", "IRN-PRK", "IRN-RUS"]),
     False),
    (span(0, 1, scope="group"), span(0, 1, scope="group"), True),
])
def test_scope_and_pairs(pred, gold, same):
    assert ev.same_target(pred, gold) is same


def test_nothing_predicted_or_nothing_to_find():
    assert (ev.score_article([], GOLD).recall, ev.score_article([], GOLD).precision) == (0, 0)
    s = ev.score_article(PREDICTED, [])
    assert (s.precision, s.f1, s.rate("stance")) == (0, 0, 0)


def test_scores_add_up_over_articles():
    total = ev.combine([ev.score_article(PREDICTED, GOLD),
                        ev.score_article([span(0, 40)], [span(0, 20), span(20, 40)])])
    assert (total.gold, total.predicted, total.matched) == (6, 7, 5)
    assert total.precision == pytest.approx(5 / 7)
    assert total.recall == pytest.approx(5 / 6)
    assert total.rate("target") == pytest.approx(4 / 5)


# --- the dev gold, from a project's evidence ------------------------------------------------

TEXT = ("Russia and Iran signed a treaty. Iran and the other three differ. "
        "Russia and Iran signed a treaty.")


def _project(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_a.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "sources.yaml").write_text("- id: S1\n  file: 001_a.txt\n", encoding="utf-8")
    (seeds / "evidence.yaml").write_text("""
- id: E1
  claim: Russia and Iran signed a treaty.
  scope: dyads
  dyads: [IRN-RUS]
  domain: diplomatic
  stance: cooperation
  quotes:
    - {source: S1, quote: Russia and Iran signed a treaty, attribution: article}
- id: E2
  scope: hub
  hub: IRN
  domain: ideological
  stance: limitation
  quotes:
    - {source: S1, quote: Iran and the other three differ, attribution: named, analyst: A. B.}
- id: E3
  scope: group
  domain: diplomatic
  stance: cooperation
  quotes:
    - {source: S1, quote: Russia and Iran signed a treaty, attribution: article}
""", encoding="utf-8")
    return tmp_path


def test_every_quote_becomes_a_gold_span_at_each_place_it_occurs(tmp_path):
    root = _project(tmp_path)
    assert ev.build_project_gold(root) == {"S1": 3}
    doc = json.loads((root / "eval" / "gold" / "project" / "S1.json").read_text("utf-8"))
    assert doc["article"] == "S1" and doc["file"] == "seeds/001_a.txt"
    assert [(c["start"], c["end"], c["scope"], c["dyads"], c["hub"], c["countries"],
             c["domain"], c["stance"], c["attribution"], c["analyst"], c["note"][:2])
            for c in doc["claims"]] == [
        (0, 31, "dyads", ["IRN-RUS"], None, ["IRN", "RUS"], "diplomatic", "cooperation",
         "article", None, "E1"),
        (33, 64, "hub", [], "IRN", ["CHN", "RUS", "IRN", "PRK"], "ideological", "limitation",
         "named", "A. B.", "E2"),
        (66, 97, "dyads", ["IRN-RUS"], None, ["IRN", "RUS"], "diplomatic", "cooperation",
         "article", None, "E1"),          # E3's identical spans are kept once, as E1's
    ]
    for c in doc["claims"]:
        assert TEXT[c["start"]:c["end"]] == c["quote"]
    [(aid, text, gold)] = ev.load_gold_set("dev", root)
    assert (aid, text, len(gold)) == ("S1", TEXT, 3)


def test_the_shipped_dev_gold_matches_its_sources():
    articles = ev.load_gold_set("dev", REPO)
    assert len(articles) >= 12
    for _, text, gold in articles:
        for c in gold:
            assert text[c["start"]:c["end"]] == c["quote"]


# --- the naive baseline and the table ----------------------------------------------------------

def test_the_naive_baseline():
    text = ("Russia and China signed a treaty. Iran did not receive aid from Moscow or Beijing. "
            "North Korea tested a missile.")
    assert [(c["quote"], c["dyads"], c["domain"], c["stance"]) for c in ev.naive_baseline(text)
            ] == [
        ("Russia and China signed a treaty.", ["CHN-RUS"], "diplomatic", "cooperation"),
        ("Iran did not receive aid from Moscow or Beijing.", ["CHN-IRN", "CHN-RUS", "IRN-RUS"],
         "military", "limitation"),
    ]


def _article(folder, slug, text, claims, file=None):
    """One gold file in `folder`/gold and its text in `folder`/articles."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    (folder / "articles" / f"{slug}.txt").write_text(text, encoding="utf-8")
    (folder / "gold" / f"{slug}.json").write_text(json.dumps({
        "article": slug, "file": file or f"articles/{slug}.txt", "claims": claims}),
        encoding="utf-8")


ARMS = {"quote": "China has avoided sending arms to Russia", "start": 0, "end": 40,
        "scope": "dyads", "dyads": ["CHN-RUS"], "hub": None, "domain": "military",
        "stance": "limitation"}
DRONES = {"quote": "Iran sold drones to Russia", "start": 0, "end": 26, "scope": "dyads",
          "dyads": ["IRN-RUS"], "hub": None, "domain": "military", "stance": "cooperation"}


def test_the_table_puts_each_set_apart_with_its_baseline_held_out_last(tmp_path, capsys):
    root = _project(tmp_path)
    ev.build_project_gold(root)
    _article(root / "eval", "a", "China has avoided sending arms to Russia.", [ARMS])
    _article(root / "eval" / "heldout", "t2", "Iran sold drones to Russia.", [DRONES])
    _article(root / "eval" / "heldout2", "t3", "Iran sold drones to Russia.", [DRONES])
    _article(root / "eval" / "heldout3", "t4", "Iran sold drones to Russia.", [DRONES])
    _article(root / "eval" / "heldout4", "t5", "Iran sold drones to Russia.", [DRONES])
    _article(root / "eval" / "heldout5", "t6", "Iran sold drones to Russia.", [DRONES])
    _article(root / "eval" / "training" / "batch-a", "ta", "Iran sold drones to Russia.",
             [DRONES])
    _article(root / "eval" / "heldout6", "t7", "Iran sold drones to Russia.", [DRONES])
    _article(root / "eval" / "heldout7", "h", "Iran sold drones to Russia.", [DRONES])
    assert ev.main(["--root", str(root)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [line.split() for line in lines
            if line.startswith(("dev ", "tuning ", "tuning-2 ", "tuning-3 ", "tuning-4 ",
                                        "tuning-5 ", "tuning-6 ", "tuning-7 ",
                                        "training ",
                                        "held-out "))]
    assert [r[:2] for r in rows] == [["dev", "S1"], ["dev", "ALL"], ["dev", "ALL"],
                                     ["tuning", "a"], ["tuning", "ALL"], ["tuning", "ALL"],
                                     ["tuning-2", "t2"], ["tuning-2", "ALL"],
                                     ["tuning-2", "ALL"],
                                     ["tuning-3", "t3"], ["tuning-3", "ALL"],
                                     ["tuning-3", "ALL"],
                                     ["tuning-4", "t4"], ["tuning-4", "ALL"],
                                     ["tuning-4", "ALL"],
                                     ["tuning-5", "t5"], ["tuning-5", "ALL"],
                                     ["tuning-5", "ALL"],
                                     ["tuning-6", "t6"], ["tuning-6", "ALL"],
                                     ["tuning-6", "ALL"],
                                     ["tuning-7", "t7"], ["tuning-7", "ALL"],
                                     ["tuning-7", "ALL"],
                                     ["training", "ta"], ["training", "ALL"],
                                     ["training", "ALL"],
                                     ["held-out", "h"], ["held-out", "ALL"],
                                     ["held-out", "ALL"]]
    assert [" ".join(r[1:3]) for r in rows if r[1] == "ALL"] == [
        "ALL extractor", "ALL NAIVE"] * 10
    # the articles' sets: one gold claim each, found with its pair, stance and domain
    for row in rows[3::3]:
        assert row[2:7] == ["1", "1", "1.00", "1.00", "1.00"]
        assert row[8:] == ["1", "1.00", "1.00", "1.00", "1.00"]
    assert [line.split(":")[0] for line in lines if "per 5,000 characters" in line] == [
        "dev", "tuning", "tuning-2", "tuning-3", "tuning-4", "tuning-5", "tuning-6", "tuning-7",
        "training", "held-out"]


def test_one_set_alone_and_the_held_out_set_untouched(tmp_path, capsys):
    root = _project(tmp_path)
    ev.build_project_gold(root)
    _article(root / "eval", "a", "China has avoided sending arms to Russia.", [ARMS])
    # a held-out gold file whose text is missing: reading the set would fail
    (root / "eval" / "heldout7" / "gold").mkdir(parents=True)
    (root / "eval" / "heldout7" / "gold" / "h.json").write_text(json.dumps(
        {"article": "h", "file": "articles/h.txt", "claims": [DRONES]}), encoding="utf-8")
    assert ev.main(["--root", str(root), "--set", "tuning"]) == 0
    out = capsys.readouterr().out
    assert "tuning    a " in out and "held-out" not in out and "dev " not in out
    assert ev.main(["--root", str(root), "--set", "tuning", "--details"]) == 0
    assert "=== tuning a" in capsys.readouterr().out
    assert ev.main(["--root", str(root), "--set", "held-out", "--details"]) == 2
    assert ev.main(["--root", str(root), "--details"]) == 2  # every set includes held-out
    assert "=== held-out" not in capsys.readouterr().out
    assert ev.main(["--root", str(root), "--set", "tuning-2", "--details"]) == 0  # no gold


def test_the_held_out_set_reads_its_texts_beside_its_gold(tmp_path):
    _article(tmp_path / "eval" / "heldout7", "h", "Iran sold drones to Russia.", [DRONES],
             file="heldout7/articles/h.txt")     # a path from eval/: falls back to articles/
    [(aid, text, gold)] = ev.load_gold_set("held-out", tmp_path)
    assert (aid, text, gold) == ("h", "Iran sold drones to Russia.", [DRONES])
    assert ev.load_gold_set("tuning", tmp_path) == []
    with pytest.raises(ValueError, match="unknown set"):
        ev.load_gold_set("both", tmp_path)


def test_a_missing_held_out_set_is_named_not_scored(tmp_path, capsys):
    root = _project(tmp_path)
    ev.build_project_gold(root)
    assert ev.main(["--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "held-out: no gold files in" in out and "tuning: no gold files in" in out
    assert not any(line.startswith("held-out ") for line in out.splitlines())


def test_agreement_scores_the_second_coding_against_the_first(tmp_path, capsys):
    text = "Iran sold drones to Russia. China has avoided sending arms to Russia."
    arms = dict(ARMS, start=28, end=68)
    first = [DRONES, arms]
    # the second coder made the drones claim with another stance, missed the arms claim
    # and added one the first did not make
    extra = {"quote": "China has avoided", "start": 28, "end": 45, "scope": "dyads",
             "dyads": ["CHN-RUS"], "hub": None, "domain": "military",
             "stance": "limitation"}
    second = [dict(DRONES, stance="limitation")]
    _article(tmp_path / "eval" / "heldout4", "t5", text, first)
    _article(tmp_path / "eval" / "agreement", "t5", text, second + [extra])
    [(aid, s)] = ev.agreement(tmp_path)
    assert aid == "t5"
    # "China has avoided" overlaps the arms claim by all of itself: it matches it
    assert (s.gold, s.predicted, s.matched, s.stance) == (2, 2, 2, 1)
    assert ev.main(["--root", str(tmp_path), "--agreement"]) == 0
    out = capsys.readouterr().out
    assert "B vs A    t5 " in out and "ALL  second coder" in out
    # a second coding of another text is refused, named
    (tmp_path / "eval" / "agreement" / "articles" / "t5.txt").write_text(text + " More.",
                                                                         encoding="utf-8")
    with pytest.raises(ValueError, match="differs"):
        ev.agreement(tmp_path)
    assert ev.main(["--root", str(tmp_path), "--agreement"]) == 2
    assert "t5.json: its text differs" in capsys.readouterr().err


def test_agreement_without_a_second_coding_exits_2(tmp_path, capsys):
    assert ev.main(["--root", str(tmp_path), "--agreement"]) == 2
    assert "no gold files" in capsys.readouterr().err


def test_a_set_in_batches_reads_every_batch_with_its_own_texts(tmp_path):
    batches = tmp_path / "eval" / "training"
    _article(batches / "batch-a", "one", "Iran sold drones to Russia.", [DRONES])
    _article(batches / "batch-b", "two", "China has avoided sending arms to Russia.", [ARMS])
    (batches / "README.md").write_text("not a batch", encoding="utf-8")
    got = ev.load_gold_set("training", tmp_path)
    assert [(aid, text) for aid, text, _ in got] == [
        ("one", "Iran sold drones to Russia."),
        ("two", "China has avoided sending arms to Russia.")]
