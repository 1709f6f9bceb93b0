"""Candidate claims: made from the extractor's output, counted while pending, never
proposed twice, never evidence."""

import pytest
from conftest import TINY, copy_project

from axis_report.config import ProjectPaths
from axis_report.errors import InputError
from axis_report.ingest import candidates as cand

TEXT = "Russia and Iran trade drones. China hedges. Russia and Iran trade drones."


def found(quote, start=None, **codes):
    start = TEXT.find(quote) if start is None else start
    return {"quote": quote, "start": start, "end": start + len(quote),
            "countries": ("IRN", "RUS"), "scope": "dyads", "dyads": ["IRN-RUS"], "hub": None,
            "domain": "military", "stance": "cooperation", "confidence": 0.91234,
            "cues": {"trade"}, "attribution": "article", "analyst": None, **codes}


def test_candidates_carry_ids_status_and_the_extractors_fields_in_order():
    extra = found("China hedges", scope="hub", hub="CHN", dyads=[], stance="limitation")
    extra["rule"] = "hedge"  # a field beyond the interface is kept, after the others
    out = cand.make_candidates("S012", [found("Russia and Iran trade drones"), extra], TEXT)
    assert [c["id"] for c in out] == ["S012-C01", "S012-C02"]
    assert list(out[0]) == ["id", "status", *cand.EXTRACTOR_FIELDS]
    assert list(out[1])[-1] == "rule"
    assert out[0]["status"] == "pending" and out[0]["confidence"] == 0.912
    assert out[0]["countries"] == ["IRN", "RUS"] and out[0]["cues"] == ["trade"]


def test_wrong_offsets_are_located_again_and_a_missing_quote_is_kept():
    moved = found("China hedges", start=3)
    missing = found("not in the text", start=0)
    out = cand.make_candidates("S1", [moved, missing], TEXT)
    assert (out[0]["start"], out[0]["end"]) == (30, 42)
    assert out[1]["quote"] == "not in the text"  # kept: review refuses it with a message


def test_a_reading_proposed_before_is_not_proposed_again():
    first = cand.make_candidates("S1", [found("China hedges")], TEXT)
    first[0]["status"] = "rejected"
    again = cand.make_candidates("S1", [found("China hedges"),
                                        found("China hedges", stance="limitation"),
                                        found("Russia and Iran trade drones"),
                                        found("Russia and Iran trade drones")],
                                 TEXT, first=2, known=first)
    assert [(c["id"], c["quote"], c["stance"]) for c in again] == [
        ("S1-C02", "China hedges", "limitation"),
        ("S1-C03", "Russia and Iran trade drones", "cooperation")]


def test_the_extractor_must_return_a_list_of_claims():
    assert cand.run_extractor("x", lambda text: ()) == []
    with pytest.raises(cand.ExtractorError, match="did not return a list"):
        cand.run_extractor("x", lambda text: [1, 2])
    with pytest.raises(cand.ExtractorError, match="failed: ValueError: bad"):
        cand.run_extractor("x", lambda text: (_ for _ in ()).throw(ValueError("bad")))


@pytest.fixture
def tiny(tmp_path):
    return ProjectPaths(copy_project(TINY, tmp_path / "tiny"))


def _write(paths, source, statuses):
    entries = [{"id": f"{source}-C{i:02d}", "status": s, "quote": "Iran keeps selling drones"}
               for i, s in enumerate(statuses, 1)]
    path = cand.candidates_path(paths, source)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(cand.new_candidates_text(source, "ts1.txt", entries), encoding="utf-8")
    return path


def test_pending_counts_by_source(tiny):
    assert cand.pending_counts(tiny) == {}
    _write(tiny, "TS2", ["pending", "rejected", "pending", "accepted"])
    _write(tiny, "TS1", ["merged"])
    assert cand.pending_counts(tiny) == {"TS1": 0, "TS2": 2}


def test_pending_counts_names_a_damaged_file(tiny):
    path = _write(tiny, "TS1", ["pending"])
    path.write_text("source: TS1\ncandidates: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"candidates/TS1.yaml: cannot be read as YAML"):
        cand.pending_counts(tiny)
    path.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(InputError, match="must be a mapping"):
        cand.pending_counts(tiny)


def test_reading_a_candidates_file_checks_ids_and_statuses(tiny):
    path = _write(tiny, "TS1", ["pending", "pending"])
    path.write_text(path.read_text().replace("TS1-C02", "TS1-C01").replace(
        "status: pending", "status: maybe", 1), encoding="utf-8")
    with pytest.raises(InputError) as err:
        cand.read_candidates(tiny, "TS1")
    text = str(err.value)
    assert "record TS1-C01: field 'status': 'maybe' is not one of" in text
    assert "record TS1-C01: field 'id': duplicate candidate id" in text
    with pytest.raises(InputError, match="no candidates for source 'TS9'"):
        cand.read_candidates(tiny, "TS9")


def test_proposing_again_adds_only_new_readings_and_keeps_comments(tiny):
    path = _write(tiny, "TS1", ["rejected"])
    path.write_text(path.read_text() + "# the analyst's own comment\n", encoding="utf-8")
    old = path.read_text()
    text = (TINY / "seeds" / "ts1.txt").read_text(encoding="utf-8")

    def extractor(t):
        q = "Iran keeps selling drones"
        s = t.find(q)
        new = "China buys Iranian oil"
        n = t.find(new)
        return [{"quote": q, "start": s, "end": s + len(q)},
                {"quote": new, "start": n, "end": n + len(new)}]

    # the rejected candidate had no codes; the same span without codes is the same reading
    path.write_text(old.replace("    quote: Iran keeps selling drones\n",
                                f"    quote: Iran keeps selling drones\n    start: "
                                f"{text.find('Iran keeps selling drones')}\n"), encoding="utf-8")
    old = path.read_text()
    new = cand.propose_again(tiny, "TS1", text, extractor)
    assert [(c["id"], c["quote"]) for c in new] == [("TS1-C02", "China buys Iranian oil")]
    after = path.read_text()
    assert "# the analyst's own comment" in after
    assert [c["id"] for c in cand.read_candidates(tiny, "TS1").entries] == ["TS1-C01",
                                                                           "TS1-C02"]
    assert cand.propose_again(tiny, "TS1", text, extractor) == []
    assert old.splitlines()[0] == after.splitlines()[0]
