"""The registry of department sites (reader/sites.toml), site entries over families, and recognising a family."""

import tomllib
from urllib.parse import parse_qsl, urlsplit

import pytest
from scrapy.http import HtmlResponse

from reader.families import all_family_names, load_family, recognise
from reader.profiles import REGISTRY, default_profile_names, load_profile, profile_for_url, registry, site_profile
from spiders import sites as site_choice
from spiders.parsing import parse_article
from spiders.sites import profile_names_in_province
from spiders.socongthuong import SoCongThuongSpider
from testsites.family_sites import family_article_page
from testsites.sites import SITES

ENTRIES = {entry["id"]: entry for entry in registry()}

# Hosts portals.md names, by the form it gives for each province.
PORTALS_MD_HOSTS = [
    ("dongnai", "sct.dongnai.gov.vn"), ("tayninh", "sct.tayninh.gov.vn"),
    ("danang", "socongthuong.danang.gov.vn"), ("cantho", "socongthuong.cantho.gov.vn"),
    ("daklak", "socongthuong.daklak.gov.vn"), ("angiang", "socongthuong.angiang.gov.vn"),
    ("bentre", "socongthuong.bentre.gov.vn"), ("travinh", "socongthuong.travinh.gov.vn"),
    ("vinhlong", "socongthuong.vinhlong.gov.vn"), ("binhduong", "socongthuong.binhduong.gov.vn"),
    ("hochiminh", "socongthuong.hochiminhcity.gov.vn"), ("hochiminh", "congthuong.hochiminhcity.gov.vn"),
    ("hanoi", "congthuong.hanoi.gov.vn"), ("ninhbinh", "congthuong.ninhbinh.gov.vn"),
    ("quangninh", "quangninh.gov.vn"),
]


def test_six_families_of_portals_md_and_the_invented_one():
    assert {"nukeviet", "liferay6", "sharepoint-portal", "sharepoint-trang", "aspnet-tables", "wordpress",
            "sharepoint-chitiet"} <= set(all_family_names())
    for name in all_family_names():
        family = load_family(name)
        assert family.article_links and family.listing_links and family.selectors.title and family.selectors.body
        assert family.markers and family.pagination  # recognisable, and its listings' paging said


def test_nothing_in_the_registry_claims_a_live_check():
    text = REGISTRY.read_text(encoding="utf-8")
    raw = tomllib.loads(text)["site"]
    assert len(raw) == len(ENTRIES) >= 16
    assert all(entry["checked_live"] is False for entry in raw)
    assert "NOTHING HERE WAS CHECKED AGAINST A LIVE SITE" in text


@pytest.mark.parametrize("site, host", PORTALS_MD_HOSTS)
def test_hosts_of_portals_md_are_in_the_registry(site, host):
    assert host in ENTRIES[site]["hosts"]
    assert load_profile(site).holds(f"https://{host}/tin-tuc") or site == "quangninh"


def test_guessed_addresses_and_dead_sites_are_marked_and_not_crawled_by_default():
    assert (ENTRIES["haiduong"]["address"], ENTRIES["bacgiang"]["address"]) == ("guess", "guess")
    assert ENTRIES["binhduong"]["status"] == "defunct"
    defaults = default_profile_names()
    assert "haiduong" not in defaults and "bacgiang" not in defaults and "binhduong" not in defaults
    assert {"danang", "hochiminh", "quangninh"} <= set(defaults)
    assert all(ENTRIES[name]["status"] == "live" and ENTRIES[name]["address"] != "guess" for name in defaults)


def test_a_section_of_a_province_portal_is_a_site_of_its_own():
    quangninh = load_profile("quangninh")
    assert quangninh.family == "sharepoint-trang" and quangninh.province == "Quảng Ninh"
    assert quangninh.holds("https://www.quangninh.gov.vn/So/socongthuong/Trang/ChiTietTinTuc.aspx?nid=12")
    assert not quangninh.holds("https://www.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=12")  # the province's news
    assert profile_for_url("https://www.quangninh.gov.vn/Trang/Default.aspx") is None


@pytest.mark.parametrize("asked, sites", [
    ("Hải Dương", ["haiduong"]),
    ("hai duong", ["haiduong"]),
    ("Tỉnh Bắc Giang", ["bacgiang"]),
    ("TP Hồ Chí Minh", ["hochiminh"]),
    ("Thành phố Hồ Chí Minh", ["hochiminh"]),
    ("Đà Nẵng", ["danang"]),
    ("Atlantis", []),
])
def test_sites_of_a_province_by_its_name_before_the_merger(asked, sites, monkeypatch):
    monkeypatch.setattr(site_choice, "_current_province", lambda name: None)  # old names only
    assert profile_names_in_province(asked) == sites


