"""Boilerplate phrases as data: what marks a line as navigation, promotion or legal notice.

Each table lists both scripts. The classifier compiles them once (``_extract.classify``); nothing
here is code. Tables are split by how much a match proves:

* ``STRONG``: legal and site-furniture wording that never occurs in a news sentence by
  accident (copyright notices, licence numbers, reprint bans).
* ``SHORT_LINE``: words that make a *short* line boilerplate (menus, buttons, counters),
  but are ordinary words inside a long sentence.
* ``WHOLE_LINE``: lines that are nothing but one of these labels.
"""

from __future__ import annotations

__all__ = [
    "CAPTION_MAX",
    "CAPTION_OPENERS",
    "COMMENT_COUNTER",
    "COMMENT_COUNTER_WORDS",
    "EDITORIAL_NOTES",
    "EDITORIAL_NOTE_MAX",
    "END_MARKERS",
    "INLINE_NOISE",
    "PICTURE_CREDITS",
    "PICTURE_POSITIONS",
    "SHORT_LINE",
    "SHORT_LINE_MAX",
    "STRONG",
    "WHOLE_LINE",
]

# A comment counter ("1234 条评论"), one of STRONG: words after a number. Named apart so that
# is_boilerplate can look for it only in lines that hold one of the words.
COMMENT_COUNTER_WORDS: tuple[str, ...] = ("条评论", "條評論", "人参与", "人參與")
COMMENT_COUNTER = r"\d{1,9}\s{0,3}(?:" + "|".join(COMMENT_COUNTER_WORDS) + ")"

STRONG: tuple[str, ...] = (
    r"版[权權]所有",
    r"[Cc]opyright",
    r"©",
    r"\([Cc]\)\s*\d{4}",
    r"All [Rr]ights [Rr]eserved",
    r"保留(?:版[权權]|所有[权權]利)",
    r"未[经經](?:书面|書面)?(?:许可|許可|授[权權]|同意)",
    r"不得(?:转载|轉載|转贴|轉貼|摘编|摘編|复制|複製)",
    r"(?:转载|轉載)(?:请|請)(?:注明|註明)",
    r"版[权權](?:声明|聲明|与|與)",
    r"(?:违反|違反)上述(?:声明|聲明)",
    r"本[网網](?:将|將)追究",
    r"ICP[备備證证]",
    r"[京沪滬粤粵浙苏蘇]公[网網]安[备備]",
    r"(?:增值[电電]信|互[联聯][网網]新[闻聞]信息服[务務])",
    r"[违違]法和不良信息[举舉][报報]",
    r"免[责責][声聲]明",
    r"^[（(【\[]\s{0,3}原[标標][题題]\s{0,3}[:：]",
    r"不[构構]成.{0,6}投[资資][建]?[议議]",
    r"[据據]此操作.{0,4}[风風][险險]自[担擔]",
    r"[尽盡]在.{1,12}(?:APP|App|客户端|客戶端)",
    r"(?:下载|下載|打开|打開).{0,8}(?:APP|App|客户端|客戶端)",
    r"(?:扫描|掃描|扫码|掃碼|长按|長按|识别|識別).{0,10}二[维維][码碼]",
    # Follow-us and read-more links: "◆ 追蹤更多X影音及圖文新聞：", "扫一扫在手机打开当前页",
    # "返回X，查看更多", "返回X首页>>", "快点击这里了解一下！", "加入X粉絲團".
    r"追[踪蹤]更多.{0,12}(?:新[闻聞]|影音|[资資][讯訊])",
    r"扫一扫.{0,8}(?:手机|手機)",
    r"^返回.{1,10}[，,]\s{0,2}查看更多",
    r"^返回.{1,10}首[页頁]\s{0,2}>",
    r"^快?(?:点击|點擊)(?:这里|這裡|此处|此處)",
    r"加入.{0,10}粉[丝絲](?:[团團]|[专專][页頁])",
    r"[关關]注.{0,12}(?:公众号|公眾號)",
    r"^\s*(?:[网網]站[简簡]介|[关關]于我[们們]|[关關]於我[们們])\s*[/|｜]",
    r"^(?:主[办辦]|承[办辦]|主管)[:：].{0,40}(?:公司|版[权權])",
    COMMENT_COUNTER,
    r"^(?:开播时间|開播時間)",
    r"(?:股票|证券|證券)(?:简称|簡稱)\s+最新[价價]",
    r"^以下[为為](?:热门|熱門)股票",
    # Quote tables: "三峡能源 4.26 -0.47%", IPO calendars "03-31 泰禾股份 301665 --".
    r"^\S{2,10}\s+[-+]?\d{1,6}\.\d{1,4}\s+[-+]?\d{1,4}\.\d{1,4}%$",
    r"^\d{2}-\d{2}\s+\S{2,10}\s+\d{6}\b",
)

