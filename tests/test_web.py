"""Saved web pages and WARC files as input (quotebook/web.py), on pages written for these tests
in the shapes of Indonesian news sites: <p> paragraphs, <br>-separated paragraphs, names in links,
quotes in scripts, asides, related lists and comments, declared encodings, metadata in the head."""
import io
import html
import gzip
import json
import re
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotebook.cli import cli
from quotebook.extraction import extract
from quotebook.sources import Article, Skipped, SourceError, read_paths
from quotebook.web import decode_page, page_article, read_html, read_warc

PAGES = Path(__file__).parents[1] / "docs" / "berita"  # the README's example folder


def run(*args, input=None, db=None):
    args = [str(a) for a in args] + (["--db", str(db)] if db else [])
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def stored(db, table="quotes"):
    result = run(table, "--json", db=db)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def articles(db):
    from quotebook.store import Store

    with Store(str(db)) as store:
        return {row["id"]: row for row in store.db["articles"].rows}


def quotes_of(html, **options):
    article = page_article(html, "page.html", **options)
    assert isinstance(article, Article), article
    return [(q.quote, q.speaker) for q in extract(article.text)]


def page(body, head=""):
    return f"<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>"


NAV = """<header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li>
<li><a href="/daerah">Daerah</a></li><li><a href="/ekonomi">Ekonomi</a></li></ul></nav></header>"""

# ANTARA's shape: <p> paragraphs, the speaker's name a tag link, a quote with a bold phrase in it,
# a script and an aside with quote marks and cue words that are no one's words.
KPK = page(
    NAV + """
<main><article><h1>KPK tahan Bupati Lembah Hijau</h1>
<div class="post-content">
<p>Jakarta (ANTARA) - Komisi Pemberantasan Korupsi (KPK) menahan Bupati Lembah Hijau terkait kasus suap
pengadaan jalan kabupaten yang ditangani sejak awal tahun.</p>
<p>"Ditahan di rumah tahanan KPK untuk 20 hari pertama," kata Juru Bicara KPK <a href="/tag/johan-budi">Johan Budi</a>
di Jakarta, Jumat.</p>
<script>var promo = '"Beli sekarang juga," kata iklan itu.';</script>
<p>Penahanan tersebut dilakukan setelah yang bersangkutan diperiksa untuk pertama kalinya sebagai tersangka.</p>
<aside class="baca-juga"><p>"Diskon besar hanya hari ini," ujar penjual di toko kami.</p></aside>
<p>"Penahanan dilakukan dengan <strong>alasan subjektif</strong> penyidik," tambah Johan.</p>
</div></article></main>
<footer><p>Copyright &copy; 2017 ANTARA</p></footer>""",
    head="""<title>KPK tahan Bupati Lembah Hijau - ANTARA News</title>
<meta property="og:site_name" content="ANTARA News">
<meta property="article:published_time" content="2017-03-10T18:05:00+07:00">
<meta name="author" content="Desca Lidya Natalia">
<link rel="canonical" href="https://www.antaranews.com/berita/610433/kpk-tahan-bupati-lembah-hijau">
<script>var ad = "\\"Harga termurah,\\" kata iklan itu";</script>""",
)
KPK_QUOTES = [
    ("Ditahan di rumah tahanan KPK untuk 20 hari pertama,", "Johan Budi"),
    ("Penahanan dilakukan dengan alasan subjektif penyidik,", "Johan Budi"),
]

# An agency's shape: one <div> of text, paragraphs between <br> (doubled, single, self-closed).
AGENCY = page(
    """<div id="menu"><a href="/">Home</a> | <a href="/daerah">Daerah</a></div>
<div class="detail_text">SEMARANG - Harga cabai rawit di sejumlah pasar tradisional di Kota Semarang naik dua kali
lipat menjelang Lebaran.<br><br>"Sudah seminggu ini harganya naik terus, pembeli jadi berkurang," kata Siti Aminah,
pedagang di Pasar Johar, Senin.<br><br>Kepala Dinas Perdagangan Kota Semarang <b>Fravarta Sadman</b> mengatakan
pihaknya akan menggelar operasi pasar.<br />"Kami sudah berkoordinasi dengan Bulog agar pasokan aman sampai
Lebaran," ujar Fravarta.<br/>Operasi pasar direncanakan berlangsung di delapan pasar selama sepekan.</div>
<div class="related"><h3>Berita Terkait</h3><ul><li><a href="/x">"Stok aman," kata menteri soal beras</a></li>
<li><a href="/y">Harga bawang turun</a></li></ul></div>""",
    head="<title>Harga cabai rawit naik dua kali lipat | Berita Daerah</title>",
)


def test_p_paragraphs_inline_link_and_bold_and_no_quote_from_script_or_aside():
    assert quotes_of(KPK) == KPK_QUOTES
    article = page_article(KPK, "kpk.html")
    assert "iklan" not in article.text and "penjual" not in article.text and "Beranda" not in article.text


