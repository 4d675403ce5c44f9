"""The same-sentence fallback (``wirewatch/core/contacts/fallback.py``): a sentence
that names one person of each side, holds no trigger but a word of contact the
trigger lists leave out ("saw", "conferred", تشاور, "konuştu", "X and Y stressed"), is
a contact, unless the detector's rules or the fallback's own gate say otherwise
(issue #12, session 17).

The sentences were written for the probe before any failure of the real-text set was
read, in the styles of wire copy, state media, Gulf and Maghreb press and Turkish
dailies; none is taken from an excerpt. A third of them must stay without a current
contact: plans, refusals, conditionals, commentary, a person named only in the
genitive, a third country's partner, co-attendees, separate statements, a person named
in what the other said.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical as pairs
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.fallback import linked
from wirewatch.core.contacts.lexicon import load_lexicons
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
KALIN, HAFTAR = "person:ibrahim-kalin", "person:khalifa-haftar"
GULER, SADDAM = "person:yasar-guler", "person:saddam-haftar"
TAKALA, LAFI = "person:mohamed-takala", "person:abdullah-al-lafi"
SARRAJ, HADDAD = "person:fayez-al-sarraj", "person:mohammed-al-haddad"
YERLIKAYA, TRABELSI = "person:ali-yerlikaya", "person:imad-trabelsi"
BAYRAKTAR, BOLAT = "person:alparslan-bayraktar", "person:omer-bolat"
KURTULMUS, SALEH = "person:numan-kurtulmus", "person:aguila-saleh"
YILMAZ, GURAK = "person:cevdet-yilmaz", "person:metin-gurak"
BASHAGHA = "person:fathi-bashagha"

EN_FIRE = [
    (
        "Turkish President Recep Tayyip Erdogan saw Libyan Prime Minister Abdul Hamid Dbeibah in Istanbul on Saturday.",
        (ERDOGAN, DBEIBAH),
    ),
    (
        "Hakan Fidan conferred with Mohamed Menfi in Tripoli on Tuesday about the elections.",
        (FIDAN, MENFI),
    ),
    ("Ibrahim Kalin sat down with Khalifa Haftar in Benghazi on Monday.", (KALIN, HAFTAR)),
    (
        "Erdogan presided over talks with Abdul Hamid Dbeibah at Dolmabahce Palace on Sunday.",
        (ERDOGAN, DBEIBAH),
    ),
    (
        "Yasar Guler and Saddam Haftar discussed military training in Ankara on Wednesday.",
        (GULER, SADDAM),
    ),
    (
        "Ali Yerlikaya exchanged views with Imad Trabelsi on irregular migration in Ankara on Thursday.",
        (YERLIKAYA, TRABELSI),
    ),
    (
        "Alparslan Bayraktar and Abdul Hamid Dbeibah reviewed energy cooperation in Tripoli on Monday.",
        (BAYRAKTAR, DBEIBAH),
    ),
    ("Omer Bolat held discussions with Mohamed Menfi on trade in Tripoli.", (BOLAT, MENFI)),
    (
        "Numan Kurtulmus hosted Aguila Saleh at the Turkish parliament on Tuesday.",
        (KURTULMUS, SALEH),
    ),
    (
        "Erdogan spoke with Dbeibah at length on the sidelines of the Antalya Diplomacy Forum on Saturday.",
        (ERDOGAN, DBEIBAH),
    ),
    (
        "In Ankara on Friday, Hakan Fidan and Abdullah al-Lafi went over the political process.",
        (FIDAN, LAFI),
    ),
    ("Dbeibah had lunch with Erdogan in Istanbul on Sunday.", (ERDOGAN, DBEIBAH)),
    (
        "Mohamed Menfi shook hands with Recep Tayyip Erdogan before their talks in Istanbul on Saturday.",
        (ERDOGAN, MENFI),
    ),
    (
        "Turkish Defence Minister Yasar Guler and Saddam Haftar came together in Ankara on Thursday.",
        (GULER, SADDAM),
    ),
    ("Kalin huddled with Khalifa Haftar in Benghazi for three hours on Sunday.", (KALIN, HAFTAR)),
    (
        "Mohamed Takala consulted Hakan Fidan on the budget dispute during a stop in Ankara on Tuesday.",
        (FIDAN, TAKALA),
    ),
    (
        "Erdogan gave an audience to Mohamed Menfi at the presidential complex on Friday.",
        (ERDOGAN, MENFI),
    ),
    ("Erdogan and Dbeibah discussed bilateral ties in Istanbul on Saturday.", (ERDOGAN, DBEIBAH)),
    (
        "Dbeibah talked with Erdogan about the maritime deal in Istanbul on Saturday.",
        (ERDOGAN, DBEIBAH),
    ),
    (
        "Cevdet Yilmaz co-chaired a business forum with Abdul Hamid Dbeibah in Istanbul on Tuesday.",
        (YILMAZ, DBEIBAH),
    ),
    ("Mohamed Menfi was welcomed by Recep Tayyip Erdogan in Ankara on Thursday.", (ERDOGAN, MENFI)),
    ("Saddam Haftar was the guest of Yasar Guler in Ankara on Wednesday.", (GULER, SADDAM)),
    (
        "Ibrahim Kalin and Khalifa Haftar reviewed the situation in the Sahel in Benghazi on Sunday.",
        (KALIN, HAFTAR),
    ),
    (
        "Hakan Fidan and Abdul Hamid Dbeibah, meeting in Tripoli on Tuesday, agreed to reopen the consulate in Benghazi.",
        (FIDAN, DBEIBAH),
    ),
    (
        "Recep Tayyip Erdogan on Saturday had a telephone exchange with Mohamed Menfi.",
        (ERDOGAN, MENFI),
    ),
    ("Erdogan talked to Dbeibah by video link on Monday.", (ERDOGAN, DBEIBAH)),
    (
        "Turkey's Erdogan and Libya's Dbeibah conferred for two hours in Istanbul on Saturday.",
        (ERDOGAN, DBEIBAH),
    ),
    ("Hakan Fidan briefed Mohamed Menfi on the Gaza talks in Tripoli on Tuesday.", (FIDAN, MENFI)),
    (
        "Mohamed Takala and Numan Kurtulmus held a working session in Ankara on Wednesday.",
        (KURTULMUS, TAKALA),
    ),
    (
        "Yasar Guler and Mohammed al-Haddad inspected a joint training programme in Tripoli before their meeting on Sunday.",
        (GULER, HADDAD),
    ),
    (
        "At the Vahdettin Mansion on Saturday, Erdogan and Menfi discussed the Gaza war and the Libyan elections.",
        (ERDOGAN, MENFI),
    ),
    (
        "Dbeibah and Erdogan exchanged gifts and discussed reconstruction projects in Istanbul on Saturday.",
        (ERDOGAN, DBEIBAH),
    ),
]

EN_LEAVE = [
    "Erdogan told an audience in Ankara on Tuesday that Khalifa Haftar had lost his chance.",
    "Erdogan saw no reason to talk to Haftar, his spokesman said.",
    "Dbeibah reviewed the security situation in Tripoli on Monday, a day after Erdogan called for calm.",
    "Recep Tayyip Erdogan saw his Libya policy vindicated as Khalifa Haftar's forces retreated.",
    "Hakan Fidan evaluated the outcome of the Berlin conference, which Dbeibah attended.",
    "Dbeibah had dinner with Italian Prime Minister Giorgia Meloni in Rome, where Erdogan's envoy was also present.",
    "Erdogan said he would meet Dbeibah in Ankara next week.",
    "Hakan Fidan refused to talk with Khalifa Haftar on Monday.",
    "Ibrahim Kalin praised Khalifa Haftar's role in the ceasefire talks in Geneva.",
    "Erdogan discussed Libya with Emmanuel Macron on Monday, a day after Dbeibah's visit to Paris.",
    "Mohamed Menfi met Giorgia Meloni in Rome and discussed Erdogan's proposal for a conference.",
    "Erdogan, Dbeibah and Macron were among the leaders attending the summit in Baghdad on Saturday.",
    "If Haftar comes to Ankara, Erdogan will receive him, an aide said.",
    "Fidan and Dbeibah have not met since the crisis began, officials said.",
    "Kalin commented on the talks between Dbeibah and Haftar in Rome.",
    "Dbeibah welcomed Erdogan's remarks on the elections.",
    "Erdogan welcomed Haftar's decision to join the talks.",
    "Erdogan discussed Dbeibah's proposal with Vladimir Putin by phone on Tuesday.",
    "Menfi will visit Ankara to meet Erdogan later this month.",
    "Turkish officials said Erdogan had no plans to talk with Haftar.",
    "Erdogan is expected to discuss the maritime deal with Dbeibah when he visits Tripoli.",
    "Saddam Haftar discussed the Turkish offer with Egyptian President Abdel Fattah el-Sisi in Cairo on Monday.",
    "Hakan Fidan, Abdul Hamid Dbeibah and Antony Blinken spoke at the opening session of the Rome conference.",
]

AR_FIRE = [
    (
        "بحث الرئيس التركي رجب طيب أردوغان مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في إسطنبول السبت العلاقات الثنائية.",
        (ERDOGAN, DBEIBAH),
    ),
    (
        "ناقش وزير الخارجية التركي هاكان فيدان ورئيس المجلس الرئاسي محمد المنفي في طرابلس الثلاثاء مستجدات العملية السياسية.",
        (FIDAN, MENFI),
    ),
    ("تباحث إبراهيم كالن مع خليفة حفتر في بنغازي حول الأوضاع الأمنية.", (KALIN, HAFTAR)),
    (
        "أجرى يشار غولر وصدام حفتر مباحثات في أنقرة الأربعاء تناولت التعاون العسكري.",
        (GULER, SADDAM),
    ),
    ("تشاور الدبيبة مع أردوغان بشأن ملف الطاقة في إسطنبول.", (ERDOGAN, DBEIBAH)),
    (
        "استعرض وزير الداخلية التركي علي يرلي كايا مع عماد الطرابلسي سبل مكافحة الهجرة غير النظامية.",
        (YERLIKAYA, TRABELSI),
    ),
    ("تبادل محمد المنفي وأردوغان وجهات النظر حول القضايا الإقليمية في أنقرة.", (ERDOGAN, MENFI)),
    ("جمع لقاء في أنقرة الرئيس أردوغان ورئيس مجلس النواب عقيلة صالح.", (ERDOGAN, SALEH)),
    ("عقد فيدان والدبيبة جلسة مباحثات موسعة في طرابلس.", (FIDAN, DBEIBAH)),
    (
        "التقى رئيس المجلس الأعلى للدولة محمد تكالة رئيس البرلمان التركي نعمان كورتولموش في أنقرة.",
        (KURTULMUS, TAKALA),
    ),
    ("تناول اجتماع فيدان والمنفي في طرابلس ملف الانتخابات.", (FIDAN, MENFI)),
    (
        "ناقش رئيس الأركان الليبي محمد الحداد مع نظيره التركي متين غوراك التعاون العسكري في أنقرة.",
        (GURAK, HADDAD),
    ),
    ("بحث أردوغان والدبيبة هاتفيا تطورات الأوضاع في المنطقة.", (ERDOGAN, DBEIBAH)),
    (
        "بحث وزير الدفاع التركي يشار غولر مع القائد العام خليفة حفتر سبل تعزيز التعاون.",
        (GULER, HAFTAR),
    ),
    ("تطرق اللقاء الذي جمع أردوغان بمحمد المنفي إلى ملف المصالحة الوطنية.", (ERDOGAN, MENFI)),
    ("تحادث محمد المنفي مع أردوغان على هامش القمة في أنطاليا.", (ERDOGAN, MENFI)),
    (
        "ناقش عماد الطرابلسي ونظيره التركي علي يرلي كايا ملف الهجرة في طرابلس.",
        (YERLIKAYA, TRABELSI),
    ),
    ("استضاف أردوغان الدبيبة على مأدبة عشاء في إسطنبول.", (ERDOGAN, DBEIBAH)),
    ("أجرى فيدان محادثات مع عبد الله اللافي في أنقرة حول المصالحة.", (FIDAN, LAFI)),
    (
        "تشاور وزير الطاقة التركي ألب أرسلان بيرقدار مع الدبيبة حول مشاريع النفط والغاز.",
        (BAYRAKTAR, DBEIBAH),
    ),
    ("بحث صدام حفتر ويشار غولر في أنقرة برامج التدريب المشتركة.", (GULER, SADDAM)),
    ("ناقش محمد تكالة مع هاكان فيدان في أنقرة الخلاف حول الميزانية.", (FIDAN, TAKALA)),
    ("بحث عقيلة صالح مع نعمان كورتولموش في أنقرة التعاون البرلماني.", (KURTULMUS, SALEH)),
    ("تداول إبراهيم كالن وخليفة حفتر في بنغازي الأوضاع في منطقة الساحل.", (KALIN, HAFTAR)),
    ("ناقش أردوغان مع الدبيبة في اتصال مرئي ملف الكهرباء.", (ERDOGAN, DBEIBAH)),
    ("صافح أردوغان محمد المنفي في أنقرة قبل جلسة المباحثات.", (ERDOGAN, MENFI)),
]

AR_LEAVE = [
    "استعرض أردوغان في خطابه أمام البرلمان موقف حفتر من الاتفاق.",
    "تناول الدبيبة في كلمته بالمنتدى الدعم الذي قدمه أردوغان لحكومته خلال السنوات الماضية.",
    "من المقرر أن يبحث أردوغان مع الدبيبة ملف الطاقة الأسبوع المقبل.",
    "رفض حفتر مقابلة فيدان خلال زيارته إلى المنطقة.",
    "بحث أردوغان مع بوتين الأوضاع في ليبيا بعد زيارة الدبيبة إلى موسكو.",
    "رحب الدبيبة بتصريحات أردوغان بشأن الانتخابات.",
    "شارك أردوغان والدبيبة والسيسي في القمة العربية الإسلامية في الرياض.",
    "علق فيدان على المباحثات بين الدبيبة وحفتر في القاهرة.",
    "قال أردوغان إنه لن يلتقي حفتر.",
    "إذا زار حفتر أنقرة فسيبحث معه أردوغان ملف الطاقة.",
    "ناقش المنفي مع ميلوني في روما مبادرة أردوغان.",
    "يعتزم فيدان مناقشة ملف الانتخابات مع المنفي خلال زيارته المرتقبة إلى طرابلس.",
    "انتقد الدبيبة تصريحات فيدان حول الانتخابات.",
    "أشاد أردوغان بدور الدبيبة في تحقيق الاستقرار.",
]

TR_FIRE = [
    (
        "Dışişleri Bakanı Hakan Fidan, Trablus'ta Libya Başkanlık Konseyi Başkanı Muhammed Menfi ile ikili ilişkileri ele aldı.",
        (FIDAN, MENFI),
    ),
    (
        "MİT Başkanı İbrahim Kalın, Bingazi'de Halife Hafter ile bölgesel gelişmeleri değerlendirdi.",
        (KALIN, HAFTAR),
    ),
    ("Milli Savunma Bakanı Yaşar Güler, Saddam Hafter'i Ankara'da ağırladı.", (GULER, SADDAM)),
    (
        "Enerji Bakanı Alparslan Bayraktar ve Dibeybe, Trablus'ta enerji işbirliğini masaya yatırdı.",
        (BAYRAKTAR, DBEIBAH),
    ),
    (
        "İçişleri Bakanı Ali Yerlikaya, Libyalı mevkidaşı İmad Trabelsi ile düzensiz göçle mücadeleyi konuştu.",
        (YERLIKAYA, TRABELSI),
    ),
    (
        "TBMM Başkanı Numan Kurtulmuş, Libya Temsilciler Meclisi Başkanı Akile Salih ile istişarelerde bulundu.",
        (KURTULMUS, SALEH),
    ),
    (
        "Ticaret Bakanı Ömer Bolat, Dibeybe ile ticaret hacmini artırmanın yollarını müzakere etti.",
        (BOLAT, DBEIBAH),
    ),
    ("Hakan Fidan ve Muhammed Tekale, Ankara'da siyasi süreci istişare etti.", (FIDAN, TAKALA)),
    ("Yaşar Güler, Hafter ile Bingazi'de bir süre sohbet etti.", (GULER, HAFTAR)),
    ("İbrahim Kalın ile Hafter arasında Bingazi'de bir görüşme gerçekleşti.", (KALIN, HAFTAR)),
    (
        "Cumhurbaşkanı Erdoğan, Dibeybe ile Libya'daki son durumu masaya yatırdı.",
        (ERDOGAN, DBEIBAH),
    ),
    (
        "Erdoğan ve Menfi, Ankara'da bölgesel konularda fikir alışverişinde bulundu.",
        (ERDOGAN, MENFI),
    ),
    ("Bakan Yerlikaya, Trabelsi'yi makamında konuk etti.", (YERLIKAYA, TRABELSI)),
    ("Dibeybe, Erdoğan'a Libya'daki gelişmeler hakkında bilgi verdi.", (ERDOGAN, DBEIBAH)),
    ("Akile Salih, Kurtulmuş ile parlamentolar arası işbirliğini konuştu.", (KURTULMUS, SALEH)),
    ("Hakan Fidan, Menfi ile Trablus'ta baş başa bir araya geldi.", (FIDAN, MENFI)),
    (
        "Genelkurmay Başkanı Metin Gürak, Libya Genelkurmay Başkanı Muhammed el-Haddad ile askeri işbirliğini ele aldı.",
        (GURAK, HADDAD),
    ),
    (
        "Cevdet Yılmaz ve Dibeybe, İstanbul'da düzenlenen iş forumunda ekonomik ilişkileri değerlendirdi.",
        (YILMAZ, DBEIBAH),
    ),
    ("Erdoğan, Menfi ile Dolmabahçe'de yemekte buluştu.", (ERDOGAN, MENFI)),
    (
        "Saddam Hafter, Yaşar Güler ile Ankara'da savunma sanayii projelerini görüştü.",
        (GULER, SADDAM),
    ),
    ("İbrahim Kalın, Hafter ile bölgedeki güvenlik durumunu istişare etti.", (KALIN, HAFTAR)),
    (
        "Erdoğan, Dibeybe'yi Vahdettin Köşkü'nde kabul ederek ikili ilişkileri değerlendirdi.",
        (ERDOGAN, DBEIBAH),
    ),
    (
        "Hakan Fidan, Muhammed Tekale ile telefonda görüşerek bölgesel gelişmeleri konuştu.",
        (FIDAN, TAKALA),
    ),
    ("Alparslan Bayraktar, Dibeybe ile enerji projelerini gözden geçirdi.", (BAYRAKTAR, DBEIBAH)),
    ("Kurtulmuş, Akile Salih'i TBMM'de karşıladı.", (KURTULMUS, SALEH)),
    (
        "Yaşar Güler ve Muhammed el-Haddad, Ankara'da ortak eğitim programlarını müzakere etti.",
        (GULER, HADDAD),
    ),
]

TR_LEAVE = [
    "Numan Kurtulmuş, Akile Salih hakkında konuştu.",
    "Erdoğan, kabine toplantısının ardından yaptığı açıklamada Libya'daki durumu değerlendirdi ve Dibeybe hükümetine destek verdi.",
    "Erdoğan'ın gelecek hafta Dibeybe ile görüşmesi bekleniyor.",
    "Hakan Fidan, Hafter ile görüşmeyi reddetti.",
    "İbrahim Kalın, Dibeybe ile Hafter arasındaki görüşmeyi değerlendirdi.",
    "Erdoğan, Dibeybe ve Sisi, Bağdat'taki zirveye katılan liderler arasındaydı.",
    "Erdoğan, Dibeybe'nin açıklamalarını memnuniyetle karşıladı.",
    "Hafter Ankara'ya gelirse Erdoğan onu kabul edecek.",
    "Hakan Fidan, Menfi ile görüşmeyi planladığını söyledi.",
    "Hakan Fidan, Dibeybe'nin seçim konusundaki tutumunu eleştirdi.",
    "Erdoğan, Hafter'in açıklamalarını değerlendirdi.",
    "Kurtulmuş, Akile Salih ile ay sonunda bir araya gelecek.",
]

# Joint statements, what one told the other, tweets in the first person, and the
# definite contact nouns: the fallback's other cue families.
MORE_FIRE = [
    (
        "en",
        "Hakan Fidan and Mohamed Menfi stressed the need for elections in Tripoli on Tuesday.",
        (FIDAN, MENFI),
    ),
    (
        "en",
        "Yasar Guler and Saddam Haftar agreed on a new training programme in Ankara on Wednesday.",
        (GULER, SADDAM),
    ),
    (
        "en",
        "Numan Kurtulmus told Mohamed Takala in Ankara on Wednesday that parliament would back the accords.",
        (KURTULMUS, TAKALA),
    ),
    (
        "en",
        "Fathi Bashagha said he was pleased to host Yasar Guler in Tripoli on Sunday.",
        (GULER, BASHAGHA),
    ),
    ("ar", "أكد أردوغان والدبيبة في إسطنبول أهمية تعزيز التعاون الاقتصادي.", (ERDOGAN, DBEIBAH)),
    (
        "ar",
        "وانعقد اللقاء في أنقرة بين أردوغان وعقيلة صالح بحضور عدد من الوزراء.",
        (ERDOGAN, SALEH),
    ),
    (
        "ar",
        "وكتب هاكان فيدان على منصة إكس: ناقشنا اليوم مع محمد المنفي في طرابلس مستجدات العملية السياسية.",
        (FIDAN, MENFI),
    ),
    ("ar", "اتصل يشار غولر مع صدام حفتر للاطمئنان على الأوضاع في بنغازي.", (GULER, SADDAM)),
    (
        "tr",
        "Hakan Fidan ve Muhammed Menfi, Trablus'ta seçimlerin önemini vurguladı.",
        (FIDAN, MENFI),
    ),
    ("tr", "Hakan Fidan, Muhammed Menfi ile Trablus'ta araya geldi.", (FIDAN, MENFI)),
    (
        "tr",
        "Recep Tayyip Erdoğan, Dibeybe ile Trablus'taki eski şehir merkezini ve limanı gezdi.",
        (ERDOGAN, DBEIBAH),
    ),
]
MORE_LEAVE = [
    # "calling on" urges, "exchanged" may be accusations: neither is a fallback cue
    (
        "en",
        "Erdogan, calling on Khalifa Haftar to halt the offensive, said Turkey would defend Tripoli.",
    ),
    ("en", "Erdogan and Haftar exchanged accusations on Monday over the attacks on Tripoli."),
    ("en", "Erdogan stressed on Monday that Khalifa Haftar must withdraw his forces."),
    (
        "en",
        "Erdogan and Haftar expressed support for the ceasefire in separate statements on Monday.",
    ),
    ("en", "Erdogan told reporters in Ankara that Khalifa Haftar had no future."),
    ("ar", "أشاد أردوغان بالدبيبة في خطابه أمام البرلمان."),
    ("tr", "Erdoğan, Hafter'in saldırılarının durması gerektiğini vurguladı."),
    (
        "tr",
        "Erdoğan ve Dibeybe, ayrı ayrı yaptıkları açıklamalarda ateşkese destek verdiklerini belirtti.",
    ),
]


def _case(lang: str, text: str, pair: tuple[str, str]) -> tuple[str, str, str]:
    return lang, text, pair_key(*pair)


FIRE = [
    *(_case("en", t, p) for t, p in EN_FIRE),
    *(_case("ar", t, p) for t, p in AR_FIRE),
    *(_case("tr", t, p) for t, p in TR_FIRE),
    *(_case(lang, t, p) for lang, t, p in MORE_FIRE),
]
LEAVE = [
    *(("en", t) for t in EN_LEAVE),
    *(("ar", t) for t in AR_LEAVE),
    *(("tr", t) for t in TR_LEAVE),
    *MORE_LEAVE,
]


@pytest.mark.parametrize(("lang", "text", "key"), FIRE)
def test_a_contact_word_between_one_person_of_each_side_is_a_contact(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str, key: str
) -> None:
    current, _ = pairs(detector, entities, text, lang)
    assert key in current


@pytest.mark.parametrize(("lang", "text"), LEAVE)
def test_plans_refusals_topics_thirds_and_attendees_stay_no_current_contact(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    current, _ = pairs(detector, entities, text, lang)
    assert current == set()


def test_a_fallback_sentence_goes_on_with_the_contact_told_before_it(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # "told" alone would make a current contact; the meeting it continues is a week old
    text = (
        "In Istanbul last week, Erdogan met Dbeibah. "
        "Dbeibah told Erdogan that Libya would buy more drones."
    )
    current, historical = pairs(detector, entities, text, "en")
    assert current == set()
    assert historical == {pair_key(ERDOGAN, DBEIBAH)}


def test_a_fallback_word_alone_makes_a_contact(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    current, _ = pairs(
        detector, entities, "Hakan Fidan conferred with Mohamed Menfi in Tripoli.", "en"
    )
    assert current == {pair_key(FIDAN, MENFI)}
    current, _ = pairs(
        detector, entities, "Hakan Fidan reviewed Mohamed Menfi's letter in Ankara.", "en"
    )
    assert current == set()  # the genitive: what was read, not who met


@pytest.mark.parametrize(
    ("text", "first", "second", "cue", "joint", "expected"),
    [
        # the cue between the two: subject, verb, object
        ("Erdogan saw Dbeibah", (0, 7), (12, 19), (8, 11), False, True),
        # a joining word between them
        ("Erdogan and Dbeibah reviewed it", (0, 7), (12, 19), (20, 28), False, True),
        # nothing joins them: the verb after both, no joining word between
        ("Erdogan, citing Dbeibah, reviewed it", (0, 7), (16, 23), (25, 33), False, False),
        # the second is in what was said
        ("Erdogan told us that Dbeibah lied", (0, 7), (21, 28), (8, 12), False, False),
        # a joint statement: coordinated subjects, the verb after them
        ("Erdogan and Dbeibah stressed", (0, 7), (12, 19), (20, 28), True, True),
        # a joint statement's verb between them is one person's statement
        ("Erdogan stressed to Dbeibah", (0, 7), (20, 27), (8, 16), True, False),
    ],
)
def test_linked(
    text: str,
    first: tuple[int, int],
    second: tuple[int, int],
    cue: tuple[int, int],
    joint: bool,
    expected: bool,
) -> None:
    assert text[first[0] : first[1]] in ("Erdogan",)
    assert text[second[0] : second[1]] == "Dbeibah"
    assert linked(text, first, second, cue, load_lexicons()["en"], joint) is expected
