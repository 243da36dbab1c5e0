"""Test-suite plumbing: running in parallel with pytest-xdist (``-n``, ``--dist loadgroup``; pyproject.toml).

Tests that read one expensive module-scoped fixture (a crawl of a local copy, a seeded database, a browser) are
put in one ``xdist_group`` per such fixture, so that the fixture is made once, on one worker, as without xdist;
every other test goes to whichever worker is free. A module-scoped fixture that is cheap to make again (a local
copy's server in a thread) groups nothing: each worker makes its own.
"""

import pytest

# Module-scoped fixtures cheap enough to make once per worker (a server in a thread, a site object): by module.
CHEAP_SHARED = {
    "test_archive_crawl": {"double"},
    "test_crawl_store_death": {"haiduong"},
    "test_mirror": {"haiduong"},
    "test_postback": {"site", "fingerprint", "copy_server"},
    "test_probe": {"haiduong", "charset_server"},
    "test_redis_crawl": {"haiduong"},
    "test_spider_crawl": {"haiduong"},
    "test_spider_parsing": {"haiduong", "haiduong_profile"},
    "test_warc": {"haiduong"},
}


def shared_fixtures(item: pytest.Item) -> list[tuple]:
    """(module, fixture, parameter) of each expensive module- or class-scoped fixture ``item`` uses."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return []
    params = getattr(getattr(item, "callspec", None), "params", {})
    module = item.module.__name__ if getattr(item, "module", None) else ""
    found = []
    for name, definitions in info.name2fixturedefs.items():
        if not definitions or name in CHEAP_SHARED.get(module, ()):
            continue
        if definitions[-1].scope in ("module", "class", "package"):
            found.append((module, name, repr(params[name]) if name in params else ""))
    return found


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which reads the groups into the test ids
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Union-find: tests sharing any expensive fixture (directly or through another test) share a group.
    parent: dict[tuple, tuple] = {}

    def find(key: tuple) -> tuple:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    uses = {}
    for item in items:
        keys = shared_fixtures(item)
        uses[item] = keys
        for key in keys[1:]:
            parent[find(key)] = find(keys[0])
    for item, keys in uses.items():
        if keys:
            module, name, param = find(keys[0])
            item.add_marker(pytest.mark.xdist_group(f"{module}::{name}{param and '[' + param + ']'}"))
