"""Running ``scrapy crawl socongthuong`` as a subprocess: for the demo, the tests and the benchmark."""

import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# For local copies: no politeness delays, short timeouts, no retries, no periodic log lines.
FAST_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "DOWNLOAD_TIMEOUT": "1",
    "RETRY_ENABLED": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
    "PROGRESS_INTERVAL": "0",
    "TELNETCONSOLE_ENABLED": "0",
    # Attachments are fetched only where a test asks (-s ATTACHMENTS=1: tests/test_attachment_crawl.py), so
    # the tests that count a copy's requests, errors and facts count its pages alone.
    "ATTACHMENTS": "0",
}


def crawl_command(db_path, *, site: str | None = None, start_url: str | None = None, refresh: bool = False,
                  spider: str = "socongthuong", arguments: dict[str, str] | None = None, **settings) -> list[str]:
    """The command line of a crawl: ``-a`` for the site, start URL, refresh and ``arguments`` (any other spider
    argument: ``{"full": "1"}``), ``-s`` for each of ``settings``."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"SQLITE_PATH={db_path}"]
    named = (("site", site), ("start_url", start_url), ("refresh", "1" if refresh else None))
    for name, value in (*named, *(arguments or {}).items()):
        if value:
            command += ["-a", f"{name}={value}"]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return command


def run_crawl(db_path, timeout: float = 300, **options) -> subprocess.CompletedProcess:
    """Run the crawl to its end; its log is in the result's ``stderr``."""
    return subprocess.run(crawl_command(db_path, **options), cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=timeout)
