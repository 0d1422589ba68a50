"""Options for parsing, as one frozen and picklable value."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Literal

from .checks import check_bool, check_choice, check_positive_int, check_zone
from .errors import ConfigError

__all__ = ["DEFAULT_ZONE", "Config", "resolve_config"]

#: The zone of a date written without one, on a page that says nothing of its region:
#: most Chinese-language news is published in mainland China (UTC+8, like Taipei, Hong Kong
#: and Singapore, so a wrong guess among them costs no hour).
DEFAULT_ZONE = "Asia/Shanghai"

ScriptChoice = Literal["keep", "simplified", "traditional"]
_SCRIPTS = ("keep", "simplified", "traditional")
_REGIONS = (None, "tw", "hk")
_PREFERENCES = ("past", "current", "future")
_SWITCHES = (
    "normalize_width",
    "normalize_whitespace",
    "restore_entities",
    "repair_pinyin",
    "fullwidth_punctuation",
    "listing",
)
_LIMITS = ("max_input_bytes", "max_line_chars", "max_nodes", "max_depth")


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
        timezone: Zone of dates written without one, an IANA name. ``None`` infers it from
            the page (Asia/Taipei, Asia/Hong_Kong, Asia/Singapore, else Asia/Shanghai).
        prefer_dates: How a date written without its year, month or week is placed around
            the reference: ``"past"`` (the nearest such date), ``"current"`` (the
            reference's year, month or week) or ``"future"``; see
            :func:`newsparse.parse_date`.
        listing: Split teaser lists and search results into ``Article.listing``.
        max_input_bytes: Larger inputs are cut to this size and flagged ``truncated``.
        max_line_chars: Longer lines are cut to this size before any pattern runs.
        max_nodes: HTML elements looked at, at most; the rest is ignored and flagged.
        max_depth: HTML nesting depth looked at, at most.

    Raises:
        TypeError: A field of the wrong type (``max_nodes="5"``, ``listing=1``).
        ConfigError: A value outside the field's choices (``script="korean"``, an unknown
            ``timezone``, a limit below 1). It is a ``ValueError`` too.

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
        """Wrong types raise TypeError, wrong values :class:`~newsparse.ConfigError`."""
        check_choice(self.script, _SCRIPTS, "Config()", "script")
        check_choice(self.region, _REGIONS, "Config()", "region")
        check_choice(self.prefer_dates, _PREFERENCES, "Config()", "prefer_dates")
        if isinstance(self.converter, str):
            if self.converter != "auto":
                raise ConfigError(
                    f"Config() needs converter as 'auto' or a function (text, config_name) -> "
                    f"str, not {self.converter!r}"
                )
        elif not callable(self.converter):
            raise TypeError(
                "Config() needs converter as 'auto' or a function (text, config_name) -> str, "
                f"not {type(self.converter).__name__}"
            )
        for name in _SWITCHES:
            check_bool(getattr(self, name), "Config()", name)
        check_zone(self.timezone, "Config()", "timezone", optional=True)
        for name in _LIMITS:
            check_positive_int(getattr(self, name), "Config()", name)

    def replace(self, **changes: Any) -> Config:
        """Return a copy with ``changes`` applied.

        Examples:
            >>> Config().replace(script="simplified").script
            'simplified'
        """
        return dataclasses.replace(self, **changes)


_DEFAULT = Config()
_FIELDS = frozenset(f.name for f in dataclasses.fields(Config))


def resolve_config(
    config: Config | None, overrides: dict[str, Any] | None = None, func: str = "parse()"
) -> Config:
    """The config to use: ``config`` (or the default) with ``overrides`` applied.

    Raises:
        TypeError: ``config`` is not a Config, or an override names no Config field.
        ConfigError: An override has a value Config does not accept.

    Examples:
        >>> resolve_config(None, {"script": "simplified"}).script
        'simplified'
        >>> resolve_config(None, {"scirpt": "simplified"}, "parse_text()")
        Traceback (most recent call last):
        ...
        TypeError: parse_text() got an unknown Config option: scirpt
    """
    if config is None:
        config = _DEFAULT
    elif not isinstance(config, Config):
        raise TypeError(
            f"{func} needs config as a newsparse.Config or None, not {type(config).__name__}"
        )
    if overrides:
        unknown = sorted(set(overrides) - _FIELDS)
        if unknown:
            raise TypeError(f"{func} got an unknown Config option: {', '.join(unknown)}")
        config = dataclasses.replace(config, **overrides)
    return config
