"""Datasette plugins loaded by ``python -m db serve`` (--plugins-dir points here)."""
