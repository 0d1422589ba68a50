"""The labelling stages' shortcuts for pages of many lines give the answers of the paths
they skip (the speed work on the page of many sibling paragraphs)."""

from __future__ import annotations

import random
import re

from newsparse._chinese.han import HAN_CLASS
from newsparse._core.memo import forget_lines
from newsparse._dates import fast
from newsparse._dates.patterns import EN_LETTER, EN_YEAR, WHOLE_DIGITS, WHOLE_MAX, YEAR_SIGN
from newsparse._extract import features

# Characters the year tests turn on: digits (ASCII, full-width, Arabic-Indic), the year and
# date marks, Chinese numerals, separators, spaces of several kinds, Latin letters, Han.
_ALPHABET = list("0123456789０１٣年月日-/.．－／ \t\u3000\x1c二〇一九十廿aBzZ新闻()（）")


def _lines(rng: random.Random, most: int = 20) -> list[str]:
    return [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, most)))
        for _ in range(rng.randint(0, 12))
    ]


def _may_write_year(text: str) -> bool:
    """may_write_year as written with YEAR_SIGN itself."""
    if YEAR_SIGN.search(text) is not None:
        return True
    if EN_LETTER.search(text) is not None and EN_YEAR.search(text) is not None:
        return True
    return len(text) <= WHOLE_MAX and WHOLE_DIGITS.fullmatch(text) is not None


def test_may_write_year_reads_year_sign_as_written() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        for text in _lines(rng):
            forget_lines()
            assert fast.may_write_year(text) == _may_write_year(text), text


def test_year_lines_are_the_lines_that_may_write_a_year() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        texts = _lines(rng)
        if texts and rng.random() < 0.05:
            texts[rng.randrange(len(texts))] += "\0"  # (read line by line)
        want = [i for i, text in enumerate(texts) if _may_write_year(text)]
        assert fast.year_lines(texts) == want, texts
    sib = [f"第{i}段。新华社北京3月31日电 英国企业将中国视为重要创新策源地。" for i in range(50)]
    assert fast.year_lines([*sib, "2025-03-31", "May 2024", "2024 1 1", "12"]) == [50, 51, 52, 53]


def _text_weight(text: str) -> int:
    """text_weight with its patterns as first written (a run as C+, {2,})."""
    rest, runs = re.subn(HAN_CLASS + "+", "\0", text)
    return len(text) - len(rest) + runs + len(re.findall(r"[A-Za-z]{2,}", rest))


def test_weight_and_full_date_patterns_match_as_written() -> None:
    rng = random.Random(5)
    alphabet = [*_ALPHABET, "𠀀", "ab", "Abc", "\0", "2024"]
    full_date = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        forget_lines()
        assert features.text_weight(text) == _text_weight(text), text
        assert features.has_full_date(text) == (full_date.search(text) is not None), text


def test_full_date_tests_read_as_written() -> None:
    """has_full_date and is_metadata_line look for the pattern only in lines holding one
    of its separators: the same answers as the pattern searched everywhere."""
    full_date = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
    label = features._META_LABEL
    pieces = ["2024", "19", "5", "12", "０", "年", "月", "日", "-", "/", ".", "．", " ", "新",
              "来源：", "作者", ":"]  # fmt: skip
    rng = random.Random(19)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        if rng.random() < 0.3:  # a date with each kind of separator, among other pieces
            one, two = rng.choice("-/.年"), rng.choice("-/.月")
            text = f"{rng.choice(pieces)}2024{one}{rng.randint(1, 12)}{two}6{text}"
        forget_lines()
        date = full_date.search(text)
        assert features.has_full_date(text) == (date is not None), text
        meta = bool(date and date.start() < 40 and label.search(text) and len(text) <= 160)
        assert features.is_metadata_line(text) == meta, text


def test_captions_asked_of_the_lines_that_can_be_captions() -> None:
    """mark_captions asks caption_rule of fewer lines: the same captions as asking all."""
    from newsparse._core.blocks import Block, Label, Page
    from newsparse._core.config import Config
    from newsparse._extract.captions import caption_rule, mark_captions
    from newsparse._extract.stages import Context

    pieces = ["▲", "图为", "图：", "（图）", "视频：", "新华社记者张三摄", "（記者王五攝）",
              "。美聯社", "（右）", "左起", "。", "，", " ", "新闻", "市场运行平稳价格保持稳定",
              "2024-05-06", "供图", "资料照片", ")", "）", "CNA", "作者：李四"]  # fmt: skip
    prose = "国光客运免费试乘，第二日人潮减少，但仍有零星冲突发生，市场运行平稳，价格保持稳定"
    rng = random.Random(23)
    for _ in range(400):
        blocks = []
        for _ in range(rng.randint(1, 12)):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
            # Lines longer than a place's caption, its wording at their start or end.
            text = rng.choice([text, prose + text, text + prose])
            block = Block(
                text,
                tag=rng.choice(["p", "p", "h", "caption", "li"]),
                link_density=rng.choice([0.0, 0.0, 0.5, 1.0]),
                after_image=rng.random() < 0.2,
            )
            if rng.random() < 0.1:
                block.label = Label.FURNITURE
            blocks.append(block)
        want = [caption_rule(b) if b.label is Label.UNLABELLED else None for b in blocks]
        ctx = Context(Page(blocks=blocks), "Asia/Shanghai", None, Config())
        mark_captions(ctx)
        got = [b.rule if b.label is Label.CAPTION else None for b in blocks]
        assert got == want, [b.text for b in blocks]
