"""Deterministic, realistic raw articles for the benchmark (Arabic, English, Turkish).

Articles are composed from sentence templates about Libya, Turkey and the region
(officials meeting, ministries, cities, oil, trade, migration), filled with varied
names, numbers and dates, so the entity, dedup and contact stages do real work and
no two articles are alike. About 5 % are near-duplicate re-runs of an earlier article
by another outlet, as wire copy is in practice. Same seed, same start -> same bytes.

``python -m wirewatch.testing.corpus --count 300`` prints size, language and similarity figures.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

LANGS = ("ar", "en", "tr")

# -- actors ------------------------------------------------------------------------
# Each actor in the three languages. ``gen`` is the Turkish genitive (suffix by vowel
# harmony), written out because the templates need grammatical Turkish.

Actor = dict[str, dict[str, str]]


def _actor(
    en: tuple[str, str], ar: tuple[str, str], tr: tuple[str, str, str], country: str
) -> Actor:
    return {
        "en": {"name": en[0], "role": en[1]},
        "ar": {"name": ar[0], "role": ar[1]},
        "tr": {"name": tr[0], "role": tr[1], "gen": tr[2]},
        "country": {"code": country},
    }


LIBYANS: list[Actor] = [
    _actor(
        ("Abdulhamid Dbeibah", "Prime Minister of the Government of National Unity"),
        ("عبد الحميد الدبيبة", "رئيس حكومة الوحدة الوطنية"),
        ("Abdulhamid Dibeybe", "Ulusal Birlik Hükümeti Başbakanı", "Dibeybe'nin"),
        "LY",
    ),
    _actor(
        ("Mohamed al-Menfi", "head of the Presidential Council"),
        ("محمد المنفي", "رئيس المجلس الرئاسي"),
        ("Muhammed el-Menfi", "Libya Başkanlık Konseyi Başkanı", "Menfi'nin"),
        "LY",
    ),
    _actor(
        ("Khalifa Haftar", "commander of the Libyan National Army"),
        ("خليفة حفتر", "القائد العام للجيش الوطني الليبي"),
        ("Halife Hafter", "Libya Ulusal Ordusu Komutanı", "Hafter'in"),
        "LY",
    ),
    _actor(
        ("Saddam Haftar", "deputy commander of the Libyan National Army"),
        ("صدام حفتر", "نائب القائد العام للجيش الوطني الليبي"),
        ("Saddam Hafter", "Libya Ulusal Ordusu Komutan Yardımcısı", "Hafter'in"),
        "LY",
    ),
    _actor(
        ("Aguila Saleh", "Speaker of the House of Representatives"),
        ("عقيلة صالح", "رئيس مجلس النواب"),
        ("Akile Salih", "Libya Temsilciler Meclisi Başkanı", "Salih'in"),
        "LY",
    ),
    _actor(
        ("Osama Hammad", "head of the eastern-based government"),
        ("أسامة حماد", "رئيس الحكومة المكلفة من مجلس النواب"),
        ("Usame Hammad", "doğu merkezli hükümetin Başbakanı", "Hammad'ın"),
        "LY",
    ),
    _actor(
        ("Naji Issa", "Governor of the Central Bank of Libya"),
        ("ناجي عيسى", "محافظ مصرف ليبيا المركزي"),
        ("Naci İsa", "Libya Merkez Bankası Başkanı", "İsa'nın"),
        "LY",
    ),
    _actor(
        ("Taher al-Baour", "acting Foreign Minister of Libya"),
        ("الطاهر الباعور", "وزير الخارجية المكلف"),
        ("Tahir el-Baur", "Libya Dışişleri Bakan Vekili", "Baur'un"),
        "LY",
    ),
    _actor(
        ("Masoud Suleman", "chairman of the National Oil Corporation"),
        ("مسعود سليمان", "رئيس المؤسسة الوطنية للنفط"),
        ("Mesud Süleyman", "Libya Ulusal Petrol Kurumu Başkanı", "Süleyman'ın"),
        "LY",
    ),
    _actor(
        ("Mohamed Takala", "head of the High Council of State"),
        ("محمد تكالة", "رئيس المجلس الأعلى للدولة"),
        ("Muhammed Tekale", "Libya Devlet Yüksek Konseyi Başkanı", "Tekale'nin"),
        "LY",
    ),
    _actor(
        ("Emad Trabelsi", "Interior Minister of the Government of National Unity"),
        ("عماد الطرابلسي", "وزير الداخلية بحكومة الوحدة الوطنية"),
        ("İmad Trabulsi", "Ulusal Birlik Hükümeti İçişleri Bakanı", "Trabulsi'nin"),
        "LY",
    ),
]

FOREIGNERS: list[Actor] = [
    _actor(
        ("Recep Tayyip Erdoğan", "Turkish President"),
        ("رجب طيب أردوغان", "الرئيس التركي"),
        ("Recep Tayyip Erdoğan", "Cumhurbaşkanı", "Erdoğan'ın"),
        "TR",
    ),
    _actor(
        ("Hakan Fidan", "Turkish Foreign Minister"),
        ("هاكان فيدان", "وزير الخارجية التركي"),
        ("Hakan Fidan", "Dışişleri Bakanı", "Fidan'ın"),
        "TR",
    ),
    _actor(
        ("Ibrahim Kalin", "head of Turkey's National Intelligence Organisation (MIT)"),
        ("إبراهيم قالن", "رئيس جهاز المخابرات التركي"),
        ("İbrahim Kalın", "MİT Başkanı", "Kalın'ın"),
        "TR",
    ),
    _actor(
        ("Yasar Guler", "Turkish Defence Minister"),
        ("يشار غولر", "وزير الدفاع التركي"),
        ("Yaşar Güler", "Milli Savunma Bakanı", "Güler'in"),
        "TR",
    ),
    _actor(
        ("Alparslan Bayraktar", "Turkish Energy Minister"),
        ("ألب أرسلان بيرقدار", "وزير الطاقة التركي"),
        ("Alparslan Bayraktar", "Enerji ve Tabii Kaynaklar Bakanı", "Bayraktar'ın"),
        "TR",
    ),
    _actor(
        ("Omer Bolat", "Turkish Trade Minister"),
        ("عمر بولاط", "وزير التجارة التركي"),
        ("Ömer Bolat", "Ticaret Bakanı", "Bolat'ın"),
        "TR",
    ),
    _actor(
        ("Cevdet Yilmaz", "Turkish Vice President"),
        ("جودت يلماز", "نائب الرئيس التركي"),
        ("Cevdet Yılmaz", "Cumhurbaşkanı Yardımcısı", "Yılmaz'ın"),
        "TR",
    ),
    _actor(
        ("Guven Begec", "Turkish Ambassador to Libya"),
        ("غوفين بيغيتش", "السفير التركي لدى ليبيا"),
        ("Güven Begeç", "Türkiye'nin Trablus Büyükelçisi", "Begeç'in"),
        "TR",
    ),
    _actor(
        ("Badr Abdelatty", "Egyptian Foreign Minister"),
        ("بدر عبد العاطي", "وزير الخارجية المصري"),
        ("Bedr Abdulati", "Mısır Dışişleri Bakanı", "Abdulati'nin"),
        "EG",
    ),
    _actor(
        ("Ahmed Attaf", "Algerian Foreign Minister"),
        ("أحمد عطاف", "وزير الخارجية الجزائري"),
        ("Ahmed Attaf", "Cezayir Dışişleri Bakanı", "Attaf'ın"),
        "DZ",
    ),
    _actor(
        ("Antonio Tajani", "Italian Foreign Minister"),
        ("أنطونيو تاياني", "وزير الخارجية الإيطالي"),
        ("Antonio Tajani", "İtalya Dışişleri Bakanı", "Tajani'nin"),
        "IT",
    ),
]

COUNTRIES: dict[str, dict[str, str]] = {
    # en name; ar name; tr genitive
    "TR": {"en": "Turkey", "ar": "تركيا", "tr": "Türkiye'nin"},
    "EG": {"en": "Egypt", "ar": "مصر", "tr": "Mısır'ın"},
    "DZ": {"en": "Algeria", "ar": "الجزائر", "tr": "Cezayir'in"},
    "IT": {"en": "Italy", "ar": "إيطاليا", "tr": "İtalya'nın"},
}

# (en, ar, tr nominative, tr locative)
LIBYAN_CITIES = [
    ("Tripoli", "طرابلس", "Trablus", "Trablus'ta"),
    ("Benghazi", "بنغازي", "Bingazi", "Bingazi'de"),
    ("Misrata", "مصراتة", "Misrata", "Misrata'da"),
    ("Sirte", "سرت", "Sirte", "Sirte'de"),
    ("Zawiya", "الزاوية", "Zaviye", "Zaviye'de"),
    ("Sabha", "سبها", "Sebha", "Sebha'da"),
    ("Tobruk", "طبرق", "Tobruk", "Tobruk'ta"),
    ("Derna", "درنة", "Derne", "Derne'de"),
]
FOREIGN_CITIES = [
    ("Ankara", "أنقرة", "Ankara", "Ankara'da"),
    ("Istanbul", "إسطنبول", "İstanbul", "İstanbul'da"),
    ("Antalya", "أنطاليا", "Antalya", "Antalya'da"),
    ("Cairo", "القاهرة", "Kahire", "Kahire'de"),
    ("Tunis", "تونس", "Tunus", "Tunus'ta"),
    ("Algiers", "الجزائر العاصمة", "Cezayir", "Cezayir'de"),
    ("Rome", "روما", "Roma", "Roma'da"),
    ("Doha", "الدوحة", "Doha", "Doha'da"),
]

# (en, ar, tr)
ORGS = [
    (
        "the Government of National Unity's media office",
        "المكتب الإعلامي لحكومة الوحدة الوطنية",
        "Ulusal Birlik Hükümeti basın ofisi",
    ),
    ("the Libyan Foreign Ministry", "وزارة الخارجية الليبية", "Libya Dışişleri Bakanlığı"),
    ("the Turkish Foreign Ministry", "وزارة الخارجية التركية", "Türkiye Dışişleri Bakanlığı"),
    ("the Turkish Defence Ministry", "وزارة الدفاع التركية", "Milli Savunma Bakanlığı"),
    (
        "the General Command of the Libyan National Army",
        "القيادة العامة للجيش الوطني الليبي",
        "Libya Ulusal Ordusu Genel Komutanlığı",
    ),
    ("the Presidential Council", "المجلس الرئاسي", "Libya Başkanlık Konseyi"),
    ("the National Oil Corporation", "المؤسسة الوطنية للنفط", "Libya Ulusal Petrol Kurumu"),
    ("the Central Bank of Libya", "مصرف ليبيا المركزي", "Libya Merkez Bankası"),
    (
        "the Turkish Presidency's Directorate of Communications",
        "دائرة الاتصال في الرئاسة التركية",
        "Cumhurbaşkanlığı İletişim Başkanlığı",
    ),
    ("the Libyan Interior Ministry", "وزارة الداخلية الليبية", "Libya İçişleri Bakanlığı"),
    ("the House of Representatives", "مجلس النواب", "Libya Temsilciler Meclisi"),
    (
        "the UN Support Mission in Libya (UNSMIL)",
        "بعثة الأمم المتحدة للدعم في ليبيا",
        "BM Libya Destek Misyonu (UNSMIL)",
    ),
    ("the Libyan Ministry of Oil and Gas", "وزارة النفط والغاز الليبية", "Libya Petrol Bakanlığı"),
    ("the Turkish Trade Ministry", "وزارة التجارة التركية", "Ticaret Bakanlığı"),
]

TOPICS = [
    ("energy cooperation", "ملف الطاقة", "enerji alanındaki işbirliği"),
    (
        "the maritime jurisdiction memorandum",
        "مذكرة التفاهم البحرية",
        "deniz yetki alanları mutabakatı",
    ),
    ("irregular migration", "ملف الهجرة غير الشرعية", "düzensiz göç"),
    ("military training programmes", "برامج التدريب العسكري", "askeri eğitim programları"),
    (
        "reconstruction projects in Derna",
        "مشاريع إعادة الإعمار في درنة",
        "Derne'deki yeniden yapılanma projeleri",
    ),
    (
        "the resumption of direct flights",
        "استئناف الرحلات الجوية المباشرة",
        "doğrudan uçuşların yeniden başlaması",
    ),
    ("bilateral trade", "التبادل التجاري", "ikili ticaret"),
    ("support for the electricity grid", "دعم شبكة الكهرباء", "elektrik şebekesine destek"),
    ("the roadmap to elections", "المسار الانتخابي", "seçim yol haritası"),
    ("banking cooperation", "التعاون المصرفي", "bankacılık işbirliği"),
    ("border security", "أمن الحدود", "sınır güvenliği"),
    ("oil and gas exploration", "التنقيب عن النفط والغاز", "petrol ve doğalgaz arama"),
    ("health cooperation", "التعاون الصحي", "sağlık alanındaki işbirliği"),
    (
        "the unification of state institutions",
        "توحيد المؤسسات",
        "devlet kurumlarının birleştirilmesi",
    ),
]

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "tr": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}

# (domain, language, UTC offset in hours, URL path style)
SOURCES = {
    "ar": [
        ("alwasat.ly", 2, "/news/libya/{slug}"),
        ("libyaalahrar.tv", 2, "/archives/{num}"),
        ("almarsad.co", 2, "/{date}/{slug}/"),
        ("aa.com.tr", 3, "/ar/{slug}/{num}"),
        ("trtarabi.com", 3, "/now/{slug}-{num}"),
        ("alarabiya.net", 4, "/arab-and-world/{date}/{slug}"),
    ],
    "en": [
        ("libyaherald.com", 0, "/{date}/{slug}/"),
        ("libyaobserver.ly", 2, "/news/{slug}"),
        ("reuters.com", 0, "/world/africa/{slug}-{date}/"),
        ("aa.com.tr", 3, "/en/africa/{slug}/{num}"),
        ("dailysabah.com", 3, "/politics/diplomacy/{slug}/news"),
        ("middleeasteye.net", 0, "/news/libya-{slug}"),
    ],
    "tr": [
        ("aa.com.tr", 3, "/tr/dunya/{slug}/{num}"),
        ("trthaber.com", 3, "/haber/dunya/{slug}-{num}.html"),
        ("hurriyet.com.tr", 3, "/dunya/{slug}-{num}"),
        ("sabah.com.tr", 3, "/dunya/{date}/{slug}"),
        ("ntv.com.tr", 3, "/dunya/{slug},{num}"),
        ("dha.com.tr", 3, "/dunya/{slug}-{num}"),
    ],
}

REPORTERS = [
    "Ayman al-Warfalli",
    "Ahmed Elumami",
    "Ece Toksabay",
    "Tuvan Gumrukcu",
    "Aidan Lewis",
    "Hatem Mohareb",
    "Ulf Laessing",
    "Huseyin Hayatsever",
    "Angus McDowall",
    "Sami Zaptia",
]

# -- templates ---------------------------------------------------------------------
# Slots: {a}/{a_role} a Libyan official, {b}/{b_role} a foreign one, {c}/{d} two more
# officials; {city} where they met, {city2} elsewhere, {libcity}/{libcity2} Libyan
# cities; {org}/{org2}/{org3}; {topic}/{topic2}; numbers {n_*}; {day}, {date2},
# {month}, {year}. Turkish adds {*_loc} (locative) and {*_gen} (genitive) forms.

TITLES = {
    "en": [
        "{a_short} meets {b_short} in {city} to discuss {topic}",
        "{b_short} and {a_short} hold talks on {topic} in {city}",
        "Libya and {country_b} discuss {topic} as {b_short} visits {city}",
        "{a_short}, {b_short} agree to step up {topic}",
        "Libyan, {country_b_adj} officials meet in {city} on {topic} and {topic2}",
        "{b_short} visit to {city}: talks focus on {topic}",
    ],
    "ar": [
        "{a} يلتقي {b} في {city} لبحث {topic}",
        "{b} و{a} يبحثان {topic} في {city}",
        "لقاء ليبي مع {b_role} في {city} يتناول {topic}",
        "{a} و{b} يتفقان على تعزيز {topic}",
        "محادثات في {city} بين {a} و{b} حول {topic} و{topic2}",
        "زيارة {b} إلى {city} تركز على {topic}",
    ],
    "tr": [
        "{b_role} {b}, {city_loc} {a} ile görüştü",
        "{b} ile {a} {city_loc} {topic} konusunu ele aldı",
        "{country_b_gen} Libya ile {topic} temasları {city_loc} sürüyor",
        "{a} ve {b} {topic} konusunda uzlaştı",
        "{city_loc} Türkiye-Libya görüşmesi: gündemde {topic} var",
        "{b_gen} {city} ziyareti: {topic} masada",
    ],
}

LEADS = {
    "en": [
        "{a}, {a_role}, met {b}, {b_role}, in {city} on {day}, {org} said in a statement.",
        "{b}, {b_role}, received {a}, {a_role}, in {city} on {day} for talks on {topic}, "
        "according to {org}.",
        "{a}, {a_role}, held talks with {b}, {b_role}, in {city} on {day}, focusing on "
        "{topic} and {topic2}.",
        "{b}, {b_role}, arrived in {city} on {day} for an official visit during which "
        "{b_short} met {a}, {a_role}.",
        "Officials from Libya and {country_b} met in {city} on {day} as {a}, {a_role}, "
        "hosted a delegation led by {b}, {b_role}.",
        "{a}, {a_role}, and {b}, {b_role}, discussed {topic} at a meeting in {city} on "
        "{day}, {org} said.",
    ],
    "ar": [
        "التقى {a_role} {a} {b_role} {b} في {city} يوم {day}، وفق بيان صادر عن {org}.",
        "استقبل {b_role} {b} في {city}، يوم {day}، {a_role} {a}، لبحث {topic}.",
        "بحث {a_role} {a} مع {b_role} {b}، خلال لقاء جمعهما في {city} يوم {day}، "
        "{topic} و{topic2}.",
        "وصل {b_role} {b} إلى {city} يوم {day} في زيارة رسمية التقى خلالها {a_role} {a}.",
        "بحسب بيان صادر عن {org}، أجرى {a_role} {a} محادثات مع {b_role} {b} في {city} "
        "تناولت {topic}.",
        "شهدت مدينة {city}، يوم {day}، لقاءً جمع {a_role} {a} و{b_role} {b}، بحضور عدد "
        "من المسؤولين.",
    ],
    "tr": [
        "{b_role} {b}, {a_role} {a} ile {day} günü {city_loc} görüştü.",
        "{a_role} {a} ile {b_role} {b}, {day} günü {city_loc} bir araya geldi.",
        "{b_role} {b}, {day} günü {city_loc} {a_role} {a} ile {topic} konusunu ele aldı.",
        "{org} tarafından yapılan açıklamaya göre, {b_role} {b} ve {a_role} {a} {day} "
        "günü {city_loc} görüştü.",
        "{b_role} {b}, resmi temaslarda bulunmak üzere geldiği {city_loc} {a_role} {a} "
        "ile bir araya geldi.",
        "{a_role} {a}, {day} günü {city_loc} {b_role} {b} ile {topic} ve {topic2} "
        "başlıklarını görüştü.",
    ],
}

BODY = {
    "en": [
        "The two sides discussed {topic} and {topic2}, the statement said.",
        "{org} said the meeting reviewed progress on {topic} since the last round of talks "
        "in {city2}.",
        "According to {org}, {a_short} stressed the importance of {topic} for stability in "
        "the region.",
        "{b_short} said {country_b} was ready to expand cooperation on {topic}, according to "
        "a readout published on {day}.",
        "The talks were attended by {c}, {c_role}, and senior officials from {org2}.",
        "Trade between Turkey and Libya reached ${n_bn} billion last year, according to "
        "official figures, and both sides aim to raise it to ${n_bn2} billion.",
        "Libya's crude output stood at about {n_bpd} barrels per day in {month}, the "
        "National Oil Corporation said in its latest update.",
        "The National Oil Corporation said it would offer {n_small} exploration blocks to "
        "international companies in a new licensing round.",
        "Turkish Airlines operates {n_flights} weekly flights between Istanbul and Libyan "
        "cities, including {libcity} and {libcity2}.",
        "Officials in {libcity} said {n_mw} megawatts of new generating capacity would be "
        "connected to the grid before the summer.",
        "The meeting comes weeks after {org2} announced a joint committee on {topic2}.",
        "Analysts said the visit reflected a warming of ties between Ankara and the "
        "authorities in eastern Libya.",
        "Turkey signed a maritime jurisdiction memorandum with the Tripoli-based government "
        "in 2019, a deal contested by Greece and Egypt.",
        "{a_short} thanked {country_b} for its support and invited {b_short} to visit {libcity}.",
        "The delegation also met representatives of {org3} and discussed {topic2}.",
        "Libyan coastguard units intercepted {n_count} migrants off the coast of {libcity} "
        "in the past {n_days} days, the Interior Ministry said.",
        "A joint technical committee will meet in {city2} on {date2} to follow up on the "
        "agreements, the statement added.",
        "Neither side gave details of the financial terms of the {n_small} agreements "
        "signed on {day}.",
        "{org} said the two sides agreed to speed up work on {topic} before the end of {year}.",
        "The Central Bank of Libya said foreign currency sales reached {n_bn} billion "
        "dinars in {month}, up {n_pct} percent from a year earlier.",
        "Libya has been split between rival administrations in the east and the west since "
        "2014, and elections planned for December 2021 were postponed indefinitely.",
        "UN envoy Hanna Tetteh urged Libyan leaders on {day} to agree on a unified "
        "government and a timetable for elections.",
        "Turkish companies are involved in {n_small} major projects in Libya worth an "
        "estimated ${n_bn} billion, according to the Turkish Trade Ministry.",
        "{c}, {c_role}, told reporters in {city2} that the talks had been "
        '"constructive and frank".',
        "Security was tight in central {libcity} during the visit, witnesses said.",
        "The Turkish Defence Ministry said a training programme for {n_officers} Libyan "
        "officers would begin in {month}.",
        "A Turkish naval vessel docked at the port of {libcity} on {day}, the embassy said, "
        "in the first such visit in {n_years} years.",
        "Both sides also discussed the situation in Sudan and its impact on Libya's "
        "southern border.",
        "{org2} did not respond to a request for comment.",
        "The House of Representatives in Tobruk has yet to ratify the agreements signed "
        "with Ankara.",
        "In {libcity}, residents have complained of power cuts lasting up to {n_hours} "
        "hours a day.",
        "The officials also reviewed preparations on {topic2} ahead of a ministerial "
        "meeting in {city2}.",
        "Earlier on {day}, {c}, {c_role}, met {d}, {d_role}, to discuss {topic}.",
        "{d}, {d_role}, is expected in {libcity} next week, a government source said.",
    ],
    "ar": [
        "وناقش الجانبان {topic} و{topic2}، بحسب البيان.",
        "وبحسب {org}، استعرض اللقاء التقدم المحرز في {topic} منذ الجولة الأخيرة من "
        "المحادثات في {city2}.",
        "وأكد {a} أهمية {topic} لتحقيق الاستقرار في المنطقة، وفق {org}.",
        "من جهته، قال {b} إن بلاده مستعدة لتوسيع التعاون في {topic}.",
        "وحضر اللقاء {c_role} {c} ومسؤولون من {org2}.",
        "وبلغ حجم التبادل التجاري بين تركيا وليبيا {n_bn} مليار دولار العام الماضي، وفق "
        "أرقام رسمية، ويسعى الجانبان إلى رفعه إلى {n_bn2} مليار دولار.",
        "وبلغ إنتاج ليبيا من النفط الخام نحو {n_bpd} برميل يوميا خلال شهر {month}، بحسب "
        "آخر تحديث للمؤسسة الوطنية للنفط.",
        "وأعلنت المؤسسة الوطنية للنفط أنها ستطرح {n_small} قطعة استكشافية أمام الشركات "
        "الدولية في جولة عطاءات جديدة.",
        "وتسيّر الخطوط الجوية التركية {n_flights} رحلة أسبوعيا بين إسطنبول ومدن ليبية من "
        "بينها {libcity} و{libcity2}.",
        "وقال مسؤولون في {libcity} إن {n_mw} ميغاواط من القدرات الجديدة ستربط بالشبكة "
        "العامة قبل الصيف.",
        "ويأتي اللقاء بعد أسابيع من إعلان {org2} تشكيل لجنة مشتركة بشأن {topic2}.",
        "ويرى محللون أن الزيارة تعكس تقاربا متزايدا بين أنقرة والسلطات في شرق ليبيا.",
        "ووقعت تركيا عام 2019 مذكرة تفاهم بشأن تحديد مناطق الصلاحية البحرية مع الحكومة في "
        "طرابلس، وهي اتفاقية تعترض عليها اليونان ومصر.",
        "وثمّن {a} دعم {country_b}، موجها دعوة إلى {b} لزيارة {libcity}.",
        "والتقى الوفد أيضا ممثلين عن {org3} وبحث معهم {topic2}.",
        "وقالت وزارة الداخلية إن وحدات خفر السواحل اعترضت {n_count} مهاجرا قبالة سواحل "
        "{libcity} خلال الأيام الـ{n_days} الماضية.",
        "وأضاف البيان أن لجنة فنية مشتركة ستجتمع في {city2} بتاريخ {date2} لمتابعة تنفيذ "
        "الاتفاقات.",
        "ولم يكشف الجانبان عن التفاصيل المالية للاتفاقات الـ{n_small} التي جرى توقيعها يوم {day}.",
        "وبحسب {org}، اتفق الطرفان على تسريع العمل في {topic} قبل نهاية عام {year}.",
        "وأعلن مصرف ليبيا المركزي أن مبيعات النقد الأجنبي بلغت {n_bn} مليار دينار في شهر "
        "{month}، بزيادة {n_pct} في المئة عن العام السابق.",
        "وتعيش ليبيا انقساما بين سلطتين متنافستين في الشرق والغرب منذ عام 2014، فيما "
        "تأجلت الانتخابات التي كانت مقررة في ديسمبر 2021 إلى أجل غير مسمى.",
        "ودعت المبعوثة الأممية هانا تيتيه، يوم {day}، القادة الليبيين إلى التوافق على "
        "حكومة موحدة وجدول زمني للانتخابات.",
        "وتشارك شركات تركية في {n_small} مشروعا كبيرا في ليبيا بقيمة تقدر بنحو {n_bn} "
        "مليار دولار، بحسب وزارة التجارة التركية.",
        "وقال {c_role} {c} للصحفيين في {city2} إن المحادثات كانت «بناءة وصريحة».",
        "وأفاد شهود عيان بانتشار أمني مكثف وسط {libcity} خلال الزيارة.",
        "وأعلنت وزارة الدفاع التركية أن برنامجا تدريبيا لـ{n_officers} ضابطا ليبيا سيبدأ في "
        "شهر {month}.",
        "ورست سفينة تابعة للقوات البحرية التركية في ميناء {libcity} يوم {day}، بحسب "
        "السفارة التركية، في أول زيارة من نوعها منذ {n_years} سنوات.",
        "كما تطرق الجانبان إلى الأوضاع في السودان وانعكاساتها على الحدود الجنوبية لليبيا.",
        "ولم يتسن الحصول على تعليق من {org2}.",
        "ولم يصادق مجلس النواب في طبرق بعد على الاتفاقات الموقعة مع أنقرة.",
        "ويشكو سكان {libcity} من انقطاع التيار الكهربائي لمدة تصل إلى {n_hours} ساعات يوميا.",
        "واستعرض المسؤولون كذلك الترتيبات الخاصة بملف {topic2} قبل اجتماع وزاري مرتقب في {city2}.",
        "وفي وقت سابق من يوم {day}، بحث {c_role} {c} مع {d_role} {d} {topic}.",
        "ومن المنتظر أن يصل {d_role} {d} إلى {libcity} الأسبوع المقبل، وفق مصدر حكومي.",
    ],
    "tr": [
        "Görüşmede {topic} ve {topic2} ele alındı.",
        "{org} tarafından yapılan açıklamada, görüşmenin olumlu bir atmosferde geçtiği belirtildi.",
        "{a}, {topic} konusunun bölgesel istikrar açısından önemine dikkat çekti.",
        "{b}, {country_b_gen} {topic} konusunda yeni adımlar atmaya hazır olduğunu söyledi.",
        "Görüşmeye {c_role} {c} ile {org2} yetkilileri de katıldı.",
        "Resmi verilere göre Türkiye ile Libya arasındaki ticaret hacmi geçen yıl {n_bn} "
        "milyar dolara ulaştı; taraflar bu rakamı {n_bn2} milyar dolara çıkarmayı "
        "hedefliyor.",
        "Ulusal Petrol Kurumu verilerine göre Libya'nın ham petrol üretimi {month} ayında "
        "günlük yaklaşık {n_bpd} varil oldu.",
        "Ulusal Petrol Kurumu, yeni ihale turunda uluslararası şirketlere {n_small} arama "
        "sahası sunacağını duyurdu.",
        "Türk Hava Yolları, İstanbul ile {libcity} ve {libcity2} dahil Libya şehirleri "
        "arasında haftada {n_flights} sefer düzenliyor.",
        "{libcity} yetkilileri, yaz aylarından önce şebekeye {n_mw} megavatlık yeni üretim "
        "kapasitesi ekleneceğini açıkladı.",
        "Görüşme, {org2} tarafından {topic2} konusunda ortak bir komite kurulduğunun "
        "duyurulmasından birkaç hafta sonra gerçekleşti.",
        "Analistler, ziyaretin Ankara ile doğu Libya yönetimi arasındaki yakınlaşmanın bir "
        "göstergesi olduğunu değerlendirdi.",
        "Türkiye, 2019 yılında Trablus merkezli hükümetle deniz yetki alanlarının "
        "sınırlandırılmasına ilişkin bir mutabakat zaptı imzalamıştı.",
        "{a}, {country_b_gen} desteğinden duyduğu memnuniyeti dile getirdi.",
        "Heyet ayrıca {org3} temsilcileriyle bir araya gelerek {topic2} konusunu görüştü.",
        "Libya İçişleri Bakanlığı, sahil güvenlik birimlerinin son {n_days} günde "
        "{libcity} açıklarında {n_count} düzensiz göçmeni yakaladığını açıkladı.",
        "Açıklamada, anlaşmaların takibi için ortak teknik komitenin {date2} tarihinde "
        "{city2_loc} toplanacağı belirtildi.",
        "Taraflar, {day} günü imzalanan {n_small} anlaşmanın mali ayrıntılarını paylaşmadı.",
        "Açıklamada, tarafların {year} sonuna kadar {topic} konusundaki çalışmaları "
        "hızlandırma konusunda uzlaştığı bildirildi.",
        "Libya Merkez Bankası, {month} ayında döviz satışlarının bir önceki yılın aynı "
        "dönemine göre yüzde {n_pct} artarak {n_bn} milyar dinara ulaştığını açıkladı.",
        "Libya, 2014'ten bu yana doğu ve batıdaki rakip yönetimler arasında bölünmüş "
        "durumda; Aralık 2021'de yapılması planlanan seçimler süresiz ertelenmişti.",
        "BM Libya Özel Temsilcisi Hanna Tetteh, {day} günü Libyalı liderleri birleşik bir "
        "hükümet ve seçim takvimi üzerinde uzlaşmaya çağırdı.",
        "Ticaret Bakanlığı verilerine göre Türk şirketleri Libya'da toplam değeri {n_bn} "
        "milyar doları bulan {n_small} büyük projede yer alıyor.",
        "{c_role} {c}, {city2_loc} gazetecilere yaptığı açıklamada görüşmelerin "
        '"yapıcı ve samimi" geçtiğini söyledi.',
        "Görgü tanıkları, ziyaret sırasında {libcity} kent merkezinde sıkı güvenlik "
        "önlemleri alındığını aktardı.",
        "Milli Savunma Bakanlığı, {n_officers} Libyalı subaya yönelik eğitim programının "
        "{month} ayında başlayacağını bildirdi.",
        "Büyükelçilik açıklamasına göre bir Türk Deniz Kuvvetleri gemisi {day} günü "
        "{libcity} limanına demir attı.",
        "Taraflar ayrıca Sudan'daki durumu ve bunun Libya'nın güney sınırına etkilerini "
        "değerlendirdi.",
        "{org2} konuya ilişkin yorum talebine yanıt vermedi.",
        "Tobruk'taki Temsilciler Meclisi, Ankara ile imzalanan anlaşmaları henüz onaylamadı.",
        "{libcity} sakinleri, günde {n_hours} saate varan elektrik kesintilerinden şikayet ediyor.",
        "Yetkililer, {city2_loc} yapılacak bakanlar toplantısı öncesinde {topic2} "
        "dosyasına ilişkin hazırlıkları da gözden geçirdi.",
        "{day} günü daha erken saatlerde {c_role} {c} ile {d_role} {d}, {topic} konusunu görüştü.",
        "Bir hükümet kaynağı, {d_role} {d_gen} gelecek hafta {libcity} kentine gelmesinin "
        "beklendiğini söyledi.",
    ],
}

CLOSINGS = {
    "en": [
        "(Reporting by {reporter} in {city}; Writing by {reporter2}; Editing by {reporter3})",
        "Additional reporting by {reporter} in {city2}.",
        "Read more: Libya news",
        "Share this article",
    ],
    "ar": ["اقرأ أيضا", "شارك هذا المقال", "تابعونا على", "(إعداد: {reporter})"],
    "tr": ["Bu haberi paylaşın", "İlgili Haberler", "Devamını oku", "Muhabir: {reporter}"],
}

COUNTRY_ADJ = {"TR": "Turkish", "EG": "Egyptian", "DZ": "Algerian", "IT": "Italian"}


@dataclass
class Draft:
    """An article before rendering: near-duplicate re-runs are made from it."""

    lang: str
    slots: dict[str, str]
    title: str
    sentences: list[str]
    published_at: datetime
    extra: dict[str, Any] = field(default_factory=dict)


def _fmt_decimal(value: float, lang: str, places: int = 1) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "tr" else text


def _fmt_int(value: int, lang: str) -> str:
    if lang == "en":
        return f"{value:,}"
    if lang == "tr":
        return f"{value:,}".replace(",", ".")
    return str(value)


def _fmt_bpd(value: float, lang: str) -> str:
    return {
        "en": f"{value:.2f} million",
        "tr": f"{value:.2f} milyon".replace(".", ","),
        "ar": f"{value:.2f} مليون",
    }[lang]


def _date_text(when: datetime, lang: str) -> str:
    month = MONTHS[lang].split()[when.month - 1]
    return f"{month} {when.day}" if lang == "en" else f"{when.day} {month}"


def _slots(rng: random.Random, lang: str, when: datetime) -> dict[str, str]:
    a = rng.choice(LIBYANS)
    # Most stories are the Turkey–Libya axis the pipeline watches; some are not.
    turks = [f for f in FOREIGNERS if f["country"]["code"] == "TR"]
    b = rng.choice(turks) if rng.random() < 0.8 else rng.choice(FOREIGNERS)
    others = [x for x in LIBYANS + FOREIGNERS if x is not a and x is not b]
    c, d = rng.sample(others, 2)
    meet_in_libya = rng.random() < 0.6
    city = rng.choice(LIBYAN_CITIES if meet_in_libya else FOREIGN_CITIES)
    city2 = rng.choice([x for x in LIBYAN_CITIES + FOREIGN_CITIES if x != city])
    libcity, libcity2 = rng.sample(LIBYAN_CITIES, 2)
    org, org2, org3 = rng.sample(ORGS, 3)
    topic, topic2 = rng.sample(TOPICS, 2)
    li = {"en": 0, "ar": 1, "tr": 2}[lang]
    country = b["country"]["code"]
    n_bn = round(rng.uniform(0.8, 4.5), 1)
    later = when + timedelta(days=rng.randint(5, 40))
    slots = {
        "a": a[lang]["name"],
        "a_role": a[lang]["role"],
        "a_short": a[lang]["name"].split()[-1],
        "b": b[lang]["name"],
        "b_role": b[lang]["role"],
        "b_short": b[lang]["name"].split()[-1],
        "c": c[lang]["name"],
        "c_role": c[lang]["role"],
        "d": d[lang]["name"],
        "d_role": d[lang]["role"],
        "city": city[li] if lang != "tr" else city[2],
        "city2": city2[li] if lang != "tr" else city2[2],
        "libcity": libcity[li] if lang != "tr" else libcity[2],
        "libcity2": libcity2[li] if lang != "tr" else libcity2[2],
        "org": org[li],
        "org2": org2[li],
        "org3": org3[li],
        "topic": topic[li],
        "topic2": topic2[li],
        "country_b": COUNTRIES[country][lang] if lang != "tr" else COUNTRIES[country]["tr"],
        "country_b_adj": COUNTRY_ADJ[country],
        "day": WEEKDAYS[lang][when.weekday()],
        "date2": _date_text(later, lang),
        "month": MONTHS[lang].split()[(when.month - 2) % 12],
        "year": str(when.year),
        "n_bn": _fmt_decimal(n_bn, lang),
        "n_bn2": _fmt_decimal(n_bn + rng.choice([1, 1.5, 2, 3, 5]), lang),
        "n_bpd": _fmt_bpd(rng.uniform(1.05, 1.45), lang),
        "n_small": str(rng.randint(3, 40)),
        "n_count": _fmt_int(rng.randint(40, 2400), lang),
        "n_flights": str(rng.randint(14, 90)),
        "n_officers": str(rng.randrange(40, 600, 10)),
        "n_mw": str(rng.randrange(100, 950, 50)),
        "n_pct": str(rng.randint(2, 38)),
        "n_days": str(rng.randint(3, 14)),
        "n_hours": str(rng.randint(4, 12)),
        "n_years": str(rng.randint(2, 11)),
        "reporter": rng.choice(REPORTERS),
        "reporter2": rng.choice(REPORTERS),
        "reporter3": rng.choice(REPORTERS),
    }
    if lang == "tr":
        slots.update(
            city_loc=city[3],
            city2_loc=city2[3],
            a_gen=a["tr"]["gen"],
            d_gen=d["tr"]["gen"],
            b_gen=b["tr"]["gen"],
            country_b_gen=COUNTRIES[country]["tr"],
        )
    return slots


#: Slots that may change within one article (the story's main actors and place may not).
_REFRESHABLE = frozenset(
    [
        "c",
        "c_role",
        "d",
        "d_role",
        "d_gen",
        "city2",
        "city2_loc",
        "libcity",
        "libcity2",
        "org2",
        "org3",
        "topic2",
        "date2",
    ]
)


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[:1].upper() + text[1:]


def _json_size(article: dict[str, Any]) -> int:
    return len(json.dumps(article, ensure_ascii=False).encode("utf-8"))


def _slug(rng: random.Random, slots: dict[str, str]) -> str:
    # URL slugs are ASCII: fold Turkish letters and diacritics the way CMSs do.
    names = (slots["b_short"] + " " + slots["a_short"]).lower().replace("ı", "i")
    ascii_names = unicodedata.normalize("NFKD", names).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_names)
    words = words or ["libya", "turkey"]
    # A story token too: distinct stories must not share a URL (dedup keys on it).
    topic = rng.choice(["talks", "meeting", "visit", "cooperation"])
    return "-".join([*words, topic, f"{rng.getrandbits(24):06x}"])


def _url(
    rng: random.Random, domain: str, pattern: str, slots: dict[str, str], when: datetime
) -> str:
    path = pattern.format(
        slug=_slug(rng, slots),
        num=rng.randint(1_000_000, 9_999_999),
        date=when.strftime("%Y/%m/%d"),
    )
    url = f"https://{domain}{path}"
    # Shared links carry tracking parameters the pipeline must canonicalise away.
    if rng.random() < 0.3:
        url += rng.choice(["?utm_source=twitter&utm_medium=social", "?fbclid=IwAR0x", "?amp=1"])
    return url


def _render_body(
    rng: random.Random, draft: Draft, as_html: bool, closing: str | None, url: str
) -> str:
    paragraphs: list[str] = []
    i = 0
    while i < len(draft.sentences):
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(draft.sentences[i : i + take]))
        i += take
    if not as_html:
        lines = paragraphs + ([closing] if closing else [])
        return "\n".join(lines)
    esc = [html.escape(p, quote=False) for p in paragraphs]
    parts = [f"<article><h1>{html.escape(draft.title, quote=False)}</h1>"]
    parts.append(f'<p class="byline">{html.escape(draft.slots["reporter"])}</p>')
    for n, para in enumerate(esc):
        parts.append(f"<p>{para}</p>")
        if n == 1 and rng.random() < 0.5:
            parts.append(
                '<figure><img src="https://cdn.example/img/'
                f'{rng.getrandbits(40):x}.jpg" alt=""><figcaption>'
                f"{html.escape(draft.slots['city'], quote=False)}</figcaption></figure>"
            )
    if rng.random() < 0.5:
        parts.append("<script>window.dataLayer=window.dataLayer||[];</script>")
    if closing:
        parts.append(f'<div class="share">{html.escape(closing, quote=False)}</div>')
    parts.append(f'<p><a href="{html.escape(url)}">{html.escape(url)}</a></p></article>')
    return "".join(parts)


def _render(rng: random.Random, draft: Draft) -> dict[str, Any]:
    domain, offset_h, pattern = rng.choice(SOURCES[draft.lang])
    url = _url(rng, domain, pattern, draft.slots, draft.published_at)
    local = draft.published_at.astimezone(timezone(timedelta(hours=offset_h)))
    published = local.isoformat() if offset_h else draft.published_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    closing = _fill(rng.choice(CLOSINGS[draft.lang]), draft.slots) if rng.random() < 0.6 else None
    as_html = rng.random() < 0.35
    article: dict[str, Any] = {
        "id": f"{domain.split('.')[0]}-{rng.getrandbits(64):016x}",
        "source": domain,
        "url": url,
        "title": draft.title,
        "body": _render_body(rng, draft, as_html, closing, url),
        "published_at": published,
    }
    # Producers often leave the language out; detection must then do the work.
    if rng.random() < 0.9:
        article["lang"] = draft.lang
    return article


def _draft(rng: random.Random, lang: str, when: datetime, target_bytes: int) -> Draft:
    slots = _slots(rng, lang, when)
    title = _fill(rng.choice(TITLES[lang]), slots)
    sentences = [_fill(rng.choice(LEADS[lang]), slots)]
    pool = list(BODY[lang])
    rng.shuffle(pool)
    # Grow the body until the JSON record reaches its size; if the pool runs dry,
    # refill it with fresh slot values so repeated templates still differ.
    overhead = 680 + len(title.encode())
    size = overhead
    while size < target_bytes:
        if not pool:
            pool = list(BODY[lang])
            rng.shuffle(pool)
            fresh = _slots(rng, lang, when)
            slots = {
                **slots,
                **{k: v for k, v in fresh.items() if k in _REFRESHABLE or k[:2] == "n_"},
            }
        sentence = _fill(pool.pop(), slots)
        sentences.append(sentence)
        size += len(sentence.encode()) + 1
    return Draft(lang, slots, title, sentences, when)


def _near_duplicate(rng: random.Random, original: Draft) -> Draft:
    """Another outlet's re-run: same story, retitled, a sentence dropped or a figure edited."""
    sentences = list(original.sentences)
    if len(sentences) > 4 and rng.random() < 0.7:
        del sentences[rng.randrange(2, len(sentences))]
    k = rng.randrange(1, len(sentences))
    sentences[k] = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), sentences[k], count=1)
    title = _fill(rng.choice(TITLES[original.lang]), original.slots)
    when = original.published_at + timedelta(minutes=rng.randint(20, 480))
    return Draft(original.lang, original.slots, title, sentences, when)


