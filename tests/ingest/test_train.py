"""The extractor's learned layer: the candidate pool, the model's choices, deterministic
training, the shipped model file, and cross-validation folds that keep articles apart."""

import json
from types import SimpleNamespace

import pytest

from axis_report.ingest import evaluate as ev
from axis_report.ingest import extract as ex
from axis_report.ingest import learn
from axis_report.ingest import train as tr

TEXT = ("Russia and China signed a gas deal in May. The pipeline to Beijing, which Moscow "
        "wants badly, may never be built. Tehran watched.")


def _model(claim=(), keep=(), stance=(), dim=4096, **thresholds):
    """A hand-made model: weight +8 on the named features of each regression."""
    def weights(names):
        w = [0.0] * dim
        for i in learn.hashed(names, dim):
            w[i] = 8.0
        return w
    th = {"keep_rule": 0.0, "piece_alone": 0.6, "piece_nested": 1.01, "stance_margin": 0.2,
          "use_stance": True}
    th.update(thresholds)
    return learn.Model({"dim": dim, "keep": {"weights": weights(keep)},
                        "claim": {"weights": weights(claim)},
                        "stance": {"weights": weights(stance)}, "thresholds": th})


def _quotes(cands):
    return [c["quote"] for c in cands]


def test_the_pool_holds_the_rules_candidates_and_the_clauses_they_left():
    pool = ex.candidate_pool(TEXT)
    rules = ex.extract_rules(TEXT)
    assert [c for c in pool if c["source"] == "rule"] == [dict(r, source="rule") for r in rules]
    pieces = [c for c in pool if c["source"] == "piece"]
    assert "Tehran watched" in _quotes(pieces)
    for c in pool:
        assert TEXT[c["start"]:c["end"]] == c["quote"]


def test_a_clause_the_rules_missed_is_kept_only_when_the_model_says_it_is_a_claim():
    pool = ex.candidate_pool(TEXT)
    sentences = ex.split_sentences(TEXT)
    rules = _quotes(ex.extract_rules(TEXT))
    assert "Tehran watched" not in rules
    # no weight on its words: p = 0.5 < 0.6, dropped; the rules' candidates all stay
    plain = learn.apply(_model(), TEXT, pool, sentences)
    assert _quotes(plain) == rules
    # a weight on "watched": kept, saying why, with its probability as confidence
    kept = learn.apply(_model(claim=["w:watched"]), TEXT, pool, sentences)
    extra = [c for c in kept if c["quote"] == "Tehran watched"]
    assert len(extra) == 1
    assert extra[0]["confidence"] > 0.9
    assert any(c.startswith("model: claim p=") for c in extra[0]["cues"])
    assert "source" not in extra[0]
    # a clause inside a kept rule candidate needs piece_nested, here never reached
    assert "The pipeline to Beijing" not in _quotes(
        learn.apply(_model(claim=["w:pipeline"]), TEXT, pool, sentences))


def test_a_rule_candidate_below_keep_rule_is_dropped_and_the_stance_model_can_overrule():
    pool = ex.candidate_pool(TEXT)
    sentences = ex.split_sentences(TEXT)
    out = learn.apply(_model(keep=["w:signed"], keep_rule=0.6), TEXT, pool, sentences)
    assert _quotes(out) == ["Russia and China signed a gas deal in May"]
    flipped = learn.apply(_model(keep=["w:signed"], stance=["w:signed"], keep_rule=0.6), TEXT,
                          pool, sentences)
    assert flipped[0]["stance"] == "limitation"
    assert any(c.startswith("model: stance limitation") for c in flipped[0]["cues"])


def test_the_shipped_model_file_loads_and_agrees_with_its_own_estimate():
    m = learn.load()
    doc = m.doc
    assert len(m.keep_w) == len(m.claim_w) == len(m.stance_w) == m.dim == tr.PARAMS["dim"]
    assert doc["thresholds"] == {k: tr.PARAMS[k] for k in tr._THRESHOLDS}
    cv = doc["cross_validation"]
    beats = all(t["rules+model"]["F1"] > t["rules"]["F1"]
                and t["rules+model"]["dyads+stance"] >= t["rules"]["dyads+stance"]
                for k, t in cv.items() if k.startswith(("A:", "B:")))
    assert cv["articles"] > 0
    assert doc["default"] == beats
    # the default extractor uses the model only when the file says so
    if not doc["default"]:
        assert learn.default_model() is None
        assert ex.extract(TEXT) == ex.extract_rules(TEXT)
    # opted into, every candidate says what the model made of it
    for c in ex.extract(TEXT, model=m):
        assert any(x.startswith("model: ") for x in c["cues"])
        assert 0 <= c["confidence"] <= 1


def test_keep_labels_take_the_rules_matches_first_then_the_gold_left_over():
    gold = [{"start": 0, "end": 41, "stance": "cooperation"},
            {"start": 114, "end": 128, "stance": "cooperation"}]
    pool = [{"start": 0, "end": 41, "source": "rule"},
            {"start": 0, "end": 20, "source": "piece"},      # the same claim: already taken
            {"start": 114, "end": 128, "source": "piece"},
            {"start": 43, "end": 66, "source": "piece"}]
    assert tr._keep_labels(pool, gold) == [1, 0, 1, 0]


