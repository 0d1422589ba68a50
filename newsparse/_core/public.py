"""Public names report the public module they are imported from, not the private one."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable

__all__ = ["report_as"]


def report_as(module: str, objects: Iterable[object]) -> None:
    """Make every class and function in ``objects`` report ``module`` as its ``__module__``.

    Pickle stores a class or function as ``__module__`` plus ``__qualname__``, and reprs
    and tracebacks print the same path, so the public module keeps both stable when the
    code behind a name moves between private modules. A class's own annotations are
    resolved first, in the module that wrote them: ``typing.get_type_hints`` would
    otherwise look their names up in ``module``, where private imports such as ``_dt``
    do not exist. Other objects (tuples, type aliases) are left alone.

    Examples:
        >>> import pickle, typing, newsparse
        >>> newsparse.Dateline.__module__, newsparse.parse.__module__
        ('newsparse', 'newsparse')
        >>> pickle.dumps(newsparse.Dateline("电")).count(b"newsparse._core")
        0
        >>> typing.get_type_hints(newsparse.Dateline)["year"]
        int | None
    """
    for obj in objects:
        if isinstance(obj, type):
            own = vars(obj).get("__annotations__")
            if own:
                try:
                    hints = typing.get_type_hints(obj)
                except NameError:  # a name imported only for type checkers: left as written
                    pass  # (tests/test_public_api.py then fails, saying which class)
                else:
                    obj.__annotations__ = {name: hints[name] for name in own}
            obj.__module__ = module
        elif isinstance(obj, types.FunctionType):
            obj.__module__ = module
