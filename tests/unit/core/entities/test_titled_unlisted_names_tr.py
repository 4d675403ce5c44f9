"""Turkish copy: a capitalised two-word name right after a title is a person, whatever
its first name (session 21, entshape). Turkish copy titles foreign, Libyan and Turkish
people the given-name lists lack as English copy does; the titles are the tokens it
writes, possessive ending and all ("Müdürü", "Milletvekili"), listed in the ``tr``
section of latin_arabic_names.yaml. Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fransa Dışişleri Afrika Dairesi Müdürü Pierre Dumont ile Bingazi'de görüştü.",
         "Pierre Dumont"),
        ("Sirte Milletvekili Faraj Obeidi, yaptığı açıklamada tepki gösterdi.", "Faraj Obeidi"),
        ("Ticaret Odası Başkanı Saim Karakoç ve heyeti kente geldi.", "Saim Karakoç"),
        ("Güvenlik uzmanı emekli Albay Ersan Doğru, açıklama yaptı.", "Ersan Doğru"),
        ("Enerji İşlerinden Sorumlu Danışmanı Walid Gharbi toplantıya katıldı.", "Walid Gharbi"),
        # a case ending after an apostrophe ends the name, dropped from it
        ("Kurum Başkanı Saim Karakoç'un Ankara ziyareti sürüyor.", "Saim Karakoç"),
        ("Liman Müdürü Jean Martin’e göre çalışmalar sürüyor.", "Jean Martin"),
    ],
)  # fmt: skip
def test_a_turkish_title_vouches_for_any_two_word_name(detector, text: str, name: str) -> None:
    assert name in shaped_surfaces(detector, text, "tr")


@pytest.mark.parametrize(
    "text",
    [
        # days, months, a body's or an office's words after the title
        "Dışişleri Bakanı Pazartesi Günü Trablus'a gidecek.",
        "Kurum Müdürü Kasım Ayında görevden alındı.",
        "Dışişleri Bakanı Milli Savunma konusunda açıklama yaptı.",
        "Meclis Başkanı Genel Kurul toplantısını açtı.",
        # a common word after the title, lower case
        "Bakan ise Trablus'a gitmeyecek.",
        "Bakanı da Ankara'da bulunuyordu.",
        # one capitalised word only, a suffix on the first word
        "Savunma Bakanı Fidan'ın açıklaması bekleniyor.",
        "Dışişleri Bakanı Güler'in Ankara ziyareti sürüyor.",
        # a longer capitalised run: no two-word name
        "Liman Müdürü Jean Pierre Martin Bey toplantıya katıldı.",
        # headline case
        "Belediye Başkanı Yeni Projeyi Tanıttı ve Kente Yatırım Sözü Verdi",
    ],
)
def test_no_turkish_person_from_a_title_before_other_words(detector, text: str) -> None:
    assert shaped_surfaces(detector, text, "tr") == []


def test_the_english_rule_is_left_as_it_was(detector) -> None:
    """The Turkish titles read Turkish copy only: "Bakanı" in English text titles
    no one."""
    assert shaped_surfaces(detector, "The Bakani Pierre Dumont visit was noted.", "en") == []
