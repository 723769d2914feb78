"""Web pages and web archives as articles.

A saved page (an .html/.htm file, the ``html`` of a JSON line, standard input
read as HTML) becomes one ``Article``: its main text as trafilatura finds it
(navigation, scripts, asides, tables, related-article lists, comments,
share widgets and embedded posts of social networks left out), one paragraph per block (a ``<p>``, or a run of text
between ``<br>``), with a blank line between paragraphs as in a .txt article;
and its title, date, author (the reporter) and site name (the outlet) from the
page's metadata. Its url is the one the caller knows (a WARC record's target
URI, a JSON line's url), else the page's canonical link, else its og:url, else
the address a browser noted when it saved the page.

A WARC file (.warc, .warc.gz) is read record by record with warcio: every
HTML response is a page whose url is the record's target URI; every other
record is ``Skipped``, to be counted.

Nothing here touches the network: trafilatura is handed the page's text (never
a URL, which its date finder would download) and its date search is kept to
the page's markup, so that a copyright year is not taken for a date.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache
from typing import BinaryIO, Iterator
from urllib.parse import urljoin, urlsplit

from .articles import (
    EMPTY_FILE, MAX_ARTICLE_BYTES, SNIFF_BYTES, WIDE_BOMS, Article, Item, Skipped, SourceError, decode, position_of,
    too_large,
)
from .jsonl import meta_from_record, record_fields

HTML_TYPES = ("text/html", "application/xhtml+xml")

META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# What a browser's "Save page as" writes at the top of the page it saves.
SAVED_FROM = re.compile(r"<!-- saved from url=\(\d+\)(\S+?)\s*-->")
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
PRESERVED = re.compile(r"(<pre\b.*?</pre\s*>|<textarea\b.*?</textarea\s*>)", re.IGNORECASE | re.DOTALL)
# Posts of social networks embedded in a page (the markup a page carries before their script
# replaces it): someone else's words, not the article's.
EMBEDS = " | ".join(
    f'//{tag}[contains(concat(" ", normalize-space(@class), " "), " {name} ")]'
    for tag, name in (("blockquote", "twitter-tweet"), ("blockquote", "instagram-media"),
                      ("blockquote", "tiktok-embed"), ("div", "fb-post"), ("div", "fb-video"))
)
# Elements that stay inside a paragraph made of the text between two <br>.
INLINE = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i img ins kbd mark q s samp small span strike strong "
    "sub sup time tt u var wbr".split()
)
# Elements whose <br> are line breaks inside one block, not paragraph breaks between blocks.
OWN_LINES = frozenset("p pre textarea h1 h2 h3 h4 h5 h6 li dt dd caption".split())
# As browsers do (the WHATWG Encoding standard): a page that says Latin-1 or
# ASCII is read as Windows-1252, whose curly quotes such pages hold; one that
# says UTF-16 without a byte-order mark is read as UTF-8.
READ_AS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "iso_8859-1": "cp1252", "cp819": "cp1252", "ibm819": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}
# Python codecs that are no encoding of a web page (some read backslashes or punycode).
NOT_PAGE_ENCODINGS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "utf-7", "idna", "punycode"})


@dataclass
class Page:
    text: str
    title: str | None
    date: str | None
    url: str | None
    meta: dict


# ---------------------------------------------------------------------------
# Bytes to text


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its head (<meta charset> or http-equiv Content-Type)."""
    found = META_CHARSET.search(data[:SNIFF_BYTES])
    return found.group(1).decode("ascii").lower() if found else None


def decode_page(data: bytes, charset: str | None = None) -> tuple[str | None, str | None]:
    """(text, warning) for the bytes of a page; (None, reason) for bytes that are no page.

    A byte-order mark comes first, then the charset given (a WARC record's HTTP
    header) or declared in the page; without either, or where the declared one
    does not fit, the page is read as a text file is (UTF-8, else Windows-1252
    with a warning).
    """
    label = (charset or declared_charset(data) or "").lower()
    if not label or data.startswith((codecs.BOM_UTF8,) + tuple(bom for bom, _ in WIDE_BOMS)):
        return decode(data)
    encoding = page_encoding(label)
    if encoding is None:
        text, problem = decode(data)
        return text, f"unknown charset {label!r} declared" + (f"; {problem}" if problem else "; read as UTF-8")
    if encoding == "utf-8" or b"\x00" in data[:SNIFF_BYTES]:
        return decode(data)
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as exc:
        text, problem = decode(data)
        return text, f"not valid {label} at byte {exc.start}" + (f"; {problem}" if problem else "; read as UTF-8")


