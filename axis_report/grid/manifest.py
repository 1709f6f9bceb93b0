"""The grid's manifest: the key and editions of every published output."""

import json
from pathlib import Path

__all__ = ["MANIFEST_VERSION", "read_manifest"]

MANIFEST_VERSION = 1


def read_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") == MANIFEST_VERSION:
            return data
    except (OSError, ValueError):
        pass
    return {"version": MANIFEST_VERSION, "outputs": {}}
