"""The grid's manifest: checked on read, rebuilt from the archive when damaged (no edition
is ever dropped), and edition ids that stay unique and in order."""

import datetime as dt
import json

import pytest

from axis_report.grid import manifest as mf
from axis_report.grid.manifest import (
    MANIFEST_VERSION,
    ManifestDamaged,
    ManifestError,
    load_manifest,
    next_edition,
    read_manifest,
    read_snapshot,
    rebuild_from_archive,
)

SHA = "0" * 64
E1, E2, E3 = "2025-07-01T063000Z", "2025-07-02T063000Z", "2025-07-02T063000Z-002"


def _brief(name, editions, **kw):
    return {"key": "k", "kind": "brief", "edition": editions[-1],
            "edition_date": editions[-1][:10], "archive": f"archive/{name}/{editions[-1]}",
            "editions": list(editions), "files": {"html": SHA, "pdf": SHA}, "records": SHA,
            **kw}


GOOD = {"version": MANIFEST_VERSION, "outputs": {
    "RUS": _brief("RUS", [E1, E2, E3]),
    "axis-report": {"key": "k", "kind": "report", "edition": E2, "edition_date": E2[:10],
                    "files": {"html": SHA, "pdf": SHA}}}}


def test_a_manifest_is_read_back(tmp_path):
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(GOOD))
    assert read_manifest(path) == GOOD
    assert read_manifest(tmp_path / "absent.json") == {"version": MANIFEST_VERSION,
                                                       "outputs": {}}


def test_a_version_1_manifest_is_read_and_upgraded(tmp_path):
    old = {"version": 1, "outputs": {"RUS": {k: v for k, v in _brief("RUS", [E1]).items()
                                             if k not in ("files", "records")}}}
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(old))
    data = read_manifest(path)
    assert data["version"] == MANIFEST_VERSION and data["outputs"] == old["outputs"]


def _with(change):
    data = json.loads(json.dumps(GOOD))
    change(data)
    return data


@pytest.mark.parametrize("text, words", [
    ("{ damaged", "not valid JSON"),
    ("\xff", "not valid JSON"),
    ("[]", "the top level is not an object"),
    ('{"version": 0, "outputs": {}}', "version 0"),
    ('{"version": 2, "outputs": []}', "outputs is not an object"),
    ('{"version": 2, "outputs": {"RUS": 1}}', "outputs.RUS is not an object"),
    (json.dumps(_with(lambda d: d["outputs"]["RUS"].pop("edition"))), "edition is not"),
    (json.dumps(_with(lambda d: d["outputs"]["RUS"].update(editions=[E2, E1, E3]))),
     "not in order"),
    (json.dumps(_with(lambda d: d["outputs"]["RUS"].update(archive="../../etc"))),
     "archive is not archive/RUS/"),
    (json.dumps(_with(lambda d: d["outputs"].update({"../x": d["outputs"]["RUS"]}))),
     "is not a name"),
    (json.dumps(_with(lambda d: d["outputs"]["axis-report"].update(files={"html": "x"}))),
     "files is not"),
    (json.dumps(_with(lambda d: d["outputs"]["RUS"].update(kind="memo"))), "kind is not"),
])
def test_damaged_or_wrongly_shaped_manifests_are_named_not_tracebacks(tmp_path, text, words):
    path = tmp_path / "manifest.json"
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(ManifestDamaged) as err:
        read_manifest(path)
    assert words in str(err.value)


def test_an_unreadable_manifest_stops_the_run_naming_it(tmp_path):
    (tmp_path / "manifest.json").mkdir()  # cannot be read, yet is there
    with pytest.raises(ManifestError) as err:
        read_manifest(tmp_path / "manifest.json")
    assert str(tmp_path / "manifest.json") in str(err.value)


# --- the archive is the truth ----------------------------------------------------------------

def _edition(briefs, name, edition, records=None, files=("html", "pdf")):
    folder = briefs / "archive" / name / edition
    folder.mkdir(parents=True)
    for ext in files:
        (folder / f"{name}.{ext}").write_text(f"{name} {edition} {ext}")
    (folder / "records.json").write_text(
        records if isinstance(records, str)
        else json.dumps([{"record_id": "E1"}] if records is None else records))
    return folder


def _archive(briefs):
    for e in (E3, E1, E2):
        _edition(briefs, "RUS", e)
    _edition(briefs, "IRN-RUS", E1)
    _edition(briefs, "IRN-RUS", E2, records="{ cut")          # damaged records.json
    _edition(briefs, "PRK", E2, records={}, files=("html",))  # no pdf, records not a list
    (briefs / "archive" / "RUS" / "notes").mkdir()            # not an edition