def page_encoding(label: str) -> str | None:
    """Python's name of the text encoding a page's charset label names; None for none."""
    try:
        info = codecs.lookup(READ_AS.get(label, label))
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_PAGE_ENCODINGS:
        return None
    return info.name


# ---------------------------------------------------------------------------
# Text of a page to an article


@cache
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # Dates from the markup only (meta tags, <time>, the URL): the extensive
    # search takes `Copyright 2016` for 2016-01-01.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def read_page(html: str, url: str | None = None) -> Page | None:
    """The main text and metadata of a page; None when it holds no article text."""
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    tree = load_html(collapse_whitespace(XML_DECLARATION.sub("", html, count=1)))
    if tree is None:
        return None
    paragraphs_from_breaks(tree)
    canonical = _canonical_url(tree, url)
    for embed in tree.xpath(EMBEDS):
        embed.drop_tree()
    found = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_links=False,
        include_formatting=False, include_images=False, include_tables=False, config=_config(),
    )
    if not isinstance(found, Document) or not found.text or not found.text.strip():
        return None
    title = _clean(found.title)
    meta = {"outlet": _site_name(found, url), "reporter": _clean(found.author)}
    return Page(
        text=paragraphs(found.text, title),
        title=title,
        date=found.date,
        url=url or canonical or _absolute(found.url) or _saved_from(html),
        meta={k: v for k, v in meta.items() if v},
    )


def collapse_whitespace(html: str) -> str:
    """Runs of spaces and line breaks as one space, as a browser shows them (but in <pre> and
    <textarea>): a line break in the page's source is no paragraph break; blocks and <br> are."""
    parts = PRESERVED.split(html)
    return "".join(part if odd % 2 else HTML_SPACE.sub(" ", part) for odd, part in enumerate(parts))


def paragraphs_from_breaks(tree) -> None:
    """Text laid out with <br> (`<div><b>Jakarta</b> - ...<br><br>"...," kata ...<br><br>`, as
    some agencies publish) as <p> paragraphs, each run of text and inline elements between two
    <br> one paragraph, so that the opening dateline in bold stays with its paragraph."""
    for parent in {br.getparent() for br in tree.iter("br")}:
        if parent is not None and parent.tag not in OWN_LINES and next(parent.iterancestors(*OWN_LINES), None) is None:
            _wrap_runs(parent)


def _wrap_runs(parent) -> None:
    """Each run of text and inline elements between two block elements or <br> of PARENT in a <p>."""
    children = list(parent)
    run = parent.makeelement("p", {})
    run.text, parent.text = parent.text, None
    for child in children:
        parent.remove(child)

    def close(run):
        if (run.text or "").strip() or len(run):
            parent.append(run)
        return parent.makeelement("p", {})

    for child in children:
        if not isinstance(child.tag, str) or child.tag in INLINE:  # comments stay in the run too
            run.append(child)  # its tail with it
            continue
        tail, child.tail = child.tail, None
        run = close(run)
        if child.tag != "br":
            parent.append(child)
        run.text = tail
    close(run)


