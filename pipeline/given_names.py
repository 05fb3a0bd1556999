"""Common given names: positive evidence that a credit with no byline label names a person.

The project's own compilation of common first names (no list copied from anywhere): Arabic
names in their usual spellings (and Kurdish ones as Arabic-script papers print them),
compound "عبد" names written both joined and spaced, and English and international names
in Latin letters. A candidate's first word (after any title such as "د." or "Dr.") is
looked up here; the lookup is on the folded key (alef, ya and ta marbuta variants folded,
lowercase), so one spelling of each variant suffices. Names that are as often common words
("عواطف" emotions, "وسيلة" means, "مولود" newborn) are left out: a bare line opening with
one is no evidence of a person.
"""

from __future__ import annotations

import unicodedata

from . import textnorm

_ARABIC = """
محمد أحمد محمود مصطفى علي عمر عثمان خالد حسن حسين حسام إبراهيم إسماعيل إسحاق يوسف يعقوب
يحيى زكريا موسى عيسى داود سليمان سليم سالم سعيد سعد سعود سعيد سامي سامر سمير سليمان صالح
صلاح طارق طلال طه ياسر ياسين ياسمين يزن يزيد زياد زيد زين زينب زهرة زهير زكي عادل عاطف
عامر عمار عمرو عماد عصام عزت عزام عزيز علاء عماد عوض عياد غسان غازي فادي فارس فاروق
فؤاد فيصل فهد فهمي فراس فريد فتحي فايز فواز كريم كمال كامل كاظم لؤي ليث ماجد مالك مازن
مأمون مبارك مجدي مراد مروان مشعل معاذ معتز منير منصور مهدي مهند موفق ناصر نادر نبيل نزار
نضال نعيم نور نوري نواف هاني هشام هيثم وائل وليد وسيم وحيد وجدي بشار بشير بدر بلال باسل
باسم بسام تامر توفيق تيسير ثامر جابر جاسم جلال جمال جميل جهاد حاتم حازم حافظ حامد حمد
حمدي حمزة حمود حيدر خليل خليفة خميس داوود رائد رامي رامز راشد رشيد رضا رياض ريان رعد
رفيق رمضان شادي شاكر شريف شوقي شهاب صابر صادق صبري صفوت ضياء ظافر عبد عبده عدنان
عرفات عقيل عوني غانم قاسم قيس كنان لطفي لقمان ماهر مجد مختار مدحت مرسي مصعب معين منذر
مؤمن ميسرة نايف نجيب نصر نصار هادي هاشم همام وضاح وهيب يامن أسامة أسعد أشرف أكرم أمين
أمجد أنس أنور أيمن أيوب إياد إيهاب أديب أدهم أسيد أوس بكر بهاء تميم ثائر جودت حسني
حكمت راضي ربيع رجب رفعت سامح سلطان سلمان سيف شفيق عاصم عبيدة عطية عماد فؤاد قصي محسن
مهنا نجم هلال وجيه ياسين إلياس جورج ميشال ميشيل إيلي طوني شربل بطرس بولس جبران نقولا
حنا سمعان أنطوان ريمون كميل فيليب جوزيف كفاح نضال منيف
فاطمة عائشة خديجة مريم زينب سارة سلمى ليلى ليلي هدى هند نور نورة نوال نادية ناديا
نجلاء نسرين نهى نها هالة هبة هيام وفاء وعد ولاء ياسمين يسرى يارا رنا رانيا رنيم رهف
ريم ريما ريتا رشا روان رغد رزان رحاب رباب أمل أمينة أميرة آمنة إيمان أسماء أسيل آلاء
آية إسراء إلهام ابتسام بسمة بشرى بتول تسنيم تغريد جميلة جمانة جنى حنان حلا حياة
خلود دعاء دلال ديما دينا رقية سعاد سهى سهام سمر سميرة سناء سوسن شيماء صفاء صفية
ضحى عبير عفاف علا غادة غدير فرح فدوى فريدة كوثر لبنى لمى لينا ماجدة مايا منى منال
مها ميس ميساء ميسون نادين نجوى نرمين هديل هيفاء وداد سلوى سماح شذى شهد عزة عفراء
لانا لارا لجين مروة مي ميار هيا جود جيهان حنين رولا سحر ضياء ندى نغم نسمة
كريمة منيرة هادية شيراز نادرة سميحة فاتن فايزة نبيلة جميلة عبلة لطيفة حليمة رحمة
سنية منية فتحية ألفة درصاف سندس إيناس هاجر نزيهة رشيدة نعيمة سامية كلثوم بثينة لمياء
خولة مليكة منجي حمادي سفيان أنيس بلقاسم إدريس بوبكر جلول ساسي نعمان يونس زكرياء حميد
نورالدين عزالدين فتيحة زبيدة نسيمة
ريبوار هيمن دلشاد آراس ئاراس كاروان شيركو هوشيار سيروان بختيار ريباز آزاد ئازاد دلير
زانا نوزاد رزگار رزكار هاوري كاوه شوان سوران فرهاد ئاوات آوات هونر بيشرو شاخوان
شيلان نازدار كلاويز روناك هيرو بروين پروين سازان شنو ديلان ئالا بيخال چنار جنار
"""

