"""Turn the hand-written claim specs in <set>/tools/specs/ into <set>/gold/<slug>.json.

    python3 eval/tools/build_gold.py [SET]      # SET: eval (default) or eval/heldout*

This script only locates each hand-chosen quote in the article (text.find), records
start/end, and checks the fields. It does not choose or guess claims.
"""
import json, pathlib, runpy, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent  # the set: eval/, or the argument
# Who coded each set, as its gold files say.
CODERS = {
    "eval": "gold coder (helper session), written before any extractor existed",
    "heldout": "gold coder (helper session F), held-out set coded from the codebook and the "
               "texts alone, without any extractor code or output",
    "heldout2": "gold coder (helper session), second held-out set coded from the codebook "
                "and the texts alone, without any extractor code or output",
    "heldout3": "gold coder (helper session), fourth held-out set coded from the codebook "
                "and the texts alone, without any extractor code or output",
    "heldout4": "gold coder (helper session), fifth held-out set coded from the codebook "
                "and the texts alone, without any extractor code or output",
    "heldout5": "gold coder (helper session), sixth held-out set coded from the codebook "
                "and the texts alone, without any extractor code or output",
    "heldout6": "gold coder (helper session), seventh held-out set coded from the codebook "
                "and the texts alone, without any extractor code or output",
    "heldout7": "gold coder (helper session), eighth held-out set coded from the codebook "
                "and the texts alone, without any extractor code or output",
    "agreement": "second gold coder (helper session), the texts of heldout4/ coded again from "
                 "the codebook alone, without the first coding or any extractor code or output",
}
CODED_ON = {"eval": "2026-11-25", "heldout": "2026-11-25", "heldout2": "2026-11-26",
            "heldout3": "2026-11-26", "heldout4": "2026-11-26",
            "heldout5": "2026-11-26", "agreement": "2026-11-26",
            "heldout6": "2026-11-26", "heldout7": "2026-11-26"}
# Training batches (eval/training/batch-*): coded blind like the held-out sets, for the
# learned layer to train on.
TRAINING_CODER = ("gold coder (helper session), training batch coded from the codebook and "
                  "the texts alone, without any extractor code or output")
FIELDS = ["quote", "start", "end", "countries", "scope", "dyads", "hub", "domain",
          "stance", "attribution", "analyst", "note"]

def build(slug):
    text = (ROOT / "articles" / f"{slug}.txt").read_text(encoding="utf-8")
    spec = runpy.run_path(str(ROOT / "tools" / "specs" / f"{slug}.py"))
    claims = []
    for c in spec["CLAIMS"]:
        q = c["quote"]
        occ = c.get("occurrence", 0)
        start = -1
        for _ in range(occ + 1):
            start = text.find(q, start + 1)
        if start < 0:
            sys.exit(f"{slug}: quote not found: {q!r}")
        end = start + len(q)
        assert text[start:end] == q
        if text.count(q) > 1 and "occurrence" not in c:
            sys.exit(f"{slug}: quote occurs {text.count(q)} times, say which: {q!r}")
        rec = {"quote": q, "start": start, "end": end}
        for k in FIELDS[3:]:
            rec[k] = c.get(k)
        if rec["hub"] is None:
            rec["hub"] = None
        if rec.get("note") is None:
            rec.pop("note")
        claims.append(rec)
    claims.sort(key=lambda r: (r["start"], r["end"]))
    out = {
        "article": slug,
        "file": f"articles/{slug}.txt",
        "coder": TRAINING_CODER if ROOT.name.startswith("batch-") else CODERS[ROOT.name],
        "coded_on": "2026-11-26" if ROOT.name.startswith("batch-") else CODED_ON[ROOT.name],
        "claims": claims,
    }
    (ROOT / "gold" / f"{slug}.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out

if __name__ == "__main__":
    if len(sys.argv) > 1:
        ROOT = pathlib.Path(sys.argv[1]).resolve()
    for p in sorted((ROOT / "tools" / "specs").glob("*.py")):
        o = build(p.stem)
        print(p.stem, len(o["claims"]))
