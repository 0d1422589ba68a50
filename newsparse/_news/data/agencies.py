"""Data: news agencies and outlets, with their names in every script and romanisation.

One row per outlet: the canonical name (simplified script, the form a mainland reader would
write), every other spelling seen on pages (traditional script, short names, romanised
pinyin with spaces, English names), and the region whose clock its datelines follow.
Lookups fold script and spacing (see ``_news.sources``), so a traditional alias is only needed
here when the regex that finds outlets inside text must see it written that way.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["OUTLETS", "PLACES", "T2S_FOLD", "Outlet"]


class Outlet(NamedTuple):
    """One agency or outlet: canonical name, aliases, region (``None`` = not regional)."""

    canonical: str
    aliases: tuple[str, ...]
    region: str | None


OUTLETS: tuple[Outlet, ...] = (
    # Mainland wire agencies and their sites.
    Outlet("新华社", ("新華社", "新华通讯社", "新華通訊社", "Xin Hua She", "Xinhua",
                      "Xinhua News Agency"), "cn"),
    Outlet("新华网", ("新華網", "新华网客户端", "Xin Hua Wang", "Xinhuanet", "xinhuanet.com"),
           "cn"),
    Outlet("新华财经", ("新華財經", "Xin Hua Cai Jing", "Xinhua Finance"), "cn"),
    Outlet("中新社", ("中国新闻社", "中國新聞社", "Zhong Xin She", "China News Service"), "cn"),
    Outlet("中新网", ("中新網", "中国新闻网", "中國新聞網", "Zhong Guo Xin Wen Wang",
                      "Zhong Xin Wang", "chinanews", "chinanews.com"), "cn"),
    Outlet("人民日报", ("人民日報", "Ren Min Ri Bao", "People's Daily", "Peoples Daily"), "cn"),
    Outlet("人民日报海外版", ("人民日報海外版",), "cn"),
    Outlet("人民网", ("人民網", "Ren Min Wang", "people.com.cn"), "cn"),
    Outlet("央视网", ("央視網", "Yang Shi Wang", "CCTV.com", "cctv.com"), "cn"),
    Outlet("央视新闻", ("央視新聞", "CCTV News", "Yang Shi Xin Wen"), "cn"),
    Outlet("国际在线", ("國際在線", "Guo Ji Zai Xian", "CRI Online", "cri.cn"), "cn"),
    Outlet("中国日报", ("中國日報", "China Daily", "Zhong Guo Ri Bao"), "cn"),
    Outlet("光明日报", ("光明日報", "Guang Ming Ri Bao", "Guangming Daily"), "cn"),
    Outlet("光明网", ("光明網", "Guang Ming Wang"), "cn"),
    Outlet("经济日报", ("經濟日報", "Jing Ji Ri Bao", "Economic Daily"), "cn"),
    Outlet("科技日报", ("科技日報", "Ke Ji Ri Bao", "Science and Technology Daily"), "cn"),
    Outlet("环球时报", ("環球時報", "Huan Qiu Shi Bao", "Global Times"), "cn"),
    Outlet("环球网", ("環球網", "Huan Qiu Wang", "huanqiu.com"), "cn"),
    Outlet("中国科学报", ("中國科學報", "Zhong Guo Ke Xue Bao"), "cn"),
    Outlet("北京日报", ("北京日報", "Bei Jing Ri Bao", "Beijing Daily"), "cn"),
    Outlet("北京商报", ("北京商報", "Bei Jing Shang Bao"), "cn"),
    Outlet("北京青年报", ("北京青年報", "北青报", "北青報", "Bei Jing Qing Nian Bao",
                          "Beijing Youth Daily"), "cn"),
    Outlet("新京报", ("新京報", "Xin Jing Bao", "The Beijing News"), "cn"),
    Outlet("澎湃新闻", ("澎湃新聞", "澎湃新闻网", "澎湃新聞網", "澎湃", "Peng Pai Xin Wen",
                        "The Paper", "thepaper.cn"), "cn"),
    Outlet("每日经济新闻", ("每日經濟新聞", "每经", "每經", "每经网", "每經網",
                            "Mei Ri Jing Ji Xin Wen", "National Business Daily", "NBD"), "cn"),
    Outlet("21世纪经济报道", ("21世紀經濟報道", "21 Shi Ji Jing Ji Bao Dao"), "cn"),
    Outlet("第一财经", ("第一財經", "Di Yi Cai Jing", "Yicai"), "cn"),
    Outlet("证券时报", ("證券時報", "证券时报网", "證券時報網", "Zheng Quan Shi Bao"), "cn"),
    Outlet("界面新闻", ("界面新聞", "界面", "Jie Mian Xin Wen", "Jiemian"), "cn"),
    Outlet("南方都市报", ("南方都市報", "南都", "Nan Fang Du Shi Bao"), "cn"),
    Outlet("扬子晚报", ("揚子晚報", "Yang Zi Wan Bao"), "cn"),
    Outlet("羊城晚报", ("羊城晚報", "Yang Cheng Wan Bao"), "cn"),
    Outlet("武汉晚报", ("武漢晚報", "Wu Han Wan Bao"), "cn"),
    Outlet("汉网", ("漢網",), "cn"),
    Outlet("长江网", ("長江網", "Chang Jiang Wang"), "cn"),
    Outlet("华龙网", ("華龍網", "Hua Long Wang"), "cn"),
    Outlet("当代商报", ("當代商報",), "cn"),
    Outlet("台海网", ("臺海網", "台海網", "Tai Hai Wang"), "cn"),
    Outlet("海峡导报", ("海峽導報", "Hai Xia Dao Bao"), "cn"),
    Outlet("台湾网", ("台灣網", "臺灣網", "Tai Wan Wang", "taiwan.cn"), "cn"),
    Outlet("海峡飞虹", ("海峽飛虹",), "cn"),
    Outlet("IT之家", ("ithome", "IT Home"), "cn"),
    Outlet("文汇报", ("文匯報", "Wen Hui Bao", "Wenhui Daily"), "cn"),
    Outlet("半月谈", ("半月談", "Ban Yue Tan"), "cn"),
    Outlet("参考消息", ("參考消息", "Can Kao Xiao Xi", "Reference News"), "cn"),
    Outlet("中国青年报", ("中國青年報", "中青报", "中青報", "Zhong Guo Qing Nian Bao",
                          "China Youth Daily"), "cn"),
    Outlet("工人日报", ("工人日報", "Gong Ren Ri Bao", "Workers' Daily"), "cn"),
    Outlet("法治日报", ("法治日報", "法制日报", "法制日報", "Fa Zhi Ri Bao"), "cn"),
    Outlet("解放日报", ("解放日報", "Jie Fang Ri Bao"), "cn"),
    Outlet("新民晚报", ("新民晚報", "Xin Min Wan Bao"), "cn"),
    Outlet("南方日报", ("南方日報", "Nan Fang Ri Bao"), "cn"),
    Outlet("南方周末", ("南方週末", "Nan Fang Zhou Mo", "Southern Weekly"), "cn"),
    Outlet("经济观察报", ("經濟觀察報", "经观", "經觀", "Jing Ji Guan Cha Bao"), "cn"),
    Outlet("财新", ("財新", "财新网", "財新網", "Caixin"), "cn"),
    Outlet("中国经济网", ("中國經濟網", "Zhong Guo Jing Ji Wang"), "cn"),
    Outlet("中国网", ("中國網", "china.com.cn"), "cn"),
    Outlet("东方网", ("東方網", "Dong Fang Wang"), "cn"),
    Outlet("观察者网", ("觀察者網", "Guan Cha Zhe Wang", "guancha.cn"), "cn"),
    Outlet("红星新闻", ("紅星新聞",), "cn"),
    Outlet("封面新闻", ("封面新聞",), "cn"),
    Outlet("上游新闻", ("上游新聞",), "cn"),
    Outlet("极目新闻", ("極目新聞",), "cn"),
    Outlet("大河报", ("大河報",), "cn"),
    Outlet("齐鲁晚报", ("齊魯晚報",), "cn"),
    Outlet("钱江晚报", ("錢江晚報",), "cn"),
    Outlet("现代快报", ("現代快報",), "cn"),
    Outlet("华西都市报", ("華西都市報",), "cn"),
    Outlet("楚天都市报", ("楚天都市報",), "cn"),
    Outlet("中国评论新闻网", ("中國評論新聞網", "中评社", "中評社", "中评网", "中評網"), "hk"),
    Outlet("凤凰网", ("鳳凰網", "Feng Huang Wang", "ifeng.com"), "cn"),
    Outlet("网易", ("網易", "NetEase", "163.com"), "cn"),
    Outlet("新浪", ("新浪网", "新浪網", "Sina"), "cn"),
    Outlet("搜狐", ("搜狐网", "搜狐網", "Sohu"), "cn"),
    Outlet("腾讯新闻", ("騰訊新聞", "Tencent News"), "cn"),
    # Taiwan.
    Outlet("中央社", ("中央通讯社", "中央通訊社", "Zhong Yang She", "CNA", "Central News Agency"),
           "tw"),
    Outlet("自由时报", ("自由時報", "自由时报电子报", "自由時報電子報", "Zi You Shi Bao",
                        "Liberty Times"), "tw"),
    Outlet("联合报", ("聯合報", "Lian He Bao", "United Daily News"), "tw"),
    Outlet("联合新闻网", ("聯合新聞網", "udn", "udn.com"), "tw"),
    Outlet("中国时报", ("中國時報", "Zhong Guo Shi Bao", "China Times"), "tw"),
    Outlet("NOWnews今日新闻", ("NOWnews今日新聞", "NOWnews"), "tw"),
    Outlet("Newtalk新闻", ("Newtalk新聞", "新头壳", "新頭殼", "Newtalk"), "tw"),
    Outlet("观传媒", ("觀傳媒",), "tw"),
    Outlet("健康医疗网", ("健康醫療網",), "tw"),
    Outlet("ETtoday新闻云", ("ETtoday新聞雲", "ETtoday"), "tw"),
    Outlet("三立新闻网", ("三立新聞網", "三立新闻", "三立新聞"), "tw"),
    Outlet("风传媒", ("風傳媒", "Storm Media"), "tw"),
    # Hong Kong.
    Outlet("明报", ("明報", "Ming Bao", "Ming Pao"), "hk"),
    Outlet("星岛日报", ("星島日報", "星岛", "星島", "Xing Dao Ri Bao", "Sing Tao Daily"), "hk"),
    Outlet("星岛头条", ("星島頭條", "头条日报", "頭條日報", "Headline Daily"), "hk"),
    # Shanghai's 文汇报 and Hong Kong's 文匯報 share a name; bare, it means Shanghai's.
    Outlet("香港文汇报", ("香港文匯報", "Wen Wei Po"), "hk"),
    Outlet("文汇网", ("文匯網", "香港文汇网", "香港文匯網"), "hk"),
    Outlet("大公报", ("大公報", "Da Gong Bao", "Ta Kung Pao"), "hk"),
    Outlet("香港01", ("HK01",), "hk"),
    Outlet("晴报", ("晴報", "Sky Post"), "hk"),
    Outlet("东方日报", ("東方日報", "Oriental Daily"), "hk"),
    Outlet("信报", ("信報", "信报财经新闻", "信報財經新聞", "Hong Kong Economic Journal"), "hk"),
    Outlet("香港经济日报", ("香港經濟日報", "HKET"), "hk"),
    Outlet("香港电台", ("香港電台", "RTHK"), "hk"),
    Outlet("端传媒", ("端傳媒", "Initium Media"), "hk"),
    # Singapore and Malaysia.
    Outlet("联合早报", ("聯合早報", "早报", "早報", "Lian He Zao Bao", "Lianhe Zaobao", "zaobao"),
           "sg"),
    Outlet("新明日报", ("新明日報", "Xin Ming Ri Bao", "Shin Min Daily News"), "sg"),
    Outlet("星洲日报", ("星洲日報", "Xing Zhou Ri Bao", "Sin Chew Daily"), "my"),
    Outlet("南洋商报", ("南洋商報", "南洋网", "南洋網", "Nan Yang Shang Bao", "Nanyang Siang Pau"),
           "my"),
    Outlet("中国报", ("中國報", "China Press"), "my"),
    # Overseas Chinese media and foreign wire agencies (their clock follows the story).
    Outlet("世界日报", ("世界日報", "Shi Jie Ri Bao", "World Journal"), None),
    Outlet("欧洲时报", ("歐洲時報", "Ou Zhou Shi Bao"), None),
    Outlet("路透社", ("路透", "Lu Tou She", "Reuters"), None),
    Outlet("美联社", ("美聯社", "Mei Lian She", "Associated Press", "AP"), None),
    Outlet("法新社", ("Fa Xin She", "AFP", "Agence France-Presse"), None),
    Outlet("彭博社", ("彭博", "Bloomberg"), None),
    Outlet("共同社", ("Kyodo",), None),
    Outlet("塔斯社", ("TASS",), None),
    Outlet("BBC中文", ("BBC中文网", "BBC中文網", "BBC"), None),
    Outlet("美国之音", ("美國之音", "VOA"), None),
    Outlet("法广", ("法廣", "RFI"), None),
    Outlet("德国之声", ("德國之聲", "DW"), None),
)

# Traditional -> simplified for the characters that occur in outlet names, bylines and
# role words: enough to fold lookup keys without loading OpenCC for every name.
T2S_FOLD: dict[str, str] = dict(
    zip(
        "華網報聞經濟國際線視訊電臺灣島頭條匯聯時龍長漢峽導飛觀醫療環證東鳳財廣門陽閩學業"
        "紀實體設計編輯責攝記員譯對採寫見習約駐圖發專題綜覽週壇當態開會"
        "歐聲廣壹貳參陸務總獨殼騰訊兩倫紐約韓團區縣鄉鎮們應從與這說為將會後來過還對",
        "华网报闻经济国际线视讯电台湾岛头条汇联时龙长汉峡导飞观医疗环证东凤财广门阳闽学业"
        "纪实体设计编辑责摄记员译对采写见习约驻图发专题综览周坛当态开会"
        "欧声广壹贰参陆务总独壳腾讯两伦纽约韩团区县乡镇们应从与这说为将会后来过还对",
        strict=True,
    )
)

# Places where datelines are filed, to split a glued "記者劉世怡台北" into name and place.
PLACES: frozenset[str] = frozenset(
    {
        "台北", "臺北", "新北", "桃園", "桃园", "台中", "臺中", "台南", "臺南", "高雄", "基隆",
        "新竹", "嘉義", "嘉义", "花蓮", "花莲", "台東", "臺東", "台东", "宜蘭", "宜兰", "屏東",
        "屏东", "彰化", "南投", "雲林", "云林", "苗栗", "澎湖", "金門", "金门", "馬祖", "马祖",
        "北京", "上海", "香港", "澳門", "澳门", "廣州", "广州", "深圳", "廈門", "厦门", "福州",
        "南京", "重慶", "重庆", "武漢", "武汉", "成都", "天津", "杭州", "西安", "拉萨", "拉薩",
        "東京", "东京", "首爾", "首尔", "新加坡", "吉隆坡", "曼谷", "雅加達", "雅加达", "馬尼拉",
        "马尼拉", "河內", "河内", "雪梨", "悉尼", "紐約", "纽约", "華府", "华府", "華盛頓",
        "华盛顿", "洛杉磯", "洛杉矶", "舊金山", "旧金山", "芝加哥", "休士頓", "休斯敦", "多倫多",
        "多伦多", "溫哥華", "温哥华", "倫敦", "伦敦", "巴黎", "柏林", "布魯塞爾", "布鲁塞尔",
        "日內瓦", "日内瓦", "維也納", "维也纳", "莫斯科", "羅馬", "罗马", "耶路撒冷", "開羅",
        "开罗", "杜拜", "迪拜", "聯合國", "联合国", "檳城", "槟城", "布城", "芙蓉",
    }
)
