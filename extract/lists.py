"""Bare items of a list between two stated amounts (see find_list_money)."""
from __future__ import annotations


def find_list_money(text: str) -> list:
    return []
