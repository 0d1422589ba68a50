"""Headline text: site and channel names off the end of a ``<title>`` or first line."""

from __future__ import annotations

import re

__all__ = ["clean_title"]

_TITLE_SCAN_MAX = 400  # longer is not a headline, and not worth scanning
# "标题_频道_网站", "标题 | 澎湃新闻", "标题-CSDN.NET": one trailing segment after a separator.
_SUFFIX = re.compile(r"\s{0,3}(?:[_|｜–—]{1,2}|-|::|·)\s{0,3}([^_|｜–—\-:·]{1,24})\s{0,3}$")
# A bare hyphen between ASCII letters or digits followed by Chinese text joins a compound
# ("5G-A网络"), unlike a site name ("ZoomEye-CSDN.NET").
_COMPOUND = re.compile(r"[A-Za-z0-9]-[A-Za-z0-9][^_|｜–—\-:·]*[\u3400-\u9fff]")
_SUFFIX_MAX = 16
_HAN = re.compile(r"[\u3400-\u9fff]")
_LETTERS = re.compile(r"[A-Za-z]{3}")
_WS = re.compile(r"\s+")


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
    """
    title = _WS.sub(" ", title).strip()
    if len(title) > _TITLE_SCAN_MAX:
        return title  # not a headline
    while True:
        match = _SUFFIX.search(title)
        if match is None:
            return title
        suffix, head = match.group(1).strip(), title[: match.start()].strip()
        looks_like_site = bool(_HAN.search(suffix) or _LETTERS.search(suffix)) or not suffix
        if len(suffix) > _SUFFIX_MAX or len(head) < 2 or not looks_like_site:
            return title
        if _COMPOUND.match(title, max(match.start() - 1, 0)):
            return title
        title = head
