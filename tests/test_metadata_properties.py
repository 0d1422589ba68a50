"""Hypothesis properties of the page-level fields (issue 17).

* the fingerprint does not move when boilerplate is added around a story, nor when the
  story is converted to the other script;
* ``modified`` is never before ``published``;
* every picture address an Article gives is absolute.

Stories are the body paragraphs of the seed pages; boilerplate is the furniture news pages
put around them (navigation, related headlines, share bars, copyright lines, counters).
"""

from __future__ import annotations

import datetime as _dt
import functools
from urllib.parse import urlsplit

from _helpers import seed_paths
from hypothesis import given, note
from hypothesis import strategies as st

import newsparse
from newsparse._chinese.fingerprint import fingerprint

NEAR = 3  # bits: the bound for copies of one story
CST = _dt.timezone(_dt.timedelta(hours=8))


@functools.cache
def _stories() -> tuple[tuple[str, ...], ...]:
    stories = []
    for path in seed_paths():
        article = newsparse.parse_text(path.read_text(encoding="utf-8"))
        if len(article.paragraphs) >= 3:
            stories.append(article.paragraphs)
    return tuple(stories)


@st.composite
def story(draw: st.DrawFn) -> tuple[str, ...]:
    paragraphs = draw(st.sampled_from(_stories()))
    start = draw(st.integers(0, len(paragraphs) - 3))
    end = draw(st.integers(start + 3, len(paragraphs)))
    return paragraphs[start:end]


_NAV = st.lists(st.sampled_from(["首页", "新闻", "国内", "国际", "财经", "体育", "娱乐", "科技",
                                 "汽车", "房产", "登录", "注册", "客户端", "English"]),
                min_size=3, max_size=12, unique=True)  # fmt: skip
_RELATED = st.lists(
    st.sampled_from([
        "国务院常务会议部署进一步优化营商环境的政策措施", "多地出台措施稳就业保民生",
        "央行：保持流动性合理充裕，加大对实体经济支持力度", "全国铁路迎来春运返程客流高峰",
        "外交部发言人就近期国际热点问题答记者问", "教育部：做好高校毕业生就业创业工作",
    ]),
    min_size=2, max_size=6, unique=True,
)  # fmt: skip
_LINES = st.sampled_from([
    "Copyright © 2001-2024 新华网 版权所有", "分享到：微信 微博 QQ空间",
    "已有 1234 人参与 | 0 条评论",
    "京ICP证000001号 | 互联网新闻信息服务许可证", "扫码下载客户端", "责任编辑：王琳",
    "本站所刊登的各种新闻、信息和各种专题专栏资料，均为版权所有，未经协议授权禁止下载使用。",
    "网友评论仅供其表达个人看法，并不表明本站立场。",
])  # fmt: skip


@st.composite
def furniture(draw: st.DrawFn) -> tuple[str, str]:
    """(what goes before the story's container, what goes after it)."""
    nav = "".join(f'<a href="/{i}">{w}</a> ' for i, w in enumerate(draw(_NAV)))
    headlines = enumerate(draw(_RELATED))
    related = "".join(f'<li><a href="/n/{i}.html">{h}</a></li>' for i, h in headlines)
    footer = "".join(f"<p>{line}</p>" for line in draw(st.lists(_LINES, max_size=4, unique=True)))
    before = draw(st.sampled_from([f'<div class="nav">{nav}</div>', f"<div>{nav}</div>", ""]))
    after = draw(
        st.sampled_from(
            [f'<ul class="related">{related}</ul>', f"<div><ul>{related}</ul></div>", ""]
        )
    )
    return before, after + draw(st.sampled_from([f'<div class="footer">{footer}</div>', footer]))


def _page(paragraphs: tuple[str, ...], before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><meta charset='utf-8'><title>新闻标题_新华网</title></head><body>"
        f"{before}<h1>新闻标题</h1><div class='article'>{body}</div>{after}</body></html>"
    )


@given(story(), furniture())
def test_boilerplate_around_a_story_does_not_move_its_fingerprint(
    paragraphs: tuple[str, ...], around: tuple[str, str]
) -> None:
    plain = newsparse.parse_html(_page(paragraphs)).fingerprint
    framed = newsparse.parse_html(_page(paragraphs, *around))
    note(f"framed body: {framed.body[:300]!r}")
    assert plain is not None and framed.fingerprint is not None
    assert newsparse.fingerprint_distance(plain, framed.fingerprint) <= NEAR


