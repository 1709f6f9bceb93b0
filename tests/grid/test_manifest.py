"""The grid's manifest: a damaged or outdated one means "nothing published yet"."""

import json

import pytest

from axis_report.grid.manifest import MANIFEST_VERSION, read_manifest

EMPTY = {"version": MANIFEST_VERSION, "outputs": {}}


def test_a_manifest_is_read_back(tmp_path):
    data = {"version": MANIFEST_VERSION, "outputs": {"RUS": {"key": "k", "edition": "e"}}}
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(data))
    assert read_manifest(path) == data


@pytest.mark.parametrize("text", [None, "{ damaged", '{"version": 0, "outputs": {"RUS": 1}}',
                                  "\xff"])
def test_missing_damaged_or_old_manifests_start_afresh(tmp_path, text):
    path = tmp_path / "manifest.json"
    if text is not None:
        path.write_bytes(text.encode("latin-1"))
    assert read_manifest(path) == EMPTY
