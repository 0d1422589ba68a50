"""The language of an article as a BCP-47 tag: ``zh-Hans`` or ``zh-Hant`` from the script,
with a region (``CN``, ``TW``, ``HK``, ``SG``, ``MY``, ``MO``) only when the page gives
evidence for one.

Evidence, strongest first: the host's country domain; the site table by host or site name;
the region of the outlet that published the story; a mainland licence number (ICP备) on the
page; the page's declared language. A declared region counts only when it agrees with the
script (many pages declare ``zh-CN`` on traditional text), and the script always comes
from the text, never from the declaration.
"""

from __future__ import annotations

import re

from .._core.lazy import lazy_compile
from .._news.sources import region_for_source

__all__ = ["language_tag", "region_of"]

_TLD_REGIONS = {"cn": "CN", "tw": "TW", "hk": "HK", "sg": "SG", "my": "MY", "mo": "MO"}
_SCRIPT_SUBTAGS = {"simplified": "Hans", "traditional": "Hant"}
# Regions whose own standard is each script: a declared region that disagrees is ignored.
_REGIONS_OF = {"Hans": frozenset({"CN", "SG", "MY"}), "Hant": frozenset({"TW", "HK", "MO"})}
_DECLARED = lazy_compile(r"^(?P<lang>[a-z]{2,3})(?:-[a-z]{3})?(?:-(?P<script>hans|hant))?"
                       r"(?:-(?P<region>[a-z]{2}))?\b", re.I)  # fmt: skip


def region_of(
    *,
    host: str | None = None,
    site_region: str | None = None,
    sources: tuple[str | None, ...] = (),
    licensed: bool = False,
) -> str | None:
    """The region the page's own evidence names (not its declared language).

    Examples:
        >>> region_of(host="news.ltn.com.tw"), region_of(sources=("中央社",))
        ('TW', 'TW')
        >>> region_of(licensed=True), region_of() is None
        ('CN', True)
    """
    if host:
        region = _TLD_REGIONS.get(host.rsplit(".", 1)[-1])
        if region:
            return region
    if site_region:
        return site_region
    for source in sources:
        if source:
            region = region_for_source(source)
            if region:
                return region.upper()
    return "CN" if licensed else None


def language_tag(script: str, *, region: str | None, declared: str | None) -> str | None:
    """The BCP-47 tag of a text in ``script`` from a page of ``region``.

    Args:
        script: ``simplified``, ``traditional``, ``mixed`` or ``unknown`` (the text's).
        region: The region the page's evidence names, or None.
        declared: The page's declared language (``html[lang]`` ...), or None.

    Examples:
        >>> language_tag("traditional", region=None, declared="zh-CN")
        'zh-Hant'
        >>> language_tag("simplified", region=None, declared="zh-CN")
        'zh-Hans-CN'
        >>> language_tag("traditional", region="HK", declared=None)
        'zh-Hant-HK'
        >>> language_tag("unknown", region=None, declared="en") is None
        True
    """
    subtag = _SCRIPT_SUBTAGS.get(script)
    match = _DECLARED.match(declared or "")
    if subtag is None:
        # No one-script characters: the declaration may still say which Chinese it is.
        if match is None or match.group("lang").lower() != "zh" or not match.group("script"):
            return None
        subtag = match.group("script").title()
    if region is None and match is not None and match.group("region"):
        declared_region = match.group("region").upper()
        if match.group("lang").lower() == "zh" and declared_region in _REGIONS_OF[subtag]:
            region = declared_region
    # Traditional text on a mainland host (or the reverse) keeps its script: the region
    # says where the page is from, the script what the text is.
    return f"zh-{subtag}-{region}" if region else f"zh-{subtag}"
