"""The extractor's learned layer: the candidate pool, the model's choices, deterministic
training, the shipped model file, and cross-validation folds that keep articles apart."""

import json

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
                for k, t in cv.items() if k != "folds")
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
