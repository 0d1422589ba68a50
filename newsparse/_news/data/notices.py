"""Data: notices by kind, the cues that tell each kind, and the voice notices speak in."""

from __future__ import annotations

__all__ = [
    "NOTICE_KINDS",
    "NOTICE_LONG",
    "NOTICE_LONG_CUES",
    "NOTICE_MIN_CUES",
    "NOTICE_VOICE",
]

# Notices by kind. A notice is recognised by what it says, whatever its length: a block
# holding cues of one kind (at least NOTICE_MIN_CUES different ones) together with the
# policy voice notices are written in (本站…, 请勿…, 违者…, 一律…) is that kind of notice.
# A long block needs one cue more (NOTICE_LONG_CUES), so a story that reports on such
# rules stays a story. Each cue is a regular expression, both scripts.
NOTICE_MIN_CUES = 2
NOTICE_LONG = 200  # characters
NOTICE_LONG_CUES = 3
NOTICE_KINDS: dict[str, tuple[str, ...]] = {
    "copyright": (
        r"版[权權]",
        r"著作[权權]",
        r"[转轉]载|[转轉]載|[轉转]貼|[转轉]贴",
        r"授[权權]",
        r"翻印",
        r"摘[编編]",
        r"[复複]制|重制|重製",
        r"侵[权權]",
        r"[Cc]opyright|©",
        r"保留.{0,4}[权權]利",
        r"出[处處]",
        r"法律[责責]任",
    ),
    "privacy": (
        r"[隐隱]私",
        r"[Cc]ookies?",
        r"[个個]人(?:[资資]料|信息|[资資]讯|[资資]訊)|[个個][资資]",
        r"(?:蒐集|收集|搜集)",
        r"(?:使用|服[务務])(?:条款|條款|[协協]议|[协協]議)",
        r"[浏瀏]览器|[浏瀏]覽器",
        r"追踪|追蹤",
    ),
    "comment rules": (
        r"留言",
        r"[网網]友",
        r"[发發](?:言|表言[论論]|文)",
        r"[删刪]除",
        r"[讨討][论論][区區]",
        r"[论論][坛壇]",
        r"人身攻[击擊]",
        r"[诽誹][谤謗]|侮辱|猥[亵褻]|謾罵|谩骂",
        r"[张張]貼|[张張]贴",
        r"言[论論]",
        r"[审審][核查]",
        r"[检檢][举舉]|[举舉][报報]",
    ),
    "data provider": (
        r"行情",
        r"(?:[资資]料|[数數]据|[报報]价|[报報]價)(?:由|來源|来源)",
        r"提供",
        r"延[迟遲]\s{0,2}\d{1,2}\s{0,2}分[钟鐘]",
        r"[仅僅]供参考|[仅僅]供參考",
        r"投[资資](?:建[议議]|人|者)",
        r"[风風][险險]",
        r"自行(?:判[断斷]|承[担擔]|負責|负责)",
    ),
    "subscription": (
        r"[订訂][阅閱]",
        r"[电電]子[报報]",
        r"(?:[电電]子)?(?:[邮郵]件|[邮郵]箱|信箱)",
        r"退[订訂]",
        r"[会會][员員]",
        r"(?:免[费費])?注[册冊]",
    ),
    "app promotion": (
        r"下[载載]",
        r"\bAPP\b|\bApp\b|[应應]用程式|客[户戶]端",
        r"[扫掃](?:描|[码碼])|[长長]按",
        r"二[维維][码碼]|QR\s?[Cc]ode",
        r"公[众眾][号號]|[关關]注",
        r"[识識][别別]",
        # Following a page on a social network: "邀請您到 FB 粉絲團 按讚".
        r"粉[丝絲](?:[团團]|[专專][页頁])",
        r"按.{0,3}[赞讚]|[点點][赞讚]",
    ),
    "disclaimer": (
        r"免[责責]",
        r"不代表.{0,12}(?:立[场場]|[观觀]点|[观觀]點)",
        r"[仅僅]代表.{0,8}(?:个人|個人|作者)",
        r"真[实實]性",
        r"核[实實]",
        r"自行(?:判[断斷]|查[证證])",
    ),
}
NOTICE_VOICE: tuple[str, ...] = (
    r"本(?:[网網]站?|站|[报報]|[论論][坛壇]|平台|刊|公司|[频頻]道|[节節]目)",
    r"[请請]勿",
    r"敬[请請]",
    r"[违違](?:者|反)",
    r"一律",
    r"有[权權]",
    r"(?:将|將)?不[负負](?:任何)?.{0,6}[责責]",
    r"[视視][为為](?:同意|接受)",
    r"(?:须|須|应|應)(?:遵守|遵循)",
    r"[为為]准|[为為]準",
    r"谨慎|謹慎",
    r"[请請](?:注明|註明|[与與]我[们們])",
    r"如有.{0,8}(?:问题|問題|疑[问問])",
    r"欢迎|歡迎",
    # The appeal that opens a follow-us promotion: "如你觉得文章不错，请…", "如果您喜歡…".
    r"如果?(?:你|您)(?:觉得|覺得|喜欢|喜歡)",
)
