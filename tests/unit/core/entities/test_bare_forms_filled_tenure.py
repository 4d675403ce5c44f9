"""The bearers who kept an office-holder's short form off for lack of known tenure
(the former bare_surname_blockers list) now have their ``terms`` or ``office: none``:
on dated sentences of our own wording, the holder's bare form links him on a day
only he holds an office, the bearer himself on a day only he does, and nobody when
two bearers hold offices that day or none does."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.entities import DEFAULT_KB_DIR, load_kb
from wirewatch.core.entities.bare_holders import silenced_surnames


def test_no_bearer_of_unknown_tenure_silences_a_holder() -> None:
    assert silenced_surnames(load_kb(DEFAULT_KB_DIR).entities) == []


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder"),
    [
        # Sadiq Haftar: office none
        ("ar", "وتعهد حفتر بمواصلة العمليات العسكرية غرب ليبيا", "2019-07-03",
         "person:khalifa-haftar"),
        ("en", "Haftar flew to Cairo on Sunday for talks on Libya's east.", "2020-01-12",
         "person:khalifa-haftar"),
        # Ibrahim Dbeibah: office none; Ali Dbeibah's GNC term ended in 2014
        ("ar", "وشدد الدبيبة على أن حكومته في ليبيا باقية حتى الانتخابات", "2022-09-14",
         "person:abdul-hamid-dbeibah"),
        ("tr", "Dibeybe, Libya'daki seçim takviminin ertelenmeyeceğini savundu.", "2023-02-08",
         "person:abdul-hamid-dbeibah"),
        # ... and on a 2013 day the congressman Ali Dbeibah is the one in office
        ("en", "Dbeibah told Libyan congress colleagues the vote would wait.", "2013-04-22",
         "person:ali-dbeibah"),
        # Mohamed al-Shukri: never took office
        ("en", "Shukri cautioned that Egypt would not stand by if Libya's Sirte fell.",
         "2020-07-01", "person:sameh-shoukry"),
        # Mansour Dhao: People's Guard until 2011
        ("en", "Mansour appointed Egypt's new prime minister on Tuesday.", "2013-07-09",
         "person:adly-mansour"),
        # Yasin Aktay: MP until 2018
        ("ar", "وأوضح أقطاي أن تركيا لن تتخلى عن الحكومة الليبية", "2021-02-16",
         "person:fuat-oktay"),
        # Safia Farkash: office none
        ("ar", "وقال البرعصي إن الحكومة الليبية ستصرف الرواتب قريبا", "2013-02-05",
         "person:awad-barasi"),
        # Abdulsalam al-Hassi: LNA command 2019-2020 only
        ("ar", "وأعلن الحاسي أن حكومة الإنقاذ في ليبيا ستعقد اجتماعا طارئا", "2015-01-10",
         "person:omar-al-hassi"),
        # Necmettin Erbakan: premier 1996-1997, died 2011
        ("tr", "Erbakan, hükümetin Libya politikasını meclis kürsüsünde eleştirdi.",
         "2023-03-01", "person:fatih-erbakan"),
        # Mustafa Qaddour: office none
        ("en", "Gaddur urged Libya's rival governments to unify the budget.", "2022-06-01",
         "person:hafed-gaddur"),
        # Omar Mukhtar: office none
        ("en", "Mukhtar said Libya and Turkey would sign a new accord soon.", "2019-05-10",
         "person:abdulrazak-mukhtar"),
        # Muhterem İnce (deputy minister) left office in 2023
        ("tr", "İnce, Libya tezkeresine neden karşı çıktıklarını anlattı.", "2024-03-12",
         "person:muharrem-ince"),
    ],
)  # fmt: skip
def test_the_holders_bare_form_links_on_his_day(detector, linker, lang, text, day, holder) -> None:
    assert holder in people(linked_on(detector, linker, text, lang, day))


@pytest.mark.parametrize(
    ("lang", "text", "day", "not_meant"),
    [
        # Hassan Bouzriba (SSA deputy head) and Essam Bouzriba (GNS minister) both in
        # office: ambiguous
        ("ar", "وأكد بوزريبة أن الأوضاع الأمنية في ليبيا مستقرة", "2023-03-01",
         ("person:essam-abu-zariba", "person:hassan-bouzriba")),
        # Salah Badi's congress term ended in 2014; Emadeddin Badi holds no office
        ("en", "Badi argued that Libya's armed groups were splintering.", "2021-01-02",
         ("person:salah-badi", "person:emadeddin-badi")),
        # the ambassador's term ended in 2020; Omar Mukhtar held no office
        ("en", "Mukhtar said Libya and Turkey would sign a new accord soon.", "2022-05-10",
         ("person:abdulrazak-mukhtar", "person:omar-mukhtar")),
        # on a 2013 day the prime minister-to-be was no office-holder
        ("en", "Dbeibah told Libyan congress colleagues the vote would wait.", "2013-04-22",
         ("person:abdul-hamid-dbeibah",)),
        # Muharrem İnce led his party while Muhterem İnce was a deputy minister
        ("tr", "İnce, Libya tezkeresine neden karşı çıktıklarını anlattı.", "2022-03-12",
         ("person:muharrem-ince", "person:muhterem-ince")),
        # "Bakan" names a minister, not a deputy minister
        ("tr", "Bakan İnce, Libya'daki göçmen kamplarını anlattı.", "2020-03-12",
         ("person:muhterem-ince", "person:muharrem-ince")),
        # "الله" (God), the last word of صنع الله, is no short form of Sanalla's once
        # Bashir Khalaf Allah no longer switches it off (a common word: only after a title)
        ("ar", "وقال إن الله وحده يعلم متى تنتهي أزمة ليبيا", "2018-06-10",
         ("person:mustafa-sanalla",)),
        ("ar", "وأضاف الله أكبر على كل من ظلم أهل ليبيا", "2019-02-17",
         ("person:mustafa-sanalla",)),
        # الدم (blood) and ميلاد (birth) are words before they are Gaddaf al-Dam's and
        # al-Bija's names
        ("ar", "وأضاف الدم الليبي واحد من طرابلس إلى بنغازي", "2009-06-10",
         ("person:ahmed-gaddaf-al-dam",)),
        ("ar", "وقال ميلاد ليبيا الجديدة بدأ في الزاوية", "2016-06-10",
         ("person:abdurahman-milad",)),
        # Abdullah al-Senussi's intelligence term starts decades after the monarchy
        ("en", "Senussi said the Libyan monarchy would stand.", "1965-05-10",
         ("person:abdullah-al-senussi",)),
    ],
)  # fmt: skip
def test_the_bare_form_is_left_alone(detector, linker, lang, text, day, not_meant) -> None:
    found = people(linked_on(detector, linker, text, lang, day))
    assert not set(not_meant) & found.keys()


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder"),
    [
        ("ar", "وقال رئيس المجلس الرئاسي المنفي إن المصالحة في ليبيا أولوية", "2022-04-11",
         "person:mohamed-menfi"),
        ("en", "Menfi urged Libya's rival camps to agree on an election law.", "2022-04-11",
         "person:mohamed-menfi"),
        ("ar", "وأكد باشاغا أن وزارة الداخلية في ليبيا ستفكك الميليشيات", "2019-03-05",
         "person:fathi-bashagha"),
        ("en", "Mishri said Libya's High Council of State rejected the budget.", "2021-02-10",
         "person:khalid-al-mishri"),
        ("ar", "وقال المشري إن المجلس الأعلى للدولة في ليبيا يرفض القانون", "2021-02-10",
         "person:khalid-al-mishri"),
        ("ar", "وأوضح تكالة أن المجلس الأعلى للدولة في ليبيا سيجتمع", "2024-02-10",
         "person:mohamed-takala"),
        ("tr", "Erdoğan, Libya'daki meşru hükümete desteğin süreceğini söyledi.", "2020-01-20",
         "person:recep-tayyip-erdogan"),
        ("tr", "Bakan Fidan, Libyalı mevkidaşıyla Ankara'da görüştü.", "2024-01-20",
         "person:hakan-fidan"),
        ("tr", "MİT Başkanı Kalın, Libyalı yetkilileri Ankara'da ağırladı.", "2024-01-20",
         "person:ibrahim-kalin"),
        ("tr", "Cumhurbaşkanlığı Sözcüsü Kalın, Libya'daki ateşkesi değerlendirdi.",
         "2020-01-20", "person:ibrahim-kalin"),
        ("ar", "وقال أكار إن تركيا ستواصل تدريب القوات الليبية", "2021-06-20",
         "person:hulusi-akar"),
        ("tr", "Bakan Güler, Libya heyetini Ankara'da kabul etti.", "2024-06-20",
         "person:yasar-guler"),
        ("en", "Cavusoglu told reporters Turkey backed Libya's government.", "2020-06-20",
         "person:mevlut-cavusoglu"),
        ("en", "Speaker Saleh said Libya's parliament would not endorse the deal.",
         "2020-06-10", "person:aguila-saleh"),
        ("ar", "وقال رئيس مجلس النواب صالح إن البرلمان الليبي لن يعترف بالاتفاق",
         "2020-06-10", "person:aguila-saleh"),
    ],
)  # fmt: skip
def test_the_most_cited_holders_bare_forms_still_link(
    detector, linker, lang, text, day, holder
) -> None:
    """No bearer given a term here shares a day of office with these holders."""
    assert holder in people(linked_on(detector, linker, text, lang, day))
