"""The library's exception tree.

"No article on this page" is a result (``page_type == "empty"``), never an error. Exceptions
are kept for callers who pass the wrong kind of thing or ask for something that cannot exist.
Every class here is exported from :mod:`newsparse` (``tests/test_public_api.py`` checks that no
exception class of the package is left out).
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputTooLargeError", "NewsparseError", "UnknownConversionError"]


class NewsparseError(Exception):
    """Root of every exception newsparse raises on purpose.

    Catch it to handle all of the library's own errors at once. Wrong argument types raise
    plain ``TypeError`` instead; the subclasses for wrong values are also ``ValueError``\\ s.

    Examples:
        >>> import newsparse
        >>> try:
        ...     newsparse.convert("中文", "x2y")
        ... except newsparse.NewsparseError as error:
        ...     print(type(error).__name__)
        UnknownConversionError
    """


class ConfigError(NewsparseError, ValueError):
    """An option with a value newsparse does not accept: a ``Config`` field, an unknown
    ``encoding`` or time zone, a ``region`` other than ``"tw"``/``"hk"``, ``workers=0``, a
    fingerprint that is not 16 hex digits.

    Examples:
        >>> import newsparse
        >>> try:
        ...     newsparse.Config(script="korean")
        ... except ValueError as error:
        ...     print(type(error).__name__)
        ...     print(error)
        ConfigError
        Config() needs script as one of 'keep', 'simplified', 'traditional', not 'korean'
    """


class UnknownConversionError(NewsparseError, ValueError):
    """An OpenCC configuration name that the installed converter does not know.

    Examples:
        >>> import newsparse
        >>> issubclass(newsparse.UnknownConversionError, ValueError)
        True
    """


class InputTooLargeError(NewsparseError, ValueError):
    """Input over a size limit that cannot be cut to size.

    No code path raises it today: newsparse cuts input over ``Config.max_input_bytes`` and
    sets ``Article.truncated``. It stays exported so that code catching it keeps working.

    Examples:
        >>> import newsparse
        >>> issubclass(newsparse.InputTooLargeError, newsparse.NewsparseError)
        True
    """
