from datetime import UTC, date, datetime

import pytest

from wirewatch.core.contacts.dates import find_dates, nearest_date
from wirewatch.core.textfold import fold_char_string

# Tuesday 23 September 2025.
PUB = datetime(2025, 9, 23, 10, 0, tzinfo=UTC)


def resolve(text: str, published: datetime | None = PUB) -> list[tuple[date, bool]]:
    return [(d.when.date(), d.historical) for d in find_dates(fold_char_string(text), published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شهدت مدينة بنغازي، الاثنين، لقاءات", date(2025, 9, 22)),
        ("يوم الأحد", date(2025, 9, 21)),
        ("التقيا أمس", date(2025, 9, 22)),
        ("اليوم", date(2025, 9, 23)),
        ("met on Monday", date(2025, 9, 22)),
        ("on Tuesday", date(2025, 9, 23)),  # the publication day itself
        ("met yesterday", date(2025, 9, 22)),
        ("Pazartesi günü görüştü", date(2025, 9, 22)),
        ("dün görüştü", date(2025, 9, 22)),
        ("bugün kabul etti", date(2025, 9, 23)),
        ("Pazar günü", date(2025, 9, 21)),
    ],
)
def test_relative_days_resolve_on_or_before_publication(text: str, expected: date) -> None:
    assert resolve(text) == [(expected, False)]


def test_day_word_next_to_weekday_defers_to_weekday() -> None:
    # "أمس الأحد" (yesterday, Sunday): the reporter dated it by the weekday.
    assert resolve("في ميناء المدينة، أمس الأحد، وعلى متنها") == [(date(2025, 9, 21), False)]


@pytest.mark.parametrize(
    "text",
    ["في ديسمبر من العام 2023", "in December 2023", "Aralık 2023'te", "on 15 December 2023"],
)
def test_explicit_past_month_is_historical(text: str) -> None:
    [(when, historical)] = resolve(text)
    assert historical
    assert (when.year, when.month) == (2023, 12)


def test_recent_month_is_not_historical() -> None:
    # August ends 23 days before publication: within the window.
    assert resolve("in August 2025") == [(date(2025, 8, 1), False)]


@pytest.mark.parametrize("text", ["مطلع أبريل الماضي", "last April", "geçen nisan ayında"])
def test_last_month_name(text: str) -> None:
    assert resolve(text) == [(date(2025, 4, 1), True)]


def test_years() -> None:
    assert resolve("in 2019") == [(date(2019, 1, 1), True)]
    assert resolve("2019 yılında") == [(date(2019, 1, 1), True)]
    assert resolve("last year") == [(date(2024, 1, 1), True)]


def test_without_publication_only_explicit_dates_resolve() -> None:
    assert resolve("met on Monday", None) == []
    assert resolve("in December 2023", None) == [(date(2023, 12, 1), False)]


def test_month_alone_needs_its_preposition() -> None:
    # "may" alone is a verb; "in May" the last May on or before publication, whole.
    assert resolve("officials may meet") == []
    assert resolve("officials may meet in May") == [(date(2025, 5, 1), True)]
    assert resolve("Haziran görüştü") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published 23 September 2025: a month that ended > 30 days before is a recap
        ("made a private visit to Ankara in mid-February", (date(2025, 2, 1), True)),
        ("زار أنقرة في فبراير", (date(2025, 2, 1), True)),
        ("Şubat ayında görüştü", (date(2025, 2, 1), True)),
        ("Ağustos'ta görüştü", (date(2025, 8, 1), False)),  # ended 23 days before
        ("met in September", (date(2025, 9, 1), False)),  # the month of publication
        ("in early October", (date(2024, 10, 1), True)),  # not yet this year: last year's
    ],
)
def test_month_alone_resolves_to_its_last_occurrence(text, expected) -> None:
    assert resolve(text) == [expected]


def test_nearest_date_to_trigger() -> None:
    folded = fold_char_string("On Monday he recalled that they met in December 2023")
    dates = find_dates(folded, PUB)
    assert nearest_date(dates, folded.index("met")).historical
    assert not nearest_date(dates, 0).historical


@pytest.mark.parametrize(
    "text", ["met last week", "التقيا الأسبوع الماضي", "geçen hafta görüştü", "last month"]
)
def test_last_week_and_last_month_are_recaps(text: str) -> None:
    [(_, historical)] = resolve(text)
    assert historical


def test_named_day_more_than_a_week_old_is_a_recap() -> None:
    # "on 25 August" in an article of 23 September: a recap, though within the month window.
    assert resolve("met on 25 August") == [(date(2025, 8, 25), True)]
    assert resolve("met on 20 September") == [(date(2025, 9, 20), False)]
    # A whole month keeps the wider window (its end is what counts).
    assert resolve("in August 2025") == [(date(2025, 8, 1), False)]


