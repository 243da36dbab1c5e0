"""Site choice (spiders/sites.py) and link judgement (spiders/links.py), apart from any crawl."""

import lxml.html
import pytest

from reader.profiles import load_profile
from spiders.links import LinkJudge, same_host_and_port
from spiders.sites import SiteSet, adhoc_profile, choose_profiles
from testsites.family_sites import family_article_page


@pytest.mark.parametrize("arguments, sites", [
    ({"site": "danang"}, ["danang"]),
    ({"province": "Quảng Ninh"}, ["quangninh"]),
    ({"start_url": "https://example.gov.vn/tin-tuc/"}, ["example.gov.vn"]),
])
def test_the_sites_of_a_crawl(arguments, sites):
    assert [profile.site for profile in choose_profiles(arguments.get("site"), arguments.get("start_url"),
                                                        arguments.get("province"))] == sites


@pytest.mark.parametrize("arguments, message", [
    ({"site": "nosuch"}, "no site 'nosuch'"),
    ({"province": "Atlantis"}, "no site of the province 'Atlantis'"),
])
def test_an_unknown_site_or_province_is_a_clear_error(arguments, message):
    with pytest.raises(ValueError, match=message):
        choose_profiles(arguments.get("site"), None, arguments.get("province"))


def test_a_site_learns_its_family_from_a_page_once():
    _, path, html = family_article_page("nukeviet")
    url = f"http://127.0.0.1:8000{path}"
    sites = SiteSet([adhoc_profile("http://127.0.0.1:8000/")])
    profile = sites.of_page(url)
    assert profile.family is None
    learnt, found = sites.learn_family(profile, lxml.html.fromstring(html), url)
    assert learnt.family == "nukeviet" and found.family == "nukeviet"
    assert sites.profile_of(url) is learnt  # the rest of the crawl sees the family
    again, found_again = sites.learn_family(learnt, lxml.html.fromstring(html), url)
    assert again is learnt and found_again is None


def test_a_page_of_no_site_is_a_site_of_its_own():
    sites = SiteSet([load_profile("danang")])
    profile = sites.of_page("http://elsewhere.vn/a", asked_for=None)
    assert profile.site == "elsewhere.vn" and profile in sites.profiles


@pytest.mark.parametrize("url, page, same", [
    ("http://h.vn/a", "https://h.vn/b", True),  # the scheme's default ports are one site
    ("http://h.vn:8080/a", "http://h.vn/b", False),
    ("ftp://h.vn/a", "http://h.vn/b", False),
    ("http://h.vn:xx/a", "http://h.vn/b", False),  # a port that is no number
    ("http://other.vn/a", "http://h.vn/b", False),
])
def test_same_host_and_port(url, page, same):
    assert same_host_and_port(url, page) is same


def test_links_are_judged_once_per_site_and_requested_once():
    profile = load_profile("haiduong").served_from("http://127.0.0.1:8000/")
    page = "http://127.0.0.1:8000/Default.aspx"
    article, listing = "http://127.0.0.1:8000/NewsDetail.aspx?id=12", "http://127.0.0.1:8000/News.aspx?cat=3"
    links = [article, listing, "http://127.0.0.1:8000/uploads/kehoach.pdf", "http://127.0.0.1:9999/NewsDetail.aspx?id=13",
             "http://elsewhere.vn/NewsDetail.aspx?id=14", page]
    judge = LinkJudge()
    judged = judge.judge(links, profile, page)
    assert (judged.articles, judged.listings, judged.to_follow) == ([article], [listing], 2)
    assert judge.first_time(article) and not judge.first_time(article)
    again = judge.judge(links, profile, page)
    # Judged already: counted as to follow; listed again only while not requested (tests/test_recrawl.py).
    assert (again.articles, again.listings, again.to_follow) == ([], [listing], 2)
    assert judge.first_time(listing)
    assert judge.judge(links, profile, page).listings == []
