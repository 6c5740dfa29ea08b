"""Input expansion and the per-format readers (no store involved)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import parley
import parley.ingest.text_cleaner
from parley.errors import InputError
from parley.ingest import read_documents
from parley.ingest.sources import Source, expand_inputs, sniff_format
from parley.models import CleanDocument
from parley.settings import Settings

SAMPLE = Path(parley.__file__).parent / "data" / "sample"
_BODY = (
    "Delegations from both capitals met on Monday and agreed to keep talking about a ceasefire, "
    "the mediators said in a statement after the session."
)


def _docs(inputs: list[str], **settings: object) -> list[CleanDocument | InputError]:
    return list(read_documents(inputs, Settings(**settings)))  # type: ignore[arg-type]


def test_package_is_callable_and_submodules_import() -> None:
    assert callable(parley.ingest)
    assert parley.ingest.read_documents is read_documents
    assert callable(parley.ingest.text_cleaner.clean_crawled_text)


def test_expansion_walks_dirs_globs_and_names_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "deep").mkdir()
    (tmp_path / "a" / "one.txt").write_text(_BODY)
    (tmp_path / "a" / "deep" / "two.html").write_text(f"<p>{_BODY}</p>")
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF-1.4")  # unknown kind: skipped in a walk
    (tmp_path / "a" / ".hidden.txt").write_text(_BODY)
    (tmp_path / "a" / "README.md").write_text("# About this folder")
    found = list(
        expand_inputs(
            [str(tmp_path / "a"), str(tmp_path / "a" / "one.txt"), str(tmp_path / "*.nothing")]
        )
    )
    names = [Path(s.name).name for s in found if isinstance(s, Source)]
    assert names == ["one.txt", "two.html"]
    (error,) = [e for e in found if isinstance(e, InputError)]
    assert error.reason == "no file matches this pattern"
    globbed = [s for s in expand_inputs([str(tmp_path / "a" / "**" / "*.html")])]
    assert [Path(s.name).name for s in globbed if isinstance(s, Source)] == ["two.html"]


def test_sniffing_formats() -> None:
    assert sniff_format('<?xml version="1.0"?><rss version="2.0"><channel/></rss>') == "feed"
    assert sniff_format("<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff_format('{"text": "a"}\n{"text": "b"}\n') == "jsonl"
    assert sniff_format('[{"text": "a"}]') == "json"
    assert sniff_format("https://a.example/1\nhttps://a.example/2\n") == "urls"
    assert sniff_format("Plain words of an article.") == "text"


def test_markdown_front_matter_and_heading(tmp_path: Path) -> None:
    md = tmp_path / "story.md"
    md.write_text(
        "---\ntitle: Mediators report progress\ndate: 2026-02-20\noutlet: Quay Post\n"
        "url: https://quaypost.example/m/1\n---\n\n# Mediators report progress\n\n"
        f"{_BODY}\n\n![map](map.png)\n\nRead the [full statement](https://x.example) **today**.\n",
        encoding="utf-8",
    )
    (doc,) = _docs([str(md)])
    assert isinstance(doc, CleanDocument)
    assert (doc.meta.title, str(doc.meta.date), doc.meta.outlet, doc.meta.url) == (
        "Mediators report progress",
        "2026-02-20",
        "Quay Post",
        "https://quaypost.example/m/1",
    )
    assert doc.text == f"{_BODY}\n\nRead the full statement today."
    assert doc.raw_format == "markdown" and doc.meta.language == "en"


def test_json_records_with_configurable_fields(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text(
        json.dumps(
            {
                "articles": [
                    {
                        "body": _BODY,
                        "title": "Talks go on",
                        "date": "5 March 2026",
                        "outlet": "Wire",
                    },
                    {"page": f"<html><body><article><p>{_BODY} More later.</p></article>"},
                    {"title": "no text at all"},
                ]
            }
        ),
        encoding="utf-8",
    )
    docs = _docs([str(path)], text_field="body", html_field="page")
    first, second, third = docs
    assert isinstance(first, CleanDocument) and isinstance(second, CleanDocument)
    assert (first.meta.title, str(first.meta.date), first.meta.outlet) == (
        "Talks go on",
        "2026-03-05",
        "Wire",
    )
    assert first.source_path == f"{path}#1" and second.source_path == f"{path}#2"
    assert second.text.endswith("More later.")
    assert isinstance(third, InputError)
    assert third.source == f"{path}#3" and "no text in field 'body' or 'page'" in third.reason


_POST = {
    "id": 7,
    "date": "2026-04-10T22:58:58",
    "link": "https://example.org/en/truce-talks/",
    "title": {"rendered": "Moscow weighs a truce &#8220;offer&#8221;"},
    "content": {
        "rendered": f'<p data-start="1"><strong>{_BODY}</strong></p>\n<p>Envoys will meet '
        'again in <a href="https://example.org/x">Geneva</a> on Friday.</p>'
    },
}


def test_crawled_text_holding_a_wordpress_post(tmp_path: Path) -> None:
    """A crawl of a /wp-json/ URL keeps the JSON: the post's HTML is read, not its fields,
    also when the crawl cut the object short."""
    raw = json.dumps(_POST).replace("/", "\\/")  # WordPress escapes every slash
    whole = tmp_path / "post.txt"
    whole.write_text(f"https://example.org/wp-json/wp/v2/posts/7\n\n{raw}\n", encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(raw[: raw.index("on Friday")], encoding="utf-8")
    first, second = _docs([str(whole), str(cut)])
    assert isinstance(first, CleanDocument) and isinstance(second, CleanDocument)
    assert first.meta.title == "Moscow weighs a truce \u201coffer\u201d"
    assert str(first.meta.date) == "2026-04-10"
    assert first.text == f"{_BODY}\n\nEnvoys will meet again in Geneva on Friday."
    assert "<" not in second.text and "rendered" not in second.text
    assert second.text.startswith(_BODY)


def test_crawled_text_with_html_fragments(tmp_path: Path) -> None:
    path = tmp_path / "fragments.txt"
    path.write_text(
        'Talks go on\n\n<h3>Overview</h3>\n<p>The <span class="term" data-definition="a '
        f'word">mediators</span> said: {_BODY}</p>\n',
        encoding="utf-8",
    )
    [doc] = _docs([str(path)])
    assert isinstance(doc, CleanDocument)
    assert doc.text == f"The mediators said: {_BODY}"


def test_json_wordpress_post_record(tmp_path: Path) -> None:
    path = tmp_path / "post.json"
    path.write_text(json.dumps(_POST), encoding="utf-8")
    [doc] = _docs([str(path)])
    assert isinstance(doc, CleanDocument)
    assert doc.meta.title == "Moscow weighs a truce \u201coffer\u201d"
    assert doc.meta.url == "https://example.org/en/truce-talks/"
    assert str(doc.meta.date) == "2026-04-10"
    assert doc.text.startswith(_BODY) and doc.text.endswith("on Friday.")


def test_html_file_without_article_markup_falls_back_to_block_text(tmp_path: Path) -> None:
    page = tmp_path / "short.htm"
    page.write_text(
        f"<html><head><title>Short note</title></head><body><div>{_BODY}</div>"
        "<div>Share on Facebook</div></body></html>",
        encoding="utf-8",
    )
    (doc,) = _docs([str(page)])
    assert isinstance(doc, CleanDocument)
    assert doc.text == _BODY
    assert doc.meta.title == "Short note"


def test_feed_entry_without_text_is_its_own_error(tmp_path: Path) -> None:
    feed = tmp_path / "wire.atom"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Wire</title><entry><title>With text</title>"
        '<link href="https://wire.example/1"/><updated>2026-02-01T10:00:00Z</updated>'
        f'<content type="html">&lt;p&gt;{_BODY}&lt;/p&gt;</content></entry>'
        '<entry><title>Empty</title><link href="https://wire.example/2"/></entry></feed>',
        encoding="utf-8",
    )
    first, second = _docs([str(feed)])
    assert isinstance(first, CleanDocument)
    assert (first.meta.url, str(first.meta.date), first.meta.outlet) == (
        "https://wire.example/1",
        "2026-02-01",
        "Wire",
    )
    assert first.text == _BODY
    assert isinstance(second, InputError) and second.source == f"{feed}#1"


def test_sample_corpus_reads_cleanly() -> None:
    if not SAMPLE.is_dir() or not any(SAMPLE.iterdir()):
        pytest.skip("sample corpus not written yet")
    docs = _docs([str(SAMPLE)])
    assert [d for d in docs if isinstance(d, InputError)] == []
    good = [d for d in docs if isinstance(d, CleanDocument)]
    assert all(d.meta.title and d.meta.language == "en" for d in good)
    assert all("Leave a Reply" not in d.text and "cookies" not in d.text for d in good)
    assert {d.raw_format for d in good} >= {"text"}
