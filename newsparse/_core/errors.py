"""The library's exception tree.

"No article on this page" is a result (``page_type == "empty"``), never an error. Exceptions
are kept for callers who pass the wrong kind of thing or ask for something that cannot exist.
"""

from __future__ import annotations

__all__ = ["InputTooLargeError", "NewsparseError", "UnknownConversionError"]


class NewsparseError(Exception):
    """Root of every exception newsparse raises on purpose.

    Catch it to handle all of the library's own errors at once; wrong argument types raise
    plain ``TypeError`` instead.

    Examples:
        >>> import newsparse
        >>> try:
        ...     newsparse.convert("中文", "x2y")
        ... except newsparse.NewsparseError as error:
        ...     print(type(error).__name__)
        UnknownConversionError
    """


class UnknownConversionError(NewsparseError, ValueError):
    """An OpenCC configuration name that the installed converter does not know."""


class InputTooLargeError(NewsparseError, ValueError):
    """A record is larger than ``Config.max_input_bytes`` allows (raised by batch readers only)."""