# Max length (characters) of a line that SHORT_LINE words can condemn.
SHORT_LINE_MAX = 24

SHORT_LINE: tuple[str, ...] = (
    r"首[页頁]",
    r"[返回]{2}[顶頂]部|回到[顶頂]部",
    r"[关關]闭|[关關]閉",
    r"上一[页頁篇]|下一[页頁篇]",
    r"分享[到至]?|[转轉][发發]",
    r"打印|列印|[纠糾][错錯]|收藏|字[号號]|字[体體]",
    r"[评評][论論]|留言|网友|網友",
    r"(?:最新|热门|熱門|相[关關]|延伸|推荐|推薦|精彩|热点|熱點)(?:推荐|推薦|新[闻聞]|[阅閱][读讀]|文章|[资資]讯|[资資]訊)",
    r"猜你喜[欢歡]|[为為]你推荐|[为為]你推薦",
    r"更多\s*>|更多\s*$",
    r"[网網]站地[图圖]|[联聯][系繫]我[们們]|广告服务|廣告服務|意[见見]反[馈饋]",
    r"^\s*\S{1,12}\s*>\s*\S{1,12}\s*>",
    r"APP|App|客户端|客戶端|公众号|公眾號",
    r"直播[间間]?|[语語]音播[报報]|新浪首[页頁]",
    r"^\d+\s*/\s*\d+$",
    r"^[\s•·|｜/>-]*$",
    r"登[录錄]|注[册冊]|退出",
)

WHOLE_LINE: tuple[str, ...] = (
    r"新[闻聞]|文娱|文娛|体育|體育|[财財][经經]|科技|娱乐|娛樂|国际|國際|国内|國內|社会|社會",
    r"城市|[环環]创|[环環]創|汽[车車]|房[产產]|教育|健康|旅游|旅遊|[军軍]事|[视視][频頻]|[图圖]片",
    r"Search documents|Search|Menu|Home|Share|More|Next|Previous",
    r"-+|—+|\|",
)

# Wire-story end markers: the body stops here; a marker glued to the last sentence is cut.
END_MARKERS: tuple[str, ...] = (r"[（(]\s*完\s*[)）]", r"[（(]\s*全文完\s*[)）]", r"【\s*完\s*】")

# An editor's note about the story, not part of it, when it is a paragraph of its own at
# most EDITORIAL_NOTE_MAX characters long: the original headline of a reprint ("原标题：X",
# "（原题为《X》）"), where it was first printed ("（刊于《X》2019年第24期）"), a column's
# maker ("出品︱X"), a post's masthead fields ("来源|X", "投稿|X 合作|Y"), a list of sources
# ("（资料来源：X、Y等）"), who else worked on it, a report's byline the credit reader did
# not take. Matched at the paragraph's start, or on a closing bracket.
EDITORIAL_NOTE_MAX = 80  # characters; the longest on the corpus is 39
EDITORIAL_NOTES: tuple[str, ...] = (
    r"[（(【\[]?\s{0,3}原[标標]?[题題](?:[为為])?\s{0,3}[:：《]",
    r"[（(【\[]\s{0,3}(?:刊[于於载載登]|原[载載刊][于於]|[资資]料[来來]源\s{0,2}[:：])",
    r"出品\s{0,2}[︱|｜丨:：]",
    r"(?:投稿|合作|[来來]源)\s{0,2}[︱|｜丨]",
    # Who else worked on it: "（实习生X对此文亦有贡献）", "（整理：實習編輯X）".
    r"[（(][^（()）]{1,24}(?:亦有[贡貢][献獻]|[参參][与與]采写|[參参][與与]採寫)[)）]",
    r"[（(]\s{0,2}(?:整理|[编編][译譯]|[综綜]合整理)\s{0,2}[:：/／]",
    # A report's byline in brackets or after a slash: "（民視新聞X、Y台北報導）",
    # "【聯合新聞網／綜合報導】", "新頭殼newtalk2014.10.24 金名/高雄報導".
    r"[（(【\[〔][^（()）【】\[\]〔〕]{2,30}(?:報導|报道)[)）】\]〕]\s*$",
    r"[^。！？]{2,30}[/／╱]\s{0,2}[^/／╱\s。，]{2,8}(?:報導|报道)\s*$",
)

