"""Data: common Chinese surnames, in both scripts.

A bare name with no role word beside it ("（羅森）" under a story) is taken only when it
starts with one of these; interface words in brackets ("（举报）", "（資料）") do not.
The single-character list covers the surnames of about nine in ten people in mainland
China and Taiwan (the hundred or so most frequent), plus the common compound surnames.
"""

from __future__ import annotations

__all__ = ["COMPOUND_SURNAMES", "SURNAMES"]

_SIMPLIFIED = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐"
    "冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖"
    "漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况"
    "那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植"
    "衡富尧闭由"
)
_TRADITIONAL = (
    "張劉陳楊黃趙吳孫馬鄭羅梁謝許韓馮鄧蕭葉蘇呂盧鐘譚陸範賈韋鄒閆賀顧龔萬錢嚴覃湯溫樊聶魯"
    "蘭俞寧紀畢單塗駱藍靳鮑喻饒繆簡車項蘆麥婁竇衛應臧閔鄔邊師欒隋巫寇鄭甄叢鞏鄺譚荊樂鬱儲"
    "欒鄢勞諶藺樓滿聞厲區郜闞權帥豐卿國宣晉雲敬闕鹿雍辜烏諸戰慕銀嵇賓戎揭幹陰昝衡堯閉沈莊顏龍"
    "鍾歐關焦殷詹霍蘇蒙華費"
)
# Surnames that more often open an ordinary word ("信息", "时间", "全文", "明天", "相关"):
# left out, so a bracketed interface word is not read as a name.
_WORD_LIKE = (
    "信由来但於和时國国都那平元明海公成全应應相初门門云雲花强井原南班位利印战戰危玉银銀富展智"
    "幸奉植衡闭閉阿哈呼居干束衣修"
)
SURNAMES: frozenset[str] = frozenset(_SIMPLIFIED + _TRADITIONAL) - frozenset(_WORD_LIKE)

COMPOUND_SURNAMES: tuple[str, ...] = (
    "欧阳",
    "歐陽",
    "司马",
    "司馬",
    "上官",
    "诸葛",
    "諸葛",
    "东方",
    "東方",
    "皇甫",
    "尉迟",
    "尉遲",
    "公孙",
    "公孫",
    "慕容",
    "长孙",
    "長孫",
    "宇文",
    "司徒",
    "夏侯",
    "轩辕",
    "軒轅",
    "令狐",
    "端木",
    "范姜",
    "张简",
    "張簡",
    "澹台",
    "澹臺",
    "呼延",
    "南宫",
    "南宮",
    "西门",
    "西門",
)
