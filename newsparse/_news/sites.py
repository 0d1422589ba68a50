"""Hosting sites: the site table by host, host names, regions of sites."""

from __future__ import annotations

from .data.sites import SITES

__all__ = ["host_of", "region_of_site", "site_for_host"]

_BY_NAME = {name: region for name, region in SITES.values()}


def host_of(url: str | None) -> str | None:
    """The host name of an address, lower-cased; None when there is none.

    Examples:
        >>> host_of("https://News.Sina.com.cn/c/2019.shtml"), host_of("not a url")
        ('news.sina.com.cn', None)
    """
    if not url:
        return None
    from urllib.parse import urlsplit  # here: import newsparse does not pay for it

    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host and "." in host else None


def site_for_host(host: str | None) -> tuple[str, str | None] | None:
    """(site name, region) for a host or any parent domain of it in the site table.

    Examples:
        >>> site_for_host("news.sina.com.cn"), site_for_host("example.org")
        (('新浪网', 'CN'), None)
    """
    if not host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        found = SITES.get(".".join(parts[i:]))
        if found:
            return found
    return None


def region_of_site(host: str | None, name: str | None) -> str | None:
    """The region of a site known by host or by name (``CN``, ``TW``, ``HK`` ...), or None.

    Examples:
        >>> region_of_site(None, "网易"), region_of_site("www.cna.com.tw", None)
        ('CN', 'TW')
    """
    found = site_for_host(host)
    if found:
        return found[1]
    return _BY_NAME.get(name) if name else None
