"""Conversion backends behind one small interface: a function ``(text) -> str`` per config name.

Two packages provide the import name ``opencc`` and cannot both be installed:
opencc-python-reimplemented (pure Python, the default dependency) and official OpenCC
(PyPI ``opencc``, C++, 10-40x faster, current dictionaries). :func:`backend_name` says which
one is present. Converters are built on first use, once per process and configuration name,
under a lock, and live only in this module's cache: nothing here is ever pickled.
"""

from __future__ import annotations

import _thread  # threading's Lock without importing threading (2 ms of import time)
import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

from .._core.errors import UnknownConversionError

__all__ = [
    "OPENCC_CONFIGS",
    "available_configs",
    "backend_name",
    "converter",
    "resolve_config_name",
]

#: Every configuration name of OpenCC 1.1+, in its documentation's order.
OPENCC_CONFIGS: tuple[str, ...] = (
    "s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp",
    "t2tw", "t2hk", "tw2t", "hk2t", "t2jp", "jp2t", "s2hkp", "hk2sp",
)  # fmt: skip

OFFICIAL = "opencc"
REIMPLEMENTED = "opencc-python-reimplemented"

_lock = _thread.allocate_lock()
# config name -> bound convert method; filled lazily, read without the lock.
_converters: dict[str, Callable[[str], str]] = {}
_state: dict[str, Any] = {}  # "module", "name", "configs": found once


def _opencc() -> ModuleType:
    """The installed ``opencc`` module (ImportError with a hint when there is none)."""
    module = _state.get("module")
    if module is None:
        try:
            module = importlib.import_module("opencc")
        except ImportError as exc:  # the dependency was removed by hand
            raise ImportError(
                "newsparse needs an OpenCC converter: pip install opencc-python-reimplemented "
                "(pure Python) or opencc (official, faster)"
            ) from exc
        _state["module"] = module
    return module


def backend_name() -> str:
    """Which package provides ``opencc``: ``"opencc"`` (official) or the reimplementation.

    Examples:
        >>> backend_name() in ("opencc", "opencc-python-reimplemented")
        True
    """
    name = _state.get("name")
    if name is None:
        # Official OpenCC lists its configurations in CONFIGS; the reimplementation has none.
        name = OFFICIAL if hasattr(_opencc(), "CONFIGS") else REIMPLEMENTED
        _state["name"] = name
    return str(name)


def available_configs() -> tuple[str, ...]:
    """Configuration names the installed backend provides, in OpenCC's order.

    Examples:
        >>> {"s2t", "t2s", "s2tw", "s2hk"} <= set(available_configs())
        True
    """
    configs = _state.get("configs")
    if configs is None:
        configs = _find_configs()
        _state["configs"] = configs
    return tuple(configs)


def _find_configs() -> tuple[str, ...]:
    module = _opencc()
    if backend_name() == OFFICIAL:
        files = [str(f) for f in getattr(module, "CONFIGS", ())]
    else:
        from importlib import resources

        files = [f.name for f in resources.files("opencc").joinpath("config").iterdir()]
    stems = {f[: -len(".json")] for f in files if f.endswith(".json")}
    return tuple(c for c in OPENCC_CONFIGS if c in stems) + tuple(
        sorted(stems.difference(OPENCC_CONFIGS))
    )


def resolve_config_name(config: str) -> str:
    """``config`` as a name the backend knows ("s2t.json" -> "s2t"), or UnknownConversionError.

    Examples:
        >>> resolve_config_name("S2T.json")
        's2t'
    """
    if not isinstance(config, str):
        raise TypeError(
            "config must be an OpenCC configuration name such as 't2s', "
            f"not {type(config).__name__}"
        )
    name = config.strip().lower().removesuffix(".json")
    valid = available_configs()
    if name not in valid:
        hint = ""
        if name in OPENCC_CONFIGS:
            hint = (
                f" ({name!r} needs official OpenCC: "
                f"pip uninstall {REIMPLEMENTED}; pip install opencc)"
            )
        raise UnknownConversionError(
            f"unknown conversion {config!r}{hint}; the installed {backend_name()} provides: "
            + ", ".join(valid)
        )
    return name


def converter(config: str) -> Callable[[str], str]:
    """The installed backend's convert function for ``config`` (a name already resolved).

    Built once per process and name; later calls return the same function.

    Examples:
        >>> converter("s2t") is converter("s2t")
        True
        >>> converter("s2t")("汉字")
        '漢字'
    """
    fn = _converters.get(config)
    if fn is None:
        with _lock:
            fn = _converters.get(config)
            if fn is None:
                fn = _build(config)
                _converters[config] = fn
    return fn


def _build(config: str) -> Callable[[str], str]:
    module = _opencc()
    if backend_name() == OFFICIAL:
        engine = module.OpenCC(f"{config}.json")
    else:
        engine = module.OpenCC(config)
        # The reimplementation loads its dictionaries on the first convert; do it now,
        # under the lock, so that threads never share a half-built instance.
        engine.convert("")
    convert: Callable[[str], str] = engine.convert
    return convert
