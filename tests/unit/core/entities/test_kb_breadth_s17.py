"""KB breadth, session 17 (issue #12, Turkish people+org recall): Türkiye's long tail
written from knowledge (``kb/turkey_s17.yaml``) — force commanders of 2009-2015,
deputy ministers, presidency advisers, party officials, diplomats, heads of aid and
religious bodies, executives, courts and state bodies, firms, parties and outlets.

The sentences are paraphrases in newsroom style, none taken from the real-text set.
The cases left alone guard the choices the file makes: outlets whose name is a word
are listed only with their "gazetesi"/site form, bare surnames that are words stay
weak, and two people the file leaves out (a 2011-2013 environment minister Bayraktar
and the Kurdish politician Ahmet Türk) stay out, because adding them silenced bare
"Bayraktar" for today's energy minister and made "Türk heyeti" a person's delegation
(dev tr-014, tr-065, tr-077 lost their contacts)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of, mentions_of
from wirewatch.eval.real import Excerpt, Prediction, StageOne


@pytest.fixture(scope="module")
def stage_one() -> StageOne:
    return StageOne()


def _stage_one(stage_one: StageOne, text: str, day: str | None) -> Prediction:
    """The text through the pipeline's own stage 1 (a bare surname's holder and the
    contact events are settled after the detector)."""
    excerpt = Excerpt(
        id="tr-x",
        lang="tr",
        url="https://example.com/x",
        outlet="example.com",
        published_at=day,
        text=text,
        entities=(),
        contacts=(),
    )
    return stage_one.predict(excerpt)


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        # force commanders and generals
        ("Törene Deniz Kuvvetleri Komutanı Oramiral Murat Bilgel de katıldı.", "tr",
         "person:murat-bilgel"),
        ("Air Force commander Gen. Hasan Aksay stepped down on Friday.", "en",
         "person:hasan-aksay"),
        ("وقدم قائد القوات البرية أردال جيلان أوغلو استقالته", "ar",
         "person:erdal-ceylanoglu"),
        ("Jandarma Genel Komutanı Orgeneral Bekir Kalyoncu birlikleri denetledi.", "tr",
         "person:bekir-kalyoncu"),
        ("Özel Kuvvetler Komutanı Tümgeneral Zekai Aksakallı operasyonu yönetti.", "tr",
         "person:zekai-aksakalli"),
        ("Former air force chief Akın Öztürk was sentenced to life.", "en",
         "person:akin-ozturk"),
        # ministers, speakers, deputy ministers, advisers
        ("İçişleri Bakan Yardımcısı Bülent Turan göç toplantısına başkanlık etti.", "tr",
         "person:bulent-turan"),
        ("Deputy Defence Minister Musa Heybet toured the shipyard.", "en",
         "person:musa-heybet"),
        ("Meclis Başkanı Mehmet Ali Şahin yeni dönemi açtı.", "tr",
         "person:mehmet-ali-sahin"),
        ("Cumhurbaşkanı Başdanışmanı Mehmet Uçum anayasa tartışmasına katıldı.", "tr",
         "person:mehmet-ucum"),
        ("Presidential economic adviser Hatice Karahan defended the rate cuts.", "en",
         "person:hatice-karahan"),
        ("وقال رئيس الديانة صافي أرباغوش إن", "ar", "person:safi-arpagus"),
        ("Kızılay Genel Başkanı Fatma Meriç Yılmaz deprem bölgesine gitti.", "tr",
         "person:fatma-meric-yilmaz"),
        ("AFAD Başkanı Mehmet Güllüoğlu yardım tırlarını uğurladı.", "tr",
         "person:mehmet-gulluoglu"),
        ("Anadolu Ajansı Genel Müdürü Serdar Karagöz ödülleri verdi.", "tr",
         "person:serdar-karagoz"),
        # diplomats
        ("Türkiye'nin Kahire Büyükelçisi Salih Mutlu Şen Mısır Dışişleri Bakanı ile görüştü.",
         "tr", "person:salih-mutlu-sen"),
        ("Egypt expelled ambassador Hüseyin Avni Botsalı in 2013.", "en",
         "person:huseyin-avni-botsali"),
        ("Deniz yetki alanları müzakeresini Büyükelçi Çağatay Erciyes yürüttü.", "tr",
         "person:cagatay-erciyes"),
        ("Ambassador Serdar Kılıç met Armenian envoy Ruben Rubinyan.", "en",
         "person:serdar-kilic"),
        ("BM Daimi Temsilcisi Ertuğrul Apakan Güvenlik Konseyi'nde konuştu.", "tr",
         "person:ertugrul-apakan"),
        ("Doha Büyükelçisi Mustafa Göksu Katar Dışişleri Bakanlığını ziyaret etti.", "tr",
         "person:mustafa-goksu"),
        # parties
        ("MHP Genel Başkan Yardımcısı Semih Yalçın açıklama yaptı.", "tr",
         "person:semih-yalcin"),
        ("CHP Grup Başkanvekili Gökhan Günaydın tezkereye karşı çıktı.", "tr",
         "person:gokhan-gunaydin"),
        ("İYİ Parti'den Koray Aydın hükümeti eleştirdi.", "tr", "person:koray-aydin"),
        ("Anahtar Parti Genel Başkanı Yavuz Ağıralioğlu Konya'da konuştu.", "tr",
         "person:yavuz-agiralioglu"),
        ("Büyük Birlik Partisi yeni il başkanlarını açıkladı.", "tr", "org:great-unity-party"),
        ("HÜDA PAR milletvekilleri önergeye destek verdi.", "tr", "org:huda-par"),
        ("Jailed PKK leader Abdullah Öcalan sent a letter.", "en", "person:abdullah-ocalan"),
        ("وأعلن زعيم حزب العمال الكردستاني عبد الله أوجلان", "ar", "person:abdullah-ocalan"),
        ("FETÖ firarisi yakalandı.", "tr", "org:feto"),
        # executives, bodies, firms, outlets
        ("Baykar'ın kurucusu Özdemir Bayraktar anıldı.", "tr", "person:ozdemir-bayraktar"),
        ("Havelsan Genel Müdürü Mehmet Akif Nacar yeni simülatörü tanıttı.", "tr",
         "person:mehmet-akif-nacar"),
        ("TÜSİAD Yönetim Kurulu Başkanı Orhan Turan enflasyon uyarısı yaptı.", "tr",
         "org:tusiad"),
        ("TÜSİAD Yönetim Kurulu Başkanı Orhan Turan enflasyon uyarısı yaptı.", "tr",
         "person:orhan-turan"),
        ("Tüpraş İzmit rafinerisinde bakım başladı.", "tr", "org:tupras"),
        ("Anayasa Mahkemesi başvuruyu reddetti.", "tr", "org:tr-constitutional-court"),
        ("Yargıtay kararı onadı.", "tr", "org:tr-court-of-cassation"),
        ("Özel Kuvvetler Komutanlığı'na bağlı timler bölgeye intikal etti.", "tr",
         "org:tr-special-forces-command"),
        ("TÜBİTAK SAGE yeni füzenin test atışını yaptı.", "tr", "org:tubitak-sage"),
        ("Borsa Istanbul closed higher on Tuesday.", "en", "org:borsa-istanbul"),
        ("Haber Mezopotamya Ajansı'nda yayımlandı.", "tr", "org:mezopotamya-agency"),
        ("KKTC Cumhurbaşkanı Ankara'ya geldi.", "tr", "gpe:northern-cyprus"),
        # commentators, analysts, retired officers, leaders of earlier decades, places
        ("Retired Rear Admiral Cihat Yaycı, who drew up the maritime map, said.", "en",
         "person:cihat-yayci"),
        ("وقال الأميرال المتقاعد جهاد يايجي إن المذكرة تحمي حقوق تركيا", "ar",
         "person:cihat-yayci"),
        ("Mavi Vatan doktrininin mimarı emekli Tümamiral Cem Gürdeniz konuştu.", "tr",
         "person:cem-gurdeniz"),
        ("Sinan Ulgen of the EDAM think tank said Ankara would stay.", "en",
         "person:sinan-ulgen"),
        ("Sinan Ulgen of the EDAM think tank said Ankara would stay.", "en", "org:edam"),
        ("SETA'dan Murat Aslan Libya'daki dengeleri değerlendirdi.", "tr",
         "person:murat-aslan"),
        ("Hürriyet yazarı Abdulkadir Selvi kulis bilgisini paylaştı.", "tr",
         "person:abdulkadir-selvi"),
        ("In 1985 Prime Minister Turgut Özal flew to Tripoli.", "en", "person:turgut-ozal"),
        ("وزار رئيس الوزراء التركي الأسبق تورغوت أوزال طرابلس", "ar", "person:turgut-ozal"),
        ("Bülent Ecevit 1974'te Kıbrıs harekâtı emrini verdi.", "tr", "person:bulent-ecevit"),
        ("Cumhurbaşkanı Süleyman Demirel Kahire'ye gitti.", "tr", "person:suleyman-demirel"),
        ("Millet İttifakı adayını açıkladı.", "tr", "org:nation-alliance"),
        ("Heyet Lefkoşa'da temaslarda bulundu.", "tr", "loc:nicosia"),
        ("US tankers left Incirlik Air Base.", "en", "loc:incirlik-air-base"),
        # mayors, chambers, deputy ministers, regulators, hospitals, earlier chiefs of staff
        ("İzmir Büyükşehir Belediye Başkanı Cemil Tugay metro hattını açtı.", "tr",
         "person:cemil-tugay"),
        ("رئيس بلدية بورصة مصطفى بوزباي يستقبل وفدا ليبيا", "ar", "person:mustafa-bozbey"),
        ("Mersin Ticaret ve Sanayi Odası Libya'ya ticaret heyeti gönderdi.", "tr",
         "org:mersin-chamber-of-commerce"),
        ("Ulaştırma Bakan Yardımcısı Ömer Fatih Sayan Trablus'ta görüştü.", "tr",
         "person:omer-fatih-sayan"),
        ("Sermaye Piyasası Kurulu yeni düzenlemeyi duyurdu.", "tr",
         "org:tr-capital-markets-board"),
        ("Yaralı Libyalılar Medipol Hastanesi'nde tedavi altına alındı.", "tr", "org:medipol"),
        ("وتلقى الجرحى الليبيون العلاج في مستشفيات أجيبادم", "ar", "org:acibadem"),
        ("Former chief of staff İlker Başbuğ was released from prison.", "en",
         "person:ilker-basbug"),
        ("The Yeni Shafak daily reported the talks.", "en", "org:yeni-safak"),
        ("Turkish Cypriot officials in the TRNC welcomed the decision.", "en",
         "gpe:northern-cyprus"),
    ],
)  # fmt: skip
def test_new_entries_link(detector, text: str, lang: str, entity_id: str) -> None:
    assert entity_id in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # outlets whose name is a word: only their paper/site form links
        ("Korkusuz bir tavırla konuştu.", "org:korkusuz"),
        ("Yolun kenarında bir diken vardı, Diken adlı köye gittik.", "org:diken"),
        ("Sarsılmaz bir kararlılıkla çalışacağız.", "org:sarsilmaz"),
        ("Sorunun anahtarı Ankara'da.", "org:anahtar-party"),
        # a bare weak surname with no full mention: the mountain, not the diplomat
        ("Tırmanışçılar Erciyes'in zirvesine ulaştı.", "person:cagatay-erciyes"),
        # bare "Öcalan" links only after the full name
        ("Öcalan ailesi açıklama yaptı.", "person:abdullah-ocalan"),
        # weak surnames of earlier leaders: only after the full name
        ("Özal caddesinde trafik durdu.", "person:turgut-ozal"),
        ("Demirel ailesi taziyeleri kabul etti.", "person:suleyman-demirel"),
    ],
)
def test_words_stay_words(detector, text: str, entity_id: str) -> None:
    assert entity_id not in ids_of(detector, text, "tr")


@pytest.mark.parametrize(
    "text",
    [
        "Bayraktar, Trablus'ta enerji anlaşmalarını imzaladı.",
        "Bayraktar, Trablus ziyareti çerçevesinde Karma Ekonomik Komisyon toplantısına başkanlık etti.",
    ],
)
def test_bare_bayraktar_stays_the_energy_minister(stage_one: StageOne, text: str) -> None:
    found = {e.id for e in _stage_one(stage_one, text, None).entities}
    assert "person:alparslan-bayraktar" in found
    assert "person:ozdemir-bayraktar" not in found


def test_turkish_delegation_keeps_its_head_s_meeting(stage_one: StageOne) -> None:
    prediction = _stage_one(
        stage_one,
        "Türk heyeti Trablus'ta Libya Başbakanı Abdulhamid Dibeybe ile görüştü. "
        "Heyete Dışişleri Bakanı Mevlüt Çavuşoğlu başkanlık ediyordu.",
        "2022-10-04",
    )
    pairs = {frozenset(event.ids) for event in prediction.events}
    assert frozenset({"person:mevlut-cavusoglu", "person:abdul-hamid-dbeibah"}) in pairs


def test_weak_surname_after_full_name(detector) -> None:
    found = mentions_of(
        detector,
        "Eski BM Daimi Temsilcisi Ertuğrul Apakan rapor sundu. Apakan ateşkesin korunduğunu söyledi.",
        "tr",
    )
    assert len(found.get("person:ertugrul-apakan", [])) == 2
