"""Local copies of department sites, for tests, the demo and the benchmark: ``python -m testsites``."""

from .server import MirrorServer, serve
from .sites import SITES

__all__ = ["SITES", "MirrorServer", "serve"]