# Inline noise inside body sentences, removed in place: stock quotes after a company name,
# e.g. "中关村(4.950, -0.08, -1.59%)"; a portal's "返回X，查看更多" glued to the last
# sentence; the warning alcohol pictures must carry in Taiwan.
INLINE_NOISE: tuple[str, ...] = (
    r"返回.{1,10}[，,]\s{0,2}查看更多\s*$",
    r"[＊*]?\s{0,2}(?:飲酒過量|饮酒过量)[，,]?\s{0,2}有害健康\s{0,2}[/／]?\s{0,2}"
    r"(?:未成年[請请]勿[飲饮]酒)?\s{0,2}[＊*]?",
    r"[(（]\s*-?\d{1,6}\.\d{1,4}\s*[,，]\s*[-+]?\d{1,6}\.\d{1,4}\s*[,，]\s*[-+]?\d{1,4}\.\d{1,4}%\s*[)）]",
)

# Captions: how a line under a picture (or a video or audio clip) opens, and the picture
# credit that ends one. Matched on lines up to CAPTION_MAX characters; a caption is never
# body text, wherever it stands.
CAPTION_MAX = 120
CAPTION_OPENERS: tuple[str, ...] = (
    r"[▲△▼▽↑↓]",
    r"[图圖]\s{0,2}[为為]",
    r"[图圖]\s{0,2}(?:注|註|说|說|示|片|文|源)\s{0,2}[:：]",
    r"[图圖]\s{0,2}[:：]",
    r"(?:图片|圖片)(?:来源|來源|来自|來自)",
    r"(?:视频|視頻|影片|音频|音頻)(?:截图|截圖|来源|來源)?\s{0,2}[:：-]",
    r"[（(]\s{0,2}(?:图|圖|视频|視頻|影片)\s{0,2}[)）]",
)
PICTURE_CREDITS: tuple[str, ...] = (
    # "（劉宗龍攝於2004年1月）", "(取自日本雅虎)", "（圖／東森新聞提供）", "（資料照）",
    # "（中央社記者X仁川傳真 102年6月29日）"
    r"[（(][^（）()]{0,24}(?:攝|摄|供[图圖]|提供|取自|[资資]料[照图圖]|截[图圖]|翻[攝摄]|[传傳]真"
    r"|[图圖]\s{0,2}[/／]|[图圖]片)[^（）()]{0,30}[)）]\s*$",
    # "…占士法蘭高。美聯社", "共享充电宝。视觉中国 资料": a sentence, then the credit
    r"[。.！？!?]\s{0,2}(?:视觉中国|視覺中國|美[联聯]社|路透社?|法新社|新[华華]社|中新社|中央社"
    r"|[东東]方IC|Getty\s?Images|AP|AFP|Reuters|EPA)(?:\s{0,2}(?:[资資]料)?(?:[图圖照]|[图圖]片)?)?\s*$",
    r"(?:故宫博物院|[资資]料)供[图圖]\s*$",
    # "…拍照留念。新华社记者 才扬 摄": a sentence, then the photographer
    r"[。！？!?]\s{0,2}\S{0,8}(?:记者|記者)\s{0,2}\S{1,4}(?:\s\S{1,4}){0,2}\s{0,2}(?:摄|攝)\s*$",
)
# Where a picture's subject stands: "周松崗(前)", "黎智英（右）".
PICTURE_POSITIONS = r"[（(]\s{0,2}(?:左|右|前|后|後|中|上|下)[一二三四五六七八九\d]?\s{0,2}[)）]"
