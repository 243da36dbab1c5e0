"""What a failed request means for the crawl: a (status, reason) for its crawl_errors row, or None for a
decision that is no error (robots.txt, offsite, a limit already recorded once)."""

from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, DownloadTimeoutError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from .middlewares import LimitReached


def failure_reason(failure) -> tuple[int | None, str] | None:
    """The HTTP status (if any) and the reason of a failed request, or None when it is to be left unrecorded."""
    if failure.check(LimitReached):  # a limit of the crawl (middlewares.py): recorded, unless already once
        return (failure.value.status, failure.value.reason) if failure.value.record else None
    if failure.check(HttpError):
        return failure.value.response.status, f"HTTP {failure.value.response.status}"
    if failure.check(IgnoreRequest):  # (HttpError is one too) robots.txt or offsite: a decision, not an error
        return None
    if failure.check(DownloadCancelledError):  # Scrapy's DOWNLOAD_MAXSIZE, on the bytes received
        return None, f"too large: {failure.getErrorMessage()}"
    if failure.check(DownloadTimeoutError):
        return None, "timeout"
    if failure.check(CannotResolveHostError):
        return None, "DNS lookup failed"
    return None, f"{failure.type.__name__}: {failure.getErrorMessage()}"
