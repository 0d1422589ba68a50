"""Options for parsing, as one frozen and picklable value."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Literal

__all__ = ["Config", "resolve_config"]

ScriptChoice = Literal["keep", "simplified", "traditional"]
_SCRIPTS = ("keep", "simplified", "traditional")
_REGIONS = (None, "tw", "hk")
_PREFERENCES = ("past", "current", "future")


@dataclasses.dataclass(frozen=True)
class Config:
    """Every option newsparse has, with safe defaults.

    A ``Config`` is immutable; make a variant with :meth:`replace` or by passing keyword
    arguments to :func:`newsparse.parse`, which override the config they are given with.

    Attributes:
        script: Output script of every text field: ``"keep"`` (as on the page),
            ``"simplified"`` or ``"traditional"``.
        region: Regional variant for traditional output: ``None`` (OpenCC standard),
            ``"tw"`` or ``"hk"``.
        converter: Conversion backend: ``"auto"`` (whatever provides the ``opencc`` module),
            or a callable ``(text, config_name) -> str``. A callable does not pickle with
            the config unless it is a module-level function.
        normalize_width: Fold full-width letters and digits to ASCII.
        normalize_whitespace: Map U+3000/NBSP to spaces, strip indents, drop ZWSP/BOM.
        restore_entities: Restore HTML-entity remnants such as ``&amp;nbsp;``.
        repair_pinyin: Remove the pinyin glosses mirror sites insert, and repair the
            characters they split.
        fullwidth_punctuation: Turn ASCII ``,:;()!?`` between Han characters into their
            full-width forms.
        timezone: Zone of dates written without one. ``None`` infers it from the page
            (Asia/Taipei, Asia/Hong_Kong, Asia/Singapore, else Asia/Shanghai).
        prefer_dates: How a date written without its year, month or week is placed around
            the reference: ``"past"`` (the nearest such date), ``"current"`` (the
            reference's year, month or week) or ``"future"``; see
            :func:`newsparse.parse_date`.
        listing: Split teaser lists and search results into ``Article.listing``.
        max_input_bytes: Larger inputs are cut to this size and flagged ``truncated``.
        max_line_chars: Longer lines are cut to this size before any pattern runs.
        max_nodes: HTML elements looked at, at most; the rest is ignored and flagged.
        max_depth: HTML nesting depth looked at, at most.

    Examples:
        >>> import newsparse
        >>> config = newsparse.Config(script="traditional", region="tw")
        >>> text = "软件开发者说，这个网络很快。"
        >>> newsparse.parse_text(text, config=config).paragraphs
        ('軟件開發者說，這個網絡很快。',)
        >>> newsparse.parse_text(text, config=config, script="keep").script
        'simplified'
    """

    script: ScriptChoice = "keep"
    region: Literal["tw", "hk"] | None = None
    converter: str | Callable[[str, str], str] = "auto"
    normalize_width: bool = True
    normalize_whitespace: bool = True
    restore_entities: bool = True
    repair_pinyin: bool = True
    fullwidth_punctuation: bool = False
    timezone: str | None = None
    prefer_dates: Literal["past", "current", "future"] = "past"
    listing: bool = True
    max_input_bytes: int = 20_000_000
    max_line_chars: int = 20_000
    max_nodes: int = 200_000
    max_depth: int = 400

    def __post_init__(self) -> None:
        if self.script not in _SCRIPTS:
            raise ValueError(f"Config.script must be one of {_SCRIPTS}, not {self.script!r}")
        if self.region not in _REGIONS:
            raise ValueError(f"Config.region must be one of {_REGIONS}, not {self.region!r}")
        if self.prefer_dates not in _PREFERENCES:
            raise ValueError(
                f"Config.prefer_dates must be one of {_PREFERENCES}, not {self.prefer_dates!r}"
            )
        if not (isinstance(self.converter, str) or callable(self.converter)):
            raise TypeError("Config.converter must be 'auto' or a callable (text, config) -> str")
        for name in ("max_input_bytes", "max_line_chars", "max_nodes", "max_depth"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"Config.{name} must be a positive int, not {value!r}")

    def replace(self, **changes: Any) -> Config:
        """Return a copy with ``changes`` applied.

        Examples:
            >>> Config().replace(script="simplified").script
            'simplified'
        """
        return dataclasses.replace(self, **changes)


_DEFAULT = Config()


def resolve_config(config: Config | None, overrides: dict[str, Any] | None = None) -> Config:
    """The config to use: ``config`` (or the default) with ``overrides`` applied."""
    if config is None:
        config = _DEFAULT
    elif not isinstance(config, Config):
        raise TypeError(f"config must be a newsparse.Config or None, not {type(config).__name__}")
    if overrides:
        unknown = sorted(set(overrides) - {f.name for f in dataclasses.fields(Config)})
        if unknown:
            raise TypeError(f"unknown Config option(s): {', '.join(unknown)}")
        config = dataclasses.replace(config, **overrides)
    return config
