"""Measure the claim extractor against hand-coded gold claims.

Ten sets, kept apart:

- **dev**: the project's own sources (`eval/gold/project/<source id>.json`), generated from
  `seeds/evidence.yaml` and `seeds/sources.yaml` by `build_project_gold` (every quote of a
  claim becomes a gold span carrying its claim's scope, dyads, hub, domain and stance; a quote
  that occurs twice in its source gives a span at each occurrence; identical spans are kept
  once). The extractor is tuned on this set only.
- **tuning**: the five articles in `eval/articles/` with their gold in `eval/gold/*.json`,
  coded before any extractor existed. Their misses have been studied and the rules tuned
  against them, so they no longer measure how the extractor generalises.
- **tuning-2**: the five articles in `eval/heldout/`, coded blind as the first held-out set
  and scored once as such (issue 11, 2026-11-26); then tuned on, like `tuning`.
- **tuning-3**: the five articles in `eval/heldout2/`, coded blind as the third held-out set
  and scored once as such (issue 11, 2026-11-26); then tuned on.
- **tuning-4**: the six articles in `eval/heldout3/`, likewise (the fourth held-out set).
- **tuning-5**: the six articles in `eval/heldout4/`, likewise (the fifth held-out set).
- **tuning-6**: the six articles in `eval/heldout5/`, likewise (the sixth held-out set).
- **tuning-7**: the six articles in `eval/heldout6/`, likewise (the seventh held-out set).
- **training**: articles coded blind to train the learned layer, in batches
  (`eval/training/batch-*/gold/*.json`, texts in each batch's `articles/`); no rule has been
  written from them.
- **held-out**: articles nobody tuning the extractor has read, with their gold in
  `eval/heldout7/gold/*.json` (the same format) and texts in `eval/heldout7/articles/`. It is
  printed last; run it once, at the end of a round of work, and do not study its misses.

Matching (decided before any extractor output was seen): a predicted span matches a gold span
when they overlap by at least half of the shorter of the two; pairs are taken one-to-one,
greedily by overlap (largest first; ties by position). Span precision, recall and F1 follow.
On matched pairs: `dyads/scope` is right when the scope is equal and, for dyads, the sets of
dyads are equal, for a hub, the hub is equal (group needs nothing more); `domain`, `stance`;
and `dyads+stance` when both are right.

The naive baseline: every sentence (split at . ! ? followed by a space, and at line breaks)
naming two or more of the four (by the extractor's country lexicon: names, adjectives,
capitals, leaders, institutions) is one candidate for every pair it names; limitation when
the sentence holds a negation word (not, no, neither, nor, never, without, limited, avoided,
refrain*), else cooperation; domain by the extractor's keyword map (diplomatic by default).

    python -m axis_report.ingest.evaluate                 # all ten sets (make eval-extract)
    python -m axis_report.ingest.evaluate --set dev --details
    python -m axis_report.ingest.evaluate --set tuning --details
    python -m axis_report.ingest.evaluate --set tuning-2 --details
    python -m axis_report.ingest.evaluate --set tuning-3 --details
    python -m axis_report.ingest.evaluate --set tuning-4 --details
    python -m axis_report.ingest.evaluate --set tuning-5 --details
    python -m axis_report.ingest.evaluate --set training
    python -m axis_report.ingest.evaluate --build-project-gold
    python -m axis_report.ingest.evaluate --cross-validate     # rules alone vs rules + model
    python -m axis_report.ingest.evaluate --set tuning-4 --with-model

`--cross-validate` prints the leave-one-article-out estimate of the learned layer
(`learn.py`, `train.py`) over dev, the tuning sets and the training batches (`train.TRAIN_SETS`),
never the held-out set.
`--agreement` scores a second, independent hand coding of the tuning-5 texts
(`eval/agreement/`) against the first, with the same matching rule: how far two coders agree,
the ceiling against which the extractor's scores are read.
`--with-model` scores the rules plus the trained model (`model.json`) even when it is not the
extractor's default; on dev and the tuning sets that is training-set fit, and it says so.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from itertools import combinations
from pathlib import Path

import yaml

from .. import vocab
from .scoring import (  # noqa: F401  (re-exported: the scorer's names live in scoring.py)
    REPO,
    SETS,
    Score,
    _matches,
    _overlap,
    combine,
    evaluate_set,
    load_gold_set,
    match_spans,
    read_gold_files,
    same_target,
    score_article,
)

__all__ = [
    "Score", "match_spans", "score_article", "combine", "build_project_gold",
    "naive_baseline", "load_gold_set", "evaluate_set", "format_table", "main",
]

GROUP = vocab.DEFAULT_GROUP


# --- matching, scoring and the sets live in scoring.py (train.py uses them too) -------------

# --- the dev gold, from the project's own evidence ----------------------------------------------

def _load_yaml_list(path: Path) -> list:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of entries")
    return data


def _project_group(root: Path) -> tuple:
    settings = root / "axis-project.yaml"
    if settings.exists():
        data = yaml.safe_load(settings.read_text(encoding="utf-8")) or {}
        if data.get("countries"):
            return tuple(data["countries"])
    return GROUP


def build_project_gold(root: Path = REPO, out_dir: Path | None = None) -> dict:
    """Write eval/gold/project/<source id>.json from the project's claims; return
    {source id: number of gold spans}.

    Each quote of each claim becomes one gold span with the claim's codes (and the quote's
    attribution and analyst), at every place the quote occurs in its source; spans with the
    same start and end are kept once (the first claim in file order). Offsets are into the
    source text, whose path (relative to the project root) is the file's `file`.
    """
    root = Path(root)
    out_dir = Path(out_dir) if out_dir else root / "eval" / "gold" / "project"
    group = _project_group(root)
    sources = {s["id"]: s for s in _load_yaml_list(root / "seeds" / "sources.yaml")}
    texts = {sid: (root / "seeds" / s["file"]).read_text(encoding="utf-8")
             for sid, s in sources.items()}
    spans = {sid: {} for sid in sources}
    for claim in _load_yaml_list(root / "seeds" / "evidence.yaml"):
        scope = claim["scope"]
        dyads = sorted(claim.get("dyads") or []) if scope == "dyads" else []
        hub = claim.get("hub") if scope == "hub" else None
        countries = (sorted({c for d in dyads for c in d.split("-")}) if scope == "dyads"
                     else list(group))
        for q in claim["quotes"]:
            sid, text, quote = q["source"], texts[q["source"]], q["quote"]
            start = text.find(quote)
            if start < 0:
                raise ValueError(f"{claim['id']}: quote not found in {sid}: {quote[:60]!r}")
            while start >= 0:
                key = (start, start + len(quote))
                spans[sid].setdefault(key, {
                    "quote": quote, "start": key[0], "end": key[1], "countries": countries,
                    "scope": scope, "dyads": dyads, "hub": hub, "domain": claim["domain"],
                    "stance": claim["stance"], "attribution": q.get("attribution", "article"),
                    "analyst": q.get("analyst") if q.get("attribution") == "named" else None,
                    "note": f"{claim['id']}: {claim.get('claim', '')}".strip(),
                })
                start = text.find(quote, start + 1)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for sid, by_span in spans.items():
        claims = [by_span[k] for k in sorted(by_span)]
        doc = {"article": sid, "file": f"seeds/{sources[sid]['file']}",
               "coder": "generated from seeds/evidence.yaml by "
                        "axis_report.ingest.evaluate.build_project_gold",
               "claims": claims}
        (out_dir / f"{sid}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts[sid] = len(claims)
    return counts


# --- the naive baseline ------------------------------------------------------------------------

_NAIVE_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_NAIVE_NEGATION = re.compile(
    r"\b(?:not|no|neither|nor|never|without|limited|avoided|refrain\w*)\b|n't\b", re.I)


def naive_baseline(text: str) -> list:
    """One candidate per sentence naming two or more of the four, for every pair named."""
    from .extract import domain_of
    from .lexicon import find_countries

    out = []
    for m in _NAIVE_SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        sentence = text[start:end]
        codes = sorted({c.code for c in find_countries(sentence) if c.code in GROUP})
        if len(codes) < 2:
            continue
        out.append({
            "quote": sentence, "start": start, "end": end, "countries": codes,
            "scope": "dyads", "dyads": [f"{a}-{b}" for a, b in combinations(codes, 2)],
            "hub": None, "domain": domain_of(sentence)[0],
            "stance": "limitation" if _NAIVE_NEGATION.search(sentence) else "cooperation",
        })
    return out


_HEADER = (f"{'set':<9} {'article':<48} {'gold':>4} {'pred':>4} {'P':>5} {'R':>5} {'F1':>5}"
           f" | {'match':>5} {'dyads/scope':>11} {'domain':>6} {'stance':>6} "
           f"{'dyads+stance':>12}")


def _row(set_name: str, label: str, s: Score) -> str:
    return (f"{set_name:<9} {label[:48]:<48} {s.gold:>4} {s.predicted:>4} {s.precision:>5.2f} "
            f"{s.recall:>5.2f} {s.f1:>5.2f} | {s.matched:>5} {s.rate('target'):>11.2f} "
            f"{s.rate('domain'):>6.2f} {s.rate('stance'):>6.2f} "
            f"{s.rate('target_and_stance'):>12.2f}")


def format_table(results: dict) -> str:
    """results: {set name: (extractor [(id, Score)], baseline [(id, Score)])}."""
    lines = [_HEADER, "-" * len(_HEADER)]
    for set_name, (ours, naive) in results.items():
        for aid, s in ours:
            lines.append(_row(set_name, aid, s))
        lines.append(_row(set_name, "ALL  extractor", combine(s for _, s in ours)))
        lines.append(_row(set_name, "ALL  NAIVE BASELINE", combine(s for _, s in naive)))
        lines.append("-" * len(_HEADER))
    return "\n".join(lines)


def _details(set_name: str, articles: list, predictor) -> str:
    """Every gold claim with its match (or MISSED) and every unmatched prediction."""
    lines = []
    for aid, text, gold in articles:
        pred = predictor(text)
        pairs = dict((j, i) for i, j in match_spans(pred, gold))
        lines.append(f"=== {set_name} {aid}")
        for j, g in enumerate(gold):
            tag = (f"{g['scope']}:{g['hub'] or ','.join(g['dyads'])} {g['domain']} "
                   f"{g['stance']}")
            lines.append(f"  GOLD [{g['start']}:{g['end']}] {tag} | {g['quote'][:110]}")
            if j in pairs:
                p = pred[pairs[j]]
                ptag = (f"{p['scope']}:{p['hub'] or ','.join(p['dyads'])} {p['domain']} "
                        f"{p['stance']}")
                mark = ("ok" if same_target(p, g) and p["stance"] == g["stance"] else "XX")
                dom = "" if p["domain"] == g["domain"] else " (domain)"
                lines.append(f"    {mark} [{p['start']}:{p['end']}] {ptag}{dom} | "
                             f"{p['quote'][:110]}")
            else:
                lines.append("    MISSED")
        matched = set(pairs.values())
        for i, p in enumerate(pred):
            if i not in matched:
                ptag = (f"{p['scope']}:{p['hub'] or ','.join(p['dyads'])} {p['domain']} "
                        f"{p['stance']}")
                lines.append(f"  EXTRA [{p['start']}:{p['end']}] {ptag} | {p['quote'][:110]}"
                             f"  {p.get('cues', '')}")
    return "\n".join(lines)


# A second, independent coding of one set's texts (eval/agreement/gold/, its `file` paths
# relative to eval/agreement/) and the set it codes again: how far two coders agree.
AGREEMENT = (("eval", "agreement"), "tuning-5")


def agreement(root: Path = REPO) -> list:
    """[(article id, Score)] of the second coding scored against the first, article by
    article, on the texts both coded (the second coder's claims in the place of candidates:
    its precision is the share of the second coder's claims the first also made, its recall
    the share of the first coder's claims the second also made; F1 is symmetric). Both
    codings must hold the same text; a second coding without a first is named."""
    folder = root.joinpath(*AGREEMENT[0])
    first = {aid: (text, gold) for aid, text, gold in load_gold_set(AGREEMENT[1], root)}
    out = []
    for path, aid, text, claims in read_gold_files(folder / "gold", folder):
        if aid not in first:
            raise ValueError(f"{path}: article {aid!r} has no first coding in the "
                             f"{AGREEMENT[1]} set")
        if text != first[aid][0]:
            raise ValueError(f"{path}: its text differs from the {AGREEMENT[1]} set's")
        out.append((aid, score_article(claims, first[aid][1])))
    return out


def format_agreement(scores: list) -> str:
    first = SETS[AGREEMENT[1]][1]
    lines = [f"Inter-coder agreement: the second coding ({'/'.join(AGREEMENT[0])}/) scored "
             f"against the first ({'/'.join(first)}/), with the extractor's matching rule.",
             "P: share of the second coder's claims the first coder also made; R: the "
             "reverse.", _HEADER.replace("set      ", "coders   "), "-" * len(_HEADER)]
    for aid, s in scores:
        lines.append(_row("B vs A", aid, s))
    lines.append(_row("B vs A", "ALL  second coder", combine(s for _, s in scores)))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m axis_report.ingest.evaluate",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all",
                        help=f"which gold set to score (default: all {len(SETS)}, held-out last)")
    parser.add_argument("--details", action="store_true",
                        help="list each gold claim with its match (not for held-out)")
    parser.add_argument("--build-project-gold", action="store_true",
                        help="regenerate eval/gold/project/ from seeds/ and stop")
    parser.add_argument("--root", default=str(REPO), help="the project root (default: this one)")
    parser.add_argument("--cross-validate", action="store_true",
                        help="print the cross-validated table of the learned layer (rules "
                             "alone vs rules + model) over dev, the tuning sets and the "
                             "training batches, and stop")
    parser.add_argument("--agreement", action="store_true",
                        help="score the second, independent coding in eval/agreement/ against "
                             "the first coding of the same texts, and stop")
    parser.add_argument("--with-model", action="store_true",
                        help="score the rules plus the trained model, even when it is not the "
                             "extractor's default")
    args = parser.parse_args(argv)
    root = Path(args.root)
    if args.cross_validate:
        from .train import estimate, format_cv

        _, unseen, current = estimate(root)
        print(format_cv(unseen, current))
        return 0
    if args.agreement:
        try:
            scores = agreement(root)
        except (OSError, ValueError, KeyError) as exc:
            print(f"agreement: {exc}", file=sys.stderr)
            return 2
        if not scores:
            print(f"agreement: no gold files in {root.joinpath(*AGREEMENT[0], 'gold')}",
                  file=sys.stderr)
            return 2
        print(format_agreement(scores))
        return 0
    if args.build_project_gold:
        counts = build_project_gold(root)
        print(f"wrote {len(counts)} files to {root / 'eval' / 'gold' / 'project'} "
              f"({sum(counts.values())} gold spans)")
        return 0

    from .extract import extract

    if args.with_model:
        from functools import partial

        from .learn import MODEL_PATH, load

        extract = partial(extract, model=load(MODEL_PATH))   # noqa: F811
    names = list(SETS) if args.set == "all" else [args.set]
    if args.details and "held-out" in names:  # also when every set is scored
        tuned = [n for n in SETS if n != "held-out"]
        print(f"--details is for the sets the rules are tuned on (--set "
              f"{', '.join(tuned[:-1])} or {tuned[-1]}), never the held-out set",
              file=sys.stderr)
        return 2
    results, timing = {}, []
    missing = []
    for name in names:
        articles = load_gold_set(name, root)
        if not articles:
            missing.append(name)
            continue
        started = time.perf_counter()
        ours = evaluate_set(articles, extract)
        took = time.perf_counter() - started
        timing.append((name, sum(len(t) for _, t, _ in articles), took))
        results[name] = (ours, evaluate_set(articles, naive_baseline))
        if args.details:
            print(_details(name, articles, extract))
    print("Span match: overlap >= half the shorter span, one-to-one, greedy by overlap. "
          "Code rates are over matched spans.")
    print(format_table(results))
    if args.with_model:
        trained = [n for n in results if n != "held-out"]
        if trained:
            print(f"With the model: it was trained on {', '.join(trained)}, so these rows show "
                  "how well it fits its training data, not how it generalises (see "
                  "--cross-validate).")
    for name in missing:
        folder = root.joinpath(*SETS[name][0])
        print(f"{name}: no gold files in {folder}")
    for name, chars, took in timing:
        print(f"{name}: {chars:,} characters extracted in {took:.3f} s "
              f"({took * 5000 / max(chars, 1):.3f} s per 5,000 characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
