from wirewatch.core.contacts.sentences import split_sentences


def test_offsets_point_into_text() -> None:
    text = "  First one. Second one!\nThird؟ رابعة؛ خامسة.  "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "First one.",
        "Second one!",
        "Third؟",
        "رابعة؛",
        "خامسة.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_arabic_comma_is_not_a_boundary() -> None:
    text = "شهدت مدينة بنغازي، الاثنين، لقاءات أمنية. وحضر اللقاء نجلا حفتر."
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert "الاثنين" in sentences[0].text


def test_abbreviations_and_numbers_do_not_split() -> None:
    text = "Gen. Khalifa Haftar met U.S. envoys for 2.5 hours. They left."
    assert [s.text for s in split_sentences(text)] == [
        "Gen. Khalifa Haftar met U.S. envoys for 2.5 hours.",
        "They left.",
    ]


def test_newline_splits_and_blank_text() -> None:
    assert [s.text for s in split_sentences("a line\nanother")] == ["a line", "another"]
    assert split_sentences("  \n ") == []


def test_month_and_turkish_rank_abbreviations_do_not_split() -> None:
    # https://newsaboutturkey.com/2025/08/25/saddam-haftar-begins-as-lna-deputy-with-turkish-warship-visit-kalin-meets-his-fathe
    text = (
        "Ankara also sent a senior defense delegation to meet Lt. Gen. Saddam Haftar, who was "
        "sworn in on Aug. 23 as LNA deputy commander and land forces chief. Framed under the "
        "banner “One Libya, One Army,” the talks included Ambassador Güven Begeç."
    )
    assert len(split_sentences(text)) == 2
    # Turkish copy abbreviates orgeneral / korgeneral before a name.
    text = "Libya Genelkurmay Başkanı Org. Muhammed Ali Haddad ile görüştü. Sonra ayrıldı."
    assert len(split_sentences(text)) == 2


def test_a_question_mark_between_letters_is_a_lost_letter_not_a_boundary() -> None:
    # Pages saved in a wrong encoding turn Turkish letters into "?" ("Erdo?an"); a real
    # question mark is followed by a space, a quote or the end.
    text = "Ba?kan Erdo?an met Dbeibah. Was it a success? Nobody knows?"
    assert [s.text for s in split_sentences(text)] == [
        "Ba?kan Erdo?an met Dbeibah.",
        "Was it a success?",
        "Nobody knows?",
    ]


def test_an_arabic_abbreviation_of_lone_letters_does_not_split() -> None:
    # GMT (ت.غ) and agency credits (د.ب.أ، أ.ف.ب): a lone uncased letter with a letter
    # glued after the period is an initial, not a sentence's end.
    for text in (
        "بدأ الاجتماع عند الساعة 14:30 (ت.غ) واستمر ساعة. ثم غادر الوفد.",
        "أنقرة (د.ب.أ) - وصل الوزير إلى طرابلس. ثم غادر الوفد.",
        "طرابلس - أ.ف.ب: قال مسؤول إن الوفد وصل. ثم غادر الوفد.",
    ):
        assert len(split_sentences(text)) == 2, text


def test_a_lone_arabic_letter_before_a_space_still_ends_a_sentence() -> None:
    assert [s.text for s in split_sentences("وصل الوزير إلى النقطة ب. ثم غادر.")] == [
        "وصل الوزير إلى النقطة ب.",
        "ثم غادر.",
    ]


def test_a_line_wrapped_after_a_comma_stays_one_sentence() -> None:
    text = (
        "واستقبل وزير الدفاع صباح اليوم، السفير التركي،\n\nوالملحق العسكري.\nوبحث الجانبان التعاون."
    )
    assert [s.text for s in split_sentences(text)] == [
        "واستقبل وزير الدفاع صباح اليوم، السفير التركي،\n\nوالملحق العسكري.",
        "وبحث الجانبان التعاون.",
    ]
    assert len(split_sentences("Erdogan received,\nin Ankara, the minister.\nThey talked.")) == 2


def test_a_line_without_a_comma_still_ends_a_sentence() -> None:
    # a headline, then its report
    text = "أردوغان يستقبل الدبيبة\n\nاستقبل الرئيس التركي رئيس الحكومة الليبية."
    assert len(split_sentences(text)) == 2