def paragraphs(text: str, title: str | None = None) -> str:
    """trafilatura's text (one block a line) laid out as a .txt article: a blank line between
    paragraphs; a first line that only repeats the title left out."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and lines and _same(lines[0], title) and len(lines) > 1:
        lines = lines[1:]
    return "\n\n".join(lines) + "\n"


def _canonical_url(tree, base: str | None) -> str | None:
    for href in tree.xpath('//head/link[@rel="canonical"]/@href'):
        url = _absolute(urljoin(base or "", href.strip()))
        if url:
            return url
    return None


def _site_name(found, url: str | None) -> str | None:
    """The site's name as the page gives it; not the page's host name, which trafilatura falls
    back on (the dateline's outlet, read from the text, says more than `news.detik.example`)."""
    name = _clean(found.sitename)
    host = urlsplit(url or found.url or "").netloc.lower().removeprefix("www.")
    if name and host and name.lower().removeprefix("www.") == host:
        return None
    return name


def _saved_from(html: str) -> str | None:
    found = SAVED_FROM.search(html[:SNIFF_BYTES])
    return _absolute(found.group(1)) if found else None


def _absolute(url: str | None) -> str | None:
    return url if url and urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc else None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def page_article(html: str, origin: str, *, url: str | None = None, path: str | None = None,
                 nbytes: int = 0, warnings: list[str] | None = None) -> Item:
    """One article from the text of a page, or the error that says why there is none."""
    try:
        page = read_page(html, url)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        return SourceError(origin, f"cannot read the page: {type(exc).__name__}: {exc}", nbytes)
    if page is None:
        return SourceError(origin, "no article text found in the page", nbytes)
    return Article(
        text=page.text, origin=origin, url=page.url, title=page.title, date=page.date, path=path,
        meta=page.meta, nbytes=nbytes, warnings=warnings or [],
    )


def record_page(record: dict, where: str, nbytes: int) -> Item:
    """The article of a JSON line that gives the page's "html" instead of its "text"; what
    the line gives (id, url, title, date, source, outlet, ...) overrides what the page says."""
    if not record["html"].strip():
        return SourceError(where, 'the "html" is empty', nbytes)
    fields = record_fields(record)
    meta, warnings = meta_from_record(record)
    item = page_article(record["html"], where, url=fields["url"], nbytes=nbytes, warnings=warnings)
    if isinstance(item, Article):
        for name, value in fields.items():
            if value is not None:
                setattr(item, name, value)
        item.meta.update(meta)
    return item


def read_html(data: bytes, origin: str, path: str | None = None) -> Iterator[Item]:
    """One article from the bytes of a saved page."""
    text, problem = decode_page(data)
    if text is None:
        yield SourceError(origin, problem or "not text", len(data))
    elif not text.strip():
        yield SourceError(origin, EMPTY_FILE, len(data))
    else:
        yield page_article(text, origin, path=path, nbytes=len(data), warnings=[problem] if problem else [])


# ---------------------------------------------------------------------------
# WARC


def read_warc(stream: BinaryIO, origin: str, packed: BinaryIO | None = None) -> Iterator[Item]:
    """An article for each HTML response in a WARC stream; every other record Skipped.
    Records are named origin:N, N counting from 1. PACKED: the file a gzipped stream is
    unpacked from, whose bytes each record's count is of (as the file's size is what
    progress counts to)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counted = packed or stream
    done = 0
    position = position_of(counted) or 0
    records = ArchiveIterator(stream)
    records.INC_RECORD = ""  # warcio writes this warning to stderr itself; said below as an error
    try:
        for record in records:
            if record.format != "warc":  # warcio takes anything for an old ARC file
                raise ValueError("no WARC/1.x record header")
            if records.err_count:
                raise ValueError("a record does not end where its Content-Length says")
            item = _warc_item(record, f"{origin}:{done + 1}")
            now = position_of(counted) or 0
            item.nbytes, position = max(now - position, 0), now
            done += 1
            yield item
    except Exception as exc:  # warcio, gzip and zlib raise many kinds on damaged input
        where = f"damaged after record {done}" if done else "not a WARC file"
        reason = exc if isinstance(exc, (ArchiveLoadFailed, OSError, EOFError, ValueError)) else f"{type(exc).__name__}: {exc}"
        yield SourceError(origin, f"{where}: {' '.join(str(reason).split())}")
        return
    if not done:
        yield SourceError(origin, EMPTY_FILE)


def _warc_item(record, where: str) -> Item:
    kind = record.rec_type
    if kind != "response" or record.http_headers is None:
        detail = "response without HTTP" if kind == "response" else kind or "no WARC-Type"
        return Skipped(where, "not an HTML response", detail)
    status = record.http_headers.get_statuscode() or ""
    mime, _, params = (record.http_headers.get_header("Content-Type") or "").partition(";")
    mime = mime.strip().lower()
    if not status.startswith("2"):
        return Skipped(where, "not an HTML response", f"HTTP {status}")
    if mime not in HTML_TYPES:
        return Skipped(where, "not an HTML response", mime or "no content type")
    data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        return SourceError(where, too_large(len(data)))
    if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside the record
        return SourceError(where, "cut short: the file ends inside this record")
    charset = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", params, re.IGNORECASE)
    text, problem = decode_page(data, charset.group(1) if charset else None)
    if text is None:
        return SourceError(where, problem or "not text")
    url = record.rec_headers.get_header("WARC-Target-URI")
    return page_article(text, where, url=url, warnings=[problem] if problem else [])
