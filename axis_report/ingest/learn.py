"""The learned layer of the claim extractor: which candidates to keep, and their stance.

`extract.candidate_pool(text)` gives the rules' candidates and every other clause that names
one of the four, a group, a pair or a relation (a "piece", with codes read from its own words
and its context). Three logistic regressions, trained on the hand-coded gold sets by
`train.py` and stored in `model.json`, read hashed features of each candidate (below):

- **keep** (rule candidates): the chance that the candidate is a gold claim; kept at
  `p >= keep_rule`.
- **claim** (pieces): the chance that the clause is a gold claim, read without the features
  of where the rules left it; a piece that overlaps no kept rule candidate is kept at
  `p >= piece_alone`, one inside or across a kept rule candidate at `p >= piece_nested`.
- **stance**: the chance that a kept candidate is a limitation; it replaces the rules'
  stance when it is sure (`p >= 1 - stance_margin` or `p <= stance_margin`) and
  `use_stance` is on.

The thresholds are chosen by cross-validation (`train.py --search`). Each kept candidate says
why in `cues` ("model: keep p=0.81" or "model: claim p=0.74", and "model: stance ..." when
the stance changed) and carries `confidence` = that probability. Inference is plain Python
(a sum of weights over the features that fire): deterministic, with no numpy.

Features: where the candidate comes from, the rules' cues (their labels and how the countries
were found), the scope, stance, domain and pairs, how many of the four it names, group words,
pair words and pronouns, words of relation, negation and hedging, quotation marks, a finite
verb, its length, whether it lies inside or around a rule candidate and where in its sentence,
a heading or a question, its first words, the word before it, and its words and word pairs
(each country mention one class token, "<chn>").
"""

from __future__ import annotations

import json
import math
import re
import zlib
from functools import lru_cache
from pathlib import Path

from . import lexicon as lx

__all__ = ["features", "hashed", "pool_claim_features", "Model", "load",
           "default_model", "probabilities", "select", "apply", "MODEL_PATH"]

MODEL_PATH = Path(__file__).with_name("model.json")

_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*|\d+|[—–;:()“”\"]")
_NEG_RE = re.compile(r"\b(?:not|no|never|neither|nor|without|n['’]t|lack\w*|fail\w*|refus\w*|"
                     r"avoid\w*|stopped short)\b", re.I)
_HEDGE_RE = re.compile(r"\b(?:may|might|could|would|likely|perhaps|possibl\w*|potential\w*|"
                       r"appears?|seems?|suggest\w*|if)\b", re.I)
_FINITE_RE = lx.FINITE_RE


def _bucket(n: int, edges) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _tokens(text: str, a: int, b: int, mentions: list) -> list:
    """The lower-cased words of text[a:b], each country mention one token ("<chn>")."""
    out, pos = [], a
    for m in mentions:
        if m.start < a or m.end > b:
            continue
        out += [w.lower() for w in _WORD_RE.findall(text, pos, m.start)]
        out.append(f"<{m.code.lower()}>" if m.code in lx.FOUR else "<other>")
        pos = m.end
    out += [w.lower() for w in _WORD_RE.findall(text, pos, b)]
    return out


def features(text: str, cand: dict, pool: list, mentions: list, sentences: list) -> list:
    """The feature names of one candidate of the pool (strings; hashed by `hashed`)."""
    a, b = cand["start"], cand["end"]
    seg = text[a:b]
    src = cand.get("source", "rule")
    f = [f"src:{src}", "bias"]
    for cue in cand.get("cues") or []:
        if cue.startswith("model:"):
            continue
        label = cue.split(":", 1)[0]
        f.append(f"{src}|cue:{label}")
        if label in ("countries", "rule", "split", "nested", "attribution"):
            f.append(f"{src}|cue:{cue}")
    four = [m for m in mentions if a <= m.start and m.end <= b and m.code in lx.FOUR]
    codes = {m.code for m in four}
    f += [f"{src}|scope:{cand['scope']}", f"stance:{cand['stance']}",
          f"{src}|stance:{cand['stance']}", f"domain:{cand['domain']}",
          f"ndyads:{_bucket(len(cand['dyads']), (0, 1, 2))}",
          f"{src}|ncodes:{len(codes)}", f"ncodes:{len(codes)}",
          f"codes-in-target:{bool(codes) and codes <= set(cand.get('countries') or [])}"]
    if cand["scope"] == "dyads":
        f += [f"dyad:{d}" for d in cand["dyads"]]
    elif cand["scope"] == "hub":
        f.append(f"hub:{cand['hub']}")
    if lx.GROUP_RE.search(seg):
        f.append("group-word")
    if lx.PAIR_RE.search(seg):
        f.append("pair-word")
    if lx.PLURAL_PRONOUN_RE.search(seg):
        f.append("plural-pronoun")
    if lx.RELATION_RE.search(seg):
        f += ["relation-word", f"{src}|relation-word"]
    if _NEG_RE.search(seg):
        f.append("negation")
    if _HEDGE_RE.search(seg):
        f.append("hedge")
    if not _FINITE_RE.search(seg):
        f.append("no-finite-verb")
    if re.search(r"[“”\"«»]", seg):
        f.append("quotation")
    n = len(seg.split())
    f += [f"words:{_bucket(n, (4, 8, 14, 22, 35))}",
          f"{src}|words:{_bucket(n, (4, 8, 14, 22, 35))}"]
    # its place among the rule candidates and in its sentence
    rules = [r for r in pool if r.get("source", "rule") == "rule" and r is not cand]
    inside = any(r["start"] <= a and b <= r["end"] for r in rules)
    around = any(a <= r["start"] and r["end"] <= b for r in rules)
    overl = any(r["start"] < b and a < r["end"] for r in rules)
    place = "inside" if inside else "around" if around else "overlap" if overl else "alone"
    f.append(f"{src}|rel:{place}")
    sent = next(((s, e) for s, e, _ in sentences if s <= a < e), (a, b))
    f.append(f"{src}|sent-start:{a == sent[0]}")
    f.append(f"{src}|sent-end:{b >= sent[1] - 1}")
    if not re.search(r"[.!?:\"”]$", text[sent[0]:sent[1]]):
        f.append("heading")
    if re.search(r"\?[\"”’')\]]*$", text[sent[0]:sent[1]]):
        f.append("question")
    words = _tokens(text, a, b, mentions)
    if words:
        f.append(f"first:{words[0]}")
        f.append(f"first2:{' '.join(words[:2])}")
    before = _tokens(text, max(0, a - 30), a, mentions)
    f.append(f"prev:{before[-1] if before else '^'}")
    f += [f"w:{w}" for w in sorted(set(words))]
    f += [f"bi:{x} {y}" for x, y in sorted(set(zip(words, words[1:])))]
    return f