def test_last_month_name_is_a_recap_even_when_recent() -> None:
    # "أبريل الماضي" in an article of 3 May (shorouknews.com, 3 May 2021).
    published = datetime(2021, 5, 3, 12, 0, tzinfo=UTC)
    assert resolve("زار تركيا في أبريل الماضي", published) == [(date(2021, 4, 1), True)]


@pytest.mark.parametrize(
    "text",
    ["visited Ankara last Sunday", "زار أنقرة الأحد الماضي", "geçen pazar günü görüştü"],
)
def test_last_weekday_is_a_recap_like_last_week(text: str) -> None:
    # The most recent Sunday (21 September), flagged by its wording, as "last week" is.
    assert resolve(text) == [(date(2025, 9, 21), True)]


@pytest.mark.parametrize("text", ["visited Ankara on Sunday", "زار أنقرة الأحد", "pazar günü"])
def test_a_weekday_without_last_is_the_days_news(text: str) -> None:
    assert resolve(text) == [(date(2025, 9, 21), False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Within a week: the day's news, as a named day within the week is.
        ("met three days ago", (date(2025, 9, 20), False)),
        ("üç gün önce görüşen", (date(2025, 9, 20), False)),
        ("التقاه قبل ثلاثة أيام", (date(2025, 9, 20), False)),
        ("التقاه قبل يومين", (date(2025, 9, 21), False)),
        ("met a week ago", (date(2025, 9, 16), False)),
        # Beyond a week: a recap, dated.
        ("who met him 10 days ago", (date(2025, 9, 13), True)),
        ("iki hafta önce görüşen", (date(2025, 9, 9), True)),
        ("bir ay önce görüştü", (date(2025, 8, 24), True)),
        ("الذي التقاه قبل أسبوعين", (date(2025, 9, 9), True)),
        ("منذ عشرة أيام", (date(2025, 9, 13), True)),
        ("وقبل عام التقى", (date(2024, 9, 23), True)),
    ],
)
def test_a_count_of_days_ago_is_a_named_day(text: str, expected: tuple[date, bool]) -> None:
    assert resolve(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "seçimlerden üç gün önce görüştü",  # three days before the election
        "قبل يومين من الانتخابات",  # two days before the election
        "daha önce görüştü",  # "before": no count, no date
        "منذ سنوات",  # "for years": no count
    ],
)
def test_a_span_before_another_event_or_without_count_is_no_date(text: str) -> None:
    assert resolve(text) == []


def test_a_bare_unit_before_a_year_is_the_year() -> None:
    # "قبل عام 2020" is "before 2020", not "a year ago".
    assert resolve("قبل عام 2020") == [(date(2020, 1, 1), True)]


@pytest.mark.parametrize(
    "text",
    [
        # Turkish puts "last month / week / year" in the genitive before a part of it
        "Heyetler geçen ayın sonunda Trablus'ta bir araya gelmişti.",
        "Bakan, geçtiğimiz haftanın başında Libya'daydı.",
        "Anlaşma geçen yılın kasım ayında imzalandı.",
    ],
)
def test_turkish_genitive_last_stretch_is_a_recap(text: str) -> None:
    found = resolve(text)
    assert found
    assert all(historical for _, historical in found)


@pytest.mark.parametrize(
    "text",
    [
        # not "last": passing (geçen = "that passed") before another noun, and this month
        "Görüşmede geçen süre kısaydı.",
        "Bu ayın sonunda Trablus'ta görüşecekler.",
    ],
)
def test_no_last_stretch_without_the_phrase(text: str) -> None:
    assert all(not h for _, h in resolve(text))


@pytest.mark.parametrize(
    "text",
    [
        # an outlet's name, an ordinal day, an occasion: no date
        "قال موقع تركيا اليوم الإخباري إن",
        "ذكرت صحيفة المصري اليوم أن",
        "نقلت قناة ليبيا اليوم عن مصادر",
        "في اليوم الأول من الزيارة",
        "بمناسبة اليوم الوطني",
        "وفق صحيفة اليوم السابع",
    ],
)
def test_a_today_word_inside_a_name_is_no_date(text: str) -> None:
    assert resolve(text) == []


@pytest.mark.parametrize(
    "text",
    ["وصل أردوغان إلى ليبيا اليوم", "زار الدبيبة تركيا اليوم الثلاثاء", "التقى اليوم في أنقرة"],
)
def test_today_after_a_country_name_is_still_today(text: str) -> None:
    assert resolve(text) == [(date(2025, 9, 23), False)]
