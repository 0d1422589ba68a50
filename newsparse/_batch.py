"""PLACEHOLDER (owned by the batch helper): parse_many, Parser, ARTICLE_FIELDS."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ._config import Config

__all__ = ["ARTICLE_FIELDS", "Parser", "parse_many"]

ARTICLE_FIELDS: tuple[tuple[str, str], ...] = ()


class Parser:
    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, page: Any) -> Any:
        from ._api import parse

        return parse(page, config=self.config)


def parse_many(records: Iterable[Any], *, config: Config | None = None, workers: int = 1) -> Iterator[Any]:
    parser = Parser(config)
    for record in records:
        yield parser(record)