@pytest.fixture(scope="module")
def small():
    """Three articles of one set and two of another, pools built on the current rules."""
    arts = tr.load_articles(("tuning", "tuning-2"), rules="current")
    return [a for a in arts if a.set_name == "tuning"][:3] + \
        [a for a in arts if a.set_name == "tuning-2"][:2]


def test_training_is_deterministic(small):
    params = dict(tr.PARAMS, steps=30)
    one = json.dumps(tr.train_model(small, params), sort_keys=True)
    two = json.dumps(tr.train_model(small, params), sort_keys=True)
    assert one == two
    assert json.loads(one)["claim"]["weights"] != [0.0] * params["dim"]


@pytest.mark.parametrize("by", ["article", "set"])
def test_no_fold_puts_an_article_in_both_training_and_test(small, by):
    folds = tr.folds(small, by)
    assert len(folds) == (5 if by == "article" else 2)
    tested = []
    for _, train_i, test_i in folds:
        assert not set(train_i) & set(test_i)
        assert not {small[i].aid for i in train_i} & {small[i].aid for i in test_i}
        tested += test_i
    assert sorted(tested) == list(range(len(small)))


def test_cross_validation_trains_without_the_article_it_scores(small, monkeypatch):
    seen = []
    real = tr.train_model

    def spy(articles, params=tr.PARAMS):
        seen.append({a.aid for a in articles})
        return real(articles, dict(params, steps=5))

    monkeypatch.setattr(tr, "train_model", spy)
    table = next(iter(tr.cross_validate(small).values()))
    assert len(seen) == len(small)
    for trained, art in zip(seen, small):
        assert art.aid not in trained and len(trained) == len(small) - 1
    rules = ev.combine(r for r, _ in table.values())
    assert rules.gold == sum(len(a.gold) for a in small)


def test_the_held_out_set_is_never_loaded_for_training():
    with pytest.raises(ValueError):
        tr.load_articles(("tuning", "held-out"))


def test_pool_recall_counts_the_gold_a_rule_candidate_or_any_candidate_matches():
    gold = [{"start": 0, "end": 40}, {"start": 50, "end": 80}, {"start": 90, "end": 99}]
    rule = {"start": 0, "end": 38, "source": "rule"}
    piece = {"start": 52, "end": 80, "source": "piece"}
    stray = {"start": 200, "end": 230, "source": "piece"}
    arts = [SimpleNamespace(set_name="s", rules=[rule], pool=[rule, piece, stray], gold=gold),
            SimpleNamespace(set_name="s", rules=[], pool=[], gold=gold[:1]),
            SimpleNamespace(set_name="t", rules=[rule], pool=[rule], gold=gold[:1])]
    table = tr.pool_recall(arts)
    assert table == {"s": (4, 1, 2), "t": (1, 1, 1)}
    text = tr.format_pool_recall(table)
    assert text.splitlines()[-1].split() == ["ALL", "5", "2", "0.40", "3", "0.60"]


def test_freezing_reads_each_commit_once_and_takes_the_rules_alone(tmp_path, monkeypatch):
    """Two sets may share a commit; a commit whose extract() adds the learned layer is run
    through its extract_rules()."""
    import subprocess

    calls = []

    def fake_run(cmd, **kw):
        calls.append(cmd[-1])
        src = ("def extract_rules(text):\n    return [{'start': 0, 'end': 5, 'scope': 'group',"
               " 'dyads': [], 'hub': None, 'stance': 'cooperation'}]\n"
               "def extract(text):\n    raise ImportError('learn')\n"
               if cmd[-1].endswith("extract.py") else "")
        return SimpleNamespace(stdout=src)

    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setattr(tr, "UNSEEN_COMMITS", {"tuning": "fakec0mm1t", "tuning-2": "fakec0mm1t"})
    out = tmp_path / "unseen.json"
    scores = tr.freeze_unseen(path=out)
    assert set(scores) == {"tuning", "tuning-2"}
    assert len(calls) == 2          # extract.py and lexicon.py, once for both sets
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["commits"] == {"tuning": "fakec0mm1t", "tuning-2": "fakec0mm1t"}
    assert all(c == [{"start": 0, "end": 5, "scope": "group", "dyads": [], "hub": None,
                      "stance": "cooperation"}]
               for cands in doc["candidates"].values() for c in cands.values())


def test_every_set_but_the_held_out_one_is_trained_on_and_timed():
    from axis_report.ingest import bench

    assert "held-out" not in tr.TRAIN_SETS and "held-out" not in bench.SETS
    assert set(tr.TRAIN_SETS) == set(bench.SETS) == {n for n in ev.SETS if n != "held-out"}
    # every set the current rules were tuned on is read with the rules that had not seen it
    assert set(tr.UNSEEN_COMMITS) == set(tr.TRAIN_SETS) - {"dev", "training"}


def test_the_tables_say_how_many_articles_were_folded():
    s = ev.Score(gold=3, predicted=2, matched=2, target_and_stance=2)
    text = tr.format_cv({"training": (s, s)}, {"training": (s, s)}, 7)
    assert "(7 articles)" in text and "the other 6" in text
    assert "ALL  rules + model" in text and "0.667" in text
