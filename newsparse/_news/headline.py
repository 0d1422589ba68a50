"""Headline text: site and channel names off the end of a ``<title>`` or first line."""

from __future__ import annotations

from .._chinese.han import HAN as _HAN
from .._core.lazy import lazy_compile

__all__ = ["clean_title"]

_TITLE_SCAN_MAX = 400  # longer is not a headline, and not worth scanning
# "标题_频道_网站", "标题 | 澎湃新闻", "标题-CSDN.NET": one trailing segment after a separator.
_SUFFIX = lazy_compile(r"\s{0,3}(?:--|[_|｜│–—]{1,2}|-|::|·)\s{0,3}([^_|｜│–—\-:·]{1,24})\s{0,3}$")
# A date stamp as a segment: "| 20130629 |", "_2024-04-29".
_STAMP = lazy_compile(r"\d{6,8}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
# A bare hyphen between ASCII letters or digits followed by Chinese text joins a compound
# ("5G-A网络"), unlike a site name ("ZoomEye-CSDN.NET").
_COMPOUND = lazy_compile(r"[A-Za-z0-9]-[A-Za-z0-9][^_|｜–—\-:·]*[\u3400-\u9fff]")
_SUFFIX_MAX = 16
_LETTERS = lazy_compile(r"[A-Za-z]{3}")
_WS = lazy_compile(r"\s+")
# Separators no headline uses inside itself: "_", "|", "｜", "--", "::" and a dash with spaces
# around it. They split a <title> into the headline and the site's and channel's names.
_STRONG = lazy_compile(r"\s{0,3}(?:[_|｜│]{1,2}|--|::|\s[-–—]{1,2}\s)\s{0,3}")
# A segment before the headline that is a name: "無綫新聞", "中時電子報", "财经频道".
_NAME_END = lazy_compile(
    r"(?:[网網]|新[闻聞]|[报報]|日[报報]|[频頻]道|[财財][经經]|[资資][讯訊]|首[页頁]|[电電]子[报報]|[网網]站"
    r"|[时時][报報]|[晚早]?[报報]|[台臺]|[社]|TV|News|news|\.com|\.cn|\.tw|\.hk)$"
)
_HEADLINE_RATIO = 2  # a segment this many times longer than the first is the headline
_HEADLINE_MIN = 8  # Han characters
_OPENERS, _CLOSERS = "（(【[「《〈", "）)】]」》〉"


def _han(text: str) -> int:
    return len(_HAN.findall(text))


def _headline_segment(title: str) -> str:
    """The segment of a ``<title>`` that is the headline, when names come before it too
    ("無綫新聞 - 財經 - 市料美零售銷售與消費者信心續升 - tvb.com")."""
    segments = [s for s in _STRONG.split(title) if s.strip()]
    if len(segments) < 2:
        return title
    first = segments[0].strip()
    longest = max(segments, key=_han).strip()
    if longest == first or _han(longest) < _HEADLINE_MIN:
        return title
    if _NAME_END.search(first) or _han(longest) > _HEADLINE_RATIO * _han(first):
        return title[title.index(longest) :]
    return title


def _balanced(text: str) -> bool:
    return sum(text.count(c) for c in _OPENERS) == sum(text.count(c) for c in _CLOSERS)


def clean_title(title: str) -> str:
    """Remove trailing site and channel names from a headline (both HTML and text pages).

    A trailing segment after ``_``, ``|``, ``-``, ``–``, ``—``, ``::`` or ``·`` goes when it is
    short and reads like a name (Han characters or a Latin word); numbers stay.

    Examples:
        >>> clean_title("央行降准_新浪财经_新浪网"), clean_title("标题 | 澎湃新闻")
        ('央行降准', '标题')
        >>> clean_title("新年伊始，习近平的重要文章谈了啥？_中南海_澎湃新闻-The Paper")
        '新年伊始，习近平的重要文章谈了啥？'
        >>> clean_title("中国—东盟合作 2024-2025"), clean_title("5G-A网络正式商用")
        ('中国—东盟合作 2024-2025', '5G-A网络正式商用')
        >>> clean_title("無綫新聞 - 財經 - 市料美零售銷售與消費者信心續升 - tvb.com")
        '市料美零售銷售與消費者信心續升'
        >>> clean_title("邱文達內定衛福部長 | 即時新聞 | 20130629 | 蘋果日報")
        '邱文達內定衛福部長'
        >>> clean_title("两会观察（时政·深读）")
        '两会观察（时政·深读）'
    """
    title = _WS.sub(" ", title).strip()
    if len(title) > _TITLE_SCAN_MAX:
        return title  # not a headline
    title = _headline_segment(title)
    while True:
        match = _SUFFIX.search(title)
        if match is None:
            return title
        suffix, head = match.group(1).strip(), title[: match.start()].strip()
        looks_like_site = (
            bool(_HAN.search(suffix) or _LETTERS.search(suffix))
            or not suffix
            or bool(_STAMP.fullmatch(suffix))
        )
        if len(suffix) > _SUFFIX_MAX or len(head) < 2 or not looks_like_site:
            return title
        if not _balanced(suffix):
            return title  # "标题（栏目名·副题）": the separator is inside brackets
        if _COMPOUND.match(title, max(match.start() - 1, 0)):
            return title
        title = head
