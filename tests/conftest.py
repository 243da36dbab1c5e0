"""Test-suite plumbing: running in parallel with pytest-xdist (``-n``, ``--dist loadgroup``; pyproject.toml).

Tests that read one expensive module-scoped fixture (a crawl of a local copy, a seeded database, a browser) are
put in one ``xdist_group`` per such fixture, so that the fixture is made once, on one worker, as without xdist;
every other test goes to whichever worker is free. A module-scoped fixture that is cheap to make again (a local
copy's server in a thread) groups nothing: each worker makes its own.
"""

import pytest

# Marked slow (the README's test command, ``-m "not slow"``, leaves them out; CI runs them after it, ``-m slow``):
# end-to-end crawls of local copies as subprocesses, the browser, the shared crawls through redis and their
# outages, the crawls that fill a disk or are interrupted, the hostile-page fuzzing. Whole modules, then single
# tests by the start of their name.
SLOW_MODULES = {"test_archive_crawl", "test_attachment_crawl", "test_crawl_limits", "test_crawl_store_death",
                "test_redis_crawl", "test_redis_outage", "test_spider_crawl", "test_spider_families",
                "test_spider_recrawl", "test_spider_slug_urls", "test_warc", "test_db_browser"}
SLOW_TESTS = {
    "test_crawl_storage_failures": ("test_a_full_disk_stops_the_crawl", "test_ctrl_c_exits_non_zero"),
    "test_coverage": ("test_every_crawl_stores_its_coverage",),
    "test_db_reading": ("test_reading_an_article_in_the_browser", "test_hostile_article_runs_no_script",
                        "test_the_screenshot_script"),
    "test_db_reparse": ("test_",),
    "test_db_views": ("test_a_crawl_of_the_local_copy",),
    "test_fuzz_small": ("test_generated_hostile_pages",),
    "test_postback": ("test_every_public_article", "test_each_listing_page_is_fetched_once",
                      "test_postbacks_go_through_the_jobdir", "test_pages_behind_robots_txt",
                      "test_an_endless_postback_pager"),
    "test_probe": ("test_wrong_charsets_decoded_right_by_the_crawl",),
}

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

    for item in items:
        module = item.module.__name__ if getattr(item, "module", None) else ""
        if module in SLOW_MODULES or item.name.startswith(SLOW_TESTS.get(module, ("\0",))):
            item.add_marker(pytest.mark.slow)

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

    # The slow tests (and every test of a group holding one) first: xdist hands out tests in this order, and a
    # long crawl started last is the whole suite waiting on one worker at the end. A stable sort: the order
    # within each kind is kept.
    def group(item):
        mark = item.get_closest_marker("xdist_group")
        return mark.args[0] if mark else item.nodeid

    slow_groups = {group(item) for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: group(item) not in slow_groups)
