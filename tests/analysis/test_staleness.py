"""The staleness line: said only past the threshold, with the age in words a reader uses."""

from datetime import date

import pandas as pd
import pytest

from axis_report.analysis.staleness import age_days, staleness


def test_fresh_evidence_says_nothing():
    assert staleness(date(2025, 6, 1), date(2025, 8, 30), 90) is None  # 90 days: not over


def test_one_day_past_the_threshold_is_stale():
    line = staleness(date(2025, 6, 1), date(2025, 8, 31), 90)
    assert line is not None
    assert "2025-06-01" in line and "about three months" in line


@pytest.mark.parametrize("newest, as_of, words", [
    ("2025-01-01", "2025-01-31", "30 days"),
    ("2025-01-01", "2025-01-03", "two days"),
    ("2024-01-01", "2025-01-01", "about 12 months"),
    ("2020-01-01", "2025-01-01", "about five years"),
])
def test_age_is_in_words(newest, as_of, words):
    assert words in staleness(date.fromisoformat(newest), date.fromisoformat(as_of), 1)


def test_zero_threshold_turns_it_off():
    assert staleness(date(2020, 1, 1), date(2025, 1, 1), 0) is None


def test_accepts_strings_and_timestamps():
    assert age_days("2025-01-01", pd.Timestamp("2025-01-11")) == 10
    assert staleness(pd.Timestamp("2020-01-01"), "2025-01-01", 90) is not None