def test_page_metadata_fills_the_article():
    article = page_article(KPK, "kpk.html")
    assert (article.title, article.date, article.url) == (
        "KPK tahan Bupati Lembah Hijau", "2017-03-10",
        "https://www.antaranews.com/berita/610433/kpk-tahan-bupati-lembah-hijau",
    )
    assert article.meta == {"outlet": "ANTARA News", "reporter": "Desca Lidya Natalia"}
    # Laid out as a .txt article: the headline (stored as the title) left out, a blank line between paragraphs.
    assert article.text.startswith("Jakarta (ANTARA) - Komisi Pemberantasan Korupsi (KPK) menahan Bupati Lembah Hijau")
    assert article.text.count("\n\n") == 3


def test_br_separated_paragraphs_become_paragraphs():
    article = page_article(AGENCY, "cabai.html")
    assert article.text.split("\n\n")[:2] == [
        "SEMARANG - Harga cabai rawit di sejumlah pasar tradisional di Kota Semarang naik dua kali lipat menjelang Lebaran.",
        '"Sudah seminggu ini harganya naik terus, pembeli jadi berkurang," kata Siti Aminah, pedagang di Pasar Johar, Senin.',
    ]
    assert len(article.text.split("\n\n")) == 5
    assert quotes_of(AGENCY) == [
        ("Sudah seminggu ini harganya naik terus, pembeli jadi berkurang,", "Siti Aminah"),
        ("Kami sudah berkoordinasi dengan Bulog agar pasokan aman sampai Lebaran,", "Fravarta Sadman"),
    ]
    assert article.title == "Harga cabai rawit naik dua kali lipat" and article.url is None


# Detik's shape: the dateline in bold opening a <div> of <br>-separated paragraphs, a related-link
# table and an ad slot inside the body, the reporter's initials at the end; the page saved by a browser.
DETIK = """<!-- saved from url=(0062)https://news.detik.example/berita/d-3210987/polisi-tangkap-pencuri -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Polisi Tangkap Dua Pencuri Motor di Bekasi</title><meta name="publishdate" content="2016/05/12 14:30:00">
</head><body><div class="menu"><a href="/">detikNews</a> <a href="/berita">Berita</a></div>
<div class="jdl"><h1>Polisi Tangkap Dua Pencuri Motor di Bekasi</h1><div class="date">Kamis 12 Mei 2016, 14:30 WIB</div></div>
<div class="detail_text" id="detikdetailtext">
<b>Jakarta</b> - Polisi menangkap dua pria yang diduga mencuri sepeda motor di kawasan Bekasi Barat. Keduanya
ditangkap saat hendak menjual motor curian di sebuah bengkel.<br><br>"Pelaku kami tangkap tadi malam sekitar pukul
23.00 WIB," kata Kapolres Metro Bekasi Kota Kombes Umar Surya Fana kepada wartawan, Kamis (12/5/2016).<br><br>
<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong>
<a href="/x">"Kami Tidak Takut," Kata Warga Soal Begal</a></div></td></tr></table>
Umar mengatakan kedua pelaku sudah beraksi di 12 lokasi berbeda sejak awal tahun.<br><br>
<div class="ads"><script>googletag.display("div-gpt-ad");</script></div>
"Mereka mengaku motor curian dijual ke penadah di luar kota," ujar Umar.<br><br>(aud/dhn)
</div></body></html>"""


def test_bold_dateline_stays_with_its_paragraph_and_a_related_table_is_no_quote():
    article = page_article(DETIK, "d.html")
    assert article.text.startswith("Jakarta - Polisi menangkap dua pria yang diduga mencuri sepeda motor di "
                                   "kawasan Bekasi Barat. Keduanya ditangkap saat")
    assert [(q.quote, q.speaker) for q in extract(article.text)] == [
        ("Pelaku kami tangkap tadi malam sekitar pukul 23.00 WIB,", "Umar Surya Fana"),
        ("Mereka mengaku motor curian dijual ke penadah di luar kota,", "Umar Surya Fana"),
    ]
    assert (article.url, article.date) == ("https://news.detik.example/berita/d-3210987/polisi-tangkap-pencuri", "2016-05-12")
    # No site name in the page: none taken from its host name either (the dateline may give the outlet).
    assert "outlet" not in page_article(DETIK, "d.html", url="https://news.detik.example/berita/d-3210987").meta


# A page in a single-byte encoding: curly quotes and the apostrophe of Ma’ruf are bytes 0x93, 0x94, 0x92.
LATIN = page(
    """<article><p>JAKARTA - Wakil Presiden Ma’ruf Amin meminta pemerintah daerah mempercepat penyaluran bantuan
sosial bagi warga terdampak banjir di sejumlah provinsi.</p>
<p>“Jangan sampai bantuan tertahan di gudang karena urusan administrasi,” kata Ma’ruf di Istana Wakil Presiden, Selasa.</p>
<p>Menurut dia, pemerintah pusat sudah menyiapkan anggaran tambahan untuk daerah yang kesulitan.</p></article>""",
).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset={}">')


@pytest.mark.parametrize("declared", ["windows-1252", "iso-8859-1", "ISO-8859-1"])
def test_declared_single_byte_charset(declared):
    data = LATIN.format(declared).encode("cp1252")
    (article,) = read_html(data, "banjir.html")
    assert article.warnings == []
    assert "“Jangan sampai" in article.text and "Ma’ruf" in article.text
    assert [(q.quote, q.speaker) for q in extract(article.text)] == [
        ("Jangan sampai bantuan tertahan di gudang karena urusan administrasi,", "Ma'ruf Amin")
    ]


