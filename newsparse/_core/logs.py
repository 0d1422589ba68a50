"""Quiet by default: nothing reaches stderr unless the caller configured logging.

A logger without a handler anywhere up its chain falls back to Python's "last resort"
handler, which prints WARNING records to stderr. bs4 logs that way (``bs4.dammit`` warns
when it replaces undecodable bytes), so a crawler feeding newsparse junk bytes saw lines on
stderr it never asked for. A ``NullHandler`` on those loggers ends the fallback and nothing
else: a caller who configured logging (``logging.basicConfig``, handlers on the root) still
receives every record, which propagates as before.

The handlers are added on the first call into such a dependency, not at import, so that
``import newsparse`` neither imports ``logging`` nor touches a logger newsparse never uses.
Call :func:`quiet_logs` before calling into bs4 (or before newsparse logs anything itself).
"""

from __future__ import annotations

import functools

__all__ = ["LOGGERS", "quiet_logs"]

#: newsparse's own logger and those of the dependencies that log without a handler.
LOGGERS = ("newsparse", "bs4")


@functools.cache
def quiet_logs() -> None:
    """Give each logger of ``LOGGERS`` a ``NullHandler``, once per process.

    Examples:
        >>> import logging
        >>> quiet_logs()
        >>> any(isinstance(h, logging.NullHandler) for h in logging.getLogger("bs4").handlers)
        True
    """
    import logging  # here, not at the top: import newsparse does not need it

    for name in LOGGERS:
        logging.getLogger(name).addHandler(logging.NullHandler())
