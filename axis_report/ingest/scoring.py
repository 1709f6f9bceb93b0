"""Scoring candidate claims against gold claims, and reading the gold sets: the part of
`evaluate.py` that `train.py` needs too (kept apart so that neither imports the other in a
cycle; `evaluate` re-exports every name here).

Matching: a predicted span matches a gold span when they overlap by at least half of the
shorter of the two; pairs are taken one-to-one, greedily by overlap (largest first; ties by
position).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["REPO", "SETS", "Score", "match_spans", "same_target", "score_article", "combine",
           "load_gold_set", "read_gold_files", "evaluate_set"]

REPO = Path(__file__).resolve().parents[2]


# --- matching and scoring -------------------------------------------------------------------

def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _matches(pred: dict, gold: dict) -> bool:
    shorter = min(pred["end"] - pred["start"], gold["end"] - gold["start"])
    ov = _overlap(pred, gold)
    return ov > 0 and 2 * ov >= shorter


def match_spans(predicted: list, gold: list) -> list:
    """One-to-one pairs (predicted index, gold index), greedy by overlap, largest first."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if _matches(p, g):
                candidates.append((-_overlap(p, g), g["start"], p["start"], i, j))
    candidates.sort()
    used_p, used_g, pairs = set(), set(), []
    for _, _, _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return sorted(pairs, key=lambda ij: (gold[ij[1]]["start"], ij[1]))


def same_target(pred: dict, gold: dict) -> bool:
    """Scope and its pairs: dyads as an exact set, a hub by its code, group by scope alone."""
    if pred.get("scope") != gold.get("scope"):
        return False
    if gold["scope"] == "dyads":
        return set(pred.get("dyads") or []) == set(gold.get("dyads") or [])
    if gold["scope"] == "hub":
        return pred.get("hub") == gold.get("hub")
    return True


@dataclass
class Score:
    """Counts for one article (or several added up)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    target: int = 0
    domain: int = 0
    stance: int = 0
    target_and_stance: int = 0
    pairs: list = field(default_factory=list)   # (predicted, gold) records, for --details

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, name: str) -> float:
        return getattr(self, name) / self.matched if self.matched else 0.0


def score_article(predicted: list, gold: list) -> Score:
    s = Score(gold=len(gold), predicted=len(predicted))
    for i, j in match_spans(predicted, gold):
        p, g = predicted[i], gold[j]
        s.matched += 1
        t = same_target(p, g)
        s.target += t
        s.domain += p.get("domain") == g["domain"]
        s.stance += p.get("stance") == g["stance"]
        s.target_and_stance += t and p.get("stance") == g["stance"]
        s.pairs.append((p, g))
    return s


def combine(scores) -> Score:
    total = Score()
    for s in scores:
        for name in ("gold", "predicted", "matched", "target", "domain", "stance",
                     "target_and_stance"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    return total


# --- running a set -------------------------------------------------------------------------------

# name -> (gold folder, the folder a gold file's `file` is relative to), under the root;
# printed in this order, held-out last.
SETS = {
    "dev": (("eval", "gold", "project"), ()),
    "tuning": (("eval", "gold"), ("eval",)),
    "tuning-2": (("eval", "heldout", "gold"), ("eval", "heldout")),
    "tuning-3": (("eval", "heldout2", "gold"), ("eval", "heldout2")),
    "tuning-4": (("eval", "heldout3", "gold"), ("eval", "heldout3")),
    "tuning-5": (("eval", "heldout4", "gold"), ("eval", "heldout4")),
    "tuning-6": (("eval", "heldout5", "gold"), ("eval", "heldout5")),
    "tuning-7": (("eval", "heldout6", "gold"), ("eval", "heldout6")),
    # texts coded blind for training the learned layer, in batches (eval/training/batch-*/)
    "training": (("eval", "training", "*", "gold"), ("eval", "training", "*")),
    "held-out": (("eval", "heldout7", "gold"), ("eval", "heldout7")),
}


def load_gold_set(name: str, root: Path = REPO) -> list:
    """[(article id, text, gold claims)] of one set (a name in `SETS`); an
    empty list when the set's folder does not exist."""
    if name not in SETS:
        raise ValueError(f"unknown set {name!r}: {', '.join(SETS)}")
    root = Path(root)
    folder_parts, base_parts = SETS[name]
    if "*" in base_parts:   # a set in batches: each batch folder holds gold/ and articles/
        at = base_parts.index("*")
        batches = sorted(p for p in root.joinpath(*base_parts[:at]).glob("*") if p.is_dir())
        files = [f for batch in batches
                 for f in read_gold_files(batch.joinpath(*folder_parts[at + 1:]), batch)]
    else:
        files = read_gold_files(root.joinpath(*folder_parts), root.joinpath(*base_parts))
    return [(aid, text, claims) for _, aid, text, claims in files]


def read_gold_files(folder: Path, base: Path) -> list:
    """[(gold file, article id, text, gold claims)] of the gold files in `folder`, each
    text read from `base`."""
    out = []
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        aid = doc.get("article") or path.stem
        # `file` is relative to the set's base; a gold file without it (or with a path
        # from elsewhere) falls back to articles/<slug>.txt beside the gold folder.
        candidates = [base / doc["file"]] if doc.get("file") else []
        candidates.append(base / "articles" / f"{path.stem}.txt")
        text_path = next((c for c in candidates if c.is_file()), candidates[0])
        out.append((path, aid, text_path.read_text(encoding="utf-8"), doc["claims"]))
    return out


def evaluate_set(articles: list, predictor) -> list:
    """[(article id, Score)] of `predictor(text) -> candidates` on each article."""
    return [(aid, score_article(predictor(text), gold)) for aid, text, gold in articles]