def test_undeclared_or_wrongly_declared_charset_falls_back_as_a_text_file_does():
    data = LATIN.format("utf-8").encode("cp1252")
    text, warning = decode_page(data)
    at = data.index("’".encode("cp1252"))
    assert warning == f"invalid UTF-8 at byte {at}; read as Windows-1252"
    assert "Ma’ruf" in text
    undeclared = data.replace(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', b"")
    at = undeclared.index("’".encode("cp1252"))
    assert decode_page(undeclared)[1] == f"invalid UTF-8 at byte {at}; read as Windows-1252"
    assert decode_page(LATIN.format("klingon").encode("utf-8")) == (LATIN.format("klingon"), "unknown charset 'klingon' declared; read as UTF-8")
    (binary,) = read_html(b"<html>\x00\x01\x02" * 10, "x.html")
    assert isinstance(binary, SourceError) and binary.message == "binary file (NUL bytes), not text"


MARKUP = st.lists(st.one_of(
    st.sampled_from(["<p>", "</p>", "<br>", "<div>", "</div>", "<b>", "</b>", "<script>", "<!--", "-->", "<pre>",
                     '"', "\u201c", " kata Budi Santoso.", "<meta charset=rot13>", "<meta charset=utf-16>",
                     "<?xml version='1.0' encoding='latin-1'?>", "<html>", "<table><tr><td>", "&nbsp;", "\x00"]),
    st.text(max_size=20),
), max_size=30).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP, st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_any_page_gives_one_article_or_one_error_line(markup, encoding):
    (item,) = read_html(markup.encode(encoding, "replace"), "x.html")
    assert isinstance(item, (Article, SourceError))
    if isinstance(item, Article):
        assert item.text.strip() and "\n\n\n" not in item.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.integers(0, 2000))
def test_any_bytes_as_a_warc_file_give_items_and_no_traceback(noise, cut):
    data = warc_bytes(CRAWL[:2])
    for blob in (noise, data[:cut] + noise, noise + data, data[:cut] + noise + data[cut:]):
        items = list(read_warc(io.BytesIO(blob), "x.warc.gz"))
        assert items and all(isinstance(i, (Article, SourceError, Skipped)) for i in items)


def test_a_page_with_no_article_text_is_an_error_naming_the_file():
    (item,) = read_html(page('<img src="/banner.jpg"><script>var x = "kata";</script>').encode(), "menu.html")
    assert str(item) == "menu.html: no article text found in the page"
    (empty,) = read_html(b"  \n", "empty.html")
    assert str(empty) == "empty.html: empty file, no article in it"


def test_realistic_news_page_gives_only_the_body_quotes():
    """A 5 KB page as a regional outlet serves it: nav, breaking-news bar, share buttons, photo,
    body, tags, a most-read box, related articles, comments and a footer, with quote marks and
    cue words in the scripts, the boxes and the comments."""
    (article,) = read_html((PAGES / "kabar-boyolali.html").read_bytes(), "kabar-boyolali.html")
    assert [(q.quote, q.speaker, q.title) for q in extract(article.text)] == [
        ("Sudah dua minggu saya keliling ke kios, pupuk urea tidak ada. Kalau ada pun harganya di atas harga "
         "eceran tertinggi,", "Sumarni", "petani di Desa Tegalrejo"),
        ("Alokasi untuk Boyolali sebenarnya cukup. Kami sudah meminta distributor menambah armada supaya pupuk "
         "sampai ke kios dalam pekan ini,", "Joko Suhartono", "Kepala Dinas Pertanian Kabupaten Boyolali"),
        ("Jangan sampai ada petani yang tidak kebagian hanya karena belum terdata,", "Joko Suhartono",
         "Kepala Dinas Pertanian Kabupaten Boyolali"),
    ]
    assert article.title == "Petani Boyolali keluhkan pupuk langka jelang musim tanam"
    # The canonical URL, not the og:url with its tracking parameter.
    assert article.url == "https://www.kabarjateng.example/daerah/2016/10/17/petani-boyolali-keluhkan-pupuk-langka"
    for chrome in ("Bagikan", "Terpopuler", "Berita Terkait", "Komentar", "Bambang", "Redaksi", "diskon", "ongkir"):
        assert chrome.lower() not in article.text.lower()


EMBEDS = """<blockquote class="twitter-tweet" data-lang="id"><p lang="in" dir="ltr">"Pupuk langka lagi, petani
menjerit," kata akun itu <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Warga Boyolali (@wargabyl)
<a href="https://twitter.com/x">17 Oktober 2016</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
<blockquote class="instagram-media" data-instgrm-permalink="x"><div><p><a href="x">"Panen raya tahun ini gagal,"
ujar petani dalam unggahan itu.</a></p><p>Sebuah kiriman dibagikan oleh Dinas (@dinas)</p></div></blockquote>
<blockquote><p>"Petani butuh kepastian pasokan, bukan janji," kata Wagiman, ketua kelompok tani setempat.</p></blockquote>
"""


