"""Whether a site answers at all, before a crawl sends it requests: "offline" in one line, not tracebacks."""

import asyncio
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass


async def reachable(url: str, timeout: float = 10.0) -> bool:
    """Whether a TCP connection to the URL's host (or its proxy) opens: "offline" in one line, not tracebacks."""
    parts = urlsplit(url)
    proxy = getproxies().get(parts.scheme)
    if proxy and not proxy_bypass(parts.hostname or ""):  # Scrapy's HttpProxyMiddleware goes through it too
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(parts.hostname, port), timeout)
    except (TimeoutError, OSError):
        return False
    writer.close()
    return True
