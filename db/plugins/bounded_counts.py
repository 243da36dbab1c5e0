"""Datasette plugin: a table or view page's row count may take at most ``COUNT_TIME_LIMIT_MS``.

Datasette 0.65 counts the rows of every table page (``select count(*) from <table> where ...``) under
the general SQL time limit (``sql_time_limit_ms``, 5 s here, which the canned queries and researchers'
own SQL need). At 10^6 articles the count of a fact view (ten million rows joined to their articles
and sites) took seconds: the page waited for it. Datasette gives up on a count that is interrupted
and shows the page without a total, exactly as with ``?_nocount=1``; this plugin only interrupts it
sooner. A count that is cheap (a filtered view, a small table) is still shown.

Datasette has no setting for this; the count is recognised by the SQL the table view writes
(datasette/views/table.py: ``count_sql = f"select count(*) {from_sql}"``) and the wrapper is pinned
to Datasette 0.65's ``Database.execute`` signature (pyproject.toml pins datasette<0.66).
"""

from datasette.database import Database

COUNT_TIME_LIMIT_MS = 200

_execute = Database.execute


async def _execute_with_bounded_count(self, sql, params=None, truncate=False, custom_time_limit=None, **kwargs):
    if custom_time_limit is None and isinstance(sql, str) and sql.startswith("select count(*) from "):
        custom_time_limit = COUNT_TIME_LIMIT_MS
    return await _execute(self, sql, params, truncate=truncate, custom_time_limit=custom_time_limit, **kwargs)


# Datasette runs the plugins folder's modules again for each instance, and another plugin (keyset_pages) may
# wrap execute after this one: a flag on the class, not the outermost function's name, says it is done.
if not getattr(Database, "_bounded_counts", False):
    Database.execute = _execute_with_bounded_count
    Database._bounded_counts = True  # type: ignore[attr-defined]
