"""Check every gold file of a set against its article and the vocabularies.

    python3 eval/tools/validate.py [SET]        # SET: eval (default) or eval/heldout
"""
import json, pathlib, sys, collections

ROOT = (pathlib.Path(sys.argv[1]) if len(sys.argv) > 1
        else pathlib.Path(__file__).resolve().parent.parent).resolve()
FOUR = {"CHN", "RUS", "IRN", "PRK"}
DOMAINS = {"military", "economic", "diplomatic", "ideological"}
STANCES = {"cooperation", "limitation"}
SCOPES = {"dyads", "group", "hub"}
ATTR = {"article", "named", "unnamed"}
errors = []

def err(where, msg):
    errors.append(f"{where}: {msg}")

summary = {}
for g in sorted((ROOT / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    slug = d["article"]
    assert d["file"] == f"articles/{slug}.txt", g
    text = (ROOT / d["file"]).read_text(encoding="utf-8")
    raw = ROOT / "tools" / "raw" / f"{slug}.json"
    if not raw.exists() or json.loads(raw.read_text(encoding="utf-8")) != text:
        err(slug, "article text differs from the json-decoded excerpt in tools/raw/")
    yml = ROOT / "articles" / f"{slug}.yaml"
    if not yml.exists():
        err(slug, "missing metadata yaml")
    else:
        # the sidecar's `chars` must agree with the stored text
        chars = [ln.split(":", 1)[1].strip() for ln in yml.read_text(encoding="utf-8").splitlines()
                 if ln.startswith("chars:")]
        if chars != [str(len(text))]:
            err(slug, f"metadata chars {chars} != text length {len(text)}")
    if not (1500 <= len(text) <= 4000):
        err(slug, f"text length {len(text)} outside 1500-4000")
    cnt = collections.Counter()
    for i, c in enumerate(d["claims"]):
        w = f"{slug}#{i}"
        if text[c["start"]:c["end"]] != c["quote"]:
            err(w, "quote != text[start:end]")
        if c["domain"] not in DOMAINS: err(w, f"domain {c['domain']}")
        if c["stance"] not in STANCES: err(w, f"stance {c['stance']}")
        if c["scope"] not in SCOPES: err(w, f"scope {c['scope']}")
        if c["attribution"] not in ATTR: err(w, f"attribution {c['attribution']}")
        if (c["attribution"] == "named") != bool(c.get("analyst")):
            err(w, "analyst must be set exactly when attribution is named")
        if not c["countries"] or any(len(x) != 3 or not x.isupper() for x in c["countries"]):
            err(w, f"countries {c['countries']}")
        if len(set(c["countries"])) != len(c["countries"]): err(w, "duplicate country")
        for dy in c["dyads"]:
            a, _, b = dy.partition("-")
            if not (a in FOUR and b in FOUR and a < b):
                err(w, f"bad dyad {dy}")
            elif not {a, b} <= set(c["countries"]):
                err(w, f"dyad {dy} not covered by countries")
        if len(set(c["dyads"])) != len(c["dyads"]) or c["dyads"] != sorted(c["dyads"]):
            err(w, "dyads must be unique and sorted")
        if c["scope"] == "dyads":
            if not c["dyads"]: err(w, "scope dyads with no dyads")
            if c["hub"] is not None: err(w, "hub set on dyads scope")
        elif c["scope"] == "group":
            if c["dyads"] or c["hub"] is not None: err(w, "group scope must have dyads [] and hub null")
        elif c["scope"] == "hub":
            if c["dyads"] or c["hub"] not in FOUR: err(w, "hub scope needs hub code and dyads []")
            elif not FOUR <= set(c["countries"]): err(w, "hub claim should list all four countries")
        if not (set(c["countries"]) & FOUR): err(w, "no country of the four")
        cnt[(c["scope"], c["stance"])] += 1
    summary[slug] = (len(text), len(d["claims"]), cnt)
    if len(d["claims"]) < 6:
        err(slug, "fewer than 6 claims")

for slug, (n, k, cnt) in summary.items():
    parts = ", ".join(f"{s}/{t}={v}" for (s, t), v in sorted(cnt.items()))
    print(f"{slug}: {n} chars, {k} claims ({parts})")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")
