"""``newsparse.explain`` and ``newsparse --explain``: why each piece of a page was kept or
dropped, from the same pipeline ``parse()`` runs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from _helpers import PAGES_DIR, ROOT, seed_paths

import newsparse

STORY = (
    "<html><head><title>城南图书馆试行夜间开放_示例新闻网</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/sh/'>社会</a> <a href='/cj/'>财经</a></div>"
    "<h1>城南图书馆试行夜间开放</h1><div class='article'>"
    "<p>2025-03-31 10:20 来源：示例新闻网</p>"
    "<p>城南社区图书馆从4月1日起试行夜间开放，周一至周五每晚开放到21时，周末照常开放。</p>"
    "<p>社区工作人员表示，读者可以通过社区公众号预约座位，也可以直接到馆。</p>"
    "<p>责任编辑：王小明</p>"
    "<p>凡本网注明“来源：示例新闻网”的所有作品，版权均属于示例新闻网，未经授权不得转载。</p></div>"
    "<div class='footer'>Copyright © 2025 示例新闻网 版权所有 不得转载</div></body></html>"
)


def test_every_block_is_listed_with_the_label_the_article_was_built_from() -> None:
    why = newsparse.explain(STORY)
    article = newsparse.parse(STORY)
    assert why.article == article
    body = [b.text for b in why.blocks if b.label == "body"]
    assert body == list(article.paragraphs)
    labels = {b.text: b.label for b in why.blocks}
    assert labels["城南图书馆试行夜间开放"] == "title"
    assert labels["2025-03-31 10:20 来源：示例新闻网"] == "header"
    assert labels["责任编辑：王小明"] == "header"
    # What the article left out is there too, with the stage that dropped it. (Elements the
    # HTML cleaner removes before labelling, the navigation and footer here, are not blocks.)
    notice = next(b for b in why.blocks if b.text.startswith("凡本网注明"))
    assert (notice.label, notice.stage) == ("notice", "furniture")
    assert notice.text not in article.body
    for block in why.blocks:
        assert (block.label == "") == (block.stage == ""), block  # a label always has a stage
    assert why.page_type_rule


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name)
def test_explain_runs_the_pipeline_parse_runs(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    why = newsparse.explain(text, reference=newsparse.parse_date("2025-04-01"))
    assert why.article == newsparse.parse(text, reference=newsparse.parse_date("2025-04-01"))


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "application/pdf data, not a page"),
        (b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png data, not a page"),
    ],
)
def test_explain_says_why_a_payload_is_no_page(payload: bytes, reason: str) -> None:
    why = newsparse.explain(payload)
    assert why.article.page_type == "empty"
    assert why.page_type_rule == reason
    assert newsparse.explain("<p>短。</p>").page_type_rule == "no body and no listing"


def test_explain_takes_parse_options_and_bytes() -> None:
    page = (PAGES_DIR / "tw_big5_article.html").read_bytes()
    why = newsparse.explain(page, script="simplified")
    assert why.article == newsparse.parse(page, script="simplified")
    assert why.article.script == "simplified"


def test_the_explanation_prints_as_a_table_and_serialises_to_json() -> None:
    why = newsparse.explain(STORY)
    table = str(why)
    assert table.splitlines()[0].startswith("page type: article")
    assert "body" in table and "城南社区图书馆从4月1日起" in table
    data = json.loads(why.to_json())
    assert data["page_type"] == "article"
    assert [b["label"] for b in data["blocks"]] == [b.label for b in why.blocks]
    assert data["article"]["title"] == "城南图书馆试行夜间开放"


def test_explain_checks_its_arguments_like_parse() -> None:
    with pytest.raises(TypeError, match="explain"):
        newsparse.explain(5)  # type: ignore[arg-type]
    with pytest.raises(newsparse.ConfigError):
        newsparse.explain(STORY, script="korean")


def test_the_command_prints_the_table_and_reports_bad_inputs(tmp_path: object) -> None:
    page = PAGES_DIR / "cn_gbk_article.html"
    done = subprocess.run(
        [sys.executable, "-m", "newsparse._batch.cli", "--explain", str(page), "/no/such.html"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1  # one input could not be read
    assert f"== {page}" in done.stdout
    assert "page type: article" in done.stdout
    assert "城南社区图书馆" in done.stdout
    assert "/no/such.html" in done.stderr
