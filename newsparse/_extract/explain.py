"""Why each piece of a page was kept or dropped: the blocks, their labels, stages and rules.

``newsparse.explain()`` returns an :class:`Explanation`; ``newsparse --explain FILE`` prints
it as a table. Both run exactly the pipeline ``parse()`` runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .._core.article import Article
from .._core.blocks import Page

__all__ = ["ExplainedBlock", "Explanation", "explain_page"]

_TEXT_COLUMN = 48  # characters of a block's text a table row shows


@dataclass(frozen=True)
class ExplainedBlock:
    """One block of the page as the pipeline saw it.

    Attributes:
        index: Position among the page's blocks (document order).
        text: The block's normalised text.
        label: What it was labelled: ``body``, ``title``, ``header``, ``caption``,
            ``listing``, ``notice``, ``furniture``, or ``""`` when no stage claimed it
            (dropped as not part of the story).
        stage: The stage that set the label (``body``, ``furniture`` ...), or ``""``.
        rule: The rule of that stage that fired, in a few words.
        tag: What made the block: ``p``, ``h`` (heading), ``li``, ``td``, ``caption``,
            ``title`` (the document's ``<title>``), ``pre``.
        in_main: An HTML block inside the container chosen as the article's.
        link_density: Share of the block's text inside links.

    Examples:
        >>> import newsparse
        >>> why = newsparse.explain("<h1>标题</h1><p>记者获悉，这项工程已经全面完工投入使用。</p>")
        >>> block = why.blocks[-1]
        >>> block.label, block.stage, block.rule, block.tag
        ('body', 'body', 'best run', 'p')
    """

    index: int
    text: str
    label: str
    stage: str
    rule: str
    tag: str
    in_main: bool
    link_density: float


@dataclass(frozen=True)
class Explanation:
    """Every block of a page with its label, and the article ``parse()`` returns for it.

    ``str()`` gives a readable table; :meth:`to_dict` and :meth:`to_json` serialise it.

    Examples:
        >>> import newsparse
        >>> why = newsparse.explain("<h1>标题</h1><p>记者获悉，这项工程已经全面完工投入使用。</p>")
        >>> print(str(why).splitlines()[0])
        page type: article (a short body and no listing)
        >>> why.to_dict()["blocks"][0]["label"], why.article.title
        ('title', '标题')
    """

    blocks: tuple[ExplainedBlock, ...]
    article: Article
    page_type_rule: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the blocks, the page type's reason and the article."""
        return {
            "page_type": self.article.page_type,
            "page_type_rule": self.page_type_rule,
            "blocks": [vars(block) for block in self.blocks],
            "article": self.article.to_dict(),
        }

    def to_json(self, **kwargs: Any) -> str:
        """:meth:`to_dict` as JSON (non-ASCII kept); keyword arguments go to ``json.dumps``."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def __str__(self) -> str:
        lines = [
            f"page type: {self.article.page_type} ({self.page_type_rule})",
            f"{'#':>4}  {'label':9} {'stage':19} {'rule':28} text",
        ]
        for block in self.blocks:
            text = block.text
            if len(text) > _TEXT_COLUMN:
                text = text[:_TEXT_COLUMN] + "…"
            lines.append(
                f"{block.index:>4}  {block.label or '-':9} {block.stage or '-':19} "
                f"{(block.rule or '-')[:28]:28} {text}"
            )
        return "\n".join(lines)


def explain_page(page: Page, article: Article, page_type_rule: str) -> Explanation:
    """The explanation of a page whose blocks the stages have labelled."""
    blocks = tuple(
        ExplainedBlock(
            index=i,
            text=b.text,
            label=b.label.value,
            stage=b.stage,
            rule=b.rule,
            tag=b.tag,
            in_main=b.in_main,
            link_density=b.link_density,
        )
        for i, b in enumerate(page.blocks)
    )
    return Explanation(blocks, article, page_type_rule)
