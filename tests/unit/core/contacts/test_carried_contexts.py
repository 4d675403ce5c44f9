"""A contact context carried across sentences (session 17, branch carry): a visit or a
meeting told in one sentence, the contact word of a later one lacking its subject or
its partner ("Talks with Dbeibah focused on ...", "Başbakan Dbeybe ile görüştü",
"والتقى بالقائد العام خليفة حفتر"), the missing party being the visitor the context
named (``continuation.py``).

Invented probes, written before any dev error was read, in the styles of wire copy,
state media, Gulf and Maghreb press and Turkish dailies; each names the pairs that must
be current contacts and those that must not be (a plan, a refusal, a denial, another
subject, a third country's partner, a background sentence, a context of one country).

(carry2) The English subjectless and Arabic verb-first readings and the English and
Arabic guests were dropped for their cost (carry.py): their must-fire probes went with
them (25 carried, 4 guests, 6 implied); their must-not-fire probes stay, and the English
and Arabic carried probes left are those the cues of ``refers_back_opening`` and the
both-sides reading still give.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical, keys

FIDAN, GULER = "person:hakan-fidan", "person:yasar-guler"
ERDOGAN, KALIN = "person:recep-tayyip-erdogan", "person:ibrahim-kalin"
YERLIKAYA, BAYRAKTAR = "person:ali-yerlikaya", "person:alparslan-bayraktar"
BOLAT, YILMAZ = "person:omer-bolat", "person:cevdet-yilmaz"
DBEIBAH, MENFI = "person:abdul-hamid-dbeibah", "person:mohamed-menfi"
HAFTAR, SADDAM = "person:khalifa-haftar", "person:saddam-haftar"
SALEH, TAKALA = "person:aguila-saleh", "person:mohamed-takala"
BAOUR, MISHRI = "person:taher-al-baour", "person:khalid-al-mishri"
HADDAD = "person:mohammed-al-haddad"

#: (text, pairs that must be current contacts)
CARRIED_EN = [
    (
        "Turkish Foreign Minister Hakan Fidan arrived in Tripoli on Thursday on an "
        "unannounced visit. Talks with Prime Minister Abdul Hamid Dbeibah focused on "
        "energy and migration.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "Turkish Defence Minister Yasar Guler landed in Benghazi on Thursday. His meeting "
        "with Khalifa Haftar at the Rajma headquarters lasted two hours.",
        keys((GULER, HAFTAR)),
    ),
    (
        "Libyan Prime Minister Abdul Hamid Dbeibah arrived in Ankara on Wednesday for a "
        "two-day visit. Talks with President Recep Tayyip Erdogan at the presidential "
        "complex covered the maritime accord.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    (
        "Turkish Interior Minister Ali Yerlikaya travelled to Tripoli on Thursday. During "
        "his visit he held talks with Abdul Hamid Dbeibah on irregular migration.",
        keys((YERLIKAYA, DBEIBAH)),
    ),
    (
        "Turkish Energy Minister Alparslan Bayraktar visited Tripoli on Thursday. Dbeibah "
        "received him at the government headquarters, his office said.",
        keys((BAYRAKTAR, DBEIBAH)),
    ),
    (
        "Hakan Fidan met Abdul Hamid Dbeibah in Tripoli on Thursday. He later held talks "
        "with Mohamed al-Menfi at the Presidential Council.",
        keys((FIDAN, DBEIBAH), (FIDAN, MENFI)),
    ),
    (
        "Khalifa Haftar flew to Ankara on Wednesday, his first visit to Turkey in years. "
        "He was received by Defence Minister Yasar Guler and intelligence chief Ibrahim "
        "Kalin.",
        keys((HAFTAR, GULER), (HAFTAR, KALIN)),
    ),
    (
        "Aguila Saleh arrived in Ankara on Tuesday. Talks with Recep Tayyip Erdogan "
        "centred on a unified government, the speaker's office said.",
        keys((SALEH, ERDOGAN)),
    ),
    (
        "Hakan Fidan arrived in Tripoli on Thursday. It is his first visit since he became "
        "foreign minister. On arrival he met Mohamed al-Menfi.",
        keys((FIDAN, MENFI)),
    ),
    (
        "Libya's Presidential Council chief Mohamed al-Menfi paid a visit to Ankara on "
        "Tuesday. At the presidential complex, he held talks with Recep Tayyip Erdogan.",
        keys((MENFI, ERDOGAN)),
    ),
    (
        "Turkish Vice President Cevdet Yilmaz arrived in Tripoli on Monday. Abdul Hamid "
        "Dbeibah and Mohamed al-Menfi welcomed him at Mitiga airport.",
        keys((YILMAZ, DBEIBAH), (YILMAZ, MENFI)),
    ),
    (
        "Khalifa Haftar arrived in Ankara on Wednesday for his first official visit. "
        "Talks with Recep Tayyip Erdogan focused on the political process, the presidency "
        "said.",
        keys((HAFTAR, ERDOGAN)),
    ),
    (
        "Mohamed Takala arrived in Ankara on Monday. Talks with Hakan Fidan at the foreign "
        "ministry focused on the elections roadmap.",
        keys((TAKALA, FIDAN)),
    ),
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Upon arrival, he was greeted by Taher "
        "al-Baour, the acting foreign minister.",
        keys((FIDAN, BAOUR)),
    ),
    (
        "Aguila Saleh arrived in Ankara on Tuesday. He was welcomed by Recep Tayyip "
        "Erdogan at the presidential complex.",
        keys((SALEH, ERDOGAN)),
    ),
    (
        "Hakan Fidan arrived in Benghazi on Thursday. His talks with Khalifa Haftar and "
        "Aguila Saleh touched on the stalled elections.",
        keys((FIDAN, HAFTAR), (FIDAN, SALEH)),
    ),
    (
        "Abdul Hamid Dbeibah flew to Ankara on Wednesday. During his talks with Recep "
        "Tayyip Erdogan, the two leaders signed a security memorandum.",
        keys((DBEIBAH, ERDOGAN)),
    ),
]

#: (text, pairs that must be no current contact)
LEFT_EN = [
    # another subject: the two Libyans met each other
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Abdul Hamid Dbeibah met Mohamed "
        "al-Menfi separately to discuss the budget.",
        keys((FIDAN, DBEIBAH), (FIDAN, MENFI)),
    ),
    # a third country's partner, last week
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Dbeibah met Italian Prime Minister "
        "Giorgia Meloni in Rome last week.",
        keys((FIDAN, DBEIBAH)),
    ),
    # a plan
    (
        "Hakan Fidan arrived in Tripoli on Thursday. He is expected to meet Abdul Hamid "
        "Dbeibah on Friday.",
        keys((FIDAN, DBEIBAH)),
    ),
    # background: what the Libyan did before
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Dbeibah has held talks with Khalifa "
        "Haftar's envoys several times since 2021.",
        keys((FIDAN, DBEIBAH), (FIDAN, HAFTAR)),
    ),
    # a denial
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Khalifa Haftar's office denied "
        "reports that he would receive a Turkish envoy.",
        keys((FIDAN, HAFTAR)),
    ),
    # the context's visit is within one country
    (
        "Abdul Hamid Dbeibah arrived in Misrata on Thursday. He met Mohamed al-Menfi there.",
        set(),
    ),
    # another meeting, a third country's guest
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Separately, Khalifa Haftar received "
        "Russian Deputy Defence Minister Yunus-Bek Yevkurov in Benghazi.",
        keys((FIDAN, HAFTAR)),
    ),
    # commentary on others' talks
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Analysts said talks between Abdul "
        "Hamid Dbeibah and Khalifa Haftar remain stalled.",
        keys((FIDAN, DBEIBAH), (FIDAN, HAFTAR)),
    ),
    # a refusal
    (
        "Yasar Guler arrived in Tripoli on Sunday. Khalifa Haftar refused to meet him, a "
        "spokesman said.",
        keys((GULER, HAFTAR)),
    ),
    # a recap of an older meeting
    (
        "Abdul Hamid Dbeibah arrived in Ankara on Tuesday. He last met Recep Tayyip "
        "Erdogan in 2022 in Istanbul.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    # a plan in the context sentence
    (
        "Hakan Fidan will travel to Tripoli next week. Talks with Abdul Hamid Dbeibah will "
        "focus on energy.",
        keys((FIDAN, DBEIBAH)),
    ),
    # a phone call, then another country's meeting
    (
        "Recep Tayyip Erdogan spoke by phone with Abdul Hamid Dbeibah on Thursday. Khalifa "
        "Haftar, meanwhile, met Egyptian President Abdel Fattah al-Sisi in Cairo.",
        keys((ERDOGAN, HAFTAR)),
    ),
    # the Libyan said what he discussed with another Libyan
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Abdul Hamid Dbeibah said he had "
        "discussed the visit with Mohamed al-Menfi.",
        keys((FIDAN, MENFI)),
    ),
    # the context is a visit someone else paid
    (
        "Italian Foreign Minister Antonio Tajani arrived in Tripoli on Thursday. Talks "
        "with Abdul Hamid Dbeibah focused on migration. Hakan Fidan is due next week.",
        keys((FIDAN, DBEIBAH)),
    ),
]

LEFT_EN += [
    # the participle's subject after the comma is a named Libyan
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Meeting Khalifa Haftar, Abdul Hamid "
        "Dbeibah said the ceasefire would hold.",
        keys((FIDAN, HAFTAR), (FIDAN, DBEIBAH)),
    ),
    # the object pronoun in a plan
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Khalifa Haftar is expected to receive "
        "him in Benghazi next week.",
        keys((FIDAN, HAFTAR)),
    ),
    # "him" is the second Libyan named
    (
        "Hakan Fidan arrived in Tripoli on Thursday. Abdul Hamid Dbeibah met Mohamed "
        "al-Menfi and briefed him on the budget.",
        keys((FIDAN, DBEIBAH), (FIDAN, MENFI)),
    ),
]

LEFT_EN += [
    # "she" is the envoy the sentence names by title before her
    (
        "Hakan Fidan arrived in Libya on Thursday. The UN envoy said she met Abdul Hamid "
        "Dbeibah in Tripoli.",
        keys((FIDAN, DBEIBAH)),
    ),
]

CARRIED_TR = [
    (
        "Dışişleri Bakanı Hakan Fidan, perşembe günü Libya'nın başkenti Trablus'a gitti. "
        "Başbakan Abdulhamid Dbeybe ile bir araya geldi.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "Milli Savunma Bakanı Yaşar Güler, Bingazi'ye resmi bir ziyaret gerçekleştirdi. "
        "Mareşal Halife Hafter tarafından kabul edildi.",
        keys((GULER, HAFTAR)),
    ),
    (
        "Libya Başbakanı Abdulhamid Dbeybe, çarşamba günü Ankara'ya geldi. Cumhurbaşkanı "
        "Recep Tayyip Erdoğan ile Beştepe'de görüştü.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    (
        "Hakan Fidan, Trablus'ta Başkanlık Konseyi Başkanı Muhammed el-Menfi ile görüştü. "
        "Başbakan Abdulhamid Dbeybe ile de bir araya geldi.",
        keys((FIDAN, MENFI), (FIDAN, DBEIBAH)),
    ),
    (
        "İçişleri Bakanı Ali Yerlikaya, dün Trablus'u ziyaret etti. Libya Başbakanı "
        "Abdulhamid Dbeybe ile düzensiz göçle mücadeleyi görüştü.",
        keys((YERLIKAYA, DBEIBAH)),
    ),
    (
        "Enerji Bakanı Alparslan Bayraktar, Libya'ya iki günlük bir ziyaret gerçekleştirdi. "
        "Trablus'ta Başbakan Abdulhamid Dbeybe tarafından kabul edildi.",
        keys((BAYRAKTAR, DBEIBAH)),
    ),
    (
        "Halife Hafter, çarşamba günü Ankara'ya geldi. Beştepe'de Cumhurbaşkanı Erdoğan "
        "tarafından kabul edildi.",
        keys((HAFTAR, ERDOGAN)),
    ),
    (
        "Başkanlık Konseyi Başkanı Muhammed el-Menfi, Ankara'ya resmi bir ziyarette "
        "bulundu. Cumhurbaşkanı Erdoğan ile baş başa görüştü.",
        keys((MENFI, ERDOGAN)),
    ),
    (
        "Ticaret Bakanı Ömer Bolat, beraberindeki iş insanlarıyla Trablus'a gitti. "
        "Ekonomi Bakanı ve Başbakan Abdulhamid Dbeybe ile görüştü.",
        keys((BOLAT, DBEIBAH)),
    ),
    (
        "MİT Başkanı İbrahim Kalın, Bingazi'ye gitti. Burada Saddam Hafter ile görüştü.",
        keys((KALIN, SADDAM)),
    ),
    (
        "Abdulhamid Dbeybe, cumartesi günü İstanbul'a geldi. Dolmabahçe Çalışma Ofisi'nde "
        "Cumhurbaşkanı Erdoğan ile bir araya geldi.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    (
        "Bakan Yaşar Güler, pazar günü Trablus'a gitti. Libya Başbakanı Abdulhamid "
        "Dbeybe'yi makamında ziyaret etti.",
        keys((GULER, DBEIBAH)),
    ),
    (
        "Hakan Fidan, Libya'ya gitti. Önce Trablus'ta Dbeybe ile, ardından Bingazi'de "
        "Halife Hafter ile görüştü.",
        keys((FIDAN, DBEIBAH), (FIDAN, HAFTAR)),
    ),
    (
        "Akile Salih, salı günü Ankara'ya geldi. Cumhurbaşkanı Erdoğan ile görüştü.",
        keys((SALEH, ERDOGAN)),
    ),
    (
        "İçişleri Bakanı Ali Yerlikaya, Libya'ya resmi ziyarette bulundu. Ziyaret "
        "kapsamında Dbeybe ile görüştü.",
        keys((YERLIKAYA, DBEIBAH)),
    ),
    (
        "Libya Yüksek Devlet Konseyi Başkanı Muhammed Tekale, Ankara'ya geldi. Dışişleri "
        "Bakanı Hakan Fidan ile görüştü.",
        keys((TAKALA, FIDAN)),
    ),
    (
        "Cumhurbaşkanı Yardımcısı Cevdet Yılmaz, Trablus'a gitti. Başbakan Dbeybe ve "
        "Başkanlık Konseyi Başkanı Menfi ile ayrı ayrı görüştü.",
        keys((YILMAZ, DBEIBAH), (YILMAZ, MENFI)),
    ),
    (
        "Abdulhamid Dbeybe, Ankara'ya geldi. Erdoğan'la görüştü.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    (
        "MİT Başkanı İbrahim Kalın, Trablus'a gitti. Dbeybe'yle görüştü.",
        keys((KALIN, DBEIBAH)),
    ),
    (
        "Bakan Yaşar Güler, Bingazi'ye gitti. Saddam Hafter'i makamında ziyaret etti.",
        keys((GULER, SADDAM)),
    ),
    (
        "Hakan Fidan, perşembe günü Trablus'a gitti. Ziyaret, enerji anlaşmasının "
        "imzalanmasından bir ay sonra gerçekleşti. Başbakan Abdulhamid Dbeybe ile görüştü.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "Muhammed el-Menfi, Ankara'da temaslarda bulundu. Cumhurbaşkanı Erdoğan ile ikili "
        "ilişkileri görüştü.",
        keys((MENFI, ERDOGAN)),
    ),
    (
        "Libya Başbakanı Abdulhamid Dbeybe, İstanbul'a geldi. Cumhurbaşkanı Erdoğan "
        "tarafından Vahdettin Köşkü'nde kabul edildi.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    (
        "Dışişleri Bakanı Hakan Fidan, Trablus'a geldi. Havalimanında Dışişleri Bakanı "
        "Tahir el-Baur tarafından karşılandı.",
        keys((FIDAN, BAOUR)),
    ),
    (
        "Halife Hafter, Ankara'ya resmi bir ziyaret gerçekleştirdi. Milli Savunma Bakanı "
        "Yaşar Güler ve MİT Başkanı İbrahim Kalın ile görüştü.",
        keys((HAFTAR, GULER), (HAFTAR, KALIN)),
    ),
    (
        "Hakan Fidan, Trablus'ta Dbeybe ile görüştü. Daha sonra Başkanlık Konseyi Başkanı "
        "Menfi tarafından kabul edildi.",
        keys((FIDAN, DBEIBAH), (FIDAN, MENFI)),
    ),
    (
        "Hakan Fidan, Bingazi'ye gitti. Halife Hafter ve Akile Salih ile ayrı ayrı bir "
        "araya geldi.",
        keys((FIDAN, HAFTAR), (FIDAN, SALEH)),
    ),
]

LEFT_TR = [
    # another subject, of the visited country
    (
        "Hakan Fidan, Trablus'a gitti. Dbeybe, Menfi ile görüştü.",
        keys((FIDAN, DBEIBAH), (FIDAN, MENFI)),
    ),
    # a plan
    (
        "Hakan Fidan, Trablus'a gidecek. Dbeybe ile görüşmesi bekleniyor.",
        keys((FIDAN, DBEIBAH)),
    ),
    # a third country's partner, a recap
    (
        "Hakan Fidan, Trablus'a gitti. Dbeybe, geçen hafta Roma'da İtalya Başbakanı "
        "Giorgia Meloni ile görüşmüştü.",
        keys((FIDAN, DBEIBAH)),
    ),
    # the topic shifts to someone else's meeting
    (
        "Yaşar Güler, Trablus'a gitti. Halife Hafter ise Bingazi'de Rus heyetini kabul etti.",
        keys((GULER, HAFTAR)),
    ),
    # cancelled
    (
        "Hakan Fidan, Trablus'a gitti. Dbeybe ile görüşmesi iptal edildi.",
        keys((FIDAN, DBEIBAH)),
    ),
    # within one country
    (
        "Dbeybe, Misrata'ya gitti. Menfi ile bir araya geldi.",
        set(),
    ),
    # a refusal
    (
        "Hakan Fidan, Trablus'a gitti. Halife Hafter ile görüşmeyeceğini açıkladı.",
        keys((FIDAN, HAFTAR)),
    ),
    # a call, then another's meeting
    (
        "Erdoğan, Dbeybe'yi telefonla aradı. Halife Hafter de Kahire'de Sisi ile görüştü.",
        keys((ERDOGAN, HAFTAR)),
    ),
    # commentary on others' talks
    (
        "Hakan Fidan, Trablus'a gitti. Analistler, Dbeybe ile Hafter arasındaki "
        "görüşmelerin tıkandığını belirtti.",
        keys((FIDAN, DBEIBAH), (FIDAN, HAFTAR)),
    ),
    # a recap of an old visit
    (
        "Hakan Fidan, 2023 yılında Trablus'u ziyaret etmişti. Dbeybe ile görüşmüştü.",
        keys((FIDAN, DBEIBAH)),
    ),
    # a negated verb
    (
        "Hakan Fidan, Trablus'a gitti. Halife Hafter ile görüşmedi.",
        keys((FIDAN, HAFTAR)),
    ),
    # the Libyans' own meeting postponed
    (
        "Hakan Fidan, Trablus'a gitti. Dbeybe'nin Hafter ile görüşmesi ertelendi.",
        keys((FIDAN, DBEIBAH), (FIDAN, HAFTAR)),
    ),
    # a Libyan subject with a third country's guest
    (
        "Yaşar Güler, Trablus'a gitti. Dbeybe ayrıca İtalya Dışişleri Bakanı Antonio "
        "Tajani ile görüştü.",
        keys((GULER, DBEIBAH)),
    ),
]

CARRIED_AR = [
    (
        "وصل وزير الخارجية التركي هاكان فيدان إلى طرابلس، اليوم الخميس، في زيارة رسمية. "
        "وبحث مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة ملفات التعاون.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "وصل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة إلى أنقرة، أمس الأربعاء. "
        "واستقبله الرئيس التركي رجب طيب أردوغان في المجمع الرئاسي.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    (
        "وصل وزير الخارجية التركي هاكان فيدان إلى طرابلس اليوم الخميس. وتأتي الزيارة بعد "
        "أسابيع من توقيع اتفاقيات في مجال الطاقة. وبحث مع رئيس المجلس الرئاسي محمد المنفي "
        "تطورات العملية السياسية.",
        keys((FIDAN, MENFI)),
    ),
    (
        "وصل رئيس المجلس الرئاسي محمد المنفي إلى أنقرة في زيارة رسمية. وأجرى مباحثات مع "
        "الرئيس رجب طيب أردوغان تناولت العلاقات الثنائية.",
        keys((MENFI, ERDOGAN)),
    ),
    (
        "وصل وزير الداخلية التركي علي يرلي كايا إلى طرابلس. وخلال الزيارة، التقى رئيس "
        "الحكومة عبد الحميد الدبيبة.",
        keys((YERLIKAYA, DBEIBAH)),
    ),
    (
        "وصل القائد العام خليفة حفتر إلى أنقرة، أمس. وكان في استقباله وزير الدفاع التركي "
        "يشار غولر.",
        keys((HAFTAR, GULER)),
    ),
    (
        "وصل وزير الطاقة التركي ألب أرسلان بيرقدار إلى طرابلس اليوم. وناقش مع عبد الحميد "
        "الدبيبة مشاريع النفط والغاز.",
        keys((BAYRAKTAR, DBEIBAH)),
    ),
    (
        "وصل محمد المنفي إلى أنقرة في زيارة رسمية تستغرق يومين. واستقبله أردوغان بمراسم رسمية.",
        keys((MENFI, ERDOGAN)),
    ),
    (
        "زار وزير التجارة التركي عمر بولاط طرابلس على رأس وفد من رجال الأعمال. وتباحث مع "
        "رئيس الحكومة عبد الحميد الدبيبة حول زيادة حجم التبادل التجاري.",
        keys((BOLAT, DBEIBAH)),
    ),
    (
        "وصل رئيس المجلس الأعلى للدولة محمد تكالة إلى أنقرة. وقال المكتب الإعلامي للمجلس "
        "إن الزيارة تأتي بدعوة رسمية. وعقد مباحثات مع وزير الخارجية هاكان فيدان.",
        keys((TAKALA, FIDAN)),
    ),
    (
        "وصل وزير الدفاع التركي يشار غولر إلى طرابلس، الأحد. والتقى خلال الزيارة برئيس "
        "الحكومة عبد الحميد الدبيبة ورئيس الأركان محمد الحداد.",
        keys((GULER, DBEIBAH), (GULER, HADDAD)),
    ),
    (
        "وصل وزير الخارجية التركي هاكان فيدان إلى طرابلس. واستقبله رئيس المجلس الرئاسي محمد "
        "المنفي بمقر المجلس.",
        keys((FIDAN, MENFI)),
    ),
    (
        "وصل عبد الحميد الدبيبة إلى أنقرة اليوم. وخلال الزيارة، بحث مع الرئيس رجب طيب "
        "أردوغان ملف الانتخابات.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    (
        "حل وزير الخارجية التركي هاكان فيدان ضيفا على طرابلس. وكان في استقباله رئيس الحكومة "
        "عبد الحميد الدبيبة.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "قام رئيس الاستخبارات التركية إبراهيم قالن بزيارة إلى طرابلس. وأجرى محادثات مع عبد "
        "الحميد الدبيبة ومحمد المنفي.",
        keys((KALIN, DBEIBAH), (KALIN, MENFI)),
    ),
]

LEFT_AR = [
    # another subject: the two Libyans met each other
    (
        "وصل وزير الخارجية التركي هاكان فيدان إلى طرابلس. والتقى عبد الحميد الدبيبة بمحمد "
        "المنفي لبحث الميزانية.",
        keys((FIDAN, DBEIBAH), (FIDAN, MENFI)),
    ),
    # a plan
    (
        "من المقرر أن يصل هاكان فيدان إلى طرابلس الأسبوع المقبل. وسيبحث مع عبد الحميد "
        "الدبيبة ملفات التعاون.",
        keys((FIDAN, DBEIBAH)),
    ),
    # a third country's partner, earlier
    (
        "وصل هاكان فيدان إلى طرابلس. والتقى عبد الحميد الدبيبة في وقت سابق رئيسة الوزراء "
        "الإيطالية جورجيا ميلوني في روما.",
        keys((FIDAN, DBEIBAH)),
    ),
    # another meeting, a third country's guest
    (
        "وصل وزير الدفاع التركي يشار غولر إلى طرابلس. من جهة أخرى، استقبل خليفة حفتر في "
        "بنغازي نائب وزير الدفاع الروسي يونس بك يفكوروف.",
        keys((GULER, HAFTAR)),
    ),
    # within one country
    (
        "وصل عبد الحميد الدبيبة إلى مصراتة. والتقى بمحمد المنفي.",
        set(),
    ),
    # a denial
    (
        "وصل هاكان فيدان إلى طرابلس. ونفى مكتب خليفة حفتر أن يكون قد التقى به.",
        keys((FIDAN, HAFTAR)),
    ),
    # commentary on others' talks
    (
        "وصل هاكان فيدان إلى طرابلس. وقال محللون إن المباحثات بين عبد الحميد الدبيبة "
        "وخليفة حفتر متعثرة.",
        keys((FIDAN, DBEIBAH), (FIDAN, HAFTAR)),
    ),
    # a call, then another country's meeting
    (
        "اتصل أردوغان هاتفيا بعبد الحميد الدبيبة. وفي سياق آخر، التقى خليفة حفتر في "
        "القاهرة بالرئيس المصري عبد الفتاح السيسي.",
        keys((ERDOGAN, HAFTAR)),
    ),
    # a refusal
    (
        "وصل هاكان فيدان إلى طرابلس. ورفض خليفة حفتر لقاءه.",
        keys((FIDAN, HAFTAR)),
    ),
    # a recap of an old visit
    (
        "زار هاكان فيدان طرابلس في عام 2021. والتقى حينها بعبد الحميد الدبيبة.",
        keys((FIDAN, DBEIBAH)),
    ),
    # the Libyan's earlier talks with a third country's envoy
    (
        "وصل يشار غولر إلى طرابلس. وكان عبد الحميد الدبيبة قد بحث مع السفير الأمريكي "
        "قبل أيام ملف الأمن.",
        keys((GULER, DBEIBAH)),
    ),
    # a plan after the visit
    (
        "وصل هاكان فيدان إلى طرابلس. ومن المنتظر أن يلتقي بعبد الحميد الدبيبة غدا.",
        keys((FIDAN, DBEIBAH)),
    ),
    # a negated meeting
    (
        "وصل هاكان فيدان إلى طرابلس. ولم يلتق بخليفة حفتر خلال الزيارة.",
        keys((FIDAN, HAFTAR)),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [("en", t, e) for t, e in CARRIED_EN]
    + [("tr", t, e) for t, e in CARRIED_TR]
    + [("ar", t, e) for t, e in CARRIED_AR],
)
def test_a_carried_context_gives_the_missing_party(
    detector, entities, lang, text, expected
) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert expected <= current


@pytest.mark.parametrize(
    ("lang", "text", "forbidden"),
    [("en", t, f) for t, f in LEFT_EN]
    + [("tr", t, f) for t, f in LEFT_TR]
    + [("ar", t, f) for t, f in LEFT_AR],
)
def test_no_context_is_carried_where_it_must_not_be(
    detector, entities, lang, text, forbidden
) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert not forbidden & current
    if not forbidden:
        assert current == set()


#: The host's sentence names the visitor as "his guest" (any language): (lang, text,
#: pairs that must be current contacts)
GUESTS = [
    (
        "tr",
        "Abdulhamid Dbeybe, Ankara'ya geldi. Cumhurbaşkanı Erdoğan, konuğunu Beştepe'de "
        "resmi törenle karşıladı.",
        keys((DBEIBAH, ERDOGAN)),
    ),
    (
        "tr",
        "Hakan Fidan, Bingazi'ye gitti. Halife Hafter, misafirini Rajma'daki karargahında "
        "kabul etti.",
        keys((FIDAN, HAFTAR)),
    ),
]

#: (lang, text, pairs that must be no current contact): the guest is someone else's, or
#: the context is a plan.
OTHER_GUESTS = [
    (
        "en",
        "Hakan Fidan will travel to Tripoli next week. Abdul Hamid Dbeibah will welcome his "
        "guest at the airport.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "en",
        "Hakan Fidan arrived in Tripoli on Thursday. In Benghazi, Khalifa Haftar received "
        "his guest, Russian Deputy Defence Minister Yunus-Bek Yevkurov.",
        keys((FIDAN, HAFTAR)),
    ),
    (
        "tr",
        "Abdulhamid Dbeybe, Misrata'ya gitti. Muhammed el-Menfi, konuğunu havalimanında karşıladı.",
        set(),
    ),
    (
        "ar",
        "وصل هاكان فيدان إلى طرابلس. واستقبل خليفة حفتر في بنغازي ضيفه الروسي يونس بك يفكوروف.",
        keys((FIDAN, HAFTAR)),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GUESTS)
def test_the_hosts_guest_is_the_visitor(detector, entities, lang, text, expected) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert expected <= current


@pytest.mark.parametrize(("lang", "text", "forbidden"), OTHER_GUESTS)
def test_another_guest_is_no_visitor(detector, entities, lang, text, forbidden) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert not forbidden & current
    if not forbidden:
        assert current == set()


#: A plural reference to the two sides in a sentence that names no principal: the
#: persons of the two sides named in the sentence before (lang, text, pairs that must be
#: current contacts).
BOTH_SIDES = [
    (
        "en",
        "Recep Tayyip Erdogan and Abdul Hamid Dbeibah on Monday renewed their commitment to "
        "the maritime deal. The two leaders held talks in Ankara.",
        keys((ERDOGAN, DBEIBAH)),
    ),
    (
        "en",
        "Hakan Fidan and Abdul Hamid Dbeibah stressed the importance of elections on "
        "Thursday. They met in Tripoli.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "en",
        "Turkish Defence Minister Yasar Guler and Khalifa Haftar reviewed a guard of honour "
        "in Benghazi on Tuesday. Both men discussed military training.",
        keys((GULER, HAFTAR)),
    ),
    (
        "tr",
        "Cumhurbaşkanı Erdoğan ve Başbakan Abdulhamid Dbeybe, deniz yetki anlaşmasına "
        "bağlılıklarını yineledi. İki lider Beştepe'de baş başa görüştü.",
        keys((ERDOGAN, DBEIBAH)),
    ),
    (
        "tr",
        "Dışişleri Bakanı Hakan Fidan ve Libyalı mevkidaşı Tahir el-Baur, ortak bir "
        "açıklama yaptı. Taraflar ardından Trablus'ta bir araya geldi.",
        keys((FIDAN, BAOUR)),
    ),
    (
        "ar",
        "جدد الرئيس رجب طيب أردوغان ورئيس الحكومة عبد الحميد الدبيبة التزامهما بالاتفاق "
        "البحري. وعقد الجانبان اجتماعا مغلقا في أنقرة.",
        keys((ERDOGAN, DBEIBAH)),
    ),
    (
        "ar",
        "أشاد وزير الخارجية التركي هاكان فيدان بجهود رئيس المجلس الرئاسي محمد المنفي. وبحث "
        "الطرفان في طرابلس ملف الانتخابات.",
        keys((FIDAN, MENFI)),
    ),
]

BOTH_SIDES += [
    # "the meeting" opening the sentence, after the two named as one subject
    (
        "en",
        "Recep Tayyip Erdogan and Abdul Hamid Dbeibah stressed the importance of the "
        "maritime deal on Monday. The meeting also covered energy.",
        keys((ERDOGAN, DBEIBAH)),
    ),
    (
        "tr",
        "Cumhurbaşkanı Erdoğan ve Başbakan Abdulhamid Dbeybe, deniz yetki anlaşmasının "
        "önemine vurgu yaptı. Görüşmede enerji ve güvenlik konuları ele alındı.",
        keys((ERDOGAN, DBEIBAH)),
    ),
    (
        "ar",
        "أكد الرئيس رجب طيب أردوغان ورئيس الحكومة عبد الحميد الدبيبة أهمية الاتفاق البحري. "
        "وتناول اللقاء ملفات الطاقة والأمن.",
        keys((ERDOGAN, DBEIBAH)),
    ),
]

#: (lang, text, pairs that must be no current contact): a criticism or a plan before,
#: a recap, the two of one side, "the meeting" after two not named as one subject.
NOT_BOTH_SIDES = [
    (
        "en",
        "Recep Tayyip Erdogan said Khalifa Haftar must withdraw. The meeting in Berlin will "
        "discuss the ceasefire.",
        keys((ERDOGAN, HAFTAR)),
    ),
    (
        "tr",
        "Cumhurbaşkanı Erdoğan, Hafter'in çekilmesi gerektiğini söyledi. Toplantıda "
        "Berlin süreci ele alındı.",
        keys((ERDOGAN, HAFTAR)),
    ),
    (
        "en",
        "Recep Tayyip Erdogan criticised Khalifa Haftar on Monday. The two sides had met in "
        "Moscow in 2020.",
        keys((ERDOGAN, HAFTAR)),
    ),
    (
        "en",
        "Recep Tayyip Erdogan and Abdul Hamid Dbeibah will attend the summit in Rome. The "
        "two leaders are expected to meet on its sidelines.",
        keys((ERDOGAN, DBEIBAH)),
    ),
    (
        "en",
        "Abdul Hamid Dbeibah and Mohamed al-Menfi flew to Rome on Monday. The two met "
        "officials there.",
        set(),
    ),
    # "the two sides" are those who met before, not an attendee or a Libyan named since
    (
        "en",
        "Hakan Fidan arrived in Zawiya on Friday, where he met Saddam Haftar. The talks were "
        "attended by Interior Minister Emad Trabelsi. The two sides discussed energy.",
        keys((FIDAN, "person:imad-trabelsi")),
    ),
    (
        "en",
        "Saddam Haftar held talks with Ibrahim Kalin in Benghazi on Thursday. Abdul Hamid "
        "Dbeibah chaired a cabinet session in Tripoli. The two sides discussed trade.",
        keys((KALIN, DBEIBAH)),
    ),
    (
        "tr",
        "Cumhurbaşkanı Erdoğan, Halife Hafter'i eleştirdi. Taraflar geçen yıl Moskova'da "
        "görüşmüştü.",
        keys((ERDOGAN, HAFTAR)),
    ),
    (
        "ar",
        "انتقد الرئيس رجب طيب أردوغان خليفة حفتر. وكان الجانبان قد التقيا في موسكو في عام 2020.",
        keys((ERDOGAN, HAFTAR)),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BOTH_SIDES)
def test_the_two_sides_are_those_named_before(detector, entities, lang, text, expected) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert expected <= current


@pytest.mark.parametrize(("lang", "text", "forbidden"), NOT_BOTH_SIDES)
def test_no_two_sides_where_none_met(detector, entities, lang, text, forbidden) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert not forbidden & current
    if not forbidden:
        assert current == set()


#: What the host did to the visitor, with no contact word: a contact in a visit's context
#: (lang, text, pairs that must be current contacts).
IMPLIED = [
    (
        "tr",
        "Hakan Fidan, Trablus'a gitti. Başbakan Abdulhamid Dbeybe, onuruna bir akşam yemeği verdi.",
        keys((FIDAN, DBEIBAH)),
    ),
]

#: (lang, text, pairs that must be no current contact): a plan, a criticism before, a
#: negated meeting.
NOT_IMPLIED = [
    (
        "en",
        "Hakan Fidan will travel to Tripoli next week. Abdul Hamid Dbeibah told him by "
        "phone he was welcome.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "en",
        "Hakan Fidan criticised Khalifa Haftar on Thursday. Haftar told him to stay out of Libya.",
        keys((FIDAN, HAFTAR)),
    ),
    (
        "en",
        "Hakan Fidan arrived in Tripoli on Thursday. Khalifa Haftar said in Benghazi that "
        "he would not meet him.",
        keys((FIDAN, HAFTAR)),
    ),
    (
        "en",
        "Hakan Fidan arrived in Tripoli on Thursday. Khalifa Haftar could not receive him "
        "because of illness.",
        keys((FIDAN, HAFTAR)),
    ),
    (
        "tr",
        "Hakan Fidan, Trablus'a gidecek. Başbakan Abdulhamid Dbeybe, onuruna bir akşam "
        "yemeği verecek.",
        keys((FIDAN, DBEIBAH)),
    ),
    (
        "ar",
        "من المقرر أن يصل هاكان فيدان إلى طرابلس الأسبوع المقبل. وسيقيم عبد الحميد الدبيبة "
        "مأدبة عشاء على شرفه.",
        keys((FIDAN, DBEIBAH)),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IMPLIED)
def test_what_the_host_did_to_the_visitor(detector, entities, lang, text, expected) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert expected <= current


@pytest.mark.parametrize(("lang", "text", "forbidden"), NOT_IMPLIED)
def test_no_visit_no_host(detector, entities, lang, text, forbidden) -> None:
    current, _ = current_and_historical(detector, entities, text, lang)
    assert not forbidden & current
