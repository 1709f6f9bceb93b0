"""Shared fixtures: small hand-built evidence frames and throw-away seed folders."""

import shutil
from pathlib import Path

import pytest

from axis_report.evidence import evidence_long_frame
from axis_report.paths import default_paths

FIXTURES = Path(__file__).parent / "fixtures"


def record(rid, dyads, stance, weight, *, domain="military", countries=None,
           attribution="article", analyst=None, affiliation=None):
    """A normalized evidence record as `evidence.validate_records` returns it."""
    if countries is None:
        countries = sorted({c for d in dyads for c in d.split("-")}) or ["CHN", "RUS", "IRN", "PRK"]
    return dict(record_id=rid, source_id="S1", quote=f"quote {rid}", quote_start=0,
                quote_end=7, countries=" ".join(countries), dyads=list(dyads), domain=domain,
                stance=stance, weight=weight, credibility=2, attribution=attribution,
                analyst=analyst, affiliation=affiliation, event_date=None, note=None, line=1)


@pytest.fixture
def small_evidence():
    """Five records: CHN-RUS mixed, IRN-RUS balanced, one group claim; no PRK dyad."""
    return evidence_long_frame([
        record("A1", ["CHN-RUS"], "cooperation", 3),
        record("A2", ["CHN-RUS"], "limitation", 1, domain="economic"),
        record("A3", ["CHN-RUS", "IRN-RUS"], "cooperation", 2, domain="economic"),
        record("A4", ["IRN-RUS"], "limitation", 2, domain="economic", attribution="named",
               analyst="Ann Analyst", affiliation="Think Tank"),
        record("A5", [], "limitation", 1, domain="diplomatic",
               countries=["CHN", "RUS", "IRN", "PRK"]),
    ])


@pytest.fixture
def seeds_copy(tmp_path):
    """A writable copy of the shipped seeds/ folder, for breaking on purpose."""
    dest = tmp_path / "seeds"
    shutil.copytree(default_paths().seeds, dest)
    return dest


@pytest.fixture
def escaping_seeds():
    return FIXTURES / "escaping"