@given(story(), st.sampled_from(["s2t", "s2tw", "s2hk", "t2s"]))
def test_the_other_script_does_not_move_the_fingerprint(
    paragraphs: tuple[str, ...], config: str
) -> None:
    # Script conversion only: s2twp/tw2sp also swap regional words (软件 -> 軟體, 通过 ->
    # 透過), a different text; the dev pages moved by up to 5 bits under s2twp.
    text = "\n".join(paragraphs)
    converted = newsparse.convert(text, config)
    assert newsparse.fingerprint_distance(fingerprint(text), fingerprint(converted)) <= NEAR
    html = newsparse.parse_html(_page(paragraphs)).fingerprint
    again = newsparse.parse_html(newsparse.convert(_page(paragraphs), config)).fingerprint
    assert html is not None and again is not None
    assert newsparse.fingerprint_distance(html, again) <= NEAR


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@given(st.text(_HAN, min_size=3, max_size=300))
def test_any_han_text_folds_the_same_in_both_scripts(text: str) -> None:
    there = fingerprint(newsparse.to_traditional(text))
    back = fingerprint(newsparse.to_simplified(text))
    assert there is not None and back is not None
    assert newsparse.fingerprint_distance(there, back) <= NEAR


# -- times --------------------------------------------------------------------------------------

_WHEN = st.datetimes(min_value=_dt.datetime(2010, 1, 1), max_value=_dt.datetime(2025, 12, 31))


@st.composite
def timed_page(draw: st.DrawFn) -> str:
    head, info, tail = "", "", ""
    if draw(st.booleans()):
        head += f"<meta property='article:published_time' content='{draw(_WHEN).isoformat()}'>"
    if draw(st.booleans()):
        name = draw(st.sampled_from(["article:modified_time", "dateModified", "lastmod"]))
        head += f"<meta name='{name}' content='{draw(_WHEN).isoformat()}'>"
    shown = draw(st.sampled_from(["none", "day", "minute"]))
    when = draw(_WHEN)
    if shown == "day":
        info = f"<div class='info'>{when:%Y年%m月%d日}</div>"
    elif shown == "minute":
        info = f"<div class='info'>{when:%Y-%m-%d %H:%M} 来源：新华网</div>"
    if draw(st.booleans()):
        tail = f"<p>更新时间：{draw(_WHEN):%Y-%m-%d %H:%M}</p>"
    paragraphs = draw(story())
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>标题_新华网</title>{head}</head><body><h1>标题</h1>{info}"
            f"<div class='article'>{body}</div>{tail}</body></html>")  # fmt: skip


@given(timed_page())
def test_modified_is_never_before_published(html: str) -> None:
    article = newsparse.parse_html(html)
    note(f"published {article.published}, modified {article.modified}")
    if article.published is not None and article.modified is not None:
        assert article.modified >= article.published


# -- pictures -----------------------------------------------------------------------------------

_SRC = st.one_of(
    st.sampled_from([
        "a.jpg", "/img/a.jpg", "../../img/a.jpg", "//cdn.example.com/a.jpg",
        "http://img.example.com/a.jpg", "https://img.example.com/p/a.png?w=640&h=480",
        "data:image/png;base64,iVBORw0KGgo=", "javascript:void(0)", "", " ", "http://", "//",
        "http:///a.jpg", "ftp://x.com/a.jpg", "img/中文 名.jpg", "http://[::1/a.jpg",
    ]),
    st.text(max_size=40),
)  # fmt: skip
_BASE = st.sampled_from([None, "http://news.example.com/a/b.html", "https://x.com.tw/"])


@given(st.lists(_SRC, max_size=6), st.lists(_SRC, max_size=3), _BASE, story())
def test_every_picture_address_is_absolute(
    srcs: list[str], declared: list[str], base: str | None, paragraphs: tuple[str, ...]
) -> None:
    def attr(value: str) -> str:
        return value.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;")

    head = "".join(f"<meta property='og:image' content='{attr(s)}'>" for s in declared)
    pictures = "".join(f"<p><img src='{attr(s)}' width='600'></p>" for s in srcs)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f"<html><head><title>标题</title>{head}</head><body><h1>标题</h1>"
            f"<div class='article'>{pictures}{body}</div></body></html>")  # fmt: skip
    article = newsparse.parse_html(html, url=base)
    for url in [article.image or "http://ok.example/", *(i.url for i in article.images)]:
        parts = urlsplit(url)
        assert parts.scheme in ("http", "https") and parts.hostname, url
        assert not any(ch.isspace() for ch in url), url
