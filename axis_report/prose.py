"""Small words for reader-facing sentences: numbers in words, singular and plural, lists.

House style (docs/codebook.md, STYLE.md): whole numbers from zero to nine are words, 10 and
above are figures; a count agrees with its noun ("one claim", "three claims"); a list of
three or more takes commas and a final "and". Every sentence the report or a brief prints
about a count goes through these, so "1 records" or "All 2 claims" cannot be written.
"""

__all__ = ["number", "count", "join", "are", "capital", "ordinal"]

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number(n: int) -> str:
    """`n` in words from zero to nine, in figures from 10 (and for negatives)."""
    n = int(n)
    return _WORDS[n] if 0 <= n < len(_WORDS) else f"{n:,}"


def count(n: int, noun: str, plural: str | None = None, *, zero: str | None = None) -> str:
    """'one claim', 'three claims', '12 claims'; `plural` for irregular nouns ('analyses');
    `zero` replaces the whole phrase when n is 0 ('no claims')."""
    n = int(n)
    if n == 0 and zero is not None:
        return zero
    word = noun if n == 1 else (plural or f"{noun}s")
    return f"{number(n)} {word}"


def are(n: int, singular: str = "is", plural: str = "are") -> str:
    """The verb agreeing with a count: are(1) -> 'is', are(3) -> 'are'."""
    return singular if int(n) == 1 else plural


def join(items, *, conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' (no serial comma, the house style)."""
    items = [str(x) for x in items]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def capital(text: str) -> str:
    """`text` with its first letter upper-cased ('three claims' -> 'Three claims')."""
    return text[:1].upper() + text[1:]


def ordinal(n: int) -> str:
    """'1st', '2nd', '3rd', '11th', '43rd': a rank in figures (percentiles, places)."""
    n = int(n)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
