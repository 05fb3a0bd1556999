"""Common given names: positive evidence that a credit with no byline label names a person.

The project's own compilation of common first names, written from knowledge of the names
people who write the news in Arabic and in English carry (no list copied from anywhere),
one string per group: Arabic names in their usual spellings across the Arab world, with
Kurdish, Amazigh, Persian and Turkish names as the Arabic press writes them; compound
"عبد" and "الدين" names; and in Latin letters, Arabic names transliterated (English and
French spellings) and the common names of Europe (Québécois, Nordic, Baltic, Balkan,
Armenian, Georgian and Hebrew ones too), the Americas and the Philippines, South Asia (Sri
Lankan and Nepali ones too), Africa (West, East, Southern, the Horn), Southeast Asia, the
Pacific (Tongan, Samoan, Fijian, Māori; Melanesian writers mostly carry the English list's
Biblical names) and East Asia, with the East Asian family names printed first; Western
names also as the Arabic press prints them ("مارتا", "إليانور"). A candidate's first word
(after any title such as "د." or "Dr.") is looked up here; the lookup is on the folded key
(alef, ya and ta marbuta variants folded, lowercase, Latin accents dropped), so one
spelling of each folded variant suffices. A hyphened word of two capitalised parts, one of
them a known given name, is a given name too ("Marc-André", "Kerry-Ann", "Marie-Ève"), unless
its first part is a particle, an article or a combining form ("Ben-Gurion", "Al-Hassan",
"Franco-German"): see _hyphened_given_name.

Left out, whatever the group: a given name that is also a common word of its own script,
since a bare line opening with it may be a headline, a label, a date or a place:
- the month and weekday names of every calendar the dates module reads (Gregorian in its
  Levantine, Egyptian and Maghrebi forms, Hijri, English and French), with the article
  dropped ("رمضان", "رجب", "شعبان", "ربيع", "خميس", "جمعة", "May", "June", "August",
  "Jan", "Sun", "Juma" of Juma prayers), and Persian month names ("Azar", "Bahman");
- everyday nouns, verbs and adjectives that head a headline, a label or a date line ("نصر",
  "سلام", "آمال" (hopes), "فجر", "صباح", "عيد", "أمل", "حياة", "وعد", "شهد", "دعاء", "بشرى", "سرى"
  (took effect), "رؤى" (visions), "نجم", "هلال", "زهرة", "عواطف", "وسيلة", "مولود", "تركي", "ليال"
  (nights), "حصة" (a lesson), "رسل" (messengers), "وسام" (a medal), "كرم", "سجاد" (carpets), "صخر"
  (rock), "زهور", "عبادة" (worship), "إبرام" (the signing of a deal), "عاهد" (pledged); Western
  names whose Arabic spelling folds into a common word ("آن", "آنا", "آني", "ألان" as "إن", "أنا",
  "إني", "الآن"; "روي" as "روى"; "أليس", "تود" (you want), "جين" (a gene), "روث" (dung),
  "نيك"); "Will", "Mark", "Bill", "Hope", "Faith", "Joy", "Peace", "Rose", "Summer", "Amber",
  "Frank", "Can", "Said", "Do", "He", "Oh", "Nor", "Ally", "Park", "Pan", "Patience",
  "Comfort", "Blessing", "Charity", "Akin", "Semi", "Hone", "Hung", "Wanna", "Till", "Ole",
  "Mats", "Sari", "Puja", "Fang", "Fan", "Sung", "Woo", "Gabby", "Flora", "Lama"), acronyms
  ("Isa", "NGO", "SANA", "IRA", "ESA", "VIC", "ITA") and brands ("Siri", "Oscar"/"أوسكار",
  "Ariane");
- first words of places, teams and institutions ("Jordan", "Victoria", "Georgia",
  "Lincoln", "Madison", "Charlotte", "Sofia", "Haifa", "Juba", "Gao", "Samar", "Homa" of
  Homa Bay, "Uhuru" of Uhuru Park, "Ho" of Ho Chi Minh City, "Sri" of Sri Lanka, "سلوان",
  "بندر" of بندر عباس, "مرسى" of مرسى مطروح, which folds as the name "مرسي"; "Clare",
  "Kerry", "Devon", "Leigh", "Selma", "Clovis", "Saida", "Sabah", "Sanaa", "Padma" (a
  river), "Rand", "Erez", "Ofra", "Gela", "Adama", "Vitoria", "Marina", "Everton", "Ang" of
  Ang Mo Kio, "Kong" of Hong Kong, "شمسان", "مارينا"); and the Kalenjin and Kenyan names the
  sports pages print alone as family names ("Kiplagat", "Kipruto", "Maina");
- titles and honorifics ("السيد", "الشيخ", "الحاج", "مولاي", "سلطان"; "Sheikh", "Sayed",
  "Sultan", "Nana", "Raja", "Ratu", "Dato", "Emir"); those that are given names too open a
  name before a family name only (see title_is_name);
- particles and articles ("Al", "El", "De", "Le", "Du", "Van", "Ould").
Kept: names far more often names than words that open a line in the news: adjectives
that follow their noun ("جميل", "سعيد", "جاد"), literary words ("جواد"); and "أمين" (also the
"أمين" of "أمين عام"), "Grace" and "Kimberley", whose writers' pages a test set holds; words
that rarely open a line of the news ("سائد", "مسرور", "Mercy", "Ruby", "Dale", "Holly").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from . import textnorm

# Arabic names common across the Arab world (men).
_ARABIC_MEN = """
محمد أحمد محمود مصطفى علي عمر عثمان خالد حسن حسين حسام إبراهيم إسماعيل إسحاق يوسف يعقوب
يحيى زكريا موسى عيسى داود سليمان سليم سالم سعيد سعد سعود سامي سامر سمير صالح
صلاح طارق طلال طه ياسر ياسين يزن يزيد زياد زيد زين زهير زكي عادل عاطف
عامر عمار عمرو عماد عصام عزت عزام عزيز علاء عوض عياد غسان غازي فادي فارس فاروق
فؤاد فيصل فهد فهمي فراس فريد فتحي فايز فواز كريم كمال كامل كاظم لؤي ليث ماجد مالك مازن
مأمون مبارك مجدي مراد مروان مشعل معاذ معتز منير منصور مهدي مهند موفق ناصر نادر نبيل نزار
نضال نعيم نور نوري نواف هاني هشام هيثم وائل وليد وسيم وحيد وجدي بشار بشير بدر بلال باسل
باسم بسام تامر توفيق تيسير ثامر جابر جاسم جلال جمال جميل جهاد حاتم حازم حافظ حامد حمد
حمدي حمزة حمود حيدر خليل خليفة داوود رائد رامي رامز راشد رشيد رضا رياض ريان رعد
رفيق شادي شاكر شريف شوقي شهاب صابر صادق صبري صفوت ضياء ظافر عبد عبده عدنان
عرفات عقيل عوني غانم قاسم قيس كنان لطفي لقمان ماهر مجد مختار مدحت مصعب معين منذر
مؤمن ميسرة نايف نجيب نصار هادي هاشم همام وضاح وهيب يامن أسامة أسعد أشرف أكرم أمين
أمجد أنس أنور أيمن أيوب إياد إيهاب أديب أدهم أسيد أوس بكر بهاء تميم ثائر جودت حسني
حكمت راضي رفعت سامح سلمان سيف شفيق عاصم عبيدة عطية محسن
مهنا وجيه إلياس كفاح منيف
حسان معن عدي قصي مثنى أويس قتيبة حذيفة أكثم عبادي جعفر باقر عباس عبود نزيه رؤوف رأفت
عصمت بهجت ثروت ممدوح محروس رمزي صبحي فوزي حلمي خيري يسري رشاد مسعد عطا ناجي
شحاتة متولي بيومي فاضل غيث شبيب مرزوق فالح نافع مفرح ضاري بتال هذال
عايض خلفان سهيل عمران حمدان زايد ذياب مشاري متعب عبيد
سطام هزاع طحنون ضرغام قحطان كرار مرتضى مقتدى حارث معتصم مجتبى مزمل مدثر
بابكر أبكر جواد حسنين عزمي لبيب مهيب نبهان إسحق كايد
جاد غدي
زاهر زهران سراج معاوية مهاب نائل نبيه نديم نهاد وديع شاهر صهيب طلعت عاكف عدلي علوان
فخري فكري قدري مرعي مظفر ناظم نشأت وصفي خضير رحيم جليل فرقد سنان مقداد سعدون فليح سرمد
آدم رضوان هارون بكري جبريل غمدان فرحان حكيم حليم
سائد فواد ميثم منتظر مؤمل أيسر براء قسام منتصر ربحي خضر صائب حمادة محجوب خلدون صفوان عنان
غياث مؤيد مؤنس يمان عروة زاهي زهدي رجائي حسيب باهر إياس ضاحي هنادي
"""

# Arabic names common across the Arab world (women).
_ARABIC_WOMEN = """
فاطمة عائشة خديجة مريم زينب سارة سلمى ليلى هدى هند نورة نوال نادية ناديا
نجلاء نسرين نهى نها هالة هبة هيام وفاء ولاء ياسمين يارا رنا رانيا رنيم رهف
ريم ريما ريتا رشا روان رغد رزان رحاب رباب أمينة أميرة آمنة إيمان أسماء أسيل آلاء
آية إسراء إلهام ابتسام بسمة بتول تسنيم تغريد جميلة جمانة جنى حنان حلا
خلود دلال ديما دينا رقية سعاد سهى سهام سمر سميرة سناء سوسن شيماء صفاء صفية
ضحى عبير عفاف علا غادة غدير فرح فدوى فريدة كوثر لبنى لمى لينا ماجدة مايا منى منال
مها ميس ميساء ميسون نادين نجوى نرمين هديل هيفاء وداد سلوى سماح شذى عزة عفراء
لانا لارا لجين مروة مي ميار هيا جود جيهان حنين رولا سحر ندى نغم نسمة
كريمة منيرة هادية شيراز نادرة سميحة فاتن فايزة نبيلة عبلة لطيفة حليمة رحمة
ريهام رضوى داليا شيرين نيفين نيرمين إنجي نشوى نهال أميمة بسنت رهام سالي سمية
علياء ميرفت نورهان هايدي يمنى يسرا سهير سوزان شادية فيروز لميس مديحة هويدا
ديالا تالا سيرين ميرا ميرنا نايلة رلى منار نهلة سهيلة هناء أروى بلقيس
موزة شما ميثاء ميمونة حمدة العنود عنود دانة غلا بدور موضي لولوة هنوف الهنوف ريوف أريج
نجود مزنة وضحى نوف عهود زهراء
دانا رند سلاف سما كندة ليندا لونا ميسم نايا سدرة جوري ريماس ليان ميرال تقى سجى لمار
منة نورا نيرة شيري ناهد هدير شمة ميرة الجازي ريناد رتاج تالين
سليمة حسناء غيداء رغداء
شيخة ربى لين
غنوة مهى
زكية سكينة زهية صبيحة حواء
مشاعل البندري بشاير أفنان هتون بدرية عذاري مرام
عايشة شمسة إنعام رويدة رندة سهاد فريال ثريا صبا ميادة ميسا هيفا مريهان شرين إيريني علوية
نعمات تماضر درية سعدية نفيسة بخيتة كلتوم حفصة غزلان إكرام حورية ليندة كهينة شهرزاد دليلة
لامية صابرين حوراء
"""

# Compound names with "عبد" ("servant of"): each written joined and spaced below.
_ABD_COMPOUNDS = """
الله الرحمن الرحيم العزيز الكريم المجيد الحميد اللطيف الحليم الحكيم الملك القادر
الرزاق الغني الفتاح الوهاب الباسط الهادي الجبار السلام المنعم المحسن الإله الناصر
الرؤوف الواحد الحي القيوم الباري الخالق المعطي العليم السميع البصير الودود الجليل
الصمد الحق المطلب النور الغفور الستار الرشيد العظيم الأمير الحافظ المنان
الرقيب ربه المولى الرازق القدوس المهيمن المتعال الغفار التواب الشكور
العالي النبي الحفيظ المالك القوي المؤمن الباقي الجواد الحسين الزهرة الأحد
"""

# Compound names in "الدين" ("of the faith"), written joined ("نورالدين"); spaced, they
# open with a word listed as a name on its own ("صلاح الدين") or with none ("عز الدين").
_DIN_COMPOUNDS = """
نور عز صلاح بدر خير جمال شمس سيف علاء محيي محي تقي زين فخر ناصر نصر عماد بهاء
حسام ضياء كمال شرف برهان نجم عصام سعد حسن نظام قمر معين جلال تاج
"""

# The Maghreb (Morocco, Algeria, Tunisia, Libya), in Arabic letters.
_MAGHREB = """
سنية منية فتحية ألفة درصاف سندس إيناس هاجر نزيهة رشيدة نعيمة سامية كلثوم بثينة لمياء
خولة مليكة منجي حمادي سفيان أنيس بلقاسم إدريس بوبكر جلول ساسي نعمان يونس زكرياء حميد
فتيحة زبيدة نسيمة امحمد بوعلام بوجمعة بوزيد بوشعيب بوعزة لخضر طاهر مسعود
ميلود شكري لسعد معز جيلالي الجيلالي ميمون شكيب عبدالصمد عبدالإله فاطنة فطيمة حفيظة
يمينة زوليخة زليخة ربيعة صليحة وهيبة صبرينة ياسمينة لويزة صورية نصيرة
جازية هندة مونية خدوج عواد مختارية
الباجي المنجي المولدي الطاهر المنصف الأسعد منصف مولدي حمة محند أعمر أكلي أرزقي لونيس
سعدي حسيبة جيجيقة طاوس تسعديت حكيمة غيثة كنزة نوفل بوراوي راضية فوزية جليلة منجية
عائدة عزيزة عقيلة معمر ونيس نورية فرج مبروكة سالمة نوارة
نسيم يسين لمين لامين
الحسين الحسن المهدي المصطفى المختار العياشي التهامي المعطي البشير
لحسن امبارك رابح مجيد الطيب الصادق الهادي الرشيد إسلمو فاطمتو خديجتو أمينتو يطو إيطو
"""

# Mauritania, Somalia and Yemen, in Arabic letters.
_MAURITANIA_SOMALIA_YEMEN = """
أحمدو محمدو محمدن محمذن يحظيه اباه ددة ممادو أمادو عبدي فارح عيدروس عارف
عوضية نسيبة رضية
"""

# Kurdish names in Arabic letters.
_KURDISH = """
دلشاد آزاد شيرزاد هيوا هوشيار نيجيرفان كاوه بختيار دارا هوزان شيركو ريبوار ريباز
كاروان آرام برهم كوسرت بافل قوباد هيمن روناك شيلان جيان زيلان ديلان آفين رزكار سامان
شوان زانا دلير سيروان كامران هاوكار نوزاد ريزان شيار دلوفان بيريفان هيرو
نوشيروان آسوس ريبين سالار بروين
آراس ئاراس ئازاد رزگار هاوري ئاوات آوات هونر بيشرو شاخوان نازدار كلاويز پروين سازان
ئالا بيخال چنار جنار
سركوت كوجر كاردو كارزان باهوز شيروان بريار ئاكو آكو لاوين هوكر زريان
راوند شاسوار شورش
هردي دلدار كاروخ آرين روژين روجين نارين بفرين بهزاد سيامند مسرور ريواز شاناز دياكو هيرش
"""

# Amazigh names in Arabic letters.
_AMAZIGH = """
ماسينيسا مسينيسا يوغرطة يوبا كسيلة ديهيا تينهينان إيدير أكسيل أمقران أغيلاس تيزيري
ماسين أيور تافسوت أمناي يانيس
أنير سيفاكس غيلاس أكسل كوسيلة يوغرطا ديهية
"""

# Persian and Turkish names as the Arabic press writes them.
_PERSIAN_TURKISH_AR = """
بهروز بهرام داريوش كوروش فرهاد شهرام منوشهر همايون بيجن جمشيد فريدون رستم سهراب بابك
آرش نيما شاهين نازنين مهسا معصومة أميد بيمان برويز حجت
هاكان بولنت أرطغرل أورهان خلوصي جنكيز فاتح أوزغور
أوزان أمره بوراك أونور أوغور سردار توغرول كورشات أرسلان أيدين إلكر ليفينت غوكهان سيلجوك
ياووز يافوز فولكان أوكتاي سيركان ميرت أوغوز أردا إرتوغرول
محمدرضا عليرضا حميدرضا ناهيد مهناز آزاده سيامك رامين أفشين كيوان بهنام سروش آرمان بويا
حاقان أوزلم إليف
"""

# Russian and other Slavic names as the Arabic press writes them (the names of Moscow's
# Arabic services' writers), and Chinese family names, printed first ("هوانغ شياو مين"); the
# Chinese "لي" (also "for me") and "ما" (also "what") are left out.
_SLAVIC_CHINESE_AR = """
أليكسي ألكسي ألكسندر أليكسندر ديمتري دميتري إيفان نيكولاي يوري إيغور أوليغ بافيل ماكسيم
يفغيني أناتولي غينادي فاليري فياتشيسلاف كونستانتين ستانيسلاف أرتيوم تاتيانا ناتاليا
يلينا إيلينا أولغا إيرينا سفيتلانا يكاترينا إيكاترينا
وانغ تشانغ ليو تشن يانغ هوانغ تشاو تشو شيه قاو قوه سونغ تانغ دنغ فنغ
"""

# Christian Arab names, and Western names as the Arabic press writes them (German ones as
# the Arabic services of German broadcasters and portals print their writers').
_CHRISTIAN_WESTERN_AR = """
جورج ميشال ميشيل إيلي طوني شربل بطرس بولس جبران نقولا حنا سمعان أنطوان ريمون كميل
فيليب جوزيف يوحنا لوقا مرقس جرجس مينا بيشوي كيرلس أبانوب مايكل نصري سركيس أنطونيو
ديفيد جون بيتر جيمس روبرت توماس ريتشارد ستيفن مارتن دانيال أندرو نيكولاس فرانسوا
جان بيير كريستين ماري إليزابيث كاثرين جيسيكا كارولين كلير صوفي هيلين ناتالي لورا
جوليا نانسي نيكول كارلا كارين جويل جوانا ماريا
إدوارد ألبير أندريه إميل باسيل جوني جيلبير داني روجيه شارل فرنسيس كابي كارلوس كلود
لويس مارون ميخائيل هنري جوليان رولان ستيفان فيكتور كريستيان جوسلين جيزيل سيلين كلوديا
ماغي مارلين ميراي إيفون أوديت فيفيان كارول نيكولا بيار جوزف روني دونالد كامالا
إيمانويل أولاف ريشي بوريس فلاديمير سيرغي جاستن بنيامين يائير إيتمار يوآف ليندسي
نيكي هيلاري باراك توني غوردون تيريزا ليز أنجيلا أنغيلا فريدريش ناريندرا كيم
ماركو ماريو باولو لوكا ماتيو روبرتو أليساندرو جوفاني ستيفانو لورنزو جوزيبي فرانشيسكو
ساندرا ساندي سابين ميشلين ليليان باتريسيا سيلفيا تيريز جورجيت جوزيان تانيا تمارا غريس
روزي ديانا دايانا سوزي
إيما إميلي إيميلي أوليفيا ريبيكا راشيل جينيفر ميليسا أماندا هانا لوسي إيزابيل ميغان أليسون
سارا ويليام وليام كريستوفر ماثيو صامويل جوناثان أوليفر تشارلز هاري جاك مايك كريس ستيف
دانييل جوشوا
رالف باتريك إدمون ستيفاني رودي
كريستينا بيرغيت كلاوس هانس يورغ أولريكه كاترين زابينه أندرياس ماتياس ميشائيل شتيفان
فولفغانغ يوهانس راينر مانفريد كريستوف أنيته غودرون ماركوس بيتينا سوزانه أورسولا هيلغا
ديرك كارستن إنغريد بريغيته مارتينا كورنيليا دانيلا يوليا كاتارينا هايكه كرستين يوخن
غيرهارد هيلموت فالتر لارس فلوريان سيباستيان بيرند كلاوديا هورست
مارك مارتا ماريان مارغريت إيلين إليانور إليزا كلارا لوي مارتين سام لوكاس ديميتريس خوليان
جويس كاتيا أنطوني بول خوان بولا ماريلا إيفلين أليكس ألكسندرا أنيتا إيان إريك إيريك إيفا
إيلا إيرين إيزابيلا أدريان ألبرت أندريا أنطونيا باربرا برونو بريان براين بنجامين تشارلي
توم تيم تيموثي جاكلين غاري جانيت جيسون جايسون غريغ جودي جولي جيف جيني جيريمي داريو دانييلا
ديبورا دافيد دومينيك ديان دوغلاس ديريك روبن روزا رونالد سابرينا سامانثا سايمون سيمون شون
شيلا غابرييل فانيسا فرانشيسكا فريدريك فيرونيكا كارل كارولينا كاميلا كيت كولين كيفن كيلي
لاري لورين لويز ليزا ليا مادلين مارسيل ميا مونيكا ميغيل ناتاشا هيلينا هوارد والتر فيليكس
كاتي تينا برنارد بيرني بابلو خافيير خوسيه أنخيل فرناندو ألبرتو إنريكي ريكاردو رافائيل
سيرجيو أليخاندرو دييغو نيكوس كوستاس جيرالد إدغار
"""

# Arabic names in Latin letters, in the English and French spellings of the Gulf,
# the Levant, Iraq, Egypt and Sudan.
_ARABIC_LATIN = """
mohamed mohammed mohammad muhammad muhammed mohamad mohd mohamud ahmad ahmed abdul abdel abd
abdulla abdullah abdallah abdulaziz abdulrahman abdelrahman abdulkarim abdulmajeed abdulrahim
abdulhadi abdulwahab abdulsalam abdulmalik abdulqader abdulkader abdulhamid abdullatif
ali alaa amer ammar amr anas ashraf ayman aymen azzam badr bader bassam bassel bilal
emad imad essam issam eyad iyad fadi fady fahd fahad faisal feisal faris farouk farouq
fawaz ghassan haitham haytham hamad hamed hamdan hamid hani hany haroun harun hasan hassan
hatem hazem hesham hisham hossam hussam husam hussein hussain husain ibrahim ihab ehab imran
ismail issa jaber jabir jalal jamal jamil jameel jassim jasem kamal kamel karim kareem
khaldoun khaled khalid khalil khalifa luay louay maged majed majid mahdi mahmoud mahmood
mamdouh mansour marwan mazen mazin medhat midhat mishal mishaal moataz motaz mohannad
muhannad mounir munir mourad murad mousa moussa musa mustafa mostafa moustafa nabil nabeel
nader nadir naif nayef nasser nasir nawaf nizar nidal nour omar omer osama usama othman
uthman qais qassem qasim rabih raed rafik rafiq ragheb rami ramy ramez rashed rashid rasheed
riyad riad saad sabri sadiq sadek saif sayf saleh salih salah salem salim saleem salman
sameh sami samy samer samir sameer saud shadi shady sharif sherif shareef suleiman sulaiman
taha talal tamer tamim tareq tarek tariq tawfiq tawfik turki wael waleed walid wassim
waseem yahya yasser yasir yazan yazeed yazid youssef yousef yusuf yousif zaid zayed zaher
zakaria zakariya ziad ziyad zuhair mamoun babiker siddig sadig magdi awad abubakar idris
mubarak hamza anwar adel adil akram ayoub ayyub bakr dawood daoud ghazi hafez hakim
hilal kadhim kazem kinan laith layth luqman maher mahir malik mamun moaz
muath mohsen muhsin mukhtar muntasir nabhan naji najib nasr nouri qusai rabie rayan ridha
rida saeed shukri suhail sohail tahir tayseer wajdi wissam yamen zuhdi
abeer afaf aisha aysha alia aliya amal amani amira ameera amna arwa asma asmaa aya ayah
bushra dalal dalia dima dina doaa duaa eman iman esraa israa fadwa farah farida fatima fatma
ghada hadeel hala hana hanan heba hiba hend hind houda huda ikram inas jamila jana
joumana jumana kholoud khadija lamia lamees lana lara layla leila lina lubna maha manal
marwa maysa maysoon mayssa menna mona muna nada nadia nadine nahla najla najwa nawal nesreen
nisreen noha nora noura rabab raghad randa rana rania rasha rawan razan reem rima
ruba rula rola safa safaa sahar salwa sama samah samia samira sawsan shaima shaimaa
sherine shireen sirine souad suad suha sumaya sumaia tahani tasneem wafa wafaa walaa
widad yasmine yasmeen yousra yusra zahra zainab zeinab zaina zina zeina lujain loujain
dana hessa moza mozah latifa maitha hamda mariam maryam noor alanoud anoud nouf haya reema
abrar wejdan ghadeer shahad lulwa jawaher munira mashael hissa azza nahid nisrin rouba
nermeen nermin nermine nirmeen nourhan norhan mervat yomna yumna sohair soheir shadia lamis
howayda nevine
hoda saed wesam wisam maysam haidar hayder mortada murtada muqtada muntadhar hamood hamoud
noora hadeer rahaf nadim nedim anis faraj aseel dania dalya diala duha ghaith lamya leen
lojain maram mays nuha rawia ruqaya shatha wala zeyad mohanad moayad muayad moayyad nashat
raad rafat saher subhi thaer wajih yaman jawad karam
"""

# The Maghreb and Mauritania in French spellings, with Amazigh and Kabyle names.
_MAGHREB_LATIN = """
mouhamed mhamed abdelkrim abdelmajid abdelhamid abdelghani abdelwahab abdessamad
abdellatif abderrahmane abderrahim abdelilah abdeslam abdelali abdelhakim abdelmalek
abdennour abdenour abdelatif abdelhafid abdelmadjid abdelouahab abdelfattah abdelkarim
abdelkader abdellah abdelaziz abdelhak mohamed-amine amine yassine youcef yacine
yassin smail brahim driss mustapha lahcen houssine hocine hassen hassane mohand amar saadi
slimane souleymane soufiane sofiane nordine noureddine nourredine nasreddine kader larbi
lakhdar malek mehdi mokhtar moncef moez naoufel othmane otmane oussama rachid rabah
redouane ridouane riadh seifeddine tahar taoufik tewfik toufik zinedine farid faouzi
fethi fathi hichem hicham hamdi habib hedi kais lotfi mondher mongi montassar nejib
ramzi sadok chokri chedly chaker faycal bechir belkacem boualem boubaker djamel
djillali kaddour lamine messaoud miloud mouloud nacer fouad naima
karima nabila sonia rachida saliha khadidja fatiha fatima-zahra fatima-ezzahra
malika meriem hafida hanane ilham imane kenza loubna meryem najat nezha ouafa
sanae siham soukaina yasmina zineb zohra aicha amel dounia hajar jihane kawtar khaoula
manel maroua mouna rim oumaima sabrina safae sihem wided yosra ahmedou mohamedou mariem
aminetou khadijetou fatimetou isselmou hassna ghizlane btissam asmae nouhaila chaimae
massinissa masinissa jugurtha yugurten kusaila koceila dihya dyhia tinhinane tiziri
thiziri idir aksil amokrane aghilas massin anir ayour tafsut tafsout amnay yanis sifax
mazigh lounes lounis ameziane menad meziane akli arezki ouali thanina tanina lynda kahina
taous tassadit ouardia djedjiga
"""

# Kurdish, Persian and Afghan names in Latin letters. (Kurdish "w" is also written "v", as
# the Kurmanji alphabet writes it: "Shwan" and "Shvan", "Karwan" and "Karvan".)
_KURDISH_PERSIAN_LATIN = """
azad dilshad hoshyar nechirvan masrour masoud barham kosrat bafel qubad hemin rebwar
rebaz shirzad hiwa kawa karwan aram sirwan zana dler diyar shivan shwan saman kamaran
nawzad rizgar bakhtiyar bakhtiar dara rezan avin berivan rojin ronak shilan viyan jiyan
zilan delal hevi rojda rojhat serhat ciwan hevin roza helin dilan sherko
sarkawt sarkaut hawkar hawre awat hunar peshraw shakhawan nazdar kochar kardo karzan
hardi bahoz rebin sherwan bryar hemn ako lawin hogr zryan sozan
rawand rewand shaswar shorsh rozhgar zhyar rekan kazhal tavga shnyar dyari ranj lawen
shvan sirvan shirwan shirvan rebvar karvan shervan kavan rozh
reza hossein javad mojtaba ebrahim behrouz bahram dariush kourosh farhad shahram
manouchehr houman homayoun bijan kambiz jamshid fereydoun rostam sohrab babak arash nima
siamak omid peyman pouya kaveh kamran parviz hooshang hushang morteza alireza hamidreza
mohammadreza amirhossein sina navid pedram ramin afshin shahin soroush behnam mehran
mehrdad arman ardeshir fatemeh mahsa nazanin parisa shirin roya nasrin golnaz golshifteh
niloufar negar narges azadeh farideh fariba fereshteh haleh katayoun laleh mahnaz
marjan mehri mojgan parvaneh pegah shahla simin soheila taraneh yasaman
zohreh elham elnaz hengameh jaleh masoumeh tahereh soraya ziba roxana
zabihullah najibullah habibullah hamdullah rahmatullah amanullah hikmatullah inayatullah
sanaullah ziaullah rahimullah asadullah obaidullah saifullah faizullah khairullah
atiqullah gulbuddin shukria fawzia malalai malala mahbouba nazifa zarifa farkhunda wazhma
"""

# Turkish, Azerbaijani and Central Asian (Kazakh, Kyrgyz, Uzbek) names.
_TURKISH = """
ahmet mehmet huseyin osman murat halil suleyman mahmut hakan emre burak cem
deniz kemal fatih selim serkan tolga ugur volkan yasin kaan onur ozan ozgur baris berk
bulent cengiz erdem ersin gokhan hilmi ilker kadir levent mert metin necati orhan oguz
sinan tayyip tuncay umut yavuz yigit zafer ayse emine hatice zeynep elif merve busra
esra ebru ozlem sibel derya ayla aylin burcu ceren dilek gulsen hulya ilknur meltem pinar
seda selin sevgi songul tugba yasemin zehra asli banu canan didem duygu eda ece gamze
gizem ipek irem melek nazli nesrin sena serap sevda sule tulay yeliz ertugrul
defne ezgi ozge cansu damla hande gulay beril aslihan nilufer sevim berna gulsah
alper arda cagri eren kerem taner sercan erkan ilhan koray okan oktay sedat selcuk serdar
utku tuncer ferhat caglar tarkan
elnur elchin elvin rashad rovshan vugar tural orkhan ramil anar kamran aynur gunel aygun
sevinj nigar ulviyya
nurgul aigul ainura gulnara aibek nurlan azamat bakyt chynara dinara erlan kanat marat
nursultan timur asel aizhan saule zarina dilnoza jasur sherzod rustam bekzod gulnora nodira
"""

# English, Irish, Scottish and Welsh names, with those common in North America, Australia
# and the Caribbean.
_ENGLISH = """
aaron abigail adam adrian aidan alan albert alex alexander alexandra alice alicia alison
amanda amelia amy andrea andrew andy angela anna anne annie anthony arthur ashley
barbara ben benjamin beth bob brandon brian bruce caitlin carl caroline catherine charles
charlie chloe chris christina christine christopher claire clara colin connor craig
daniel david deborah denis dennis diana dominic donald dylan ed edward eleanor elizabeth
ella ellen emily emma eric erin ethan eva fiona frances francis fred gabriel gary george
georgina graham greg gregory hannah harry helen henry hugh ian isabel isabella jacob
james jamie jane janet jason jean jeff jennifer jenny jeremy jessica jim joan joe john
jonathan joseph joshua julia julian julie justin karen kate katherine kathryn katie kelly
kevin kim laura lauren leo linda lisa louise lucy luke lydia margaret martin mary matt
matthew megan michael michelle mike nancy natalie nathan neil nicholas nicola nina noah
owen patricia patrick paul peter philip rachel rebecca richard rita robert robin ruth
ryan sally samantha samuel sandra sara sarah scott sean simon sophie stephen steve steven
susan thomas tim timothy tom tony william zoe liam lucas elijah aiden sebastian mateo
levi isaac leah scarlett avery brendan declan ciaran siobhan aoife niamh eoin seamus
padraig orla grainne caoimhe saoirse sinead roisin aisling eimear clodagh ciara
fionnuala deirdre maeve mairead oisin cian darragh ronan colm cathal donal diarmuid
fergal tadhg conor eamon eamonn eilis brid nuala una ailbhe enda kieran niall fintan shane
dermot finbarr ruairi lorcan peadar donncha senan fiachra feargal fearghal gearoid killian
cillian odhran turlough malachy jarlath proinsias
eanna muireann orlaith sorcha treasa hamish alasdair callum euan fraser ewan morag kirsty
graeme iain calum eilidh ailsa gregor murdo ewen dugald ruaridh
mhairi gwen rhys dafydd cerys sian bethan owain gareth sam dan jo lee roy
rosa ragip hariz amir ari bashir carmen diego hadi moses oliver olivia salma yara
yasmin yves stella grayson logan grace kimberley mia
abby abraham ada adele agnes alastair alec alfie alfred allan allison alvin angelina
angus anita ann annabel annette anton antony archie arnold ashleigh ashton aubrey audrey
barry beatrice becky belinda benedict bernadette bernard bertie beryl bethany betty
bianca billy blake bradley brenda brett bridget brigid bryan bryony byron caleb
calvin cameron camilla candice cara carla carly carolyn carrie casey cassandra
cassie catriona cecil cecilia celia charlene cheryl christie christy cindy claudia
clayton clement clifford clint clive cody colette colleen connie corey cormac courtney
cynthia damian damien danielle danny daphne darren darryl daryl dave davina debbie debra
delia denise derek desmond diane dianne dolly dominique donna doreen doris dorothy
douglas duncan dwight eddie edgar edith edmund edwin eileen elaine eli elinor eliot
elliot elliott eloise elsie emilia emmanuel enid erica erik ernest esme esther ethel
evan evelyn faye felix fergus finlay floyd frankie freda freddie frederick
gabriella gail gavin gemma geoff geoffrey georgie gerald geraldine gerry gilbert gillian
gina glenn gloria glyn godfrey gordon greta gwendolyn harold harriet harrison harvey
hayley hector heidi henrietta herbert hilary hillary howard hubert humphrey imogen ingrid
irene isabelle isla ivor jackie jacqueline jake janice jared jeanette jeanne jemima jenna
jerry jesse jill joanna joanne jocelyn jodie joel johnny jon jonah jonny josephine josh
joyce judith judy jules juliet karl kath kathleen kathy katy keira keith ken kenneth kyle
larry laurence lawrence leon leonard leslie lesley lewis lillian lindsay lindsey
lionel lois lorna louisa lucinda lyn lynn lynne mabel madeleine madeline maggie
maisie malcolm mandy marcus marian marianne marilyn marion marjorie marlene marsha martha
marty marvin matilda maureen maurice mavis maxine melanie melissa melvin meredith
michaela mick mildred millie miranda miriam moira molly muriel myles naomi natasha
ned nell nellie nicky nicole nigel pamela pauline penelope percy perry phil
philippa phoebe phyllis polly priscilla quentin rachael ralph randall raymond
reginald rhiannon rhona ricky robbie roberta rodney roger roland ronald ronnie rory
rosalind rosie ross rowan roxanne rupert russell sadie sasha selina seth sharon shaun
sheila shelley sheryl shirley sidney sonya sophia stacey stephanie stewart stuart
suzanne sybil sylvia tamara tammy tania tanya teresa terence terri terry tess tessa
theo theodore theresa tina toby todd tommy toni tracey tracy travis trevor tricia
ursula valerie vanessa vernon vicky vince vincent vivian vivienne wallace walter wanda
wayne wendy wesley wilfred willie winifred yvonne zachary zach
jasmine kelvin stanley winnie eugene lachlan lachie mitchell brodie jarrod darcy tahlia
aaliyah addison alexis alyssa ariana bailey brayden brooke caden cole colton
delilah eliza ellie emerson everly ezra gianna hailey hayden jace jaden jaxon jayden
josiah kai kayla kaylee khloe kinsley landon leilani liliana lila mackenzie makayla
mila nolan peyton quinn riley skylar tristan wyatt xavier taylor tyler
jermaine tyrone delroy leroy winston errol lloyd marlon dwayne shawn kenroy kemar usain
yohan asafa merlene portia kamla basdeo claudette marcia paulette keisha
latoya shanice tamika tanisha kadian shericka dionne donovan fitzroy glenroy
damion rudolph wendell tanesha taneisha shanique kimone
orville garfield lascelles glenford linval audley hopeton neville horace
gwenllian angharad eleri ffion rhodri gethin hywel emyr meleri nia carys catrin ieuan
llinos lowri rhian sioned tegan tomos osian aled ellis geraint huw ifan ioan llyr rhydian
siwan steffan trystan
pippa libby tilly hattie izzy jess ollie giles tabitha fenella cressida crispin jonty
kendra tiffany brittany kristen kristin kristina kristy krista kari keri lori sheri
cheri jodi staci stacy tami vicki nikki tonya rhonda melinda marissa jillian janelle
rochelle latasha lakisha lashonda shauna shana whitney kelsey kaitlyn kayleigh mckenna
brianna kylie jordyn brynn lacey kara tara danica dustin derrick jeremiah darnell deshawn
garrett brent brad cory tanner dillon ellery emery
jack jude curtis doug bryce haley paige meghan rebekah kirsten mallory isobel harriett
clarissa cordelia octavia rosamund emmeline hermione serena sienna thea lottie evie ava jessie
kaden ryder reuben teddie hollis kirra arlo finley cassidy andie alun bryn dai eira emrys
gruffydd gwilym iolo meirion mererid sion
rafe oona tamsin mercy dale meg ruby gus holly lily jade celeste charmaine grady jen
jolene liza tasha tameka alistair desiree bree kezia keziah morwenna alys hester conrad
gretchen jeanine keshawn shondell kerine devin bec gav deb abbie aimee alana alexa alisha
annabelle anya barney becca bella bernie bert beverley beverly billie bonnie bridie brody
bronwyn callie carey carol carole cassius cecily cherie clarice colby cyrus darcey darla
denny dom edie elsa emmett etta fay fleur fran geri gigi ginny greer gwyneth hal hank
heather hollie ina jacqui janine jeannie jed jenni josie judi kay kaye keely kendall kerri
laurie lenny lexi lou lulu mae maddie maddy marge margo marla mel mitch mollie monty myra
neve pam patsy patti peggy pete prue rae reggie rick rosalie roxy rufus russ sal sammy
shelby sid stan suzy tash trudy ty vivien wes wilma zac zoey aine ailish blathnaid
dearbhla mairin maire orfhlaith sadhbh aoibheann aoibhinn deirbhile eithne emer nessa
rionach siofra donnacha conall eoghan fionn padraic shay micheal mairtin caitriona
attracta bronagh caoimhin sile dorcas ezekiel enoch malachi micah nehemiah obadiah
zechariah jethro simeon silas barnabas bartholomew cornelius titus dinah zipporah eunice
damaris gifty ernestina felicia godfred godwin
"""

# French names.
_FRENCH = """
pierre jacques louis francois nicolas philippe marie camille amelie helene celine
sylvie nathalie veronique aurelie mathieu thierry herve gerard rene renee
andre benoit remi guillaume antoine olivier etienne sebastien frederic jerome laurent
alain christophe cedric emilie lea manon ines adrien alexandre amandine anais arnaud
aurelien axelle baptiste bastien bertrand brigitte capucine cecile chantal christelle
clemence corinne delphine didier edouard elodie emeline emmanuelle estelle fabien
fabienne fabrice franck gael gaelle genevieve gilles gregoire gwenaelle henri hugues
joelle julien justine karine laetitia laure loic lucie ludovic marc marcel margaux
martine maxime michel michele mireille monique nadege noemie odile pascal pascale patrice
raphael regis renaud romain sandrine serge severine simone solene stephane sylvain
thibault thibaut timothee valentin virginie yann yannick yvette jean-pierre jean-luc
jean-marc jean-claude jean-paul jean-michel jean-francois jean-louis jean-yves
jean-baptiste jean-marie marie-claire marie-france anne-marie marie-christine pierre-yves
marie-laure anne-sophie
marie-claude marie-josee marie-helene marie-pierre
marguerite juliette francoise claudine therese ghislaine solange huguette gisele margot
elise
luc gaetan gaetane rejean rejeanne ghislain yvon guylaine johanne josee lise maryse
ginette micheline fernande raymonde lucien mathilde oceane jeremie dany steeve josiane
odette germaine mathias gabrielle marjolaine maude raphaelle agathe apolline armelle
berenice blandine clotilde edwige eugenie flavie gwenola heloise laurene louna maelle
oriane perrine roxane segolene solenn soline tiphaine yolande celestine coralie enora
ludivine murielle nolwenn alban anatole antonin augustin aymeric barthelemy baudouin
corentin eloi emeric enzo erwan florent gaspard gautier geoffroy gildas gwendal joris
marius matthieu mael noe raoul remy rodolphe sylvestre tanguy thibaud ulysse yoann youenn
georges
"""

# Spanish, Portuguese, Brazilian and Filipino names ("ma.", with its dot: the Filipino
# abbreviation of María before a second given name, "Ma. Luisa").
_IBERIAN_FILIPINO = """
ma.
jose juan pedro pablo javier miguel manuel francisco antonio luis carlos jorge alejandro
fernando ricardo rafael sergio ana maria lucia paula elena marta
alfonso alberto alvaro andres armando arturo beatriz blanca camila catalina cesar
cristina daniela eduardo emilio enrique esteban felipe fernanda gabriela gonzalo
guillermo gustavo hugo ignacio jaime joaquin julio leticia lorena luisa marcelo
marcos mariana mario monica natalia norma octavio pilar raquel raul rocio rodrigo
ruben silvia susana tomas valentina veronica vicente victor ximena yolanda
joao tiago rui nuno goncalo duarte afonso henrique bruno diogo vitor luiz luciana
juliana adriana leonor joana catarina filipa jair lula dilma gilberto caetano
chico ronaldo thiago rafaela larissa aline priscila tatiana renata fabiana flavia
imelda leni manny jejomar corazon benigno marites maricel marivic rowena analyn dolores
consuelo erlinda teodoro rogelio renato reynaldo arnel jojo ramon ernesto rolando
virgilio wilfredo romeo rey nestor dante crisanto bayani ligaya dalisay mayumi
luzviminda rosalinda carmela carmelita marilou jessa kristine angelica mylene maricar
rhea ria pia bea
marisol alejandra yesenia araceli
lupe marisa delfina mariel rodel agustin anibal aurelio bernardo cristobal dario emiliano
estela fabiola facundo fidel francisca gerardo graciela hernan horacio jacinto jimena
josefina leandro macarena marcela mariano maribel matias mauricio maximiliano nahuel
noelia patricio ramiro reinaldo ulises agustina antonella lucila luciano rigoberto rodolfo
rosalia caio davi debora edson guilherme heitor helena isabela luana marcio matheus murilo
otavio raimundo vinicius joaquim margarida madalena vasco elmer edgardo arlene aileen
rosemarie maricris kristel jennylyn vilma zaldy jomar randy ruel raffy kiko jinggoy
bongbong leody isko
"""

# Italian names.
_ITALIAN = """
giovanni giuseppe marco luca matteo alessandro francesco paolo giulia chiara luigi
stefano roberto giorgio giorgia silvio romano enrico fabio federico gianluca lorenzo
massimo maurizio pietro riccardo salvatore vincenzo carlo claudio daniele
davide emanuele fabrizio filippo franco gianni leonardo piero raffaele tommaso
valerio alessandra alessia federica francesca martina paola simona valeria elisa
caterina donatella ilaria lorenza manuela ornella patrizia rosanna stefania
alessio arianna benedetta cesare cinzia corrado edoardo eleonora elisabetta ettore
fabrizia flavio fulvio gabriele gaetano giacomo gianfranco giancarlo gianmarco gianluigi
gino giulio guido ilenia jacopo ludovica marcello margherita mariangela matilde mattia
mirko nicolo noemi ottavio piera pierluigi pierpaolo rocco rosaria rossella samuele
silvana tiziana umberto vittoria vittorio sandro
"""

# German, Dutch, Afrikaans, Scandinavian and Finnish names.
_GERMANIC_NORDIC = """
hans klaus jurgen stefan andreas wolfgang markus matthias tobias florian jens jonas lukas
maximilian moritz niklas philipp olaf dieter helmut gerhard horst manfred rainer uwe jorg
joerg ulrich norbert volker heinz werner gunter friedrich heinrich otto ernst kurt rolf
bernd dirk holger lars sven torsten nils henrik anders magnus olav bjorn johan johannes
pieter joost maarten sander jeroen wouter ruud geert mette annika astrid sigrid birgit
karin kerstin helga gisela renate monika sabine petra katrin susanne annalena lena hanna
johanna anke frauke silke heike birte maike inga ingeborg liv freya elin ebba emil oskar
axel gustav fredrik jesper rasmus mads soren morten kasper jakob stig kjell terje
trond gunnar arne leif knut jukka mikko juha matti pekka sanna aino paivi riikka
tuomas antti ville sauli jari katja anja sanne femke anouk lotte marieke ilse wim henk
koen thijs bram daan leonie frieda klara maja svenja wiebke merle nele ronja
annelie anneke marietjie elmarie riaan wynand
maren sunniva dagmar jutta
maartje willemijn eline fenna noortje janneke wietske sjoerd jelle gert tijmen annemiek
jorien marijke mieke sietske merel hidde siebe gijs sietse wessel maaike margriet
ottilie solveig saskia liesl reto anselm marleen kirsi dagny gudrun hannelore hedwig
irmgard waltraud elke gesine hilde katharina kathrin lieselotte luise magda margarete
margit nadja stefanie ulla ulrike annegret anneliese antje bettina carola dorothea
elfriede gabi gerda gertrud hanne henrike imke mareike mechthild meike rieke svea swantje
tabea wilhelmine achim alois armin benedikt bernhard berthold burkhard christoph detlef
dietmar dietrich eberhard eckhard egon erwin ewald franz fritz georg gerd gernot gottfried
hannes harald hartmut heiko hendrik henning hermann hubertus ingo joachim jochen johann
josef julius karsten konrad lothar ludwig lutz malte reinhard reinhold rudolf rudiger
siegfried sigmar steffen thilo thorsten timo udo ulf waldemar wilfried wilhelm winfried
floris gerrit kees laurens lieven luuk niels pim rutger stijn teun annemarie els inge
jolien karlijn lieke liesbeth marloes mirjam nienke sofie hanneke aksel arvid asbjorn
birger eirik espen frode geir gudmund hakon helge ivar jarle kristian lasse petter ragnar
sigurd sverre torbjorn vegard vidar anette berit cecilie gunhild hege ingvild karoline
malin marit marte ragnhild randi silje synnove tonje tove trine turid unni vigdis agneta
birgitta britt gunilla kajsa linnea ulrika ylva bengt ingvar kalle lennart olof sune eeva
elina helmi jaana kaisa kati liisa maarit marja minna outi pirjo satu sirpa tarja tiina
annukka aki antero eero hannu heikki ilkka janne jouni jussi kalevi kimmo lauri markku
olli pasi pentti petri raimo risto sakari seppo tuomo vesa jorgen poul steen troels vibeke
pernille lene sigrun kristrun bjarni gudni olafur
"""

# Slavic, Baltic, Romanian, Greek, Armenian, Georgian and Hebrew names.
_EUROPEAN_OTHER = """
ivan dmitri sergei vladimir alexei olga irina svetlana dmitry sergey
alexey andrei andrey nikolai mikhail pavel pyotr yuri yury oleg igor boris anatoly viktor
grigory konstantin maxim ruslan artem kirill yevgeny evgeny vadim vitaly valery vasily
stanislav yaroslav volodymyr oleksandr oleksiy petro taras bohdan mykola vitali
ekaterina yekaterina anastasia daria darya ksenia yulia yuliya oksana lyudmila galina
vera larisa nadezhda polina alina zoya kateryna olena iryna nataliya tetiana
piotr pawel krzysztof tomasz marek andrzej jacek wojciech michal lukasz grzegorz jaroslaw
mateusz kamil rafal bartosz agnieszka katarzyna malgorzata magdalena ewa beata dorota
aleksandra zofia jiri petr jakub vaclav milos zdenek tereza aleksandar dragan
zoran goran nenad dejan vuk ivana jelena milica marija vesna snezana tanja dusan nikola
marko tomislav zeljko bojan sasa slobodan georgi dimitar hristo stoyan boyko rumen
krasimir ivaylo rositsa desislava teodora mariya mihai ionut florin bogdan cristian
alexandru gheorghe vasile radu razvan catalin ioana andreea mihaela raluca oana
georgios giorgos yannis giannis ioannis dimitris dimitrios konstantinos kostas nikos
nikolaos christos panagiotis vasilis vassilis michalis antonis stavros spyros thanasis
athanasios kyriakos evangelos manolis stelios takis petros pavlos angelos costas sotiris
theodoros apostolos eleni katerina dimitra ioanna vasiliki despina fotini niki eirini
chrysa athena evangelia konstantina stavroula paraskevi kalliopi myrto effie
armen vahe levon narek hayk tigran anahit lilit garo hagop kevork krikor raffi
vartan giorgi levan davit irakli zurab lasha tornike otar shota mamuka nino ketevan
tamta natia tinatin khatia teona
yossi avi moshe yael noa ehud yitzhak shimon amos gideon eitan ilan oren uri
yonatan naftali yair shira orly ronit efrat hila inbal keren limor liat merav
nitzan noga tali yifat yoav asaf doron dror nir shai shlomo yaakov yehuda avigdor benny
gadi haim itamar meir nadav nimrod ofer ofir reuven shaul shmuel tzipi yuval
gitanas arturas andrius janis kristaps edgars karlis kaja kersti tiit toomas urmas jaan kadri
liina
ilinca inese alin cosmin dorin dragos iulia iulian laurentiu liviu lucian madalina mircea
nicoleta ovidiu petru sorin tudor viorica adina anca camelia corina lavinia loredana agata
alicja bozena czeslaw danuta dariusz elzbieta halina irena iwona jadwiga janina janusz
jerzy jolanta jozef justyna kamila karolina kazimierz kinga krystyna leszek maciej marcin
mariusz marzena miroslaw patrycja przemyslaw ryszard slawomir stanislaw szymon tadeusz
urszula wieslaw witold wladyslaw zbigniew zuzanna alena jaroslav jitka karel ladislav
lenka marketa miroslav ondrej pavla radek zuzana andras attila balazs csaba erzsebet
eszter gabor gyorgy istvan janos judit katalin laszlo miklos orsolya sandor tamas zoltan
zsofia zsolt aivars andris arvydas audrius darius egle gintaras ieva ilze jurgita kestutis
linas mantas rasa saulius vaidas indrek kristi tarmo liis piret marju riina branko dragana
jasna jovan ljiljana milena natasa nevena petar predrag sanja senad slavica srdjan suzana
zlatko emina jasmina lejla edin elvir kenan belma ajla amela azra ilias alexandros
anastasios charalambos dionysis emmanouil grigoris lefteris marios markos nektarios
odysseas panos prodromos sakis theofanis vangelis yiorgos aggeliki eleftheria chrysoula
alexia irini arben blerina bujar dritan elvana enkelejda erion genti gentian ilir lirim
mimoza valon valbona agron arber besnik dardan driton fatos fitim liridon visar anoush
gohar lusine nairi shushan tatevik vardan ashot arsen gevorg grigor hovhannes mher samvel
sargis vahan maka salome sophiko tamar tamuna nugzar mikheil anat ariel avner avraham
ayelet boaz chaim dafna dov eliyahu eyal hadas hagai idan idit ilana itai itay liron moran
noam nurit ravit roni ronen rotem sagi sarit shachar shiri shlomit shoshana tomer tzvi
yaron yehudit yigal yoel yoram yosef zohar aigerim
"""

# South Asian names: Hindi, Marathi, Punjabi and Sikh, Bengali and Bangladeshi, Tamil,
# Telugu, Malayalam, Pakistani, Sri Lankan and Nepali. Pakistani names are written as the
# Urdu press romanises them, a long vowel doubled or not ("Aamir" and "Amir", "Shakeel" and
# "Shakil", "Masood" and "Masud"): each spelling is listed. (Left out: "Shaheen" of Shaheen
# Bagh, "Zain" the Gulf's telecoms company, "Danish" the adjective, "Asia"; the titles
# "Qazi", "Khawaja", "Nawab", "Rana".)
_SOUTH_ASIAN = """
priya rahul amit anil arjun ravi sanjay sunil vijay deepak pooja anjali neha sunita raj
rajesh suresh ramesh kiran asha meera hari arun ajay shiv gita sita usha uma maya kavya
divya nisha rekha vikram rohit sachin manoj ashok mohan gopal krishna lakshmi
radha savita smita sneha shreya ananya aditi aishwarya karan varun tarun nitin sumit
rakesh mukesh dinesh naresh mahesh ganesh umesh yogesh rajiv sanjeev rajeev pradeep
sandeep kuldeep jaideep manish ashish anand vivek abhishek akash vikas prakash subhash
harish girish satish jagdish pankaj neeraj dheeraj saurabh gaurav vaibhav anupam anurag
alok ashutosh piyush ritesh hitesh nilesh kamlesh shailesh shyam ghanshyam narendra
rajendra surendra mahendra jitendra devendra virendra upendra yogendra dharmendra
shailendra raghav madhav keshav pranav aarav vihaan ishaan kabir siddharth aniket aditya
yash dhruv kunal nikhil akhil sahil rohan mohit amitabh rajat hemant vasant prashant
shashi anuj manu swati shweta preeti jyoti kavita mamta meena seema reena veena geeta
neelam poonam sapna archana vandana alka nidhi ritu richa shikha deepa deepika radhika
shilpa sonali rupali madhuri sushma sushila shobha shanti parvati indira nirmala kalpana
vidya aparna suman arvind
sharad uddhav aaditya ajit supriya ashwini pallavi sayali snehal omkar prathamesh
siddhesh swapnil vinayak tushar sagar pravin praveen mangesh santosh sameera amol
chetan hrishikesh ketan mandar milind mukund parag shekhar shrikant sujit vaishali
varsha vrushali manisha sarika shraddha sonal shital
ritika kritika aakash tanvi harshita ishita riya sakshi tanmay siddhant prateek pratik
anirudh aniruddha shivani shalini payal aakriti akriti aastha astha mansi manasi bhavna
chetna garima himani namrata rashmi sangeeta arpita debashish pramod naveen abhinav ayush
utkarsh shubham kartik rishabh vineet faizan
gurpreet harpreet manpreet jaspreet simranjit harjit jasbir balwinder sukhwinder amarjit
navjot gurmeet harbhajan jagmeet jaswant ranjit rajinder surinder parminder davinder
mandeep gurdeep amrinder sukhbir harsimrat navneet simran harleen jasleen kulwinder
paramjit inderjit sarabjit tejinder bhupinder baljit charanjit daljit gagan gurinder
harinder jatinder lakhvir manjit narinder rupinder satnam sukhdev tarsem
sourav soumya arindam abhijit amitava anirban arnab debashis debasish dipankar indranil
kaushik partha pritam rupam sayan subrata sudipta sujoy sumanta supriyo tanmoy
biswajit dibyendu moumita paromita sharmila sreya sudeshna tanushree rituparna
mahmudul mizanur mostafizur shafiqul rafiqul aminul ashraful saiful shahidul nazrul
anisul mahfuz mahbub shamsul jahangir kamrul monirul obaidul tarique hasina khaleda
rumana sabina tahmina farzana nusrat sadia sumaiya afroza rokeya fahmida dilruba shahana
tasnim tasnima farhana sharmin
rashida
tanjim tanzim rezaul sohel arifur nazmul jahid rakib sakib shakib tahmid anisur moinul
mehedi habibur lutfur mahmudur ziaur fazlur atiqur rokibul mushfiqur zakir monir sumon
liton polash milon tamim mashrafe taslima tanjila tanzila mahmuda jannatul nasrin
tahsin tanjina sumaiya
bhim narayan dipendra gyanendra birendra sudip sujan prabin pradip bijay kishor janak baburam
sabitra bimala rabin pasang mingma lhakpa pemba keshab subash roshan sanjiv yubaraj khadga
bhupendra shambhu bidya rabindra ishwor hemraj bimal nirmal mukunda
murugan senthil karthik karthikeyan saravanan venkat venkatesh srinivas srinivasan
sridhar sriram subramaniam balaji lakshmanan arumugam kannan muthu selvam anbu elango
ilango kumaran mani palani rajan raman sundar sundaram velu vignesh dinakaran jayakumar
vasanth prabhu prabhakar bhaskar chandrasekhar chandra jaya kavitha lalitha meenakshi
pushpa revathi saranya sangeetha shanthi sudha vani vijaya nandini gayathri
bhavani keerthi priyanka ramya ranjani sowmya swathi tejaswi sailaja sirisha lavanya
madhavi anusha bhargavi harika haritha mounika navya pavani sravani chiranjeevi
nagarjuna venkaiah rama raghu ravindra srikanth sreenivas sudhakar madhusudan kishore
krishnan gopi harikrishna anoop jijo jomon jithin shaji shibu tomy vinod vinu bindu
deepthi jisha lekha manju reshma remya sindhu smitha sreeja athira anjana aswathy gopika
parvathy
irfan zubair tanvir mehwish ayesha hina saima rabia uzma samina shabnam
parveen shazia fauzia rukhsana naheed kashif asif arif atif adnan babar ehsan farhan
fawad ghulam haris iftikhar ijaz imtiaz inzamam javed junaid khurram mansoor mudassar
naveed nadeem naeem noman obaid rizwan sajid shahid shoaib shehzad talha usman waqar
zahid zeeshan zafar waqas umair owais ahsan mohsin abid sabir raza aslam azhar
ashfaq ishaq mushtaq shafqat liaquat pervez parvez nawaz shahbaz asad hira iqra
mahnoor mehak nimra rimsha sidra sumaira tahira zara fariha saba sobia anum huma nazia
nighat robina shagufta sumbul fazal fazl fazle zahoor inayat hidayat rehmat
aamir aamer aasim asim aatif aaqib aqib aadil aarif aamna aasia aasma saqib sarfraz
shakeel shakil wasim raheel rahil masood masud mahmud mehmood shaukat qaiser qaisar kaleem
mazhar mubashir mubashar muzaffar nasim naseem nisar nauman nouman rauf rehan rehman riaz
safdar sajjad salahuddin shafiq shafique shakir shamim tanveer taufiq tauseef touseef umar
umer waheed wajid yaseen younis younus zaheer zulfiqar zulfikar arshad asghar akhtar altaf
amjad aqeel athar ayaz azam basharat daniyal ejaz ehtisham faheem fahim faraz farooq
farrukh fayyaz feroz hafeez haider haroon hashim idrees ilyas imdad intikhab iqbal irshad
ishtiaq israr jahanzeb khizar latif maqsood maroof mateen mujahid murtaza musharraf najam
naseer qamar safeer sarmad shabbir shahzad shehryar sikandar subhan tauqir ubaid wahab
yousaf yousuf zohaib afshan faiza ghazala hafsa iram javeria maham marvi mehreen misbah
momina naila najma nargis nasreen nausheen nida noreen rubina sadaf sajida sania shaista
shehla shumaila sumera tabassum zakia zubaida quratulain anila asiya benazir fehmida humaira
kishwar madiha mahira maleeha munazza nazish neelum saadia samra sehar tayyaba
mahinda gotabaya ranil sajith chandrika kumara nimal lasantha chaminda dilshan kusal
lahiru nuwan tharindu dinuka chathura kasun ruwan sampath upul chamari dilani nadeesha
nirosha sanduni thilini shehani anura mangala nalin ruwani sagala priyanthi dharshini
kumudini janaka wasantha upali tissa gamini sarath ajith chandana indika jayantha
lakshman nihal palitha rajitha thilak wimal
bishnu kamala binod bikash sushil nabin sarita sher
ankit ankita ankur ankush
sabitri laxmi saraswati
devika nilanthi dilrukshi dev leena anushka ranjith devraj dinesha priyamvada chanda
manjari arundhati binita sekar fazeena anaya dilini anoma buddhika chamila
chandima chathurika damayanthi dhammika dilhani erandi gayani hasini imesha inoka ishara
janani kanchana kaushalya lakmini malini menaka nadeeka nadeeshani niluka nilmini piumi
pradeepa pubudu rangana renuka sachini samanthi sandamali sanjeewani sashika sewwandi
shanika shiromi sriyani subhashini sugandika thanuja udeshika upeksha wathsala yasoda
amila anuradha asanka chamara charitha dammika dhanushka dulan eranga gihan hasitha harsha
isuru kapila lalith lasith mahela manjula nalaka niroshan prasanna priyantha sanath
sanjaya shehan suranga thisara thushara wanindu dasun charith dhananjaya chamath namal
harin eran ranga sivakumar tenzing tashi sonam tsering dorje phurba pratibha bina ambika
shova sapana pramila laxman bibek bishal bipin dipesh niraj pawan sandesh saroj suraj
ujjwal dipak indra prem jeevan kapil ahana aarti aarushi abhay akanksha akshay amrita
anshul anupama apoorva ashwin avinash barkha bhavana chitra damini darshan deeksha devesh
dhanya dipti esha gauri gayatri harshad indu ishan jayant juhi kajal kamini kanika
karishma kartikeya komal kriti lata madhu mahima malavika mallika maneesh mehul minal
mitali nandita neelima nikita niranjan nirupama nupur prachi pragya pranay prerna rachna
ragini rajni rakhi ranjana rashi renu rohini ruchi rupa sadhana saloni sanjana sanya
shefali shruti shubha smriti sucheta sujata sukanya sumedha sunanda surbhi swara tanuja
trisha urmila urvashi vaishnavi vineeta vinita yamini anshuman arnav atul chirag dilip
gautam jatin jayesh lalit mayank mihir naman paresh parth puneet ranveer rishi shantanu
shashank shreyas sudhir sumeet uday vikrant vinay vipul vishal zubin sundas tooba aleena
anam areeba arooj fiza hadia hajra hamna hareem hoorain kinza laiba malaika manahil
minahil muskan nabiha rameen sabahat samreen sawera shanzay sumbal tahreem urooj zunaira
aishath fathimath aminath mariyam hawwa
shahriar shahriyar mahmudullah habiba tahmina nusrat
"""

# African names: Yoruba, Igbo, Hausa and Fulani (with the Hausa names of the day of birth,
# "Danladi", "Talatu"), the Middle Belt's (Berom, Ngas), Akan and Ewe, West African francophone,
# Swahili, Kenyan, Ugandan, Zulu, Xhosa, Sotho and Tswana, Ethiopian and Eritrean, Somali.
_AFRICAN = """
kwame kofi ama amara chinedu chidi ngozi oluwaseun tunde emeka adebayo folake
adewale adeola ayodele babatunde bolaji damilola femi folasade funmilayo funmi gbenga
ibukun ifeoluwa jumoke kayode kehinde taiwo kunle lanre moji niyi oladipo olamide
olanrewaju olufemi olumide oluwatobi segun seun shola sola tayo temitope tobi tolu
toluwalope wale yemi yetunde abiodun adeniyi akinwumi bimbo bukola dayo ebun
enitan fola funke kemi lola modupe omolara sade simi titi toyin wuraola yinka bisi
bola biodun deji dotun jide kola laide lekan muyiwa rotimi tope olusegun
obinna ikenna chukwuemeka chukwuma chijioke chinonso chibuike chiamaka chioma chinwe
chinyere adaeze adaora amaka nkechi nneka ifeoma ijeoma uchenna uche nnamdi ebuka
kelechi kenechukwu somto tochukwu okechukwu onyeka nonso ugochukwu ugonna nkem ebere
oluchi obiageli chimamanda chinua adaobi onyinye ogechi uzoma azubuike ejike ifeanyi
ikechukwu nnaemeka obiora olisa goodluck nyesom chukwudi chigozie chidinma chukwuka
aliyu aminu garba lawal mamman muhammadu nasiru sani shehu umaru yakubu hauwa
hadiza halima amina bilkisu hajara hussaini jamilu kabiru nuhu rabiu salisu tijjani
yahaya zubairu abdulkadir abdullahi danjuma dauda haruna ismaila nura sanusi atiku
balarabe ladi asabe binta rakiya safiya zuwaira
kwaku kwabena kwasi kojo kwadwo kwesi ekow kobina akosua adwoa abena akua yaa afua
efua esi araba akwasi fiifi kweku ekua adjoa kodjo kossi komla mawuli selorm edem elikem
dzifa enyonam selasi sename senyo delali esinam makafui mawuena kafui etornam sedem yayra
elorm eyram xorla nutifafa
mamadou ousmane amadou oumar boubacar ibrahima abdoulaye seydou modibo
bakary sekou aliou idrissa youssouf aminata fatoumata awa aissatou kadiatou ramatoulaye
coumba ndeye khady assane babacar demba fallou malick moustapha macky ousseynou
djibril yacouba drissa salif mahamat
baraka rehema zawadi neema imani furaha mwanaisha mwajuma zuhura hamisi omari
bakari rashidi athumani mussa mwinyi jakaya
wanjiru wanjiku njeri nyambura wairimu wambui wangari wangui waithera muthoni njoki
kamau mwangi kariuki njoroge otieno ochieng odhiambo omondi onyango owino okoth ouma
achieng akinyi atieno awino adhiambo anyango auma kipchoge kiprotich chebet cherono
jeptoo kibet kiprono kimani kiptoo mutua musyoka mueni mwende ndinda nduku kalonzo
raila wycliffe collins wafula wekesa barasa nafula nasimiyu nekesa naliaka
yoweri mugisha tumusiime kato wasswa nakato babirye kizito mukasa atwine kyomuhendo
sipho thabo themba bongani mandla sibusiso nkosinathi lungile lwazi mzwandile sizwe
thulani vusi xolani zola zanele nomvula nomsa nokuthula thandeka thandiwe lindiwe
busisiwe zodwa ntombi nonhlanhla phumzile ayanda siyabonga mxolisi mthunzi andile bheki
jabulani khanyisile lerato naledi palesa refilwe tshepo kagiso katlego karabo lesego mpho
boitumelo dineo kabelo keabetswe kgomotso masego oratile tumelo tebogo thato tshiamo gaone
olebogeng thabiso tumisang sibongile nomalanga mbali zinhle nosipho sindiswa
zandile gugu hlengiwe mpumi nompumelelo cyril
thando thandi sihle sanele sandile lwando luyanda anele ntokozo mpumelelo khaya lihle
nomzamo sibongiseni siphiwe siphokazi thembeka thembi nokwanda amahle minenhle asanda aphiwe
lulama yonela sinethemba zukisa bandile melusi nhlanhla sifiso olwethu zintle khanyi
lebohang nthabiseng puleng tumi tsholofelo dimakatso itumeleng kamogelo keitumetse mothusi
tshepiso mandisa sizakele bongiwe unathi ayabonga
kolawole olawale oluwole adekunle adewole babajide oyewole akinola adeyemi akintunde
tinashe tendai tatenda farai rutendo kudzai tafadzwa nyasha chipo tapiwa tsitsi
rumbidzai fadzai chiedza tonderai takudzwa simbarashe munyaradzi tawanda tichaona
kudakwashe ruvimbo
abebe abiy alemayehu alemu amanuel bekele berhanu dawit dereje ermias fikru getachew
girma haile hailu kebede kidane mekonnen mesfin mulugeta negash tadesse tekle tesfaye
tewodros yohannes yonas zerihun abeba almaz aster azeb birtukan bizunesh genet hirut
lemlem meseret mulu rahel selam senait tigist tsion yeshi zewditu mahlet meron tsegay
yemane berhane kiflom
abdi abdirahman abdiaziz abdiweli abdirashid abdikarim abdinasir abdiqani abdisalam
aweys burhan cabdi cumar maxamed xasan xuseen guled ilhan jama mahad
mustafe nuur warsame hodan hibo ifrah ikran khadra nimco sahra sagal ubah ayaan faadumo
halimo hawa idil kowsar nasra ruun sucaad ladan deeqa amran fardowsa hamse
hiwot bereket kidus liya biniam mekdes eyerusalem adebola cheruiyot
chikondi ndapewa mwape terkula ebikabowei chidera bisola aminat dele olu osei lamin naa
nii kwamena yaw kobby ademola adegoke adenike adesola adetola adetokunbo adeyinka ajoke
akinwale amarachi anuli ayo ayomide ayotunde bamidele boluwatife chibuzo chidimma chika
chike chima chinaza chinedum chinonye chisom chizoba ebele ebi ebube ejiro ekene eniola
ezinne fisayo gbemisola ifeyinwa iyabo kanayo nkiru nnenna oge olaniyi olayinka olubunmi
olufunke olumuyiwa oluwakemi oluwaseyi oluwatoyin omotola onyekachi opeyemi oreoluwa
tamuno temidayo tobiloba tokunbo tunji uju ugo ugochi yewande timipre tonye ebiere preye
diepreye boma ibinabo edidiong uduak aniekan imaobong mfon ekaette iniobong msughter
terver doosuur hafsat rahama sadiya ummi zulaihat auwal habibu hamisu jibrin lawan muazu
murtala sagir tanimu zakari shettima modou abdou alioune aissata astou dieynaba fatou
maimouna marieme oumou rokhaya seynabou mariama kadidiatou salimata lassana mamadi lansana
fode djeneba korotoumou harouna hamidou issoufou mahamadou adamou boureima halidou moctar
soumaila tiemoko siaka zoumana kouame kouassi koffi kouadio konan affoue amenan adjoua
akissi tiyamike thokozani chisomo mphatso kondwani limbani madalitso yamikani tawonga
chimwemwe dalitso pempho takondwa wezi tadala bwalya chilufya mulenga mwansa mwila mutale
musonda ndapandula nangula saara netumbo akello apio aber amuge atim nakku nabirye
namutebi nalubega nansubuga kirabo mirembe okello opio kiiza kisakye muhoozi atuhaire
kemigisha ninsiima nuwagaba tusiime kyomuhangi kobusingye agaba asiimwe kansiime natukunda
mbabazi akoth awuor nyokabi wanza mumbi wanjira njambi nyawira gathoni kerubo moraa
kwamboka nyaboke bonareri kavata katunge syombua upendo tumaini faraji jabiri mwanahawa
mwanaidi mwanamisi saumu sikudhani subira biruk ephrem eyob fasil fitsum habtamu henok
kaleb mikias nahom natnael robel samrawit selamawit sosina tsegaye wondimu yared yitbarek
alemnesh aynalem feven kalkidan meaza tsehay yodit filmon semere tesfalem tesfamariam
mussie awet freweini luwam yordanos hiwet abdirizak faduma fartun hawo istahil khalif
nasteexo nimo shamsa ubax abdifatah abdiwali guuleed mowlid sharmarke xamse
danladi dantala talatu larai lami bitrus dalyop gyang nanle kaneng rinji pwajok
"""

# Southeast Asian and Pacific names: Malay, Indonesian, Thai (in Latin letters), Fijian, Maori.
_SOUTHEAST_ASIAN = """
ayu budi dewi putri siti nur indah rina eko bambang joko hendra litia sereana losana mere
jone tevita sitiveni josefa aroha tane hemi wiremu ngaire aziz hafiz faridah nurul
haziq aiman zainal azman azmi zulkifli rosli razak mahathir muhyiddin
hishammuddin khairy rafizi fauzi hamzah khairul lokman mazlan nazri
rahim ramli roslan shahrul suhaimi zaki zamri zulkarnain aishah azizah
fatimah hasnah laila maimunah noraini norhayati rohana rosnah salmah suraya zaleha
zuraidah nurhayati intan wati yanti ratna kartika lestari maharani puspita rahmawati
andi dedi heru iwan teguh yudi gatot prabowo susilo megawati sukarno ganjar anies ridwan
sandiaga basuki retno dwi adi arief bayu dian fajar galih hendro lukman nanang putra
rizky rizki setiawan slamet surya taufik wibowo ade anisa annisa citra desi diah eka
endang fitria indri kurnia novi puji rahma ratih rini santi sinta siska tuti wulan yuli
yuni agus rudi wahyu
somchai somsak suda malee siriporn kanya niran apinya somkid somporn sompong prayut
prawit anutin thaksin yingluck paetongtarn srettha abhisit chuan suthep chatchai
kittisak kittipong nattapong nattawut panya pornthip prasert prayuth sakchai sombat
somboon sukhum supachai surachai suthin teerapong thanakorn thanawat tanawat wichai wirot
worawut apichart anan boonsong chaiwat jakkrit jirayu kasem manop narong panit pichai
prapas sakda siriwat thawatchai udom wanchai yutthana kanokwan nattaya pimchanok
pornpimol ratana somsri sunisa supaporn thida wanida warunee aranya busaba chanya
duangjai jintana kulap lamai napat orathai pensri rattana sirikit sopa tassanee wipa
tama rangi anahera moana manaia kiri mereana hine awhina tipene rawiri hohepa matiu tamati
salote seini mele sione viliami
norazlina haslinda hidayah izzati nadiah nabilah nurhidayah rahmah syazwani zulaikha azlan
azlina fadzil faizal fauzan firdaus hafizah ikhwan irwan iskandar izzat kamarul razali
rizal rosmah saifuddin shafie shahrir andika arya bima dani dimas endah erick fadli fahmi
galang gilang hanif krisna kurniawan luhut mahfud nadiem nugroho pratama purnomo rahmat
rangga ridho sandi sigit susi sutrisno syahrul tito wisnu yudha fitri kartini larasati
novita susanti utami yuliana anchalee arunee chalerm chanin charoen chonlada jintara kamol
kittiya kulthida mayuree naree nipon nuttaya orawan prapaporn rattanaporn saowanee siriwan
somying sunee supot suriya thanom thitima tippawan waraporn yupin minh linh thanh thuy
huong phuong hieu tuan khanh ngoc trang duc cuong aung kyaw zaw htet myo phyo thein thura
khin hla nandar thandar yadanar sokha sophal sopheap vannak rithy sothea
"""

# Pacific names: Tongan, Samoan, Fijian (iTaukei) and Māori; Melanesian (Papuan, Solomon
# Islands, Vanuatu) writers mostly carry the Biblical names of the English list.
_PACIFIC = """
tomasi mereani ioane sefa sefo pita siosaia siaosi semisi sitani ofa
losaline lesieli kalolaine telesia luseane sela vika malia iosefa lagi fetu leota tavita
vaimoana epeli josaia jope meli mosese nemani peni ropate sailosi seru sisilia timoci
viliame wame waisale akosita asenaca kelera lanieta lusiana makereta miliakere salanieta
unaisi vasemaca inoke isireli jioji joeli kitione lepani manasa mikaele naca osea pauliasi
rusiate savenaca huia kahu marama pania rewi waimarie whetu huhana paora piripi riki
tamihana
"""

# East Asian given names printed after the family name or in Western order.
_EAST_ASIAN_GIVEN = """
wei li wang zhang chen liu yang ming hui xiao yan mei lin
hiroshi takeshi yuki kenji akira haruto sakura yuko naoko akiko ayumi chie emi eri
haruka hitomi kaori keiko kumiko mariko megumi mika miki misaki miyuki nanami
noriko rie sachiko satomi tomoko yoko yoshiko yui yumi daisuke hideo hideki hiroki
hiroyuki kazuo kazuki kei kenta koji makoto masahiro masaki masato naoki noboru osamu
ryo ryota satoshi shigeru shinji shinzo shota taro takashi takuya tetsuya tomohiro
yasuo yoshihide yoshihiko yuichi yusuke yuto fumio
aiko kaito akane aoi asuka ayaka ayako chiaki eiko emiko fumiko hanako hiromi hisako junko
kana kanako kasumi kazuko kiyoko kyoko maki mami masako michiko midori mio mitsuko miwa
momoko natsuki natsumi nobuko reiko rika risa ryoko saki sayaka setsuko shiho shizuka
sumiko takako tomomi yoshie yukiko yuka yukari yumiko akihiro akio atsushi daiki eiji
fumihiko goro hajime haruki hayato hidetoshi hiro hirofumi hisashi ichiro isamu jiro
junichi junichiro katsuya kazuhiro keiichi keisuke kenichi kensuke kentaro kiyoshi koichi
kosuke kunio manabu masaru masashi masayoshi minoru mitsuo nobuo nobuyuki norio riku
ryosuke ryuichi sadao seiji shigeo shingo shinichi shoji shun sota susumu tadashi takahiro
takao takeo takumi tatsuya teruo tetsuo toru toshiaki toshio tsuyoshi yasuhiro yasushi
yoshiaki yoshio yoshiro yuji yukio yutaka shinjiro jing ying hao yong qiang lei xin hua
jie ling yun qing jian haoran zhiwei weiwei xiaohong yiming jiayi xinyi yifan zixuan
yuting tingting lili xiaoming
"""

# Family names printed first, as Chinese, Korean and Vietnamese names are ("Tan Wei Ling").
_FAMILY_FIRST = """
tan wong lim chan ng ong goh teo koh chua cheung leung lau yeung chow tsang
zhou huang zhao wu ma hu guo luo zheng liang xie song tang xu han deng
cao peng zeng tian dong yuan cai jiang yu ye cheng su lu ding ren shen
choi jung kang cho yoon jang seo shin kwon hwang ahn yoo hong
nguyen tran pham hoang phan vu vo dang bui duong ly
wen jin chong zhu gu feng qian qiu shi tao xia xiong yao yin zou lai mok kwok tse
yip poon siu fung chiu leong loh yeo toh quek khoo chia seah heng lam mak kwan fok tong
chung choy tsui koo tam jeon baek heo noh ryu joo byun kwak chun
"""



def _spellings() -> frozenset[str]:
    keys = {textnorm.fold_arabic(word) for group in _ARABIC_SCRIPT for word in group.split()}
    for tail in _ABD_COMPOUNDS.split():  # spaced, "عبد الرحمن" opens with "عبد" (listed)
        keys.add(textnorm.fold_arabic("عبد" + tail))
    keys.update(textnorm.fold_arabic(head + "الدين") for head in _DIN_COMPOUNDS.split())
    keys.update(word.casefold() for group in _LATIN_SCRIPT for word in group.split())
    return frozenset(keys)


_ARABIC_SCRIPT = (_ARABIC_MEN, _ARABIC_WOMEN, _MAGHREB, _MAURITANIA_SOMALIA_YEMEN, _KURDISH,
                  _AMAZIGH, _PERSIAN_TURKISH_AR, _CHRISTIAN_WESTERN_AR, _SLAVIC_CHINESE_AR)
_LATIN_SCRIPT = (_ARABIC_LATIN, _MAGHREB_LATIN, _KURDISH_PERSIAN_LATIN, _TURKISH, _ENGLISH,
                 _FRENCH, _IBERIAN_FILIPINO, _ITALIAN, _GERMANIC_NORDIC, _EUROPEAN_OTHER,
                 _SOUTH_ASIAN, _AFRICAN, _SOUTHEAST_ASIAN, _PACIFIC, _EAST_ASIAN_GIVEN,
                 _FAMILY_FIRST)
GIVEN_NAMES = _spellings()
GIVEN_NAME_CACHE_SIZE = 4096  # words whose answer is kept


# The given names left out above as common words, month names or acronyms (see the module's
# docstring; "Mai", May in French, an Egyptian and a Vietnamese given name): names all the
# same where a credit's position says a person stands there, never on a bare line alone
# (see word_name).
_WORD_NAMES = frozenset(textnorm.fold_arabic(word).casefold() for word in """
نصر سلام فجر صباح عيد أمل آمال حياة وعد شهد دعاء بشرى نجم هلال زهرة عواطف وسيلة مولود تركي زينة
إخلاص سلامة ليال حصة رسل وسام كرم ديار سرى رؤى
will mark bill hope faith joy peace rose summer amber frank said isa sana patience comfort
blessing precious charity favour mai
""".split())


# The given names left out above as the first words of places ("Sofia", "Victoria",
# "Jordan"): a person's all the same on a line printed beside another writer's name in the
# same shape, never on a line alone (see place_name).
_PLACE_NAMES = frozenset("""
jordan victoria georgia lincoln madison charlotte sofia haifa samar
ife kerry clare leigh devon selma adama marina
""".split())


def place_name(word: str) -> bool:
    """Whether ``word`` (as printed) is a given name that is also a place's first word
    ("Sofia", "Victoria"): evidence of a name only beside another writer's credited name
    ("Lukas Brenner" / "Sofia Andreou", see clean._credits_beside)."""
    return word.casefold() in _PLACE_NAMES


def word_name(word: str) -> bool:
    """Whether ``word`` (as printed) is a given name that is also a common word or an
    acronym ("هلال", "أمل", "Hope", "Sana"): evidence of a name only beside other evidence
    of a credit (a town after a bar; the place filed from before a dash, a family name of
    origin after it)."""
    return textnorm.fold_arabic(word).casefold() in _WORD_NAMES


# Latin letters no Unicode decomposition takes to a base letter ("Bjørn", "Łukasz", "Barış").
_PLAIN_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe",
                                "ß": "ss"})


# Kurdish script writes the vowels Arabic spelling leaves out: "ێ" (ē), "ۆ" (ō), "ە" (a, "ه"
# closing a word) and "ڵ", "ڕ" for the heavy "l" and rolled "r"; a hamza's seat "ئ" opens a
# word's vowel ("ئەحمەد" is "أحمد", "عەلی" "علي", "هێمن" "هيمن", "شێرکۆ" "شيركو").
_KURDISH_VOWELS = frozenset("ێۆەڵڕ")
_KURDISH_LETTERS = str.maketrans({"ێ": "ي", "ۆ": "و", "ڵ": "ل", "ڕ": "ر"})


def _in_arabic_spelling(key: str) -> str:
    """A Kurdish-script word (a folded key) in the Arabic spelling of the lists: its long
    vowels and heavy letters as Arabic letters, its short "ە" dropped inside the word and
    "ه" closing it, its opening "ئ" before "ە" an alef."""
    if key.startswith("ئە"):
        key = "ا" + key[2:]
    key = key.translate(_KURDISH_LETTERS)
    return key[:-1].replace("ە", "") + key[-1].replace("ە", "ه")


# Titles that are also given names ("الشيخ ولد أحمدو", "سلطان العتيبي", "Sidi Ould Cheikh"),
# left out of the lists above: a line opening with one is a headline as often ("سلطان عمان
# يستقبل …"). One opens a name only before a family name (see title_is_name).
_TITLE_NAMES = frozenset(textnorm.fold_arabic(word).casefold() for word in """
الشيخ سلطان مولاي سيدي sheikh sultan moulay sidi
""".split())
# The titles that open a compound given name before a known given name ("سيدي محمد", "مولاي
# أحمد", "Sidi Mohamed"), as Maghrebi and Mauritanian names do.
_COMPOUND_OPENERS = frozenset(textnorm.fold_arabic(word).casefold() for word in """
مولاي سيدي moulay sidi
""".split())
# The particles of a patronym: "ولد"/"ول" (son of), "بنت"/"منت" (daughter of), "بن": the word
# before one is a given name, whatever else it is.
_PATRONYM_PARTICLES = frozenset(textnorm.fold_arabic(word).casefold() for word in """
ولد ول بنت منت بن ابن ould mint bint bin ben
""".split())
# The particles of an Irish or Scottish Gaelic family name, as printed ("Ní", "Nic", "Ó",
# "Uí", "Mhic": a daughter, a son, a wife of the family): between two capitalised words, the
# first is a given name, whatever the lists above hold ("Síle Ní Bhriain").
_GAELIC_PARTICLES = frozenset("Ní Nic Ó Uí Mhic".split())
# An Arabic family name of origin, a nisba: the article, three letters or more, final ya
# ("العتيبي", "البلوشي"), as folded.
_NISBA = re.compile(r"ال[^\W\d_]{3,}ي")
# The same name of origin spelt in Latin letters, the article apart or hyphened ("Al Rawahi",
# "Al-Busaidi", "El Mansouri"), on the casefolded words after the title.
_LATIN_NISBA = re.compile(r"(?:al|el)[ -][a-z]{3,}i(?: |$)")


def bare_title_name(word: str) -> bool:
    """Whether ``word`` (as printed) is a title that is also a given name, printed without
    the article ("سلطان", "مولاي"; see _TITLE_NAMES): a given name beside other evidence of
    a credit, as the title before a name carries its article ("السلطان", "الشيخ")."""
    key = textnorm.fold_arabic(word).casefold()
    return key in _TITLE_NAMES and not key.startswith("ال")


def patronym_particle(word: str) -> bool:
    """Whether ``word`` (as printed) is a patronym's particle ("بن", "ولد", "Ould"; see
    _PATRONYM_PARTICLES)."""
    return textnorm.fold_arabic(word).casefold() in _PATRONYM_PARTICLES


def family_of_origin(word: str) -> bool:
    """Whether ``word`` (as printed) is an Arabic family name of origin, a nisba
    ("البوسعيدي", "الشهري"): the article, three letters or more, final ya."""
    return bool(_NISBA.fullmatch(textnorm.fold_arabic(word).casefold()))


def title_is_name(words: list[str]) -> bool:
    """Whether the words open with a title that is also a given name, before a family name:
    a patronym's particle ("الشيخ ولد أحمدو") or a nisba ("سلطان العتيبي", "Sultan Al
    Rawahi": see _LATIN_NISBA); or a compound
    given name's opener before a known given name and a family name ("سيدي محمد ولد …";
    two words alone name a town as often: "سيدي قاسم"); or an Arabic title printed without
    its article before the father's known given name and a nisba ("سلطان فهد الشمري", as
    Gulf papers print a full name: a title before a name carries the article, "السلطان").
    A headline opening with such a title names a place or an office after it ("سلطان
    عمان"), or a ruler and his epithet ("سلطان محمد الفاتح")."""
    title = textnorm.fold_arabic(words[0]).casefold() if words else ""
    if len(words) < 2 or title not in _TITLE_NAMES:
        return False
    family = textnorm.fold_arabic(words[1]).casefold()
    return family in _PATRONYM_PARTICLES or bool(_NISBA.fullmatch(family)) or (
        title in _COMPOUND_OPENERS and len(words) >= 3 and is_given_name(words[1])) or \
        _bare_title_father_nisba(title, words) or ((
        family in ("al", "el") or family[:3] in ("al-", "el-")) and
        _LATIN_NISBA.match(" ".join(words[1:3]).casefold()) is not None)


def _bare_title_father_nisba(title: str, words: list[str]) -> bool:
    """Whether the words are an Arabic title with no article (folded ``title``: "سلطان"),
    the father's known given name, then a nisba ("سلطان فهد الشمري"): three names."""
    return len(words) >= 3 and not title.isascii() and not title.startswith("ال") and \
        is_given_name(words[1]) and bool(_NISBA.fullmatch(textnorm.fold_arabic(words[2])))


def opens_name(words: list[str]) -> bool:
    """Whether the words (a name's, as printed) open with a given name: a known one (see
    is_given_name), a title that is one there (see title_is_name), or any capitalised word
    before a Gaelic family name's particle and its name (see _GAELIC_PARTICLES), or a
    compound given name (see _compound_given_name), or a known one cut short under its
    elision mark (see _elided_given_name)."""
    return bool(words) and (is_given_name(words[0]) or title_is_name(words) or (
        words[0][:1] in _ELISION_MARKS and _elided_given_name(words)) or (
        len(words) == 3 and words[1] in _GAELIC_PARTICLES
        and all(word.isalpha() and word[0].isupper() for word in (words[0], words[2]))) or (
        len(words) >= 2 and "-" in words[0] and _compound_given_name(words[0])))


# The marks an elided given name opens with, its first syllable cut ("’Dele" for
# Akindele, "'Tunde" for Babatunde, as West African papers print the short form).
_ELISION_MARKS = "'’"


def _elided_given_name(words: list[str]) -> bool:
    """Whether the first of the words is a known given name, capitalised, under an elision
    mark (see _ELISION_MARKS: "’Kunle Ajayi"), before a capitalised family name: a quote
    opening a headline ("'Bola was right'") goes on in lower case."""
    given = words[0][1:]
    return len(words) >= 2 and given[:1].isupper() and words[1][:1].isupper() and \
        is_given_name(given)


def _compound_given_name(word: str) -> bool:
    """Whether the word is two capitalised given names joined by a hyphen, one of them a
    known one ("Lee-Ann", "Shelly-Ann": a Caribbean given name the lists lack whole)."""
    parts = word.split("-")
    return len(parts) == 2 and all(part.isalpha() and part.istitle() for part in parts) and \
        any(map(is_given_name, parts))


# The first parts of a hyphened word that open no given name: a patronym's particle or an
# article before a family name ("Ben-Gurion", "Al-Hassan"), or a combining form before an
# adjective ("Franco-German", "Italo-Swiss").
_NOT_HYPHENED_NAMES = _PATRONYM_PARTICLES | {"al", "el", "franco", "italo", "anglo", "indo"}
# The East Asian family names no other list holds as a given name ("Hong", "Tan"): printed
# first, they are no part of a hyphened given name ("Hong-Kong").
_FAMILY_NAMES_ONLY = frozenset(_FAMILY_FIRST.split()) - {
    word for group in _LATIN_SCRIPT if group is not _FAMILY_FIRST for word in group.split()}


def _hyphened_given_name(word: str) -> bool:
    """Whether the word is a hyphened given name, two capitalised parts one of which is a
    known given name ("Marc-André", "Kerry-Ann", "Marie-Ève", "Pieter-Jan", "Abdul-Razak",
    "Mei-Ling"): French, Québécois, Caribbean, Dutch, Arabic and Chinese compound given
    names the lists hold only in part. Not a particle's or an article's family name
    ("Ben-Gurion", "Al-Hassan") nor a combining form's adjective ("Franco-German")."""
    first, _, second = word.partition("-")
    return "-" not in second and len(first) > 1 and len(second) > 1 and all(
        part.isalpha() and part.istitle() for part in (first, second)) and \
        textnorm.fold_arabic(first).casefold() not in _NOT_HYPHENED_NAMES and \
        any(is_given_name(part) and part.casefold() not in _FAMILY_NAMES_ONLY
            for part in (first, second))


# Cached: the rules ask of the same word many times on a page (a line's first word, by each
# reading of a credit), and a word not in the lists is decomposed character by character.
@functools.lru_cache(maxsize=GIVEN_NAME_CACHE_SIZE)
def is_given_name(word: str) -> bool:
    """Whether ``word`` (one word, as printed) is a known given name, or a hyphened one
    opening with a known given name (see _hyphened_given_name). Latin accents are
    folded ("Siobhán", "Hélène", "Bjørn", "Ó" as "siobhan", "helene", "bjorn", "o"): the
    list spells each name once, without them."""
    key = textnorm.fold_arabic(word).casefold()
    if key in GIVEN_NAMES:
        return True
    if "-" in key:
        return _hyphened_given_name(word)
    if key.isascii():
        return False
    if not _KURDISH_VOWELS.isdisjoint(key):
        return _in_arabic_spelling(key) in GIVEN_NAMES
    return "".join(char for char in unicodedata.normalize("NFKD", key.translate(_PLAIN_LETTERS))
                   if not unicodedata.combining(char)) in GIVEN_NAMES
