"""Provinces of Vietnam, as they were (63, before the 2025 merger) and as they are (34), from vietnamadminunits.

A site belongs to the province it served when its articles were published ("Hải Dương"); the same place is
now part of a merged province ("Hải Phòng"). Both names, their official codes and the coordinates of each
come from the maintained library ``vietnamadminunits`` (its own tables of the 63 and 34 units and its
old -> new conversion), never from a table kept here.
"""

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Province:
    """One province as published (``name``, ``code``) and what it became in 2025 (``new_name``, ``new_code``)."""

    name: str  # short name with diacritics, as people write it: "Hải Dương"
    code: str  # official two-digit code before the merger: "30"
    new_name: str  # after the 2025 merger: "Hải Phòng"
    new_code: str  # "31"
    latitude: float  # of the province as published (its centre as the library gives it)
    longitude: float
    new_latitude: float
    new_longitude: float


class UnknownProvince(ValueError):
    """A name the library does not know as one of the 63 provinces."""


@lru_cache(maxsize=128)
def province(name: str) -> Province:
    """The province named ``name`` (one of the 63, diacritics optional: "Hai Duong" works too).

    Raises ``UnknownProvince`` for a name the library cannot place.
    """
    # Imported here: the library loads its tables (~1 s) and only site registration needs it.
    from vietnamadminunits import ParseMode, convert_address, parse_address

    old = parse_address(name, mode=ParseMode.LEGACY, level=1)
    if not old.province:
        raise UnknownProvince(f"{name!r} is not a province of Vietnam that vietnamadminunits knows")
    new = convert_address(old.province)
    return Province(
        name=old.short_province,
        code=old.province_code,
        new_name=new.short_province,
        new_code=new.province_code,
        latitude=old.latitude,
        longitude=old.longitude,
        new_latitude=new.latitude,
        new_longitude=new.longitude,
    )