def hashed(names, dim: int) -> list:
    """Sorted distinct feature indices in [0, dim) of the feature names (crc32)."""
    return sorted({zlib.crc32(n.encode("utf-8")) % dim for n in names})


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class Model:
    """Three logistic regressions (keep, claim, stance) over hashed features, and the
    thresholds that use them."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.dim = int(doc["dim"])
        self.keep_w = [float(x) for x in doc["keep"]["weights"]]
        self.stance_w = [float(x) for x in doc["stance"]["weights"]]
        self.claim_w = [float(x) for x in doc["claim"]["weights"]]
        self.keep_rule = float(doc["thresholds"]["keep_rule"])
        self.piece_alone = float(doc["thresholds"]["piece_alone"])
        self.piece_nested = float(doc["thresholds"]["piece_nested"])
        self.stance_margin = float(doc["thresholds"]["stance_margin"])
        self.use_stance = bool(doc["thresholds"].get("use_stance", True))

    def keep_p(self, idx: list) -> float:
        return _sigmoid(sum(self.keep_w[i] for i in idx))

    def claim_p(self, idx: list) -> float:
        return _sigmoid(sum(self.claim_w[i] for i in idx))

    def stance_p(self, idx: list) -> float:
        return _sigmoid(sum(self.stance_w[i] for i in idx))


def load(path: Path | str = MODEL_PATH) -> Model:
    return Model(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The shipped model, or None when `model.json` is absent or not marked as the default."""
    if not MODEL_PATH.is_file():
        return None
    m = load(MODEL_PATH)
    return m if m.doc.get("default", False) else None


def pool_claim_features(text: str, pool: list, sentences: list, dim: int) -> tuple:
    """(features, claim features) of every candidate: the claim model reads a clause for
    what it says, without the features of its place among the rule candidates."""
    mentions = lx.find_countries(text)
    X, C = [], []
    for c in pool:
        names = features(text, c, pool, mentions, sentences)
        X.append(hashed(names, dim))
        C.append(hashed([n for n in names if "|rel:" not in n], dim))
    return X, C


def _alone(c: dict, kept_rules: list) -> bool:
    return not any(r["start"] < c["end"] and c["start"] < r["end"] for r in kept_rules)


def probabilities(model: Model, pool: list, X: list, C: list) -> list:
    """(keep or claim p, stance p) of each candidate: the keep model for a rule candidate,
    the claim model for a piece."""
    return [(model.keep_p(x) if c.get("source", "rule") == "rule" else model.claim_p(cx),
             model.stance_p(x)) for c, x, cx in zip(pool, X, C)]


def select(model: Model, pool: list, probs: list) -> list:
    """The candidates kept at the model's thresholds, with its stance and confidence: rule
    candidates at keep p >= keep_rule; pieces that overlap no kept rule candidate at claim
    p >= piece_alone, the others at claim p >= piece_nested."""
    rule = [c.get("source", "rule") == "rule" for c in pool]
    kept = [i for i in range(len(pool)) if rule[i] and probs[i][0] >= model.keep_rule]
    kept_rules = [pool[i] for i in kept]
    for i, c in enumerate(pool):
        if not rule[i] and probs[i][0] >= (model.piece_alone if _alone(c, kept_rules)
                                           else model.piece_nested):
            kept.append(i)
    out = []
    for i in sorted(kept):
        c, (p, ps) = pool[i], probs[i]
        rec = {k: v for k, v in c.items() if k != "source"}
        rec["cues"] = list(c.get("cues") or []) + [
            f"model: {'keep' if rule[i] else 'claim'} p={p:.2f}"]
        rec["confidence"] = round(p, 2)
        if model.use_stance:
            new = ("limitation" if ps >= 1 - model.stance_margin else
                   "cooperation" if ps <= model.stance_margin else rec["stance"])
            if new != rec["stance"]:
                rec["cues"].append(f"model: stance {new} p={ps:.2f}")
                rec["stance"] = new
        out.append(rec)
    return out


def apply(model: Model, text: str, pool: list, sentences: list) -> list:
    """The candidates of the pool the model keeps (see `select`)."""
    X, C = pool_claim_features(text, pool, sentences, model.dim)
    return select(model, pool, probabilities(model, pool, X, C))
