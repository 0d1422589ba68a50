"""The label members' module names (``_core.blocks``) are the members themselves: the stages
compare a block's label with them by identity, so a name bound to anything else would make
every such test fail silently."""

from __future__ import annotations

from newsparse._core import blocks
from newsparse._core.blocks import Label


def test_every_member_has_its_name_and_is_it() -> None:
    for member in Label:
        assert getattr(blocks, member.name) is member
        assert member.name in blocks.__all__


def test_a_block_starts_unlabelled() -> None:
    assert blocks.Block("正文").label is blocks.UNLABELLED
