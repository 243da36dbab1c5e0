"""Which sites a crawl covers, and what it knows of each as it goes: small functions and one small class.

``choose_profiles`` turns the spider's arguments (site, province, start URL) into site profiles
(reader/profiles.py); ``SiteSet`` holds them for the crawl, answers which site a URL belongs to, and learns a
site's layout family from its first page when the registry does not name one (``learn_family``: the one
place a site's profile changes during a crawl).
"""

import re
import unicodedata
from urllib.parse import urlsplit

from db import provinces
from reader.families import Recognition, recognise
from reader.profiles import Profile, default_profile_names, load_profile, profile_for_url, registry, site_profile


def adhoc_profile(start_url: str) -> Profile:
    """A site no registry entry names, named by its host: its family is recognised from its pages."""
    host = urlsplit(start_url).hostname or start_url
    return site_profile({"id": host, "name": host, "hosts": [host], "start_urls": [start_url], "status": "adhoc"})


# --- provinces: a site is asked for by its province's name before or after the 2025 merger ----------------


def _province_after_merger(name: str) -> str | None:
    """The province a name of before the 2025 merger is part of now (db/provinces.py: vietnamadminunits)."""
    try:
        return provinces.province(name).new_name
    except ValueError:  # UnknownProvince: a name the library cannot place
        return None


_current_province = _province_after_merger  # tests put a table of their own here


def _folded(name: str) -> str:
    """A province name compared without case, diacritics, spaces or "Tỉnh"/"TP" ("hai duong" = "Hải Dương")."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"^(tinh|thanh pho|tp\.?)\s+", "", text.strip())
    return re.sub(r"[^a-z0-9]", "", text)


def province_now(province: str) -> str | None:
    """The province after the 2025 merger (None for a name the mapping cannot place)."""
    return _current_province(province)


def profile_names_in_province(province: str) -> list[str]:
    """Sites of a province, named as before the 2025 merger or as after it."""
    wanted = _folded(province)
    return sorted(e["id"] for e in registry()
                  if wanted in {_folded(e["province"]), _folded(province_now(e["province"]) or e["province"])})


def choose_profiles(site: str | None, start_url: str | None, province: str | None = None) -> list[Profile]:
    """The sites to crawl: one by name, a province's, the one holding ``start_url`` (or an ad-hoc site named
    by its host), else the registry's live sites whose address is known. ValueError for an unknown name."""
    if site:
        profile = load_profile(site)
        return [profile.served_from(start_url) if start_url else profile]
    if province:
        names = profile_names_in_province(province)
        if not names:
            raise ValueError(f"no site of the province {province!r} in the registry (reader/sites.toml)")
        return [load_profile(name) for name in names]
    if start_url:
        profile = profile_for_url(start_url) or adhoc_profile(start_url)
        return [profile.served_from(start_url)]
    return [load_profile(name) for name in default_profile_names()]


class SiteSet:
    """The profiles of a crawl's sites, looked up by URL, with the families learnt from their pages."""

    def __init__(self, profiles: list[Profile]):
        self.profiles = list(profiles)

    @property
    def allowed_domains(self) -> list[str]:
        return sorted({domain for profile in self.profiles for domain in profile.allowed_domains})

    @property
    def start_urls(self) -> list[str]:
        return [url for profile in self.profiles for url in profile.start_urls]

    @property
    def unknown_site(self) -> str | None:
        """The site named by its host when no registry entry holds the start URL."""
        return next((profile.site for profile in self.profiles if profile.status == "adhoc"), None)

    def profile_of(self, url: str) -> Profile | None:
        return next((profile for profile in self.profiles if profile.holds(url)), None)

    def of_page(self, url: str, asked_for: str | None = None) -> Profile:
        """The profile of a fetched page: where it is, or where it was asked for (a redirect may leave the
        site's path); a page of no site (never expected: offsite requests are dropped) is a site of its own."""
        profile = self.profile_of(url) or (self.profile_of(asked_for) if asked_for else None)
        if profile is None:
            profile = adhoc_profile(url)
            self.profiles.append(profile)
        return profile

    def learn_family(self, profile: Profile, tree, url: str) -> tuple[Profile, Recognition | None]:
        """The profile with the family the page shows, when the site's family was not known (and what gave it
        away); the same profile otherwise. The site's profile is replaced for the rest of the crawl."""
        if profile.family is not None:
            return profile, None
        found = recognise(tree, url)
        if found is None:
            return profile, None
        learnt = profile.with_family(found.family)
        self.profiles[self.profiles.index(profile)] = learnt
        return learnt, found
