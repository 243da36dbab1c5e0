"""Datasette plugin: the next page of a table with a compound primary key is found by an index range.

Datasette 0.65 pages a table by its key (keyset pagination): the page after (a, b, c, d) is asked for as
``(a > :p0) or (a = :p0 and b > :p1) or ...`` (``datasette.utils.compound_keys_after_sql``). SQLite's
planner cannot make a range of that OR and scans the key's index from its first entry on every page, so
a CSV export of a fact table (key: article, field, start, end) cost the square of its size: 100 s for the
500,000 money rows at 10^5 articles, hours at 10^6. The same condition written as a row value,
``(a, b, c, d) > (:p0, :p1, :p2, :p3)``, is the same order (SQL defines one by the other) and is searched
in the index. It is added before Datasette's own condition, which stays: the rows are the same.

Recognised by the exact text Datasette writes (made again here by Datasette's own function) and pinned
to 0.65's ``Database.execute`` signature, as ``bounded_counts`` is (pyproject.toml pins datasette<0.66).
"""

import re

from datasette.database import Database
from datasette.utils import compound_keys_after_sql

# The first clause of the OR Datasette writes, "((pk1 > :pN)\n  or\n(...", up to its closing parenthesis.
_KEYSET = re.compile(r"\(\((?P<first>[^()\s]+) > :p(?P<start>\d+)\)(?:\n  or\n\([^()]+\))+\)")
_CLAUSE = re.compile(r"(?P<column>[^()\s]+) [=>] :p\d+")


def with_key_ranges(sql: str) -> str:
    """``sql`` with a row-value range before each keyset condition of Datasette's; unchanged otherwise."""

    def add_range(match: re.Match) -> str:
        text, start = match.group(0), int(match.group("start"))
        last = text.rsplit("\n  or\n", 1)[1]
        columns = _CLAUSE.findall(last)  # as written: escaped ([end]) where SQL needs it
        pks = [c[1:-1] if c.startswith("[") and c.endswith("]") else c for c in columns]
        if len(pks) < 2 or compound_keys_after_sql(pks, start) != text:
            return text  # not the condition Datasette writes: leave it as it is
        params = ", ".join(f":p{start + i}" for i in range(len(pks)))
        return f"(({', '.join(columns)}) > ({params}) and {text})"

    return _KEYSET.sub(add_range, sql) if "\n  or\n" in sql else sql


_execute = Database.execute


async def _execute_with_key_ranges(self, sql, *args, **kwargs):
    return await _execute(self, with_key_ranges(sql) if isinstance(sql, str) else sql, *args, **kwargs)


if not getattr(Database, "_key_ranges", False):  # the plugins folder may be loaded more than once
    Database.execute = _execute_with_key_ranges
    Database._key_ranges = True  # type: ignore[attr-defined]
