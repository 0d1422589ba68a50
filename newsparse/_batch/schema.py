"""A flat, typed schema of ``Article.to_dict()`` for columnar stores (Arrow, Spark, CSV).

Nested values (the dateline, credits, listing items and images) are JSON-encoded strings rather
than structs: every column is then a string, a bool or a list of strings, which every
engine and CSV can hold, and ``json.loads`` (or Spark's ``from_json``) restores them.
``published`` stays an ISO-8601 string with its UTC offset, so no engine has to guess
a time zone; cast it where a timestamp is wanted.
"""

from __future__ import annotations

import json
from typing import Any

from .._core.article import Article

__all__ = ["ARTICLE_FIELDS", "JSON_FIELDS", "RESULT_FIELDS", "article_row", "empty_row"]

#: Name and type of every key of ``Article.to_dict()``, in its order. Types are
#: ``"string"``, ``"bool"`` and ``"list<string>"``; all but ``body``, ``paragraphs``,
#: ``authors``, ``editors``, ``script``, ``page_type``, ``truncated`` and ``tags`` may be
#: null. ``modified`` is ISO-8601 text like ``published``; ``images`` is JSON text.
ARTICLE_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "string"),
    ("body", "string"),
    ("paragraphs", "list<string>"),
    ("published", "string"),
    ("dateline", "string"),
    ("credits", "string"),
    ("authors", "list<string>"),
    ("editors", "list<string>"),
    ("source", "string"),
    ("url", "string"),
    ("script", "string"),
    ("page_type", "string"),
    ("listing", "string"),
    ("truncated", "bool"),
    ("description", "string"),
    ("image", "string"),
    ("images", "string"),
    ("tags", "list<string>"),
    ("section", "string"),
    ("modified", "string"),
    ("site_name", "string"),
    ("host", "string"),
    ("language", "string"),
    ("canonical_url", "string"),
    ("fingerprint", "string"),
)

#: Fields held as JSON text in a row (``dateline`` an object or null, the others arrays).
JSON_FIELDS = frozenset({"dateline", "credits", "listing", "images"})

#: A batch result as a row: where the record came from, what went wrong (if anything),
#: then ``ARTICLE_FIELDS`` (all null when there is no article).
RESULT_FIELDS: tuple[tuple[str, str], ...] = (
    ("origin", "string"),
    ("status", "string"),
    ("error_type", "string"),
    ("error", "string"),
    *ARTICLE_FIELDS,
)


def article_row(article: Article) -> dict[str, Any]:
    """One flat row of ``ARTICLE_FIELDS`` for ``article``.

    Examples:
        >>> from newsparse import Article, Dateline
        >>> row = article_row(Article(title="标题", dateline=Dateline("新华社北京电", "新华社")))
        >>> row["title"], json.loads(row["dateline"])["agency"], row["credits"]
        ('标题', '新华社', '[]')
    """
    data = article.to_dict()
    for name in JSON_FIELDS:
        value = data[name]
        data[name] = None if value is None else json.dumps(value, ensure_ascii=False)
    return data


def empty_row() -> dict[str, Any]:
    """A row of ``ARTICLE_FIELDS`` with every value null (for records with no article).

    Examples:
        >>> set(empty_row().values())
        {None}
    """
    return dict.fromkeys(name for name, _ in ARTICLE_FIELDS)