def test_rebuild_from_archive_keeps_every_whole_edition(tmp_path):
    _archive(tmp_path)
    manifest, skipped = rebuild_from_archive(tmp_path)
    assert set(manifest["outputs"]) == {"RUS", "IRN-RUS"}
    rus = manifest["outputs"]["RUS"]
    assert rus["editions"] == [E1, E2, E3] and rus["edition"] == E3
    assert rus["archive"] == f"archive/RUS/{E3}" and rus["key"] is None
    assert rus["files"]["pdf"] == mf.file_sha256(tmp_path / "archive" / "RUS" / E3 / "RUS.pdf")
    assert manifest["outputs"]["IRN-RUS"]["editions"] == [E1]
    assert sorted(skipped) == [f"archive/IRN-RUS/{E2} (records.json not valid JSON "
                               "(Expecting property name enclosed in double quotes: line 1 "
                               "column 3 (char 2)))", f"archive/PRK/{E2} (no PRK.pdf; "
                               "records.json not a list of records)"]
    assert mf.check_manifest(manifest) == []


@pytest.mark.parametrize("damage", ["garbage", '{"version": 2, "outputs": {"RUS": 5}}'])
def test_a_damaged_manifest_is_rebuilt_and_kept_aside(tmp_path, damage):
    _archive(tmp_path)
    (tmp_path / "manifest.json").write_text(damage)
    manifest, notes, repaired = load_manifest(tmp_path, stamp="2025-07-03T000000Z")
    assert repaired and manifest["outputs"]["RUS"]["editions"] == [E1, E2, E3]
    [note] = notes
    assert note.startswith(f"{tmp_path / 'manifest.json'} is damaged (")
    assert "rebuilt from the archive (4 editions of 2 briefs kept" in note
    assert "kept as manifest.damaged-2025-07-03T000000Z.json" in note
    assert (tmp_path / "manifest.damaged-2025-07-03T000000Z.json").read_text() == damage
    assert not (tmp_path / "manifest.json").exists()  # the caller publishes the rebuilt one


def test_a_missing_manifest_beside_an_archive_is_rebuilt(tmp_path):
    _archive(tmp_path)
    manifest, [note], repaired = load_manifest(tmp_path, stamp="s")
    assert repaired and "is missing or lists nothing, but the archive holds editions" in note
    assert manifest["outputs"]["RUS"]["editions"] == [E1, E2, E3]
    fresh = tmp_path / "fresh"
    assert load_manifest(fresh, stamp="s") == (
        {"version": MANIFEST_VERSION, "outputs": {}}, [], False)


def test_read_snapshot(tmp_path):
    path = tmp_path / "records.json"
    assert read_snapshot(path) == (None, "missing")
    path.write_text('[{"record_id": "E1"}]')
    assert read_snapshot(path) == ([{"record_id": "E1"}], None)
    assert read_snapshot(path, mf.file_sha256(path))[0] == [{"record_id": "E1"}]
    assert read_snapshot(path, SHA)[1] == "not the file the manifest recorded (changed or cut)"
    path.write_text('{"record_id": "E1"}')
    assert read_snapshot(path)[1] == "not a list of records"
    path.write_text("[{")
    assert read_snapshot(path)[1].startswith("not valid JSON")


# --- edition ids -------------------------------------------------------------------------------

NOON = dt.datetime(2025, 7, 2, 12, 0, 0, tzinfo=dt.UTC)


def test_edition_ids_are_unique_within_a_second():
    first, note = next_edition(NOON, set())
    assert (first, note) == ("2025-07-02T120000Z", None)
    second, _ = next_edition(NOON, {first})
    third, _ = next_edition(NOON, {first, second})
    assert (second, third) == ("2025-07-02T120000Z-002", "2025-07-02T120000Z-003")
    assert sorted([third, first, second], key=mf.edition_key) == [first, second, third]
    later, _ = next_edition(NOON + dt.timedelta(seconds=1), {first, second, third})
    assert later == "2025-07-02T120001Z"


def test_an_edition_is_never_earlier_than_the_last_when_the_clock_goes_back():
    last = "2025-07-02T120000Z-002"
    edition, note = next_edition(NOON - dt.timedelta(days=1), {"2025-07-01T000000Z", last})
    assert edition == "2025-07-02T120000Z-003" and mf.edition_key(edition) > mf.edition_key(last)
    assert note == ("the clock went back: it is 2025-07-01 12:00:00 UTC, before the last "
                    "edition 2025-07-02T120000Z-002; this run's edition is "
                    "2025-07-02T120000Z-003, dated 2025-07-02, so that editions stay in order")


def test_known_editions_include_archive_folders_the_manifest_lost(tmp_path):
    _edition(tmp_path, "RUS", E3)
    manifest = {"version": 2, "outputs": {"CHN": _brief("CHN", [E1])}}
    assert mf.known_editions(manifest, tmp_path) == {E1, E3}
    assert next_edition(dt.datetime(2025, 7, 2, 6, 30, tzinfo=dt.UTC),
                        mf.known_editions(manifest, tmp_path))[0] == "2025-07-02T063000Z-003"