def generate_articles(
    count: int,
    seed: int = 2026,
    start: datetime | None = None,
    duplicate_share: float = 0.05,
    mean_bytes: int = 4096,
) -> list[dict[str, Any]]:
    """``count`` raw articles (dicts), published over the two days before ``start``."""
    start = (start or datetime(2026, 11, 28, tzinfo=UTC)).astimezone(UTC)
    rng = random.Random(seed)
    drafts: list[Draft] = []
    articles: list[dict[str, Any]] = []
    span_s = 48 * 3600
    for i in range(count):
        when = start - timedelta(seconds=span_s) + timedelta(seconds=span_s * i / max(count, 1))
        when = when.replace(microsecond=0) + timedelta(seconds=rng.randint(0, 59))
        if drafts and rng.random() < duplicate_share:
            draft = _near_duplicate(rng, rng.choice(drafts[-200:]))
        else:
            lang = LANGS[i % 3] if rng.random() < 0.8 else rng.choice(LANGS)
            target = int(min(max(rng.gauss(mean_bytes, 300), mean_bytes * 0.8), mean_bytes * 1.2))
            draft = _draft(rng, lang, when, target)
            drafts.append(draft)
        articles.append(_render(rng, draft))
    return articles


def encode(article: dict[str, Any]) -> bytes:
    return json.dumps(article, ensure_ascii=False).encode("utf-8")