def test_embedded_posts_of_social_networks_are_not_the_articles_words():
    saved = (PAGES / "kabar-boyolali.html").read_text().replace("<p>Ia menambahkan", EMBEDS + "<p>Ia menambahkan")
    article = page_article(saved, "kabar-boyolali.html")
    assert "akun itu" not in article.text and "unggahan" not in article.text
    assert ("Petani butuh kepastian pasokan, bukan janji,", "Wagiman") in [
        (q.quote, q.speaker) for q in extract(article.text)]


def test_body_in_a_layout_table_keeps_its_paragraphs():
    """Older sites lay the page out in tables: the body in a cell, as <p> or <br>-separated text."""
    saved = (PAGES / "kabar-boyolali.html").read_text()
    start = saved.index('<div class="post-content">')
    end = saved.index("</div>", start) + len("</div>")
    body = saved[start:end]
    for cell in (body, body.replace("<p>", "").replace("</p>", "<br><br>")):
        laid_out = saved[:start] + f"<table width='100%'><tr><td class='isi'>{cell}</td></tr></table>" + saved[end:]
        article = page_article(laid_out, "tabel.html")
        assert article.text.startswith("BOYOLALI - Sejumlah petani") and len(article.text.split("\n\n")) == 8
        assert [q.speaker for q in extract(article.text)] == ["Sumarni", "Joko Suhartono", "Joko Suhartono"]


def test_stored_page_and_the_same_page_saved_twice_is_one_article(tmp_path):
    db = tmp_path / "q.db"
    saved = (PAGES / "kabar-boyolali.html").read_text()
    (tmp_path / "a.html").write_text(saved)
    # Saved again a day later: another most-read box, more comments, the same article.
    (tmp_path / "b.htm").write_text(saved.replace("Harga cabai di Solo", "Jalan tol Solo").replace(
        "Komentar (2)", "Komentar (3)"))
    result = run("ingest", tmp_path / "a.html", tmp_path / "b.htm", "--jobs", 1, db=db)
    assert result.stderr.splitlines()[-1] == (
        "2 articles: 1 new, 1 unchanged, 0 replaced, 0 failed; 3 quotes stored, 2 new speakers")
    (row,) = articles(db).values()
    assert (row["title"], row["date"], row["outlet"], row["reporter"], row["dateline"]) == (
        "Petani Boyolali keluhkan pupuk langka jelang musim tanam", "2016-10-17", "Kabar Jateng",
        "Rina Puspitasari", "Boyolali",
    )
    assert json.loads(row["related"]) == ["Harga gabah di tingkat petani turun"]
    assert {q["speaker"] for q in stored(db)} == {"Sumarni", "Joko Suhartono"}


def test_standard_input_as_html(tmp_path):
    db = tmp_path / "q.db"
    as_html = run("ingest", "-", "--format", "html", "--jobs", 1, input=AGENCY.replace("<!DOCTYPE html>", ""), db=db)
    assert as_html.exit_code == 0, as_html.output
    assert sorted(q["speaker"] for q in stored(db)) == ["Fravarta Sadman", "Siti Aminah"]
    # A page that says it is one is read as one without --format.
    auto = run("extract", "-", "--json", input=KPK)
    assert [(q["quote"], q["speaker"]) for q in json.loads(auto.stdout)] == KPK_QUOTES
    crawl = run("extract", "-", "--format", "warc", "--json", input=warc_bytes(CRAWL))
    assert {q["article_id"] for q in json.loads(crawl.stdout)} == {"https://berita.example/kpk", "https://berita.example/cabai"}
    # ... and a WARC file known by its first line, gzipped or not (`curl ... | quotebook ingest -`).
    for piped in (warc_bytes(CRAWL), gzip.compress(warc_bytes(CRAWL))):
        found = run("extract", "-", "--json", input=piped)
        assert {q["article_id"] for q in json.loads(found.stdout)} == {"https://berita.example/kpk", "https://berita.example/cabai"}
    as_text = run("extract", "-", "--format", "txt", "--json", input=KPK)
    assert "Beli sekarang juga," in [q["quote"] for q in json.loads(as_text.stdout)]  # the script read as text
    saved = run("extract", "-", "--json", input=DETIK)
    assert {q["article_id"] for q in json.loads(saved.stdout)} == {
        "https://news.detik.example/berita/d-3210987/polisi-tangkap-pencuri"}


def test_json_lines_may_carry_html(tmp_path):
    feed = tmp_path / "crawl.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "kpk-1", "html": KPK, "source": "ANTARA"},
        {"url": "https://berita.example/cabai", "html": AGENCY, "title": "Cabai naik"},
        {"html": "  "},
    ]) + "\n")
    first, second, empty = read_paths([str(feed)])
    assert (first.id, first.url, first.title, first.source, first.date) == (
        "kpk-1", "https://www.antaranews.com/berita/610433/kpk-tahan-bupati-lembah-hijau",
        "KPK tahan Bupati Lembah Hijau", "ANTARA", "2017-03-10")
    assert [(q.quote, q.speaker) for q in extract(first.text)] == KPK_QUOTES
    assert (second.url, second.title) == ("https://berita.example/cabai", "Cabai naik")
    assert str(empty) == f'{feed}:3: the "html" is empty'


