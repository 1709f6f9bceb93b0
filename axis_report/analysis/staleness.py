"""Whether the newest evidence is too old to be read as current.

The report's and the briefs' title blocks (and the briefs index) print the sentence this
returns; the threshold is the notebooks' `stale_after_days` parameter.
"""

from datetime import date

from .. import prose

__all__ = ["staleness", "age_days", "age_words"]


def _day(value) -> date:
    """A `date` from a date, a datetime, a pandas Timestamp or a 'YYYY-MM-DD' string."""
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def age_days(newest, as_of) -> int:
    """Return how many days `newest` (the newest evidence date) is before `as_of`."""
    return (_day(as_of) - _day(newest)).days


def age_words(days: int) -> str:
    """'45 days', 'about four months', 'about two years': the age in the unit a reader
    would use."""
    if days < 60:
        return prose.count(days, "day")
    if days < 730:
        return f"about {prose.count(round(days / 30.44), 'month')}"
    return f"about {prose.count(round(days / 365.25), 'year')}"


def staleness(newest: date, as_of: date, threshold_days: int) -> str | None:
    """Return a sentence saying how old the newest evidence is when it is more than
    `threshold_days` older than `as_of` (the date of issue), else None.

    A threshold of 0 or less turns the warning off.
    """
    if threshold_days is None or int(threshold_days) <= 0:
        return None
    days = age_days(newest, as_of)
    if days <= int(threshold_days):
        return None
    return (f"The newest evidence is dated {_day(newest).isoformat()}, {age_words(days)} before "
            f"this date of issue: events since then are not covered.")
