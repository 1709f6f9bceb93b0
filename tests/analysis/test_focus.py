"""What a brief is about, the evidence it shows, and what changed between editions."""

import pytest
from conftest import ALL_DYADS, GROUP

from axis_report.analysis import focus as fo
from axis_report.errors import InputError


def test_a_country_focus_covers_its_dyads_with_the_others():
    f = fo.parse_focus("RUS")
    assert (f.kind, f.countries, f.dyads) == ("country", ("RUS",),
                                              ("CHN-RUS", "IRN-RUS", "PRK-RUS"))
    assert f.title == "Russia"


def test_a_dyad_focus():
    f = fo.parse_focus("IRN-RUS")
    assert (f.kind, f.countries, f.dyads, f.title) == ("dyad", ("IRN", "RUS"), ("IRN-RUS",),
                                                       "Iran and Russia")


def test_the_group_decides_what_is_a_focus():
    assert fo.parse_focus("BLR", ("RUS", "BLR")).dyads == ("BLR-RUS",)
    with pytest.raises(InputError):
        fo.parse_focus("PRK", ("RUS", "BLR"))


def test_bad_focus_is_a_clear_error():
    with pytest.raises(InputError) as err:
        fo.parse_focus("RUS-IRN")
    assert "field 'focus'" in str(err.value) and "'IRN-RUS'" in str(err.value)
    for bad in ("USA", "RUS-RUS", "RUS-XYZ", 7, ""):
        with pytest.raises(InputError) as err:
            fo.parse_focus(bad)
        assert "is not a focus" in str(err.value) and "field 'focus'" in str(err.value)


def test_all_focuses_in_fixed_order():
    assert [f.name for f in fo.all_focuses(GROUP)] == [*GROUP, *ALL_DYADS]


def test_select_for_focus(tiny_inputs):
    ev = tiny_inputs.evidence
    prk = fo.select_for_focus(ev, fo.parse_focus("PRK"))
    # its dyads (E06, E07, the hub claim E10 on CHN-PRK) and the group claims (E04, E05)
    assert sorted(prk["record_id"].unique()) == ["E04", "E05", "E06", "E07", "E10"]
    assert prk.loc[prk["record_id"] == "E10", "dyad"].astype(str).tolist() == ["CHN-PRK"]
    pair = fo.select_for_focus(ev, fo.parse_focus("IRN-RUS"))
    assert sorted(pair["record_id"]) == ["E01", "E08", "E09"]
    assert set(pair["dyad"].astype(str)) == {"IRN-RUS"}  # a dyad brief shows no group claims
    assert fo.select_for_focus(ev, fo.parse_focus("IRN-PRK")).empty
    # a hub claim shows in the briefs on the hub's pairs, not on the others
    chn_rus = fo.select_for_focus(ev, fo.parse_focus("CHN-RUS"))
    assert sorted(chn_rus["record_id"]) == ["E02", "E08", "E10"]
    assert "E10" not in set(fo.select_for_focus(ev, fo.parse_focus("PRK-RUS"))["record_id"])


def test_snapshot_records_are_json_ready_and_ordered(tiny_inputs):
    import json

    rows = fo.select_for_focus(tiny_inputs.evidence, fo.parse_focus("RUS"))
    snap = fo.snapshot_records(rows)
    assert [r["record_id"] for r in snap] == sorted(r["record_id"] for r in snap)
    assert json.loads(json.dumps(snap)) == snap
    e01 = next(r for r in snap if r["record_id"] == "E01")
    assert e01["dyads"] == "IRN-RUS" and e01["weight"] == 3 and e01["analyst"] is None
    assert (e01["claim"], e01["sources"], e01["n_quotes"]) == (
        "Iran supplies drones to Russia.", "TS1 TS2", 2)
    e10 = next(r for r in snap if r["record_id"] == "E10")
    assert (e10["scope"], e10["hub"], e10["dyads"]) == ("hub", "CHN", "CHN-RUS")
    again = fo.snapshot_records(rows.sample(frac=1, random_state=2))
    assert again == snap


def test_snapshot_diff():
    a = [{"record_id": "E1", "quote": "q1", "weight": 1},
         {"record_id": "E2", "quote": "q2", "weight": 1}]
    b = [{"record_id": "E2", "quote": "q2", "weight": 3},
         {"record_id": "E3", "quote": "q3", "weight": 1}]
    got = fo.diff_snapshots(a, b)
    assert got.to_dict("records") == [
        {"record_id": "E1", "change": "removed", "quote": "q1", "fields": ""},
        {"record_id": "E2", "change": "changed", "quote": "q2", "fields": "weight"},
        {"record_id": "E3", "change": "added", "quote": "q3", "fields": ""},
    ]
    assert fo.diff_snapshots(b, b).empty
    assert fo.diff_snapshots(None, b)["change"].tolist() == ["added", "added"]


def test_focus_module_stays_light():
    # the grid's no-op path plans with it: it may not pull in plotting
    import subprocess
    import sys

    code = ("import sys, axis_report.analysis.focus; "
            "print([m for m in ('matplotlib', 'seaborn') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
