"""A parsed tree -> the same tree with what a reader never sees and the page's furniture
removed, in one pass.

The pass drops scripts, styles, forms, comments and hidden nodes, and the furniture:
navigation, footers, share bars, comment areas, related-article lists, copyright lines,
advertising. A furniture box that holds the article or its head is kept. The pass also
enforces the size limits of :class:`~newsparse.Config`.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from lxml import etree

from .._core.lazy import lazy_compile
from .data.dom import BOILERPLATE_PREFIXES, BOILERPLATE_TAGS, BOILERPLATE_TOKENS, DROP_TAGS
from .dom import CLASS_SEPARATORS, count_punct, has_full_date, remember, text_of

__all__ = ["clean_tree"]

# What lxml will not store in a text node (character references can make it).
_NOT_XML = lazy_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_HIDDEN_STYLE = lazy_compile(r"display\s{0,5}:\s{0,5}none|visibility\s{0,5}:\s{0,5}hidden", re.I)
# Article heads sometimes sit in furniture-named boxes (gamersky's <aside> holds the <h1>,
# 163's share bar holds the date line): a short box with a full date is kept.
_HEAD_BOX_CHARS = 300
_HEAD_BOX_SCAN = 8000  # raw text size (styles included) worth a closer look
# Furniture was skipped by the scan, so its scripts and styles are still inside it.
_UNSEEN = ("script", "style", "noscript")
# A removal candidate holding this share of the page's sentences is the article itself,
# whatever its class says (WeChat hides the body until a script shows it).
_KEEP_SHARE = 0.35
_KEEP_MIN = 10  # marks the article needs as well as that share, however short the page


def clean_tree(root: Any, *, max_nodes: int, max_depth: int) -> bool:
    """Remove invisible nodes and page furniture in place; True if a limit cut the tree.

    Examples:
        >>> from newsparse._html.dom import parse_tree
        >>> root = parse_tree('<nav>首页</nav><p>正文。</p><div class="share">分享</div>')
        >>> clean_tree(root, max_nodes=1000, max_depth=100), text_of(root)
        (False, '正文。')
    """
    drops, furniture, cut_at, truncated = _scan(root, max_nodes, max_depth)
    for el in drops:
        _drop(el)
    total = _Total(root)
    while furniture:  # kept furniture is cleaned inside too (a share bar's <style>)
        el = furniture.pop()
        text = text_of(el)
        marks = count_punct(text)
        if not _holds_article(el, text, marks, total):
            _drop(el)
            total.removed += marks
            continue
        for child in list(el):
            inner_drops, inner_furniture, _, _ = _scan(child, max_nodes, max_depth)
            for inner in inner_drops:
                if total.value is None and isinstance(inner.tag, str):
                    total.removed += count_punct(text_of(inner))
                _drop(inner)
            furniture.extend(inner_furniture)
    if cut_at is not None:
        _cut_from(cut_at)
    return truncated


def _scan(root: Any, max_nodes: int, max_depth: int) -> tuple[list[Any], list[Any], Any, bool]:
    """One walk: what to drop outright, what furniture to drop if small, where to cut."""
    if max_depth > _DEPTH_STEPS or _is_small(root) or _deeper(max_depth)(root):
        return _walk_scan(root, max_nodes, max_depth)
    return _tag_scan(root, max_nodes)


def _is_small(root: Any) -> bool:
    """Whether ``root`` holds at most :data:`_SMALL_SCAN` nodes: the walk that counts the
    depth then costs less than the depth test and the tag lookup :func:`_tag_scan` starts
    with (140,000 instructions between them, paid for every box kept furniture holds)."""
    return next(itertools.islice(root.iter(), _SMALL_SCAN, None), None) is None


def _tag_scan(root: Any, max_nodes: int) -> tuple[list[Any], list[Any], Any, bool]:
    """:func:`_scan` of a tree no deeper than the limit."""
    # Nothing under ``root`` is deeper than max_depth, so the walk needs no depth: root.iter()
    # in C replaces iterwalk's two events per element (60% of the walk), a subtree judged is
    # passed over by consuming its elements from the iterator, and the elements the walk
    # tells by their tag are found in C beforehand: the others are judged by attributes alone.
    drops: list[Any] = []
    furniture: list[Any] = []
    special = set(root.iter(*_SPECIAL))
    get = _FURNITURE_NAMES.get
    nodes = 0
    walk = root.iter(etree.Element)  # as iterwalk: elements only (no comments)
    for el in walk:
        nodes += 1
        if nodes > max_nodes:
            return drops, furniture, el, True
        if el in special:
            judged = _judged(el)
            if judged == _KEPT:
                continue
            (drops if judged == _DROP else furniture).append(el)
        elif not (keys := el.keys()):
            continue  # no attributes: only the tag could tell, and it is none of those
        else:  # _judged written out, less what only the tags in _SPECIAL can be
            hidden = "hidden" in keys or ("aria-hidden" in keys and el.get("aria-hidden") == "true")
            if not (
                hidden
                or ("style" in keys and (style := el.get("style")) and _HIDDEN_STYLE.search(style))
            ):
                names = (
                    el.get("class") if "class" in keys else None,
                    el.get("id") if "id" in keys else None,
                )
                if names == (None, None):
                    continue
                found = get(names)
                if not (found or (found is None and _furniture_names(names))):
                    continue
            furniture.append(el)
        if len(el):  # pass over what is inside (childless: most drops, scripts and styles)
            inside = len(list(el.iterdescendants(etree.Element)))
            next(itertools.islice(walk, inside, inside), None)
    return drops, furniture, None, False


def _walk_scan(root: Any, max_nodes: int, max_depth: int) -> tuple[list[Any], list[Any], Any, bool]:
    """:func:`_scan` of a tree deeper than ``max_depth``: the walk counts the depth."""
    drops: list[Any] = []
    furniture: list[Any] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    depth = nodes = 0
    truncated = False
    for event, el in walker:
        if event == "end":
            depth -= 1
            continue
        depth += 1
        nodes += 1
        if nodes > max_nodes:
            return drops, furniture, el, True
        judged = _judged(el)
        if depth > max_depth and judged != _DROP:
            drops.append(el)
            truncated = True
        elif judged == _KEPT:
            continue
        else:
            (drops if judged == _DROP else furniture).append(el)
        walker.skip_subtree()
    return drops, furniture, None, truncated


_KEPT, _DROP, _FURNITURE = range(3)
_SMALL_SCAN = 100  # nodes: see _is_small
# The elements the walk tells by their tag, found in C.
_SPECIAL = (*sorted(DROP_TAGS | BOILERPLATE_TAGS), "html", "body")


def _judged(el: Any) -> int:
    """_KEPT, _DROP or _FURNITURE: invisible, or furniture by its tag or by its class and
    id (a page repeats a few names on thousands of elements, each judged once)."""
    tag = el.tag
    if not isinstance(tag, str) or tag in DROP_TAGS:
        return _DROP
    # The names first (one call): an attribute is read only when the element has it
    # (reading a missing one costs as much as reading one that is there).
    if not (keys := el.keys()):  # no attributes: only the tag can tell
        return _FURNITURE if tag in BOILERPLATE_TAGS else _KEPT
    hidden = "hidden" in keys or ("aria-hidden" in keys and el.get("aria-hidden") == "true")
    if (
        hidden
        or ("style" in keys and (style := el.get("style")) and _HIDDEN_STYLE.search(style))
        or tag in BOILERPLATE_TAGS
    ):
        return _FURNITURE
    if tag == "html" or tag == "body":
        return _KEPT
    names = (
        el.get("class") if "class" in keys else None,
        el.get("id") if "id" in keys else None,
    )
    if names == (None, None):
        return _KEPT
    found = _FURNITURE_NAMES.get(names)
    if found or (found is None and _furniture_names(names)):
        return _FURNITURE
    return _KEPT


# The depth test in C: a path of max_depth child steps from the scan's root finds the
# elements deeper than max_depth. Longer paths are not compiled (libxml2 bounds the
# recursion of a path's evaluation): a deeper limit takes the walk that counts.
_DEPTH_STEPS = 1000


@functools.lru_cache(maxsize=8)
def _deeper(max_depth: int) -> Any:
    """A compiled XPath: whether an element under its context node lies more than
    ``max_depth`` levels down (the context node is level 1)."""
    return etree.XPath(f"boolean({'/'.join(['*'] * max_depth)})")


class _Total:
    """The page's sentence marks once its invisible nodes are gone, before any furniture
    goes: counted only when a furniture element has enough marks to ask (42 of the 156
    labelled pages), as what the page holds then plus what left it since."""

    __slots__ = ("removed", "root", "value")

    def __init__(self, root: Any) -> None:
        self.root = root
        self.removed = 0  # marks in the furniture and inner nodes dropped so far
        self.value: int | None = None

    def __call__(self) -> int:
        if self.value is None:
            self.value = count_punct(text_of(self.root)) + self.removed
        return self.value


def _holds_article(el: Any, text: str, marks: int, total: _Total) -> bool:
    """Whether a furniture-looking element (its ``text`` holds ``marks`` sentence marks)
    holds the article, its title or its date line."""
    if marks > _KEEP_MIN and marks > _KEEP_SHARE * total():
        return True
    if el.tag == "nav" or len(text) > _HEAD_BOX_SCAN:
        return False  # too big to be a head box even after its styles are discounted
    # Scripts and styles inside are rare (and never around it: _scan dropped those first);
    # without them the text is already what a reader sees, and the walk is saved.
    if next(el.iter(*_UNSEEN), None) is not None:
        text = _visible_text(el)
    squeezed = "".join(text.split())
    if len(squeezed) > _HEAD_BOX_CHARS:
        return False
    return next(el.iterdescendants("h1"), None) is not None or has_full_date(squeezed)


def _visible_text(el: Any) -> str:
    """:func:`text_of` less the text inside ``script``, ``style`` and ``noscript`` elements.

    What the XPath ``.//text()[not(ancestor::script) and not(ancestor::style) and
    not(ancestor::noscript)]`` joins, built by a walk that passes over those elements: the
    XPath climbs to the root three times per text node (14,000 instructions an element here).

    Examples:
        >>> html = "<div>新<script>x()</script>闻<noscript><b>旧</b></noscript>稿</div>尾巴"
        >>> from newsparse._html.dom import parse_tree
        >>> _visible_text(parse_tree(html).find(".//div"))
        '新闻稿'
    """
    if not _shows_text(el) or next(el.iterancestors(*_UNSEEN), None) is not None:
        return ""  # all of it lies inside one (or in no text node: a comment)
    parts = [el.text or ""]
    # Children still to visit, per open element; an element's tail follows its content.
    stack = [(el, iter(el))]
    while stack:
        node, children = stack[-1]
        for child in children:
            if _shows_text(child):
                if child.text:
                    parts.append(child.text)
                if len(child):
                    stack.append((child, iter(child)))
                    break
            if child.tail:
                parts.append(child.tail)
        else:
            stack.pop()
            if stack and node.tail:
                parts.append(node.tail)
    return "".join(parts)


def _shows_text(node: Any) -> bool:
    """Whether a node's own text is text a reader sees (a comment's or a script's is not)."""
    return isinstance(node.tag, str) and node.tag not in _UNSEEN


def _furniture_names(names: tuple[str | None, str | None]) -> bool:
    """Whether a (class, id) pair names furniture, judged and remembered."""
    value = f"{names[0] or ''} {names[1] or ''}".lower()
    parts = value.translate(CLASS_SEPARATORS).split()  # as class_parts splits them
    found = any(p in BOILERPLATE_TOKENS or p.startswith(BOILERPLATE_PREFIXES) for p in parts)
    remember(_FURNITURE_NAMES, names, found)
    return found


_FURNITURE_NAMES: dict[tuple[str | None, str | None], bool] = {}


def _drop(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    # Keep the tail: it is the parent's text that follows the removed element.
    tail = el.tail
    if tail:
        # libxml2 turns "&#1;" into U+0001, which lxml then refuses to store again.
        prev = el.getprevious()
        if prev is not None:
            prev.tail = _NOT_XML.sub("", (prev.tail or "") + tail)
        else:
            parent.text = _NOT_XML.sub("", (parent.text or "") + tail)
    parent.remove(el)


def _cut_from(el: Any) -> None:
    """Remove ``el`` and everything after it in document order."""
    node = el
    while node is not None:
        parent = node.getparent()
        if parent is None:
            return
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        if node is el:
            parent.remove(node)
        node = parent