def test_sites_of_a_province_by_its_name_after_the_merger_from_db_provinces():
    pytest.importorskip("db.provinces", reason="db/provinces.py comes with the dataset-views branch")
    assert profile_names_in_province("Hải Phòng") == ["haiduong"]
    assert profile_names_in_province("Vĩnh Long") == ["bentre", "travinh", "vinhlong"]
    assert profile_names_in_province("Hồ Chí Minh") == ["binhduong", "hochiminh"]


def test_sites_of_a_province_by_its_name_after_the_merger_through_the_hook(monkeypatch):
    # db/provinces.py (another branch) will map old names to new ones; here, two rows of the 2025 merger.
    merged = {"Hải Dương": "Hải Phòng", "Bắc Giang": "Bắc Ninh", "Bình Dương": "TP Hồ Chí Minh"}
    monkeypatch.setattr(site_choice, "_current_province", merged.get)
    assert profile_names_in_province("Hải Phòng") == ["haiduong"]
    assert profile_names_in_province("Bắc Ninh") == ["bacgiang"]
    assert profile_names_in_province("TP Hồ Chí Minh") == ["binhduong", "hochiminh"]
    assert profile_names_in_province("Hải Dương") == ["haiduong"]  # the old name still answers


def test_spider_arguments_site_province_and_none():
    assert [p.site for p in SoCongThuongSpider(province="Quảng Ninh").profiles] == ["quangninh"]
    assert [p.site for p in SoCongThuongSpider(site="danang").profiles] == ["danang"]
    assert [p.site for p in SoCongThuongSpider().profiles] == default_profile_names()
    with pytest.raises(ValueError, match="no site of the province 'Atlantis'"):
        SoCongThuongSpider(province="Atlantis")


def test_a_site_entry_overrides_its_family():
    haiduong = load_profile("haiduong")
    assert haiduong.family == "aspnet-tables"
    assert haiduong.is_article("http://sct.haiduong.gov.vn/tin-tuc/5.html")  # its own old URLs, added
    assert haiduong.is_article("http://sct.haiduong.gov.vn/NewsDetail.aspx?id=5")  # the family's
    other = site_profile({"id": "x", "name": "x", "hosts": ["x.vn"], "start_urls": ["http://x.vn/"],
                          "family": "aspnet-tables", "article": {"title": '//h2[@class="tieude"]'}})
    assert other.selectors.title == '//h2[@class="tieude"]'
    assert other.selectors.body == load_family("aspnet-tables").selectors.body  # the rest from the family
    assert not other.is_article("http://x.vn/tin-tuc/5.html")


@pytest.mark.parametrize("family, url, canonical", [
    # Liferay keeps the parameters that a pattern names
    ("liferay6", "http://a.vn/web/guest/tin-tuc?p_p_id=101_INSTANCE_Ab12&p_p_lifecycle=0&_101_INSTANCE_Ab12_delta=10&_101_INSTANCE_Ab12_cur=2",
     "http://a.vn/web/guest/tin-tuc?p_p_id=101_INSTANCE_Ab12&_101_INSTANCE_Ab12_cur=2"),
    ("liferay6", "http://a.vn/web/guest/tin-tuc?p_p_id=101_INSTANCE_Ab12&_101_INSTANCE_Ab12_cur=1",
     "http://a.vn/web/guest/tin-tuc?p_p_id=101_INSTANCE_Ab12"),
    ("liferay6", "http://a.vn/web/guest/tin-tuc/-/view_content/123-bai-viet?redirect=%2Fweb%2Fguest",
     "http://a.vn/web/guest/tin-tuc/-/view_content/123-bai-viet"),
    ("liferay6", "http://a.vn/tin-tuc?p_p_id=101_INSTANCE_Ab12&_101_INSTANCE_Ab12_cur=3",   # a virtual host's page
     "http://a.vn/tin-tuc?p_p_id=101_INSTANCE_Ab12&_101_INSTANCE_Ab12_cur=3"),
    ("liferay7", "http://a.vn/web/guest/tin-tuc?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
     "_INSTANCE_Ab12&p_p_lifecycle=0&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Ab12_delta=10"
     "&p_r_p_resetCur=false&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Ab12_cur=2",
     "http://a.vn/web/guest/tin-tuc?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Ab12"
     "&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Ab12_cur=2"),
    ("liferay7", "http://a.vn/web/guest/tin-tuc/-/asset_publisher/Ab12/content/bai-viet?inheritRedirect=true&redirect=%2F",
     "http://a.vn/web/guest/tin-tuc/-/asset_publisher/Ab12/content/bai-viet"),
    ("dotnetnuke", "http://a.vn/default.aspx?cateid=4&tabid=55&currentpage=1", "http://a.vn/Default.aspx?tabid=55&cateid=4"),
    ("dotnetnuke", "http://a.vn/Default.aspx?tabid=55&cateid=4&currentpage=3&utm_source=zalo",
     "http://a.vn/Default.aspx?tabid=55&cateid=4&currentpage=3"),
    ("dotnetnuke", "http://a.vn/Default.aspx?NewsID=812&tabid=55&cateid=4",
     "http://a.vn/Default.aspx?tabid=55&cateid=4&NewsID=812"),
    ("dotnetnuke", "http://a.vn/tabid/55/ctl/Detail/mid/579/itemid/812/hoi-nghi.aspx?fbclid=x1",
     "http://a.vn/tabid/55/ctl/Detail/mid/579/itemid/812/hoi-nghi.aspx"),
])
def test_canonical_urls_of_a_family(family, url, canonical):
    profile = site_profile({"id": "a", "name": "a", "hosts": ["a.vn"], "start_urls": ["http://a.vn/"],
                            "family": family})
    assert profile.canonicalize(url) == canonical


