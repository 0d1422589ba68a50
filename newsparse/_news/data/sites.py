"""Data: news sites by host, with the name their readers use and their region.

A host matches itself and its subdomains (``news.sina.com.cn`` finds ``sina.com.cn``); a
more specific entry wins (``baike.baidu.com`` before ``baidu.com``). Mainland portals on
.com hosts are here so their pages get a site name and a region without other evidence;
country-code hosts give the region by themselves.
"""

from __future__ import annotations

__all__ = ["SITES"]

#: Host -> (the site as its readers name it, its region).
SITES: dict[str, tuple[str, str | None]] = {
    # Mainland China
    "sina.com.cn": ("新浪网", "CN"),
    "163.com": ("网易", "CN"),
    "qq.com": ("腾讯网", "CN"),
    "sohu.com": ("搜狐", "CN"),
    "ifeng.com": ("凤凰网", "CN"),
    "thepaper.cn": ("澎湃新闻", "CN"),
    "toutiao.com": ("今日头条", "CN"),
    "chinanews.com": ("中新网", "CN"),
    "chinanews.com.cn": ("中新网", "CN"),
    "xinhuanet.com": ("新华网", "CN"),
    "news.cn": ("新华网", "CN"),
    "people.com.cn": ("人民网", "CN"),
    "cctv.com": ("央视网", "CN"),
    "chinadaily.com.cn": ("中国日报网", "CN"),
    "gmw.cn": ("光明网", "CN"),
    "youth.cn": ("中国青年网", "CN"),
    "huanqiu.com": ("环球网", "CN"),
    "guancha.cn": ("观察者网", "CN"),
    "baidu.com": ("百度", "CN"),
    "baike.baidu.com": ("百度百科", "CN"),
    "banyuetan.org": ("半月谈网", "CN"),
    "caixin.com": ("财新网", "CN"),
    "yicai.com": ("第一财经", "CN"),
    "stcn.com": ("证券时报网", "CN"),
    "hexun.com": ("和讯网", "CN"),
    "eastmoney.com": ("东方财富网", "CN"),
    "cnr.cn": ("央广网", "CN"),
    "cri.cn": ("国际在线", "CN"),
    "gov.cn": ("中国政府网", "CN"),
    "weixin.qq.com": ("微信公众平台", "CN"),
    "bjnews.com.cn": ("新京报", "CN"),
    "infzm.com": ("南方周末", "CN"),
    "jiemian.com": ("界面新闻", "CN"),
    "36kr.com": ("36氪", "CN"),
    "csdn.net": ("CSDN.NET", "CN"),
    "zhihu.com": ("知乎", "CN"),
    "sogou.com": ("搜狗", "CN"),
    "hao123.com": ("hao123", "CN"),
    # Taiwan
    "cna.com.tw": ("中央社", "TW"),
    "udn.com": ("聯合新聞網", "TW"),
    "ltn.com.tw": ("自由時報電子報", "TW"),
    "chinatimes.com": ("中時電子報", "TW"),
    "ettoday.net": ("ETtoday新聞雲", "TW"),
    "setn.com": ("三立新聞網", "TW"),
    "tvbs.com.tw": ("TVBS新聞網", "TW"),
    "appledaily.com.tw": ("蘋果日報", "TW"),
    "nownews.com": ("NOWnews今日新聞", "TW"),
    "storm.mg": ("風傳媒", "TW"),
    "upmedia.mg": ("上報", "TW"),
    "newtalk.tw": ("新頭殼", "TW"),
    "pts.org.tw": ("公視新聞網", "TW"),
    "cts.com.tw": ("華視新聞網", "TW"),
    "ftv.com.tw": ("民視新聞網", "TW"),
    "ttv.com.tw": ("台視新聞", "TW"),
    "bcc.com.tw": ("中廣新聞網", "TW"),
    # Hong Kong
    "mingpao.com": ("明報", "HK"),
    "hk01.com": ("香港01", "HK"),
    "stheadline.com": ("星島日報", "HK"),
    "singtao.com": ("星島日報", "HK"),
    "wenweipo.com": ("香港文匯報", "HK"),
    "takungpao.com": ("大公報", "HK"),
    "rthk.hk": ("香港電台", "HK"),
    "tvb.com": ("無綫新聞", "HK"),
    "hket.com": ("香港經濟日報", "HK"),
    "on.cc": ("東網", "HK"),
    # Singapore
    "zaobao.com": ("联合早报", "SG"),
    "zaobao.com.sg": ("联合早报", "SG"),
    # Malaysia
    "sinchew.com.my": ("星洲日报", "MY"),
    "chinapress.com.my": ("中国报", "MY"),
    "orientaldaily.com.my": ("东方日报", "MY"),
}
