"""The connection of a shared crawl's processes to Redis: reconnection with backoff, and lost data noticed.

Every worker (spiders/distributed.py) and the writer (db/ingest.py) connect through ``connect``: a command
that meets a dropped connection (Redis restarted, the network down) is retried with exponential backoff for
up to ``patience`` seconds, with one log line when Redis stops answering and one when it answers again. Past
that, the command raises ``redis.ConnectionError`` and the caller decides (a worker spools what it could not
push and stops, the writer stops with its run ``failed``); once a command has given up, the next ones try
once each instead of waiting again, so a process that has lost Redis stops in bounded time.

A Redis restarted without persistence comes back empty: the queue, the seen set, the articles not stored
yet are gone. ``Epoch`` notices: the first process of a crawl writes a random token to ``vnb:epoch``, every
process remembers it, and a process that finds it missing (or different) knows the data it relied on was lost.
"""

import logging
import time
import uuid

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from .queue_keys import EPOCH

logger = logging.getLogger(__name__)

PATIENCE = 120.0  # seconds a command waits for Redis to come back (REDIS_RETRY_SECONDS)


class PatientRetry(Retry):
    """redis-py's Retry bounded by time rather than by count, logging outages (not every attempt)."""

    def __init__(self, patience: float = PATIENCE, name: str = "Redis"):
        super().__init__(ExponentialBackoff(cap=2.0, base=0.05), retries=-1,
                         supported_errors=(redis.ConnectionError, redis.TimeoutError, OSError))
        self.patience = patience
        self.name = name
        self.down_since: float | None = None  # the outage this client is in, if any
        self.gave_up = False  # a command already waited ``patience``: the next ones try once
        self.outages = 0  # outages lived through (the writer takes its processing list over after each)

    def __deepcopy__(self, memo):
        return self  # redis-py copies the Retry into its pool: one outage state per client, not per copy

    def call_with_retry(self, do, fail, is_retryable=None, with_failure_count=False):
        failures = 0
        while True:
            try:
                result = do()
            except self._supported_errors as error:
                failures += 1
                fail(error, failures) if with_failure_count else fail(error)
                if not self.wait_again(error, failures):
                    raise
                continue
            self.answered()
            return result

    def wait_again(self, error: BaseException, failures: int) -> bool:
        """After a failed attempt: sleep and say True while within ``patience``, else give up (False)."""
        now = time.monotonic()
        if self.down_since is None:
            self.down_since = now
            logger.warning("%s does not answer (%s): trying again for up to %.0f s", self.name, error,
                           self.patience)
        if self.gave_up or now - self.down_since >= self.patience:
            if not self.gave_up:
                logger.error("%s has not answered for %.0f s (%s): giving up", self.name, now - self.down_since,
                             error)
            self.gave_up = True
            return False
        time.sleep(min(self._backoff.compute(failures), self.patience - (now - self.down_since)))
        return True

    def answered(self) -> None:
        if self.down_since is not None:
            logger.warning("%s answers again after %.1f s", self.name, time.monotonic() - self.down_since)
            self.down_since = None
            self.gave_up = False
            self.outages += 1


def connect(url: str, patience: float = PATIENCE) -> redis.Redis:
    """A client that rides out Redis restarts of up to ``patience`` seconds."""
    client = redis.Redis.from_url(url, retry=PatientRetry(patience), socket_connect_timeout=5,
                                  socket_keepalive=True, health_check_interval=10)
    return client


def retry_of(server: redis.Redis) -> PatientRetry | None:
    retry = server.connection_pool.connection_kwargs.get("retry")
    return retry if isinstance(retry, PatientRetry) else None


class Epoch:
    """The token telling this Redis's data apart from that of a Redis that lost it (restart, no persistence)."""

    def __init__(self, server: redis.Redis):
        self.server = server
        self.token: bytes | str | None = None  # bytes: the client does not decode responses

    def join(self) -> None:
        """Take the current token, writing one if there is none (a fresh or emptied Redis)."""
        self.server.set(EPOCH, uuid.uuid4().hex, nx=True)
        self.token = self.server.get(EPOCH)

    def lost(self) -> bool:
        """Whether Redis lost its data since ``join`` (the token is gone or another one)."""
        return self.token is not None and self.server.get(EPOCH) != self.token