# Compound names with "عبد" ("servant of"): each written joined and spaced below.
_ABD_COMPOUNDS = """
الله الرحمن الرحيم العزيز الكريم المجيد الحميد اللطيف الحليم الحكيم الملك القادر
الرزاق الغني الفتاح الوهاب الباسط الهادي الجبار السلام المنعم المحسن الإله الناصر
الرؤوف الواحد الحي القيوم الباري الخالق المعطي العليم السميع البصير الودود الجليل
الصمد الحق المطلب النور الغفور الستار الرشيد العظيم الأمير الحافظ المنان الوهاب
"""

_LATIN = """
aaron abdul abdullah abigail adam adrian ahmad ahmed aidan aisha alan albert alex alexander
alexandra ali alice alicia alison amanda amber amelia amina amir amy ana andrea andrew
andy angela anna anne annie anthony antonio ari arthur ashley aya barbara ben benjamin
beth bill bob brandon brian bruce caitlin carl carlos carmen caroline catherine charles
charlie charlotte chloe chris christian christina christine christopher claire clara
colin connor craig daniel david deborah denis dennis diana diego dominic donald dylan
ed edward elena eleanor elizabeth ella ellen emily emma eric erin ethan eva fatima fiona
frances francesca francis frank fred gabriel gary george georgina grace graham greg
gregory hannah harry heather helen henry hugh ian isabel isabella jack jacob james jamie
jane janet jason jean jeff jennifer jenny jeremy jessica jim joan joe john jonathan jordan
jose joseph joshua julia julian julie justin karen kate katherine kathryn katie kelly
kevin kim laura lauren leo lily linda lisa louise lucy luis luke lydia maria mariam mark
martin mary matt matthew megan michael michelle mike mohamed mohammad mohammed muhammad
nadia nancy natalie nathan neil nicholas nick nicola nina noah oliver olivia omar oscar
owen patricia patrick paul peter philip rachel rebecca richard rita robert robin rose
ruth ryan sally samantha samuel sandra sara sarah scott sean simon sophie stephen steve
steven susan thomas tim timothy tom tony victoria william yasmin yousef yusuf zainab
zoe hassan hussein hamza khaled khalid mahmoud mustafa nour omar rami sami samir tariq
yasser youssef karim layla leila lina maya mona noor rania reem salma sana yara zeina
jamal jamil kamal walid waleed nabil faisal fahad fares fadi hisham ibrahim ismail
musa isa yahya zakaria salem saeed said ramzi bashir adel amr osama usama ayman ashraf
akram anwar hani hadi majid maher malik mazen nasser nader rashid riad tamer wael ziad
ahmet mehmet mustafa emre fatma zeynep ayse elif can burak murat hakan
priya rahul amit anil arjun ravi sanjay sunil vijay deepak pooja anjali neha sunita
raj rajesh suresh ramesh kiran asha meera
wei li wang zhang chen liu yang jun ming hui xiao yan mei lin
hiroshi takeshi yuki kenji akira haruto sakura yuko naoko
jose juan pedro pablo javier miguel manuel francisco antonio luis carlos jorge alejandro
fernando ricardo rafael sergio ana maria lucia sofia isabel paula elena marta laura
giovanni giuseppe marco luca matteo alessandro francesco paolo giulia chiara
hans klaus jurgen stefan thomas andreas wolfgang michael anna katrin petra sabine
pierre jean jacques louis francois nicolas philippe sophie marie camille julie claire
ivan dmitri sergei vladimir alexei olga natalia tatiana elena irina svetlana
kwame kofi ama amara chinedu chidi ngozi oluwaseun tunde emeka adebayo folake
daniel samuel joseph moses grace mercy faith joy peace blessing
ayu budi dewi putri sri agus rudi wahyu siti nur indah rina eko bambang joko hendra
litia sereana mere losana ana jone tevita sitiveni josefa ratu
aroha tane mere hemi wiremu ngaire
liam noah lucas mason logan elijah aiden jackson sebastian mateo levi isaac lincoln
hudson grayson leah hazel aurora violet stella nora scarlett madison layla avery
brendan declan ciaran siobhan aoife niamh eoin sean seamus padraig orla grainne
caoimhe saoirse sinead roisin aisling eimear clodagh ciara fionnuala deirdre maeve mairead
oisin cian darragh ronan colm cathal donal diarmuid fergal tadhg conor eamon eamonn eilis
brid nuala una ailbhe enda kieran niall fintan shane eanna muireann orlaith sorcha treasa
amelie helene celine sylvie nathalie veronique isabelle valerie stephanie aurelie mathieu
thierry herve gerard rene andre benoit remi guillaume antoine olivier etienne sebastien
frederic jerome laurent vincent yves alain christophe cedric emilie lea manon ines agnes
mohamed-amine amine yassine hamid abdelkader abdellah abdelaziz abdelhak mounir
hicham khadija samira naima souad latifa karima fouad driss rachid mehdi nabila sonia
hamish alasdair callum euan fraser ewan morag kirsty mhairi
gwen rhys dafydd cerys sian megan bethan owain gareth
tom tim sam ben dan jo kim lee max ray roy guy
rosa ragip hariz kimberley wanjiru apinya daniel nirmala wanjiku achieng akinyi otieno
somchai somsak suda malee siriporn kanya niran arif aziz hafiz faridah nurul haziq aiman
"""