def _shingles(text: str, n: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(tuple(words[i : i + n])) for i in range(max(len(words) - n + 1, 1))}


def describe(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Size, language and similarity figures (to check the corpus is what it claims)."""
    sizes = sorted(len(encode(a)) for a in articles)
    plain = [re.sub(r"<[^>]+>", " ", a["body"]) for a in articles]
    sample = list(range(min(len(articles), 400)))
    sh = [_shingles(plain[i]) for i in sample]
    near = 0
    worst_distinct = 0.0
    for i in sample:
        best = 0.0
        for j in sample[:i]:
            inter = len(sh[i] & sh[j])
            if inter:
                best = max(best, inter / len(sh[i] | sh[j]))
        if best >= 0.5:
            near += 1
        else:
            worst_distinct = max(worst_distinct, best)
    return {
        "count": len(articles),
        "bytes_min": sizes[0],
        "bytes_median": sizes[len(sizes) // 2],
        "bytes_mean": round(sum(sizes) / len(sizes)),
        "bytes_max": sizes[-1],
        "langs": dict(Counter(a.get("lang", "(none)") for a in articles)),
        "html": sum(a["body"].startswith("<") for a in articles),
        "distinct_ids": len({a["id"] for a in articles}),
        "distinct_bodies": len({a["body"] for a in articles}),
        "sample": len(sample),
        "sample_near_duplicates(jaccard>=0.5)": near,
        "sample_max_jaccard_among_distinct": round(worst_distinct, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show", type=int, default=0, help="print this many articles")
    args = parser.parse_args()
    articles = generate_articles(args.count, args.seed)
    for article in articles[: args.show]:
        print(json.dumps(article, ensure_ascii=False, indent=1))
    print(json.dumps(describe(articles), indent=1))


if __name__ == "__main__":
    main()


# -- a stream of realistic news at scale (bench_scale) ---------------------------------
#
# The templates above share most of their words between unrelated articles (3-word
# shingles of "{a}, {a_role}, met {b}" recur in every story), which is right for the
# entity and contact stages but not for dedup at scale: unrelated stories there
# would look like near-duplicates. The stream below keeps the templates for stock
# phrases and adds what real wire copy has at scale: story-specific reporting (words
# drawn from a vocabulary, so unrelated stories rarely share a 3-word shingle), a
# background paragraph shared by every story on one running topic, datelines, and
# multi-sentence agency footers repeated under every story an agency sends.

#: Footers appended by agencies under every story (invented wording, typical length).
AGENCY_FOOTERS = {
    "en": [
        "This story was produced by the {agency} newsroom and is distributed to "
        "subscribers under licence. Reproduction in whole or in part without written "
        "permission is prohibited. For corrections and clarifications contact the "
        "{agency} news desk. Follow {agency} for the latest news from Libya, Turkey and "
        "the wider Mediterranean region.",
        "{agency} publishes only a selection of the stories offered to subscribers of "
        "its news service, some of them in summarised form. Please contact the {agency} "
        "sales team for subscription options and for photographs and video of this event.",
    ],
    "ar": [
        "جميع المواد المنشورة على موقع {agency} محمية بموجب قوانين الملكية الفكرية ولا "
        "يجوز نقلها أو إعادة نشرها كليا أو جزئيا دون إذن خطي مسبق من إدارة التحرير. "
        "لمتابعة آخر الأخبار من ليبيا وتركيا ومنطقة البحر المتوسط اشترك في النشرة "
        "اليومية لـ {agency}.",
        "ينشر موقع {agency} جزءا فقط من الأخبار التي تقدم للمشتركين في خدمة الأخبار "
        "وبعضها في صورة ملخصة. للاشتراك والحصول على الصور ومقاطع الفيديو يرجى التواصل "
        "مع قسم المبيعات في {agency}.",
    ],
    "tr": [
        "{agency} internet sitesinde yer alan haberlerin tamamı telif hakları "
        "kapsamında korunmaktadır ve yazılı izin alınmadan kısmen veya tamamen "
        "yayımlanamaz. Libya, Türkiye ve Akdeniz bölgesinden son gelişmeler için "
        "{agency} günlük bültenine abone olabilirsiniz.",
        "{agency} internet sitesi, abonelere sunulan haberlerin yalnızca bir kısmını "
        "ve bazılarını özet olarak yayımlar. Abonelik seçenekleri, bu olaya ait "
        "fotoğraf ve videolar için {agency} satış birimiyle iletişime geçiniz.",
    ],
}

#: Dateline formats per language ({city} in the article's language).
DATELINES = {
    "en": ["{CITY}, {date} ({agency}) -", "{CITY} ({agency}) -"],
    "ar": ["{city} ({agency}) -", "{city} - {agency}:"],
    "tr": ["{CITY} ({agency}) -", "{city} - {agency}"],
}


@dataclass(frozen=True)
class ScaleArticle:
    """One article of the scale stream: plain body text, ready for ``matching_text``."""

    article_id: str
    source: str
    body: str
    published_at: datetime
    #: The original's id for a re-run (the verdict the bench expects), else None.
    rerun_of: str | None


@dataclass
class _Agency:
    domain: str
    name: str
    dateline: str
    footer: str | None


@dataclass
class _Topic:
    lang: str
    slots: dict[str, str]
    background: list[str]
    stories_left: int


@dataclass
class _Story:
    article_id: str
    lang: str
    slots: dict[str, str]
    sentences: list[str]
    agency: _Agency


def _vocabularies() -> dict[str, list[str]]:
    """Per language, the distinct words of the templates and of the labelled dedup pairs."""
    from wirewatch.eval.dedup import load_pairs  # deferred: only the scale stream needs it

    words: dict[str, set[str]] = {lang: set() for lang in LANGS}
    pattern = re.compile(r"\{[^}]*\}")
    for table in (TITLES, LEADS, BODY):
        for lang in LANGS:
            for template in table[lang]:
                words[lang].update(re.findall(r"\w+", pattern.sub(" ", template)))
    for pair in load_pairs():
        pair_lang = pair.get("lang")
        if isinstance(pair_lang, str) and pair_lang in words:
            for doc in (pair["a"], pair["b"]):
                words[pair_lang].update(re.findall(r"\w+", doc["body"]))
    return {lang: sorted(w for w in found if not w.isdigit()) for lang, found in words.items()}


def _agencies(rng: random.Random) -> dict[str, list[_Agency]]:
    """One agency per source; about two in three append a footer to every story."""
    agencies: dict[str, list[_Agency]] = {}
    for lang in LANGS:
        found = []
        for domain, _offset, _pattern in SOURCES[lang]:
            name = domain.split(".")[0].upper() if len(domain) < 12 else domain.split(".")[0]
            footer = None
            if rng.random() < 0.67:
                footer = rng.choice(AGENCY_FOOTERS[lang]).format(agency=name)
            found.append(_Agency(domain, name, rng.choice(DATELINES[lang]), footer))
        agencies[lang] = found
    return agencies


def _reporting(rng: random.Random, vocabulary: list[str], min_words: int = 10) -> str:
    """A sentence of story-specific reporting: words no other story repeats in order."""
    words = rng.choices(vocabulary, k=rng.randint(min_words, 2 * min_words + 6))
    return " ".join(words).capitalize() + "."


def _new_topic(rng: random.Random, lang: str, when: datetime, vocabulary: list[str]) -> _Topic:
    """A running story: fixed actors and place, a background paragraph every story repeats."""
    slots = _slots(rng, lang, when)
    background = [_fill(rng.choice(BODY[lang]), slots)]
    background += [_reporting(rng, vocabulary) for _ in range(rng.randint(2, 4))]
    return _Topic(lang, slots, background, stories_left=max(1, int(rng.expovariate(1 / 40))))


def _story_sentences(
    rng: random.Random, topic: _Topic, vocabulary: list[str], target_words: int
) -> list[str]:
    slots = topic.slots
    sentences = [_fill(rng.choice(LEADS[topic.lang]), slots)]
    stock = rng.sample(BODY[topic.lang], 3)
    if rng.random() < 0.7:
        sentences += topic.background
    words = sum(len(s.split()) for s in sentences)
    while words < target_words:
        if stock and rng.random() < 0.25:
            sentence = _fill(stock.pop(), slots)
        else:
            sentence = _reporting(rng, vocabulary)
        sentences.append(sentence)
        words += len(sentence.split())
    return sentences


def _dateline(agency: _Agency, slots: dict[str, str], lang: str, when: datetime) -> str:
    city = slots["city"]
    upper = city.replace("i", "İ").upper() if lang == "tr" else city.upper()
    return agency.dateline.format(
        CITY=upper, city=city, agency=agency.name, date=_date_text(when, lang)
    )


def _body(story: _Story, agency: _Agency, when: datetime, rng: random.Random) -> str:
    paragraphs: list[str] = []
    i = 0
    while i < len(story.sentences):
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(story.sentences[i : i + take]))
        i += take
    paragraphs[0] = f"{_dateline(agency, story.slots, story.lang, when)} {paragraphs[0]}"
    if agency.footer:
        paragraphs.append(agency.footer)
    return "\n".join(paragraphs)


def _rerun_sentences(rng: random.Random, sentences: list[str]) -> list[str]:
    """Small edits of another outlet: a sentence dropped, a figure or a word changed."""
    edited = list(sentences)
    if len(edited) > 4 and rng.random() < 0.6:
        del edited[rng.randrange(2, len(edited))]
    k = rng.randrange(0, len(edited))
    if re.search(r"\d", edited[k]):
        edited[k] = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), edited[k], count=1)
    else:
        words = edited[k].split()
        words[rng.randrange(len(words))] = rng.choice(["also", "reportedly", "officially"])
        edited[k] = " ".join(words)
    return edited


def generate_scale_stream(
    count: int,
    seed: int = 2026,
    start: datetime | None = None,
    interval_s: float = 0.5,
    rerun_share: float = 0.2,
    mean_words: int = 420,
) -> Iterator[ScaleArticle]:
    """``count`` articles, one every ``interval_s`` seconds of publication time from
    ``start``, generated lazily (a million never sit in memory at once).

    Shape: three languages; about 40 stories per running topic, which share actors,
    place and a background paragraph; one agency per source, two in three with a
    footer of 40-60 words under every story, each story opening with its dateline;
    ``rerun_share`` of the articles re-run a recent story by another outlet with
    small edits (its own dateline and footer). Same arguments, same articles.
    """
    start = (start or datetime(2026, 11, 1, tzinfo=UTC)).astimezone(UTC)
    rng = random.Random(seed)
    vocabularies = _vocabularies()
    agencies = _agencies(rng)
    topics: dict[str, list[_Topic]] = {lang: [] for lang in LANGS}
    recent: deque[_Story] = deque(maxlen=2000)
    for i in range(count):
        when = start + timedelta(seconds=i * interval_s)
        if recent and rng.random() < rerun_share:
            story = rng.choice(recent)
            others = [a for a in agencies[story.lang] if a is not story.agency]
            agency = rng.choice(others)
            sentences = _rerun_sentences(rng, story.sentences)
            rerun = _Story(story.article_id, story.lang, story.slots, sentences, story.agency)
            body = _body(rerun, agency, when, rng)
            rerun_of: str | None = story.article_id
        else:
            lang = LANGS[i % 3] if rng.random() < 0.8 else rng.choice(LANGS)
            running = topics[lang]
            # A new topic every ~40 stories keeps about as many topics running as end.
            if not running or rng.random() < 0.025:
                running.append(_new_topic(rng, lang, when, vocabularies[lang]))
                if len(running) > 400:
                    del running[0]
            topic = running[-1] if rng.random() < 0.5 else rng.choice(running)
            topic.stories_left -= 1
            if topic.stories_left <= 0:
                running.remove(topic)
            target = max(120, int(rng.gauss(mean_words, mean_words / 4)))
            sentences = _story_sentences(rng, topic, vocabularies[lang], target)
            agency = rng.choice(agencies[lang])
            story = _Story("", lang, topic.slots, sentences, agency)
            body = _body(story, agency, when, rng)
            rerun_of = None
        article_id = f"{agency.domain.split('.')[0]}-{rng.getrandbits(64):016x}"
        if rerun_of is None:
            story.article_id = article_id
            recent.append(story)
        yield ScaleArticle(article_id, agency.domain, body, when, rerun_of)