def test_no_network_access(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert quotes_of(KPK, url="https://www.antaranews.com/berita/610433") == KPK_QUOTES
    # A crawler that wrote the URL where the page should be: nothing is fetched.
    item = page_article("https://www.antaranews.com/berita/610433/kpk-tahan-bupati-lembah-hijau", "feed.jsonl:1")
    assert isinstance(item, SourceError)


# -- WARC --------------------------------------------------------------------


def warc_bytes(records, gzipped=True):
    """A WARC file made with warcio from (type, uri, content type or None, payload, status) tuples."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "tests"}))
    for kind, uri, content_type, payload, status in records:
        if kind == "request":
            headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "berita.example")], is_http_request=True)
            record = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=headers)
        else:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(record)
    return out.getvalue()


CRAWL = [
    ("request", "https://berita.example/kpk", None, b"", None),
    ("response", "https://berita.example/kpk", "text/html; charset=utf-8", KPK.encode(), "200 OK"),
    ("response", "https://berita.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", "200 OK"),
    ("response", "https://berita.example/cabai", "text/html; charset=windows-1252",
     AGENCY.replace('<meta charset="utf-8">', "").encode("cp1252"), "200 OK"),
    ("response", "https://berita.example/hilang", "text/html", page("<p>Halaman tidak ditemukan</p>").encode(),
     "404 Not Found"),
]


def test_warc_every_html_response_an_article_with_its_target_uri(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(CRAWL))
    items = list(read_paths([str(path)]))
    pages = [i for i in items if isinstance(i, Article)]
    assert [(p.origin, p.url, p.title) for p in pages] == [
        (f"{path}:3", "https://berita.example/kpk", "KPK tahan Bupati Lembah Hijau"),
        (f"{path}:5", "https://berita.example/cabai", "Harga cabai rawit naik dua kali lipat"),
    ]
    assert [(q.quote, q.speaker) for q in extract(pages[0].text)] == KPK_QUOTES
    assert [str(i) for i in items if isinstance(i, Skipped)] == [
        f"{path}:1: not an HTML response (warcinfo)",
        f"{path}:2: not an HTML response (request)",
        f"{path}:4: not an HTML response (image/png)",
        f"{path}:6: not an HTML response (HTTP 404)",
    ]
    assert sum(i.nbytes for i in items) == path.stat().st_size


def test_a_warc_file_gzipped_whole_and_gzipped_pages_in_a_folder(tmp_path):
    """`gzip crawl.warc` makes one gzip member of the whole file, which warcio does not read
    (it wants one a record): it is unpacked first, and gives what the crawler's file gives.
    A gzipped text or page in a folder is read as the kind its name says."""
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(warc_bytes(CRAWL, gzipped=False)))
    by_record = tmp_path / "records.warc.gz"
    by_record.write_bytes(warc_bytes(CRAWL))

    def described(path):
        return [(type(i).__name__, i.origin.rsplit(":", 1)[1], getattr(i, "url", None)) for i in read_paths([str(path)])]
    assert described(whole) == described(by_record)
    assert sum(i.nbytes for i in read_paths([str(whole)])) == whole.stat().st_size
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "kpk.html.gz").write_bytes(gzip.compress(KPK.encode()))
    (folder / "note.txt.gz").write_bytes(gzip.compress('"Ya," kata Budi Santoso.\n'.encode()))
    found = run("extract", folder, "--json")
    assert [(q["quote"], q["speaker"]) for q in json.loads(found.stdout)] == KPK_QUOTES + [("Ya,", "Budi Santoso")]


def test_warc_uncompressed_and_damaged(tmp_path, capsys):
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(warc_bytes(CRAWL[:2], gzipped=False))
    assert [type(i).__name__ for i in read_paths([str(plain)])] == ["Skipped", "Skipped", "Article"]
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(b"this is not a web archive\n" * 3)
    (error,) = read_paths([str(damaged)])
    assert isinstance(error, SourceError) and error.origin == str(damaged)
    assert error.message == "not a WARC file: no WARC/1.x record header"
    damaged.rename(tmp_path / "damaged.warc.gz")  # (that it is no gzip comes first: see test_cli)
    assert [i.message for i in read_paths([str(tmp_path / "damaged.warc.gz")])] == [
        "not gzip-compressed data, though its name ends in .gz"]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc_bytes(CRAWL[:2])[:-200])
    assert [str(i) for i in read_paths([str(cut)])][2:] == [f"{cut}:3: cut short: the file ends inside this record"]
    # A Content-Length 5 bytes short: warcio's own warning is not printed, the file is named as damaged.
    data = warc_bytes(CRAWL[:3], gzipped=False)
    length = list(re.finditer(rb"Content-Length: (\d+)", data))[1]
    short = tmp_path / "short.warc"
    short.write_bytes(data[:length.start(1)] + str(int(length.group(1)) - 5).encode() + data[length.end(1):])
    assert [str(i) for i in read_paths([str(short)])][2:] == [
        f"{short}: damaged after record 2: a record does not end where its Content-Length says"]
    assert capsys.readouterr().err == ""
    trailing = tmp_path / "trailing.warc.gz"
    trailing.write_bytes(warc_bytes(CRAWL[:2]) + b"garbage\r\n\r\n")
    assert [str(i) for i in read_paths([str(trailing)])][3:] == [
        f"{trailing}: damaged after record 3: Invalid WARC record, first line: garbage"]


# -- a folder of everything ---------------------------------------------------


def test_folder_mixing_the_four_formats_and_an_image(tmp_path):
    folder, db = tmp_path / "inbox", tmp_path / "q.db"
    (folder / "warc").mkdir(parents=True)
    (folder / "kpk.html").write_text(KPK)
    (folder / "teks.txt").write_text('JAKARTA, KOMPAS.com - Harga beras naik.\n\n"Stok kami aman sampai akhir tahun," kata Budi Waseso.\n')
    (folder / "feed.jsonl").write_text(json.dumps({"id": "j1", "text": 'SURABAYA - Hujan deras.\n\n"Warga diminta waspada," kata Eri Cahyadi.\n'}) + "\n")
    (folder / "warc" / "crawl.warc.gz").write_bytes(warc_bytes([CRAWL[0], CRAWL[3]]))
    (folder / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("ingest", folder, "--jobs", 1, db=db)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "4 articles: 4 new, 0 unchanged, 0 replaced, 0 failed; 6 quotes stored, 5 new speakers; "
        "3 skipped: 1 not an article format (.png), 2 not an HTML response (request, warcinfo)"
    ]
    assert sorted(articles(db)) == sorted([
        "https://www.antaranews.com/berita/610433/kpk-tahan-bupati-lembah-hijau", (folder / "teks.txt").resolve().as_uri(),
        "j1", "https://berita.example/cabai",
    ])
    assert sorted(q["speaker"] for q in stored(db)) == [
        "Budi Waseso", "Eri Cahyadi", "Fravarta Sadman", "Johan Budi", "Johan Budi", "Siti Aminah"]
    verbose = run("ingest", folder, "-v", "--jobs", 1, db=db)
    assert [line for line in verbose.stderr.splitlines() if line.startswith("Skipped: ")] == [
        f"Skipped: {folder}/foto.png: not an article format (.png)",
        f"Skipped: {folder}/warc/crawl.warc.gz:1: not an HTML response (warcinfo)",
        f"Skipped: {folder}/warc/crawl.warc.gz:2: not an HTML response (request)",
    ]


def test_folder_of_saved_pages_skips_what_the_browser_saved_beside_them(tmp_path):
    db, tmp_path = tmp_path / "q.db", tmp_path / "pages"
    tmp_path.mkdir()
    (tmp_path / "kpk.html").write_text(KPK)
    (tmp_path / "kpk_files").mkdir()
    (tmp_path / "kpk_files" / "iklan.htm").write_text(page('<p>"Gratis ongkir," kata toko itu.</p>'))
    (tmp_path / "kpk_files" / "gaya.css").write_text("body {}")
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4")
    result = run("ingest", tmp_path, "--jobs", 1, db=db)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == (
        "1 article: 1 new, 0 unchanged, 0 replaced, 0 failed; 2 quotes stored, 1 new speaker; "
        "2 skipped: 1 folder of a saved page (kpk_files), 1 not an article format (.pdf)"
    )


def test_a_folder_with_nothing_to_read_is_an_error_and_makes_no_database(tmp_path):
    db = tmp_path / "q.db"
    (tmp_path / "empty").mkdir()
    nothing = f"Error: {tmp_path / 'empty'}: no .txt, .jsonl, .json, .html, .htm or WARC file in it"
    result = run("ingest", tmp_path / "empty", db=db)
    assert (result.exit_code, result.stderr.splitlines()) == (1, [nothing + "; nothing read, nothing stored"])
    assert not db.exists()
    extracted = run("extract", tmp_path / "empty", "--nl")  # the same inputs, the same error
    assert (extracted.exit_code, extracted.stdout, extracted.stderr.splitlines()) == (1, "", [nothing])
    (tmp_path / "empty" / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty" / "scan.png").write_bytes(b"\x89PNG")
    (tmp_path / "empty" / "README").write_text("x")
    skipped = "; 3 skipped: not an article format (.pdf, .png, README)"
    assert run("extract", tmp_path / "empty", "--nl").stderr == nothing + skipped + "\n"  # (as ingest's summary says it)
    result = run("ingest", tmp_path / "empty", db=db)
    assert (result.exit_code, result.stderr.splitlines()) == (1, [nothing + skipped + "; nothing read, nothing stored"])
    assert not db.exists()


def test_a_file_of_blank_lines_is_an_error_and_makes_no_database(tmp_path):
    db = tmp_path / "q.db"
    blank = tmp_path / "kosong.jsonl"
    blank.write_text("\n\n   \n")
    result = run("ingest", blank, db=db)
    assert (result.exit_code, result.stderr) == (
        1, f"Error: {blank}: empty file, no article in it; nothing read, nothing stored\n"
    )
    assert not db.exists()
    beside = tmp_path / "berita.txt"  # (beside an article, it is one error of the run)
    beside.write_text('"Kami siap melayani warga," kata Kepala Dinas Kesehatan Budi Santoso.\n')
    result = run("ingest", blank, beside, db=db)
    assert result.exit_code == 1 and f"Error: {blank}: empty file, no article in it" in result.stderr
    assert "1 new" in result.stderr.splitlines()[-1]


def test_a_run_whose_every_article_fails_leaves_no_database_it_made(tmp_path):
    db = tmp_path / "q.db"
    broken = tmp_path / "rusak.jsonl"
    broken.write_text('{"id": "a1", "text": 5}\n{"id": "a2", "judul": "Banjir"}\n')
    result = run("ingest", broken, db=db)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        "2 articles: 0 new, 0 unchanged, 0 replaced, 2 failed; 0 quotes stored, 0 new speakers",
        f"Nothing stored: {db} not made",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rusak.jsonl"]
    story = tmp_path / "berita.txt"  # a database that was there before stays, with what it holds
    story.write_text('"Kami siap melayani warga," kata Kepala Dinas Kesehatan Budi Santoso.\n')
    assert run("ingest", story, db=db).exit_code == 0
    result = run("ingest", broken, db=db)
    assert result.exit_code == 1 and "not made" not in result.stderr
    assert run("quotes", "--speaker", "Budi Santoso", "--nl", db=db).stdout.count("\n") == 1


# -- the shapes of nine outlets' pages -----------------------------------------
# One article's body in the markup of the article pages of Kompas, Tribunnews, Tempo, Okezone,
# Republika, ANTARA, CNN Indonesia (Detik's markup), Liputan6 and VIVA as they were in 2015-2017: the
# dateline in bold, "Baca juga" links and boxes inside the body, ads, credits, related lists.

PARAS = [
 ("BOYOLALI, KOMPAS.com", " - Sejumlah petani di Kabupaten Boyolali, Jawa Tengah, mengeluhkan sulitnya mendapatkan pupuk bersubsidi menjelang musim tanam padi tahun ini."),
 (None, '"Sudah dua minggu saya keliling ke kios, pupuk urea tidak ada. Kalau ada pun harganya di atas harga eceran tertinggi," kata Sumarni, petani di Desa Tegalrejo, Senin (17/10/2016).'),
 (None, "Menurut dia, sebagian petani terpaksa membeli pupuk nonsubsidi yang harganya dua kali lipat agar tanaman tidak terlambat dipupuk."),
 (None, "Kepala Dinas Pertanian Kabupaten Boyolali Joko Suhartono mengatakan keterlambatan terjadi karena distribusi dari gudang lini tiga belum merata."),
 (None, '"Alokasi untuk Boyolali sebenarnya cukup. Kami sudah meminta distributor menambah armada supaya pupuk sampai ke kios dalam pekan ini," ujar Joko.'),
 (None, "Ia menambahkan, petani yang belum terdaftar dalam rencana definitif kebutuhan kelompok diminta segera melapor ke penyuluh di kecamatan masing-masing."),
 (None, '"Jangan sampai ada petani yang tidak kebagian hanya karena belum terdata," kata Joko.'),
]
RELATED_Q = '"Stok pupuk aman sampai akhir tahun," kata Gubernur Jawa Tengah'
def bolded(bold, text, tag="strong"):
    return (f"<{tag}>{bold}</{tag}>" if bold else "") + html.escape(text, quote=False)
def p_body(baca):
    ps = [f"<p>{bolded(b, t)}</p>" for b, t in PARAS]
    ps.insert(3, baca)
    return "\n".join(ps)
SITE_HEAD = '<head><meta charset="utf-8"><title>Petani Boyolali keluhkan pupuk langka - {site}</title><meta property="og:title" content="Petani Boyolali keluhkan pupuk langka"><script>var a=\'"Promo," kata iklan\';</script></head>'
SITE_NAV = '<div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/regional">Regional</a></li></ul></div>'
SITE_RELATED = f'<div class="box-terkait"><h4>Berita Terkait</h4><ul><li><a href="/r1">{RELATED_Q}</a></li><li><a href="/r2">Harga gabah turun</a></li></ul></div>'
SHAPES = {
 "kompas": f'<html>{SITE_HEAD.format(site="Kompas.com")}<body>{SITE_NAV}<div class="read__header"><h1 class="read__title">Petani Boyolali keluhkan pupuk langka</h1><div class="read__time">Kompas.com - 17/10/2016, 09:42 WIB</div></div><div class="read__content">{{body_p}}<div class="ads-on-body"><script>googletag.display("x")</script></div></div><div class="read__credit">Penulis: Rina Puspitasari<br>Editor: Ana Shofiana</div>{SITE_RELATED}</body></html>',
 "tribun": f'<html>{SITE_HEAD.format(site="Tribunnews.com")}<body>{SITE_NAV}<h1 id="arttitle">Petani Boyolali keluhkan pupuk langka</h1><div class="side-article txt-article">{{body_p}}<div class="mb20"><strong>Penulis:</strong> Rina <strong>Editor:</strong> Ana</div></div><div id="fb-comments">"Mantap," kata pembaca</div>{SITE_RELATED}</body></html>',
 "tempo": f'<html>{SITE_HEAD.format(site="Tempo.co")}<body>{SITE_NAV}<article><h1 itemprop="headline">Petani Boyolali keluhkan pupuk langka</h1><div id="isi" itemprop="articleBody">{{body_p}}<p>RINA PUSPITASARI</p></div></article>{SITE_RELATED}</body></html>',
 "okezone": f'<html>{SITE_HEAD.format(site="Okezone")}<body>{SITE_NAV}<div class="title"><h1>Petani Boyolali keluhkan pupuk langka</h1></div><div id="contentx" class="read">{{body_p}}<p>(ydp)</p></div><div class="terkait-list">{SITE_RELATED}</div></body></html>',
 "republika": f'<html>{SITE_HEAD.format(site="Republika Online")}<body>{SITE_NAV}<div class="wrap_detail"><h1>Petani Boyolali keluhkan pupuk langka</h1><div class="artikel">{{body_p}}</div><div class="by">Red: Ana</div></div>{SITE_RELATED}</body></html>',
 "antara": f'<html>{SITE_HEAD.format(site="ANTARA News")}<body>{SITE_NAV}<h1>Petani Boyolali keluhkan pupuk langka</h1><div id="content_news" itemprop="articleBody">{{body_br}}<br /><div style="clear:both"></div><br /><p style="text-align:right"><i>Editor: Ana Shofiana</i></p><br />COPYRIGHT &copy; ANTARA 2016</div>{SITE_RELATED}</body></html>',
 "cnn": f'<html>{SITE_HEAD.format(site="CNN Indonesia")}<body>{SITE_NAV}<div class="content_detail"><h1>Petani Boyolali keluhkan pupuk langka</h1><div class="date">Senin, 17/10/2016 09:42 WIB</div><div class="text_detail detail_area" id="detikdetailtext">{{body_br}}<br><br>(rin/ana)</div></div>{SITE_RELATED}</body></html>',
 "liputan6": f'<html>{SITE_HEAD.format(site="Liputan6.com")}<body>{SITE_NAV}<article><header><h1 class="read-page--header--title">Petani Boyolali keluhkan pupuk langka</h1></header><div class="article-content-body__item-content">{{body_p}}<div class="baca-juga"><div class="baca-juga__header">Baca Juga</div><ul><li><a href="/x">{RELATED_Q}</a></li></ul></div></div></article>{SITE_RELATED}</body></html>',
 "viva": f'<html>{SITE_HEAD.format(site="VIVA")}<body>{SITE_NAV}<div id="article-detail-content" class="article-detail-content"><h1>Petani Boyolali keluhkan pupuk langka</h1>{{body_p}}<div class="baca-juga"><span>Baca Juga</span><ul><li><a>{RELATED_Q}</a></li></ul></div></div>{SITE_RELATED}</body></html>',
}
def br_body():
    parts = [bolded(b, t, "b") for b, t in PARAS]
    parts.insert(3, f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="/x">{RELATED_Q}</a></div></td></tr></table>')
    return "<br /><br />\n".join(parts)
BACA = f'<p><strong>Baca juga: <a href="/x">{RELATED_Q}</a></strong></p>'


@pytest.mark.parametrize("site", sorted(SHAPES))
def test_article_pages_of_nine_outlets(site):
    page = SHAPES[site].replace("{body_p}", p_body(BACA)).replace("{body_br}", br_body())
    article = page_article(page, f"{site}.html")
    assert article.title == "Petani Boyolali keluhkan pupuk langka"
    assert article.text.startswith("BOYOLALI, KOMPAS.com - Sejumlah petani")
    assert [(q.quote, q.speaker) for q in extract(article.text)] == [
        ("Sudah dua minggu saya keliling ke kios, pupuk urea tidak ada. Kalau ada pun harganya di atas harga "
         "eceran tertinggi,", "Sumarni"),
        ("Alokasi untuk Boyolali sebenarnya cukup. Kami sudah meminta distributor menambah armada supaya pupuk "
         "sampai ke kios dalam pekan ini,", "Joko Suhartono"),
        ("Jangan sampai ada petani yang tidak kebagian hanya karena belum terdata,", "Joko Suhartono"),
    ]


# -- the annotated articles served as web pages ---------------------------------

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
DEV_SETS = [SHARED_EVAL / "web-dev.jsonl", SHARED_EVAL / "news-dev.jsonl"]


def served(text, shape):
    """An article's text as the body of the realistic page: a <p> a paragraph, or <br><br> between them."""
    template = (PAGES / "kabar-boyolali.html").read_text()
    start = template.index('<div class="post-content">') + len('<div class="post-content">')
    end = template.index("</div>", start)
    lines = [html.escape(line) for line in text.split("\n") if line.strip()]
    body = "".join(f"<p>{line}</p>\n" for line in lines) if shape == "p" else "<br><br>\n".join(lines)
    return template[:start] + body + template[end:]


@pytest.mark.skipif(not all(p.exists() for p in DEV_SETS), reason="../shared not beside the checkout")
def test_annotated_articles_served_as_pages_give_the_quotes_their_text_gives():
    """Every article of the dev sets, as the body of a page full of chrome, in <p> paragraphs and in
    <br>-separated ones: the same quotes and speakers as its text (whose runs of spaces and
    no-break spaces a browser shows as one space)."""
    differ = []
    for number, line in enumerate(line for path in DEV_SETS for line in path.open()):
        record = json.loads(line)
        text = re.sub(r"[ \t\u00a0]+", " ", record["text"])
        want = [(q.quote, q.speaker) for q in extract(text)]
        shape = ("p", "br")[number % 2]
        article = page_article(served(record["text"], shape), record["id"])
        if [(q.quote, q.speaker) for q in extract(article.text)] != want:
            differ.append((record["id"], shape))
    assert differ == []