@pytest.mark.parametrize("path, kind", [  # DNN's addresses: portals.md's and the friendly form of the query
    ("/tabid/55/ctl/Detail/mid/579/itemid/812/hoi-nghi-xuc-tien.aspx", "article"),
    ("/tabid/55/ctl/Detail/mid/579/itemid/812", "article"),
    ("/Default.aspx?tabid=55&cateid=4&NewsID=812", "article"),
    ("/Default.aspx?tabid=55&ctl=Detail&mid=579&itemid=812", "article"),
    ("/tin-tuc/chi-tiet/newsid/52833/Thai-Lan-ap-thue", "article"),
    ("/tabid/55/default.aspx", "listing"),
    ("/tabid/36/Trang-chu.aspx", "listing"),
    ("/Default.aspx?tabid=55&cateid=4", "listing"),
    ("/Default.aspx?tabid=55&cateid=4&currentpage=2", "listing"),
    ("/tabid/55/ctl/Print/mid/579/itemid/812/Default.aspx", None),
    ("/Default.aspx?tabid=55&ctl=Print&mid=579&itemid=812", None),
    ("/tabid/40/ctl/Login/Default.aspx?returnurl=%2f", None),
    ("/Portals/0/Files/2020/KH-100-2020.pdf", None),
])
def test_dotnetnuke_article_and_listing_addresses(path, kind):
    family = load_family("dotnetnuke")
    url = "http://a.vn" + path
    is_article = any(p.search(url) for p in family.article_links)
    is_listing = any(p.search(url) for p in family.listing_links)
    assert (is_article, is_listing) == (kind == "article", kind == "listing")


def page_of(copy: str, kind: str) -> HtmlResponse:
    site = SITES[copy]()
    if kind == "home":
        path = site.url("home") if hasattr(site, "spec") else "/"
    else:
        path = site.article_url(next(iter(site.public_articles())))
    reply = site.reply(urlsplit(path).path, dict(parse_qsl(urlsplit(path).query)))
    while reply.status in (301, 302):
        path = reply.headers["Location"]
        reply = site.reply(urlsplit(path).path, dict(parse_qsl(urlsplit(path).query)))
    # An address that gives nothing away: only the page's content can name the family.
    return HtmlResponse("http://example.vn/page", body=reply.body, headers={"Content-Type": reply.content_type})


@pytest.mark.parametrize("copy, family", [
    ("nukeviet", "nukeviet"), ("liferay6", "liferay6"), ("liferay7", "liferay7"),
    ("sharepoint-portal", "sharepoint-portal"),
    ("sharepoint-trang", "sharepoint-trang"), ("wordpress", "wordpress"), ("haiduong", "aspnet-tables"),
    ("bacgiang", "sharepoint-chitiet"), ("dotnetnuke", "dotnetnuke"),
])
@pytest.mark.parametrize("kind", ["home", "article"])
def test_family_recognised_from_the_page_alone(copy, family, kind):
    page = page_of(copy, kind)
    found = recognise(page.selector.root, page.url)
    assert found is not None and found.family == family, found


def test_a_page_of_no_family_is_not_recognised():
    page = page_of("plain", "article")
    assert recognise(page.selector.root, page.url) is None