# Family names printed first, as Chinese, Korean and Vietnamese names are ("Tan Wei Ling").
_FAMILY_FIRST = """
tan wong lee lim chan ng ong goh teo koh chua cheung leung lau ho yeung chow tsang
zhou huang zhao wu sun ma hu guo he gao lin luo zheng liang xie song tang xu han deng
cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
kim park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong
nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly
"""


def _spellings() -> frozenset[str]:
    keys = {textnorm.fold_arabic(word) for word in _ARABIC.split()}
    for tail in _ABD_COMPOUNDS.split():  # spaced, "عبد الرحمن" opens with "عبد" (listed)
        keys.add(textnorm.fold_arabic("عبد" + tail))
    keys.update(word.casefold() for word in (_LATIN + _FAMILY_FIRST).split())
    return frozenset(keys)


GIVEN_NAMES = _spellings()


def is_given_name(word: str) -> bool:
    """Whether ``word`` (one word, as printed) is a known given name. Latin accents are
    folded ("Siobhán", "Hélène", "Ó" as "siobhan", "helene", "o"): the list spells
    each name once, without them."""
    key = textnorm.fold_arabic(word).casefold()
    if key in GIVEN_NAMES or key.isascii():
        return key in GIVEN_NAMES
    return "".join(char for char in unicodedata.normalize("NFKD", key)
                   if not unicodedata.combining(char)) in GIVEN_NAMES
