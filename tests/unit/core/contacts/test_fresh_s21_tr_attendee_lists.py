"""A Turkish list of those present ("A, B ve C de hazır bulundu") names attendees all
through, not only after its last comma, when the trigger before it closes its clause at
a comma or opens the sentence (session 21, freshtr: 3 of the 6 current events of the
fresh Turkish excerpts' dev part paired a guest with a list's first names;
``attendee_list_coordinators`` of the Turkish contact lexicon, ``lexicon.attendee_spans``).

The sentences are invented paraphrases, unlike any excerpt of the real-text set.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, FIDAN = "person:recep-tayyip-erdogan", "person:hakan-fidan"
KALIN, GULER, BOLAT = "person:ibrahim-kalin", "person:yasar-guler", "person:omer-bolat"
BEGEC = "person:guven-begec"
DBEIBAH, MENFI, TAKALA = (
    "person:abdul-hamid-dbeibah",
    "person:mohamed-menfi",
    "person:mohamed-takala",
)
HAWIJ = "person:mohamed-al-hawij"

pairs = pairs_on("2024-05-02", "tr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the trigger's clause ends at the comma: the three after it were present
            "Erdoğan, Menfi'yi Dolmabahçe'de kabul etti, Bakan Hakan Fidan, İbrahim Kalın "
            "ve Yaşar Güler de görüşmede hazır bulundu.",
            {pair_key(ERDOGAN, MENFI)},
        ),
        (  # "toplantıda," sets the scene: the whole list attended the guest's meeting
            "Libya Başkanlık Konseyi Başkanı Menfi, TOBB tarafından düzenlenen yuvarlak "
            "masa toplantısına katıldı. Menfi'nin yanı sıra toplantıda, Bakan Ömer Bolat, "
            "Büyükelçi Güven Begeç, MİT Başkanı İbrahim Kalın ve Savunma Bakanı Yaşar "
            "Güler de hazır bulundu.",
            set(),
        ),
        (  # the meeting noun opens the sentence: the Libyans listed only attended
            "Dışişleri Bakanı Hakan Fidan, Trablus'ta Dibeybe ile görüştü. Görüşmede Libya "
            "Dışişleri Bakanı "
            "Baur, Savunma Bakan Yardımcısı Nemruş ve Genelkurmay Başkanı Haddad da hazır "
            "bulundu.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_every_name_of_a_present_list_attended(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the trigger's own objects keep their commas: they are the principals
            "Erdoğan, Menfi'yi, Dibeybe'yi ve Takala'yı kabul etti, Hakan Fidan da hazır bulundu.",
            {pair_key(ERDOGAN, MENFI), pair_key(ERDOGAN, DBEIBAH), pair_key(ERDOGAN, TAKALA)},
        ),
        (  # guests joined by "ile" before the verb; the present pair after the comma
            "Erdoğan, Menfi, Dibeybe ve Takala ile görüştü, Fidan ve Kalın da hazır bulundu.",
            {pair_key(ERDOGAN, MENFI), pair_key(ERDOGAN, DBEIBAH), pair_key(ERDOGAN, TAKALA)},
        ),
        (  # a list of possessors of "katılımıyla", no trigger before it: the guest
            # joined by "ile birlikte" is the minister's counterpart still
            "Ticaret Bakanı Ömer Bolat, bugün Libya Ekonomi Bakanı Muhammed el-Huveyc ile "
            "birlikte TOBB Başkanı Rifat Hisarcıklıoğlu'nun, Türk iş insanlarının ve teknik "
            "ekiplerin katılımıyla çevrim içi bir toplantı yaptıklarını bildirdi.",
            {pair_key(BOLAT, HAWIJ)},
        ),
        (  # nor does "ve" in a sentence with no trigger before the cue make a list of it
            "Ticaret Bakanı Ömer Bolat, bugün Libya Ekonomi Bakanı Muhammed el-Huveyc ile "
            "teknik ekipler, TOBB Başkanı ve Türk firmalarının katılımıyla çevrim içi bir "
            "toplantı yaptıklarını bildirdi.",
            {pair_key(BOLAT, HAWIJ)},
        ),
        (  # no list of those present: the meeting stands as told
            "Görüşmede Erdoğan, Menfi ile Dibeybe'yi kabul etti.",
            {pair_key(ERDOGAN, MENFI), pair_key(ERDOGAN, DBEIBAH)},
        ),
    ],
)
def test_principals_before_or_without_a_present_list_stay(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected


def test_english_lists_keep_their_rule(detector: ContactDetector, entities: EntityDetector) -> None:
    """The received guests before ", and X also attended" are principals still."""
    english = pairs_on("2024-05-02", "en")
    text = "Erdogan received Menfi, Dbeibah and Takala, and Fidan also attended."
    assert english(detector, entities, text) == {
        pair_key(ERDOGAN, MENFI),
        pair_key(ERDOGAN, DBEIBAH),
        pair_key(ERDOGAN, TAKALA),
    }
