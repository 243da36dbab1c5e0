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
                  full: bool = False, spider: str = "socongthuong", **settings) -> list[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"SQLITE_PATH={db_path}"]
    for name, value in (("site", site), ("start_url", start_url), ("refresh", "1" if refresh else None),
                        ("full", "1" if full else None)):
        if value:
            command += ["-a", f"{name}={value}"]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return command


def run_crawl(db_path, timeout: float = 300, **options) -> subprocess.CompletedProcess:
    """Run the crawl to its end; its log is in the result's ``stderr``."""
    return subprocess.run(crawl_command(db_path, **options), cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=timeout)