@pytest.mark.parametrize("html, family, why", [
    ('<meta name="generator" content="NukeViet v4.5">', "nukeviet", "generator meta"),
    ('<meta name="Generator" content="WordPress 6.4">', "wordpress", "generator meta"),
    ('<div class="portlet-boundary portlet-asset-publisher"></div>', "liferay6", "element"),
    ('<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" '
     'id="p_p_id_101_INSTANCE_kP3a_"></div>',
     "liferay6", "element"),
    # Liferay 7 / DXP: the same css wrapper class, the portlet id of the 7.x module (AssetPublisherPortletKeys)
    ('<div class="portlet-boundary portlet-asset-publisher" '
     'id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vR8t_"></div>',
     "liferay7", "element"),
    ('<meta name="GENERATOR" content="Microsoft SharePoint"><h1 class="tandan-p-article-news-title">x</h1>',
     "sharepoint-portal", "element"),
    ('<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">', "dotnetnuke", "generator meta"),
    ('<meta name="generator" content="DNN Platform 9.10">', "dotnetnuke", "generator meta"),
    ('<div class="DnnModule DnnModule-DNN_HTML DnnModule-420"><a name="420"></a></div>', "dotnetnuke", "element"),
    ('<div id="dnn_ctr445_ContentPane"><!-- Start_Module_445 --></div>', "dotnetnuke", "element"),
])
def test_what_gives_a_family_away(html, family, why):
    page = HtmlResponse("http://example.vn/x", body=f"<html><head>{html}</head><body></body></html>".encode(),
                        encoding="utf-8")
    found = recognise(page.selector.root, page.url)
    assert found.family == family and why in found.reason


@pytest.mark.parametrize("url", [
    "http://example.vn/tabid/55/ctl/Detail/mid/579/itemid/812/hoi-nghi.aspx",
    "http://example.vn/Default.aspx?tabid=55&cateid=4&NewsID=812",
])
def test_a_dotnetnuke_address_alone_gives_the_family_away(url):
    page = HtmlResponse(url, body=b"<html><body><p>x</p></body></html>", encoding="utf-8")
    found = recognise(page.selector.root, page.url)
    assert found is not None and found.family == "dotnetnuke" and found.reason == "URL shape"


def test_the_dotnetnuke_family_reads_another_dnn_news_module():
    # Ventrian's News Articles (the copy's variant template article.newsarticles.html, after the module's own
    # Templates/Standard/View.Item.html) at its ArticleView address
    site, _, page = family_article_page("dotnetnuke", "newsarticles")
    source = site.test_article()
    url = f"https://sct.binhdinh.gov.vn/tabid/56/articleType/ArticleView/articleId/{source.id}/{source.slug}.aspx"
    response = HtmlResponse(url, body=page, encoding="utf-8")
    assert recognise(response.selector.root, response.url).family == "dotnetnuke"
    profile = site_profile({"id": "b", "name": "b", "hosts": ["sct.binhdinh.gov.vn"],
                            "start_urls": ["https://sct.binhdinh.gov.vn/"], "family": "dotnetnuke"})
    assert profile.is_article(response.url)
    assert profile.canonicalize(url + "?utm_source=zalo") == url
    article = parse_article(response, profile)
    assert article.title == source.title
    assert article.published == source.published.replace(second=0).isoformat() + "+07:00"
    assert article.lead == source.lead
    assert article.author == source.author
    assert article.body == "\n\n".join(source.paragraphs)
    assert article.related == [f"https://sct.binhdinh.gov.vn/tabid/56/articleType/ArticleView/articleId/{r.id}/{r.slug}.aspx"
                               for r in site.related(source, 5)]


@pytest.mark.parametrize("url", [
    "http://a.vn/tabid/56/articleType/ArticleView/articleId/812/Hoi-nghi.aspx",   # News Articles, classic
    "http://a.vn/tabid/56/ctl/ArticleView/mid/612/articleId/812/Hoi-nghi.aspx",   # its launch links
    "http://a.vn/Default.aspx?tabid=56&articleType=ArticleView&articleId=812",
])
def test_news_articles_addresses_are_dotnetnuke_articles(url):
    profile = site_profile({"id": "b", "name": "b", "hosts": ["a.vn"], "start_urls": ["http://a.vn/"],
                            "family": "dotnetnuke"})
    assert profile.is_article(url) and not profile.is_listing(url)


@pytest.mark.parametrize("family, variant", [
    ("nukeviet", "v3"),                   # NukeViet 3.x's detail.tpl
    ("wordpress", "twentytwentyone"),     # a classic default theme
    ("wordpress", "twentytwentyfour"),    # a block default theme
    ("dotnetnuke", "newsarticles"),       # Ventrian's News Articles
])
def test_a_family_reads_the_other_real_variants_of_its_platform(family, variant):
    """Each variant template of a family's copy (article.<variant>.html) is read by the family's selectors."""
    site, path, page = family_article_page(family, variant)
    source = site.test_article()
    response = HtmlResponse("http://example.vn" + path, body=page, encoding="utf-8")
    assert recognise(response.selector.root, response.url).family == family
    profile = site_profile({"id": "v", "name": "v", "hosts": ["example.vn"], "start_urls": ["http://example.vn/"],
                            "family": family})
    article = parse_article(response, profile)
    assert (article.title, article.lead, article.author) == (source.title, source.lead, source.author)
    assert article.published[:16] == source.published.isoformat()[:16]
    assert article.body == "\n\n".join(source.paragraphs)
    if family != "dotnetnuke":  # News Articles names its category in a line of its own: not read
        assert article.category == source.category.name
