"""Generate ``pairs.jsonl``: labelled near-duplicate pairs for ``wirewatch eval dedup``.

Every text below is hand-written for this project (no scraped copy). Positives are
produced by applying one edit kind (or all of them) to a hand-written base story;
hard negatives are hand-written texts paired with the story they most resemble:
different stories about the same people, the same agency template with other
facts, and translations of one story. Deterministic: re-running rewrites the same
file byte for byte.

    python scripts/make_dedup_pairs.py
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

#: Where the labelled set lives: data, in the package; this generator is not.
TARGET_DIR = Path(__file__).resolve().parents[1] / "wirewatch" / "data" / "eval" / "dedup"

# -- hand-written texts: story -> language -> paragraphs ------------------------------

STORIES: dict[str, dict[str, str]] = {
    "fidan_tripoli": {
        "en": """
TRIPOLI — Turkish Foreign Minister Hakan Fidan arrived in Tripoli on Monday for talks with Prime Minister Abdulhamid Dbeibah of the Government of National Unity, the first visit by Türkiye's top diplomat to the Libyan capital this year.

Fidan and Dbeibah discussed the implementation of the 2019 maritime jurisdiction memorandum, energy exploration in the eastern Mediterranean and the resumption of direct flights between Istanbul and Benghazi, according to a statement from the Libyan prime minister's office.

“Türkiye stands with the Libyan people and supports every effort that leads to unified institutions and free elections,” Fidan told reporters after the meeting. He said Ankara was ready to help train Libyan security forces and to expand trade, which reached $4.5 billion last year.

Dbeibah thanked Türkiye for its support and said Libyan and Turkish companies would sign agreements on electricity, road construction and housing in the coming weeks. The two sides also agreed to set up a joint committee to follow up on consular issues, including visas for Libyan students.

Fidan later met Mohamed Menfi, head of the Presidential Council, and the speaker of the High Council of State. He is expected to travel on to Malta on Tuesday, the Turkish Foreign Ministry said.
""",
        "tr": """
TRABLUS — Dışişleri Bakanı Hakan Fidan, Ulusal Birlik Hükümeti Başbakanı Abdulhamid Dibeybe ile görüşmek üzere pazartesi günü Trablus'a geldi. Bu, Türk diplomasisinin başının bu yıl Libya başkentine yaptığı ilk ziyaret oldu.

Libya Başbakanlık Ofisi'nden yapılan açıklamaya göre Fidan ile Dibeybe, 2019'da imzalanan deniz yetki alanları mutabakat muhtırasının uygulanmasını, Doğu Akdeniz'deki enerji aramalarını ve İstanbul ile Bingazi arasındaki doğrudan uçuşların yeniden başlatılmasını ele aldı.

Görüşmenin ardından gazetecilere konuşan Fidan, “Türkiye, Libya halkının yanındadır ve birleşik kurumlara ve özgür seçimlere götürecek her çabayı destekliyor” dedi. Fidan, Ankara'nın Libya güvenlik güçlerinin eğitimine yardım etmeye ve geçen yıl 4,5 milyar dolara ulaşan ticareti artırmaya hazır olduğunu söyledi.

Dibeybe de Türkiye'ye desteği için teşekkür ederek, Libyalı ve Türk şirketlerin önümüzdeki haftalarda elektrik, yol yapımı ve konut alanlarında anlaşmalar imzalayacağını belirtti. İki taraf, Libyalı öğrencilere verilecek vizeler de dahil olmak üzere konsolosluk konularını takip etmek için ortak bir komite kurulması konusunda da uzlaştı.

Fidan daha sonra Başkanlık Konseyi Başkanı Muhammed Menfi ve Devlet Yüksek Konseyi Başkanı ile de bir araya geldi. Dışişleri Bakanlığı'nın açıklamasına göre Fidan salı günü Malta'ya geçecek.
""",
        "ar": """
طرابلس – وصل وزير الخارجية التركي هاكان فيدان إلى طرابلس يوم الاثنين لإجراء محادثات مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، في أول زيارة يقوم بها رئيس الدبلوماسية التركية إلى العاصمة الليبية هذا العام.

وبحسب بيان صادر عن مكتب رئيس الحكومة الليبية، ناقش فيدان والدبيبة تنفيذ مذكرة التفاهم بشأن تحديد مناطق الصلاحية البحرية الموقعة عام 2019، والتنقيب عن الطاقة في شرق البحر المتوسط، واستئناف الرحلات الجوية المباشرة بين إسطنبول وبنغازي.

وقال فيدان للصحفيين عقب اللقاء: «تركيا تقف إلى جانب الشعب الليبي وتدعم كل جهد يقود إلى توحيد المؤسسات وإجراء انتخابات حرة». وأضاف أن أنقرة مستعدة للمساعدة في تدريب قوات الأمن الليبية وتوسيع التبادل التجاري الذي بلغ 4.5 مليار دولار العام الماضي.

من جهته، شكر الدبيبة تركيا على دعمها، وقال إن شركات ليبية وتركية ستوقع خلال الأسابيع المقبلة اتفاقيات في مجالات الكهرباء وإنشاء الطرق والإسكان. واتفق الجانبان كذلك على تشكيل لجنة مشتركة لمتابعة الملفات القنصلية، بما فيها تأشيرات الطلبة الليبيين.

والتقى فيدان لاحقاً رئيس المجلس الرئاسي محمد المنفي ورئيس المجلس الأعلى للدولة. ومن المنتظر أن يتوجه يوم الثلاثاء إلى مالطا، بحسب وزارة الخارجية التركية.
""",
    },
    "cbrt_hike": {
        "en": """
ANKARA — Türkiye's central bank raised its main interest rate by 500 basis points to 50% on Thursday, a larger increase than markets had expected, as it stepped up its fight against inflation running near 70%.

The Monetary Policy Committee, chaired by Governor Fatih Karahan, said in a statement that the tightening was needed “to establish the disinflation course” and that it would remain vigilant to inflation risks. A Reuters poll of economists had forecast that the rate would be held at 45%.

The lira firmed about 1% against the dollar after the decision, trading at 32.05, while Istanbul's benchmark BIST 100 index fell 2.3%. Turkish bank shares led the decline.

Analysts said the move signalled the bank's determination after annual inflation unexpectedly accelerated to 67.1% in February. “This is a clear message that the committee will not hesitate to tighten further,” said an economist at a London-based investment bank.

The committee also tightened rules on lira deposits and commercial loan growth. Its next rate-setting meeting is scheduled for April 25.
""",
        "tr": """
ANKARA — Türkiye Cumhuriyet Merkez Bankası (TCMB) politika faizini perşembe günü 500 baz puan artırarak yüzde 50'ye yükseltti. Piyasaların beklentisini aşan karar, yüzde 70'e yaklaşan enflasyonla mücadelenin sıkılaştırıldığına işaret etti.

Başkan Fatih Karahan başkanlığında toplanan Para Politikası Kurulu, yaptığı açıklamada sıkılaşmanın “dezenflasyon sürecini tesis etmek” için gerekli olduğunu ve enflasyon risklerine karşı tetikte olunacağını bildirdi. Reuters'ın anketine katılan ekonomistler faizin yüzde 45'te sabit tutulmasını bekliyordu.

Kararın ardından Türk lirası dolar karşısında yaklaşık yüzde 1 değer kazanarak 32,05'ten işlem gördü. Borsa İstanbul'da BIST 100 endeksi ise yüzde 2,3 düştü. Düşüşe banka hisseleri öncülük etti.

Analistler, yıllık enflasyonun şubatta beklenmedik şekilde yüzde 67,1'e yükselmesinin ardından kararın bankanın kararlılığını gösterdiğini söyledi. Londra merkezli bir yatırım bankasında çalışan bir ekonomist, “Bu, kurulun gerekirse daha fazla sıkılaştırmaktan çekinmeyeceğine dair açık bir mesaj” dedi.

Kurul ayrıca Türk lirası mevduat ve ticari kredi büyümesine ilişkin kuralları da sıkılaştırdı. Bir sonraki faiz toplantısı 25 Nisan'da yapılacak.
""",
        "ar": """
أنقرة – رفع البنك المركزي التركي يوم الخميس سعر الفائدة الرئيسي بمقدار 500 نقطة أساس إلى 50 بالمئة، في زيادة فاقت توقعات الأسواق، مكثفاً معركته ضد تضخم يقترب من 70 بالمئة.

وقالت لجنة السياسة النقدية برئاسة المحافظ فاتح كاراهان في بيان إن التشديد ضروري «لترسيخ مسار تراجع التضخم»، وإنها ستبقى يقظة إزاء مخاطر التضخم. وكان استطلاع أجرته رويترز لآراء اقتصاديين قد توقع إبقاء الفائدة عند 45 بالمئة.

وارتفعت الليرة نحو 1 بالمئة أمام الدولار بعد القرار لتسجل 32.05 ليرة، فيما تراجع مؤشر بورصة إسطنبول الرئيسي بيست 100 بنسبة 2.3 بالمئة، وقادت أسهم البنوك التركية موجة الهبوط.

وقال محللون إن الخطوة تعكس تصميم البنك بعد أن تسارع التضخم السنوي على نحو غير متوقع إلى 67.1 بالمئة في فبراير/شباط. وقال اقتصادي في بنك استثماري مقره لندن: «هذه رسالة واضحة بأن اللجنة لن تتردد في مزيد من التشديد».

كما شددت اللجنة القواعد المتعلقة بالودائع بالليرة ونمو القروض التجارية. ومن المقرر أن تعقد اجتماعها المقبل لتحديد أسعار الفائدة في 25 أبريل/نيسان.
""",
    },
    "sharara": {
        "en": """
TRIPOLI — Libya's National Oil Corporation said on Sunday that production had resumed at the Sharara oil field, the country's largest, after a three-week shutdown caused by protests that cost the state more than $1 billion in lost revenue.

Output at the field in the Murzuq basin, about 900 kilometres south of Tripoli, is expected to return to its normal level of around 300,000 barrels per day within a week, the NOC said in a statement posted on its website.

The shutdown began on January 3 when residents of the Fezzan region blocked the field and the pipeline to the Zawiya refinery, demanding better public services, fuel supplies and jobs for local young people. The protesters agreed to end the blockade after talks with a government delegation.

“We thank the elders and the people of Fezzan for their wisdom and their commitment to protecting the national wealth,” NOC chairman Farhat Bengdara said. He warned that repeated closures were damaging the fields' equipment and Libya's reputation with buyers.

Sharara is operated by the NOC's Akakus Oil Operations, a joint venture with Spain's Repsol, France's TotalEnergies, Austria's OMV and Norway's Equinor. Libya, an OPEC member, produces about 1.2 million barrels of oil a day.
""",
        "tr": """
TRABLUS — Libya Ulusal Petrol Kurumu (NOC), ülkenin en büyük petrol sahası olan Şarara'da, devlete 1 milyar dolardan fazla gelir kaybına yol açan protestolar nedeniyle üç hafta süren kapanmanın ardından üretimin yeniden başladığını pazar günü duyurdu.

Kurumun internet sitesinde yayımlanan açıklamaya göre, Trablus'un yaklaşık 900 kilometre güneyindeki Murzuk havzasında bulunan sahada üretimin bir hafta içinde günlük yaklaşık 300 bin varillik normal seviyesine dönmesi bekleniyor.

Kapanma, Fizan bölgesi sakinlerinin daha iyi kamu hizmetleri, yakıt ve bölge gençlerine iş talebiyle sahayı ve Zaviye rafinerisine uzanan boru hattını kapattığı 3 Ocak'ta başlamıştı. Protestocular, bir hükümet heyetiyle yapılan görüşmelerin ardından eylemi sonlandırmayı kabul etti.

NOC Başkanı Ferhat Bengdara, “Fizan'ın ileri gelenlerine ve halkına, bilgelikleri ve ulusal serveti koruma konusundaki bağlılıkları için teşekkür ediyoruz” dedi. Bengdara, tekrarlanan kapanmaların sahaların ekipmanına ve Libya'nın alıcılar nezdindeki itibarına zarar verdiği uyarısında bulundu.

Şarara sahası, NOC ile İspanyol Repsol, Fransız TotalEnergies, Avusturyalı OMV ve Norveçli Equinor'un ortak girişimi Akakus Oil Operations tarafından işletiliyor. OPEC üyesi Libya günde yaklaşık 1,2 milyon varil petrol üretiyor.
""",
        "ar": """
طرابلس – أعلنت المؤسسة الوطنية للنفط في ليبيا يوم الأحد استئناف الإنتاج في حقل الشرارة، أكبر حقول البلاد، بعد إغلاق دام ثلاثة أسابيع بسبب احتجاجات كبدت الدولة أكثر من مليار دولار من الإيرادات.

وقالت المؤسسة في بيان نشرته على موقعها الإلكتروني إنه من المتوقع أن يعود إنتاج الحقل الواقع في حوض مرزق، على بعد نحو 900 كيلومتر جنوب طرابلس، إلى مستواه الطبيعي البالغ نحو 300 ألف برميل يومياً في غضون أسبوع.

وبدأ الإغلاق في 3 يناير/كانون الثاني عندما أغلق سكان من منطقة فزان الحقل وخط الأنابيب المؤدي إلى مصفاة الزاوية، مطالبين بتحسين الخدمات العامة وتوفير الوقود وفرص العمل لشباب المنطقة. ووافق المحتجون على إنهاء الإغلاق بعد محادثات مع وفد حكومي.

وقال رئيس مجلس إدارة المؤسسة فرحات بن قدارة: «نشكر أعيان وأهالي فزان على حكمتهم وحرصهم على حماية الثروة الوطنية». وحذر من أن الإغلاقات المتكررة تلحق الضرر بمعدات الحقول وبسمعة ليبيا لدى المشترين.

ويُدار حقل الشرارة من قبل شركة أكاكوس للعمليات النفطية، وهي مشروع مشترك بين المؤسسة الوطنية للنفط وريبسول الإسبانية وتوتال إنرجيز الفرنسية وأو إم في النمساوية وإكوينور النرويجية. وتنتج ليبيا، العضو في منظمة أوبك، نحو 1.2 مليون برميل من النفط يومياً.
""",
    },
    "quake_malatya": {
        "en": """
ANKARA — A magnitude 5.2 earthquake struck the Pütürge district of Türkiye's eastern Malatya province early on Sunday, damaging several old buildings and sending residents into the streets, the Disaster and Emergency Management Authority (AFAD) said.

The quake hit at 03:14 local time at a depth of 7 kilometres, AFAD said. It was felt in the neighbouring provinces of Elazığ, Adıyaman and Diyarbakır. At least 11 people were lightly injured, most of them while trying to leave their homes in panic.

Malatya Governor Seddar Yavuz told reporters that two empty buildings which had been damaged in the February 2023 earthquakes collapsed, and that teams were inspecting schools and mosques in 14 villages. Classes in Pütürge were suspended for two days.

“There is no loss of life for now. Our search and rescue teams are in the field and tents are being set up for families who do not want to return home,” Interior Minister Ali Yerlikaya wrote on X.

More than 40 aftershocks were recorded in the following hours, the strongest of magnitude 3.9. Türkiye sits on major fault lines and is prone to frequent earthquakes.
""",
        "tr": """
MALATYA — Malatya'nın Pütürge ilçesinde pazar sabaha karşı 5,2 büyüklüğünde deprem meydana geldi. Afet ve Acil Durum Yönetimi Başkanlığı (AFAD), sarsıntının bazı eski binalarda hasara yol açtığını ve vatandaşların sokaklara döküldüğünü bildirdi.

AFAD'ın açıklamasına göre deprem yerel saatle 03.14'te, 7 kilometre derinlikte kaydedildi. Sarsıntı komşu iller Elazığ, Adıyaman ve Diyarbakır'da da hissedildi. Çoğu panikle evlerinden çıkmaya çalışırken olmak üzere en az 11 kişi hafif yaralandı.

Malatya Valisi Seddar Yavuz, gazetecilere yaptığı açıklamada Şubat 2023 depremlerinde hasar gören boş iki binanın çöktüğünü, ekiplerin 14 köydeki okul ve camileri incelediğini söyledi. Pütürge'de eğitime iki gün ara verildi.

İçişleri Bakanı Ali Yerlikaya X hesabından, “Şu an için can kaybı yok. Arama kurtarma ekiplerimiz sahada, evine dönmek istemeyen aileler için çadırlar kuruluyor” paylaşımında bulundu.

Sonraki saatlerde en büyüğü 3,9 büyüklüğünde olmak üzere 40'tan fazla artçı sarsıntı kaydedildi. Türkiye büyük fay hatları üzerinde bulunuyor ve sık sık depremlerle sarsılıyor.
""",
        "ar": """
أنقرة – ضرب زلزال بقوة 5.2 درجات قضاء بوتورغه في ولاية ملاطية شرقي تركيا فجر الأحد، ما ألحق أضراراً بعدد من المباني القديمة ودفع السكان إلى الخروج إلى الشوارع، بحسب إدارة الكوارث والطوارئ التركية (آفاد).

وأوضحت آفاد أن الزلزال وقع عند الساعة 03:14 بالتوقيت المحلي على عمق 7 كيلومترات، وشعر به سكان ولايات إلازيغ وأديامان وديار بكر المجاورة. وأصيب 11 شخصاً على الأقل بجروح طفيفة، معظمهم أثناء محاولتهم مغادرة منازلهم في حالة من الذعر.

وقال والي ملاطية سدار يافوز للصحفيين إن مبنيين خاليين تضررا في زلزال فبراير/شباط 2023 قد انهارا، وإن فرقاً تتفقد المدارس والمساجد في 14 قرية. وعُلقت الدراسة في بوتورغه لمدة يومين.

وكتب وزير الداخلية علي يرلي كايا على منصة إكس: «لا توجد خسائر في الأرواح حتى الآن. فرق البحث والإنقاذ في الميدان ويجري نصب الخيام للعائلات التي لا ترغب في العودة إلى منازلها».

وسُجلت أكثر من 40 هزة ارتدادية خلال الساعات التالية، أقواها بقوة 3.9 درجات. وتقع تركيا على خطوط صدع رئيسية وتتعرض لزلازل متكررة.
""",
    },
    "haftar_delegation": {
        "en": """
BENGHAZI — Khalifa Haftar, commander of the Libyan National Army, received a Turkish delegation led by intelligence chief İbrahim Kalın in Benghazi on Saturday, in the highest-level contact between Ankara and the eastern Libyan camp in years.

The meeting at the army's headquarters in Rajma was also attended by Haftar's sons Saddam and Khaled, the LNA's media office said. Talks focused on “the political process, the unification of the military institution and joint cooperation in the fight against terrorism and illegal migration.”

Türkiye backed the Tripoli government against Haftar's 2019 offensive on the capital, sending military advisers and drones. Relations have thawed since 2022, with Turkish firms winning reconstruction contracts in Benghazi and Derna.

A Turkish official, speaking on condition of anonymity, said Kalın carried a message from President Recep Tayyip Erdoğan and discussed the reopening of the Turkish consulate in Benghazi, which closed in 2014.

The visit came two weeks after Saddam Haftar held talks in Ankara with Defence Minister Yaşar Güler. Neither side gave details of any agreement.
""",
        "tr": """
BİNGAZİ — Libya Ulusal Ordusu (LUO) Komutanı Halife Hafter, cumartesi günü Bingazi'de Milli İstihbarat Teşkilatı (MİT) Başkanı İbrahim Kalın başkanlığındaki Türk heyetini kabul etti. Görüşme, Ankara ile doğu Libya arasında yıllardır gerçekleşen en üst düzey temas oldu.

LUO medya ofisinin açıklamasına göre, ordunun Recme'deki karargahında yapılan görüşmeye Hafter'in oğulları Saddam ve Halid de katıldı. Görüşmede “siyasi süreç, askeri kurumun birleştirilmesi ve terör ile düzensiz göçle mücadelede ortak iş birliği” ele alındı.

Türkiye, Hafter'in 2019'da başkente yönelik saldırısına karşı askeri danışman ve insansız hava aracı göndererek Trablus hükümetini desteklemişti. İlişkiler 2022'den bu yana yumuşadı; Türk şirketleri Bingazi ve Derne'de yeniden yapılanma ihaleleri kazandı.

İsminin açıklanmaması koşuluyla konuşan bir Türk yetkili, Kalın'ın Cumhurbaşkanı Recep Tayyip Erdoğan'ın bir mesajını ilettiğini ve 2014'te kapanan Türkiye'nin Bingazi Başkonsolosluğunun yeniden açılmasını görüştüğünü söyledi.

Ziyaret, Saddam Hafter'in iki hafta önce Ankara'da Milli Savunma Bakanı Yaşar Güler ile görüşmesinin ardından geldi. Taraflar herhangi bir anlaşmaya ilişkin ayrıntı vermedi.
""",
        "ar": """
بنغازي – استقبل القائد العام للجيش الوطني الليبي خليفة حفتر يوم السبت في بنغازي وفداً تركياً برئاسة رئيس جهاز الاستخبارات إبراهيم قالن، في أرفع اتصال بين أنقرة ومعسكر شرق ليبيا منذ سنوات.

وذكر المكتب الإعلامي للقيادة العامة أن اللقاء الذي عُقد في مقر القيادة بالرجمة حضره نجلا حفتر صدام وخالد، وتناول «العملية السياسية وتوحيد المؤسسة العسكرية والتعاون المشترك في مكافحة الإرهاب والهجرة غير الشرعية».

وكانت تركيا قد دعمت حكومة طرابلس في مواجهة هجوم حفتر على العاصمة عام 2019، وأرسلت مستشارين عسكريين وطائرات مسيرة. وشهدت العلاقات تحسناً منذ عام 2022، إذ فازت شركات تركية بعقود لإعادة الإعمار في بنغازي ودرنة.

وقال مسؤول تركي طلب عدم الكشف عن هويته إن قالن حمل رسالة من الرئيس رجب طيب أردوغان، وبحث إعادة فتح القنصلية التركية في بنغازي التي أُغلقت عام 2014.

وجاءت الزيارة بعد أسبوعين من محادثات أجراها صدام حفتر في أنقرة مع وزير الدفاع يشار غولر. ولم يكشف أي من الطرفين عن تفاصيل أي اتفاق.
""",
    },
    "migrants_sabratha": {
        "en": """
TRIPOLI — The Libyan coast guard intercepted a rubber boat carrying 87 migrants off the western town of Sabratha on Friday and returned them to shore, the International Organization for Migration (IOM) said.

The migrants, including 11 women and six children, were mostly from Sudan, Bangladesh and Egypt. They were taken to the Abu Salim detention centre in Tripoli after receiving first aid at the Tripoli port, an IOM spokesperson said.

The boat had left the coast near Zuwara at night and was heading for the Italian island of Lampedusa when its engine failed. Survivors told IOM staff that one man had fallen overboard and was missing.

So far this year more than 9,600 migrants have been intercepted at sea and returned to Libya, according to IOM figures. Rights groups say those returned face arbitrary detention, extortion and abuse in centres run by armed groups.

“Libya is not a safe port for disembarkation,” the agency said in a statement, repeating its call for an end to returns and for safe and regular migration routes.
""",
        "tr": """
TRABLUS — Libya Sahil Güvenliği, batıdaki Sabrata kenti açıklarında cuma günü 87 düzensiz göçmeni taşıyan bir lastik botu durdurarak göçmenleri karaya geri getirdi. Uluslararası Göç Örgütü (IOM) olayı doğruladı.

IOM sözcüsünün açıklamasına göre, aralarında 11 kadın ve 6 çocuğun bulunduğu göçmenler çoğunlukla Sudan, Bangladeş ve Mısır uyrukluydu. Göçmenler, Trablus limanında ilk yardım aldıktan sonra Trablus'taki Ebu Selim geri gönderme merkezine götürüldü.

Gece saatlerinde Zuvara yakınlarındaki kıyıdan ayrılan bot, motoru arızalandığında İtalya'nın Lampedusa Adası'na doğru ilerliyordu. Hayatta kalanlar IOM çalışanlarına bir erkeğin denize düştüğünü ve kayıp olduğunu anlattı.

IOM verilerine göre bu yıl şimdiye kadar 9 bin 600'den fazla göçmen denizde durdurularak Libya'ya geri getirildi. İnsan hakları örgütleri, geri gönderilenlerin silahlı grupların yönettiği merkezlerde keyfi gözaltı, haraç ve istismarla karşı karşıya kaldığını söylüyor.

IOM yaptığı açıklamada, “Libya, karaya çıkış için güvenli bir liman değildir” diyerek geri gönderimlerin sona erdirilmesi ve güvenli, düzenli göç yollarının açılması çağrısını yineledi.
""",
        "ar": """
طرابلس – اعترض خفر السواحل الليبي يوم الجمعة قارباً مطاطياً يقل 87 مهاجراً قبالة مدينة صبراتة غربي البلاد وأعادهم إلى الشاطئ، بحسب المنظمة الدولية للهجرة.

وقال متحدث باسم المنظمة إن المهاجرين، ومن بينهم 11 امرأة وستة أطفال، ينحدر معظمهم من السودان وبنغلاديش ومصر، وقد نُقلوا إلى مركز احتجاز أبو سليم في طرابلس بعد تلقيهم الإسعافات الأولية في ميناء طرابلس.

وكان القارب قد انطلق ليلاً من الساحل قرب زوارة متجهاً إلى جزيرة لامبيدوزا الإيطالية عندما تعطل محركه. وأبلغ ناجون موظفي المنظمة أن رجلاً سقط في البحر ولا يزال في عداد المفقودين.

ووفقاً لأرقام المنظمة، اعتُرض منذ بداية العام أكثر من 9600 مهاجر في البحر وأعيدوا إلى ليبيا. وتقول منظمات حقوقية إن من تتم إعادتهم يواجهون الاحتجاز التعسفي والابتزاز وسوء المعاملة في مراكز تديرها جماعات مسلحة.

وقالت المنظمة في بيان: «ليبيا ليست ميناءً آمناً لإنزال المهاجرين»، مجددة دعوتها إلى وقف عمليات الإعادة وفتح مسارات آمنة ونظامية للهجرة.
""",
    },
}

# Hard negatives, hand-written: (id, kind, the story it is paired against, texts).
NEGATIVES: list[tuple[str, str, str, dict[str, str]]] = [
    (
        "fidan_brussels",
        "same_people",
        "fidan_tripoli",
        {
            "en": """
BRUSSELS — Turkish Foreign Minister Hakan Fidan on Thursday urged NATO allies to take a firmer stand against terrorism and to lift what he called unjust restrictions on defence trade with Türkiye, at a meeting of the alliance's foreign ministers in Brussels.

Fidan held talks on the sidelines with U.S. Secretary of State Antony Blinken about the sale of F-16 fighter jets and the war in Gaza, according to Turkish diplomatic sources. He also met his Greek counterpart, Giorgos Gerapetritis, to prepare a meeting of the two countries' leaders.

“An alliance is only as strong as the solidarity among its members,” Fidan told the meeting. He said Türkiye had contributed more troops to NATO missions than most allies and expected its security concerns in Syria and Iraq to be respected.

Fidan also raised the situation in Libya with European ministers, calling for support for a political process led by Libyans and for an end to foreign interference, the sources said.

The Turkish minister is due to return to Ankara on Friday before travelling to Riyadh for a meeting on Gaza.
""",
            "tr": """
BRÜKSEL — Dışişleri Bakanı Hakan Fidan, perşembe günü Brüksel'de düzenlenen NATO Dışişleri Bakanları Toplantısı'nda müttefikleri terörle mücadelede daha kararlı bir tutum almaya ve Türkiye'ye yönelik savunma ticaretindeki haksız kısıtlamaları kaldırmaya çağırdı.

Diplomatik kaynakların verdiği bilgiye göre Fidan, toplantı marjında ABD Dışişleri Bakanı Antony Blinken ile F-16 savaş uçaklarının satışını ve Gazze'deki savaşı görüştü. Fidan ayrıca iki ülke liderlerinin görüşmesine hazırlık amacıyla Yunan mevkidaşı Yorgos Yerapetritis ile de bir araya geldi.

Toplantıda konuşan Fidan, “Bir ittifak, ancak üyeleri arasındaki dayanışma kadar güçlüdür” dedi. Fidan, Türkiye'nin NATO misyonlarına müttefiklerin çoğundan daha fazla asker katkısı sağladığını ve Suriye ile Irak'taki güvenlik kaygılarına saygı gösterilmesini beklediğini söyledi.

Kaynaklara göre Fidan, Avrupalı bakanlarla Libya'daki durumu da ele alarak Libyalıların liderliğinde bir siyasi sürece destek verilmesi ve dış müdahalelerin sona ermesi çağrısında bulundu.

Fidan'ın cuma günü Ankara'ya dönmesi, ardından Gazze konulu bir toplantı için Riyad'a gitmesi bekleniyor.
""",
            "ar": """
بروكسل – دعا وزير الخارجية التركي هاكان فيدان يوم الخميس حلفاء حلف شمال الأطلسي (الناتو) إلى اتخاذ موقف أكثر حزماً في مواجهة الإرهاب ورفع ما وصفها بالقيود غير العادلة على تجارة الصناعات الدفاعية مع تركيا، وذلك خلال اجتماع وزراء خارجية الحلف في بروكسل.

وبحسب مصادر دبلوماسية تركية، بحث فيدان على هامش الاجتماع مع وزير الخارجية الأمريكي أنتوني بلينكن صفقة مقاتلات إف-16 والحرب في غزة، كما التقى نظيره اليوناني يورغوس يرابيتريتيس للتحضير للقاء يجمع زعيمي البلدين.

وقال فيدان أمام الاجتماع: «قوة أي تحالف تقاس بمدى التضامن بين أعضائه». وأشار إلى أن تركيا ساهمت بقوات في مهام الناتو أكثر من معظم الحلفاء، وأنها تنتظر احترام مخاوفها الأمنية في سوريا والعراق.

وأضافت المصادر أن فيدان تطرق مع الوزراء الأوروبيين إلى الوضع في ليبيا، داعياً إلى دعم عملية سياسية يقودها الليبيون وإنهاء التدخلات الخارجية.

ومن المقرر أن يعود الوزير التركي إلى أنقرة يوم الجمعة قبل أن يتوجه إلى الرياض للمشاركة في اجتماع بشأن غزة.
""",
        },
    ),
    (
        "haftar_cairo",
        "same_people",
        "haftar_delegation",
        {
            "en": """
CAIRO — Egyptian President Abdel Fattah al-Sisi met Khalifa Haftar, commander of the eastern-based Libyan National Army, in the new administrative capital on Tuesday to discuss border security and the stalled elections in Libya, the Egyptian presidency said.

Haftar was accompanied by his son Saddam, the LNA's chief of staff for ground forces, and by Belqasem Haftar, who heads the Development and Reconstruction Fund in eastern Libya. The fund has overseen rebuilding in Derna since the 2023 floods, with Egyptian contractors playing a large role.

Sisi stressed Egypt's support for “a Libyan-Libyan solution without foreign interference” and called for the withdrawal of all foreign forces and mercenaries, a phrase Cairo has long used for Turkish troops in western Libya, presidency spokesman Ahmed Fahmy said.

The two men also discussed the situation in Sudan, where fighting has pushed tens of thousands of refugees toward the Libyan border town of Kufra, and the smuggling of weapons across the desert.

It was Haftar's third visit to Cairo this year. The LNA's media office published photos of the meeting but gave no further details.
""",
            "tr": """
KAHİRE — Mısır Cumhurbaşkanı Abdulfettah es-Sisi, doğu Libya merkezli Libya Ulusal Ordusu'nun komutanı Halife Hafter'i salı günü yeni idari başkentte kabul etti. Mısır Cumhurbaşkanlığı'nın açıklamasına göre görüşmede sınır güvenliği ve Libya'da tıkanan seçim süreci ele alındı.

Hafter'e, LUO kara kuvvetleri kurmay başkanı olan oğlu Saddam ile doğu Libya'daki Kalkınma ve Yeniden İmar Fonu'nun başındaki Belkasım Hafter eşlik etti. Fon, 2023'teki sel felaketinden bu yana Derne'deki yeniden yapılanmayı yürütüyor ve Mısırlı müteahhitler bu süreçte büyük rol oynuyor.

Cumhurbaşkanlığı Sözcüsü Ahmed Fehmi'nin aktardığına göre Sisi, Mısır'ın “dış müdahale olmadan Libyalıların kendi aralarında bulacağı bir çözümü” desteklediğini vurguladı ve tüm yabancı güçlerle paralı askerlerin çekilmesi çağrısında bulundu. Kahire bu ifadeyi uzun süredir batı Libya'daki Türk askerleri için kullanıyor.

İki lider ayrıca çatışmaların on binlerce mülteciyi Libya'nın sınır kenti Kufra'ya doğru ittiği Sudan'daki durumu ve çöl üzerinden yapılan silah kaçakçılığını da görüştü.

Bu, Hafter'in bu yıl Kahire'ye yaptığı üçüncü ziyaret oldu. LUO medya ofisi görüşmeye ait fotoğrafları paylaştı ancak başka ayrıntı vermedi.
""",
            "ar": """
القاهرة – استقبل الرئيس المصري عبد الفتاح السيسي يوم الثلاثاء في العاصمة الإدارية الجديدة قائد الجيش الوطني الليبي خليفة حفتر، لبحث أمن الحدود والانتخابات المتعثرة في ليبيا، بحسب الرئاسة المصرية.

ورافق حفتر نجله صدام، رئيس أركان القوات البرية، وبلقاسم حفتر الذي يرأس صندوق التنمية وإعادة الإعمار في شرق ليبيا. ويشرف الصندوق على إعادة إعمار درنة منذ فيضانات 2023، حيث تؤدي شركات المقاولات المصرية دوراً كبيراً.

وقال المتحدث باسم الرئاسة أحمد فهمي إن السيسي شدد على دعم مصر «لحل ليبي ليبي بعيداً عن التدخلات الخارجية»، ودعا إلى خروج جميع القوات الأجنبية والمرتزقة، وهي عبارة تستخدمها القاهرة منذ فترة طويلة للإشارة إلى القوات التركية في غرب ليبيا.

وبحث الجانبان أيضاً الأوضاع في السودان، حيث دفع القتال عشرات الآلاف من اللاجئين نحو مدينة الكفرة الحدودية الليبية، إضافة إلى تهريب الأسلحة عبر الصحراء.

وهذه هي الزيارة الثالثة لحفتر إلى القاهرة هذا العام. ونشر المكتب الإعلامي للقيادة العامة صوراً للقاء دون أن يقدم تفاصيل إضافية.
""",
        },
    ),
    (
        "cbrt_hold",
        "same_template",
        "cbrt_hike",
        {
            "en": """
ANKARA — Türkiye's central bank held its main interest rate steady at 50% on Thursday, in line with market expectations, saying that the monthly inflation trend had eased in May and that tight policy would be maintained.

The Monetary Policy Committee, chaired by Governor Fatih Karahan, said in a statement that it would keep its restrictive stance “until a significant and sustained decline in the underlying trend of monthly inflation is observed.” All 14 economists polled by Reuters had forecast no change.

The lira was little changed against the dollar after the decision, trading at 32.20, while Istanbul's benchmark BIST 100 index rose 0.8%, extending gains made earlier in the week on hopes of lower rates later in the year.

Annual inflation climbed to 75.5% in May, the highest since late 2022, but the bank says it expects it to peak this month and fall toward 38% by the end of the year. Officials have pointed to a slowdown in services prices and rents.

The committee left its liquidity measures unchanged. It will announce its next decision on July 23, after the publication of June inflation data.
""",
            "tr": """
ANKARA — Türkiye Cumhuriyet Merkez Bankası (TCMB) politika faizini perşembe günü beklentilere paralel olarak yüzde 50'de sabit tuttu. Banka, mayısta aylık enflasyonun ana eğiliminin gerilediğini ve sıkı para politikası duruşunun korunacağını açıkladı.

Başkan Fatih Karahan başkanlığında toplanan Para Politikası Kurulu, yaptığı açıklamada sıkı duruşun “aylık enflasyonun ana eğiliminde belirgin ve kalıcı bir düşüş gözlenene kadar” sürdürüleceğini bildirdi. Reuters'ın anketine katılan 14 ekonomistin tamamı faizin değiştirilmemesini bekliyordu.

Kararın ardından Türk lirası dolar karşısında yatay seyrederek 32,20'den işlem gördü. Borsa İstanbul'da BIST 100 endeksi ise yılın ilerleyen aylarında faiz indirimi beklentisiyle hafta başında başlayan yükselişini sürdürerek yüzde 0,8 arttı.

Yıllık enflasyon mayısta 2022 sonundan bu yana en yüksek seviye olan yüzde 75,5'e çıktı, ancak banka zirvenin bu ay görüleceğini ve yıl sonunda yüzde 38'e doğru gerileyeceğini öngörüyor. Yetkililer hizmet fiyatları ve kiralardaki yavaşlamaya dikkat çekiyor.

Kurul likidite tedbirlerinde değişikliğe gitmedi. Bir sonraki faiz kararı, haziran enflasyon verilerinin açıklanmasının ardından 23 Temmuz'da duyurulacak.
""",
            "ar": """
أنقرة – أبقى البنك المركزي التركي يوم الخميس سعر الفائدة الرئيسي دون تغيير عند 50 بالمئة، بما يتماشى مع توقعات الأسواق، مشيراً إلى أن الاتجاه الشهري للتضخم تراجع في مايو/أيار وأن السياسة المتشددة ستستمر.

وقالت لجنة السياسة النقدية برئاسة المحافظ فاتح كاراهان في بيان إنها ستحافظ على موقفها المتشدد «إلى أن يُلاحظ انخفاض كبير ومستدام في الاتجاه الأساسي للتضخم الشهري». وكان جميع الاقتصاديين الأربعة عشر الذين استطلعت رويترز آراءهم قد توقعوا عدم تغيير الفائدة.

واستقرت الليرة تقريباً أمام الدولار بعد القرار لتسجل 32.20 ليرة، فيما ارتفع مؤشر بورصة إسطنبول الرئيسي بيست 100 بنسبة 0.8 بالمئة، مواصلاً مكاسب حققها في وقت سابق من الأسبوع وسط آمال بخفض الفائدة في وقت لاحق من العام.

وصعد التضخم السنوي إلى 75.5 بالمئة في مايو/أيار، وهو أعلى مستوى منذ أواخر 2022، لكن البنك يتوقع أن يبلغ ذروته هذا الشهر ثم يتراجع نحو 38 بالمئة بنهاية العام. ويشير المسؤولون إلى تباطؤ أسعار الخدمات والإيجارات.

ولم تغير اللجنة إجراءات السيولة. وستعلن قرارها المقبل في 23 يوليو/تموز بعد نشر بيانات التضخم لشهر يونيو/حزيران.
""",
        },
    ),
    (
        "elfeel_shutdown",
        "same_template",
        "sharara",
        {
            "en": """
TRIPOLI — Libya's National Oil Corporation said on Wednesday that it had declared force majeure at the El Feel oil field after protesters forced a halt to production, the second stoppage at the southern field this year.

The field in the Murzuq basin, which normally pumps about 70,000 barrels per day, was shut after a group of workers demanding back pay and permanent contracts entered the site on Tuesday night, the NOC said in a statement posted on its website.

The corporation said the closure would cost the state about $5 million a day and would also affect the supply of gas condensate to the Mellitah complex on the coast, which feeds power stations in western Libya.

“Using oil facilities as a means of pressure harms all Libyans and we will not negotiate under the threat of closure,” NOC chairman Farhat Bengdara said, adding that the workers' demands were being studied by the labour ministry.

El Feel, also known as Elephant, is operated by Mellitah Oil and Gas, a joint venture between the NOC and Italy's Eni. Libya, an OPEC member, produces about 1.2 million barrels of oil a day.
""",
            "tr": """
TRABLUS — Libya Ulusal Petrol Kurumu (NOC), protestocuların üretimi durdurmaya zorlamasının ardından El Fil petrol sahasında mücbir sebep ilan ettiğini çarşamba günü duyurdu. Bu, güneydeki sahada bu yıl yaşanan ikinci durma oldu.

Kurumun internet sitesinde yayımlanan açıklamaya göre, Murzuk havzasında bulunan ve normalde günde yaklaşık 70 bin varil üreten saha, birikmiş maaşlarını ve kadro talep eden bir grup işçinin salı gecesi tesise girmesiyle kapatıldı.

Kurum, kapanmanın devlete günde yaklaşık 5 milyon dolara mal olacağını, ayrıca batı Libya'daki elektrik santrallerini besleyen kıyıdaki Mellitah kompleksine gaz kondensatı sevkiyatını da etkileyeceğini belirtti.

NOC Başkanı Ferhat Bengdara, “Petrol tesislerini baskı aracı olarak kullanmak tüm Libyalılara zarar veriyor ve kapatma tehdidi altında pazarlık yapmayacağız” dedi. Bengdara, işçilerin taleplerinin Çalışma Bakanlığı tarafından incelendiğini ekledi.

Fil sahası olarak da bilinen El Fil, NOC ile İtalyan Eni'nin ortak girişimi Mellitah Oil and Gas tarafından işletiliyor. OPEC üyesi Libya günde yaklaşık 1,2 milyon varil petrol üretiyor.
""",
            "ar": """
طرابلس – أعلنت المؤسسة الوطنية للنفط في ليبيا يوم الأربعاء حالة القوة القاهرة في حقل الفيل النفطي بعد أن أجبر محتجون على وقف الإنتاج، في ثاني توقف يشهده الحقل الجنوبي هذا العام.

وقالت المؤسسة في بيان نشرته على موقعها الإلكتروني إن الحقل الواقع في حوض مرزق، والذي ينتج عادة نحو 70 ألف برميل يومياً، أُغلق بعد أن دخلت مجموعة من العمال يطالبون بمستحقات متأخرة وعقود دائمة إلى الموقع مساء الثلاثاء.

وأوضحت المؤسسة أن الإغلاق سيكلف الدولة نحو 5 ملايين دولار يومياً، وسيؤثر أيضاً على إمدادات المكثفات الغازية إلى مجمع مليتة على الساحل، الذي يغذي محطات الكهرباء في غرب ليبيا.

وقال رئيس مجلس إدارة المؤسسة فرحات بن قدارة: «استخدام المنشآت النفطية وسيلة للضغط يضر بجميع الليبيين، ولن نتفاوض تحت تهديد الإغلاق»، مضيفاً أن وزارة العمل تدرس مطالب العمال.

ويُدار حقل الفيل من قبل شركة مليتة للنفط والغاز، وهي مشروع مشترك بين المؤسسة الوطنية للنفط وإيني الإيطالية. وتنتج ليبيا، العضو في منظمة أوبك، نحو 1.2 مليون برميل من النفط يومياً.
""",
        },
    ),
    (
        "quake_kahramanmaras",
        "same_template",
        "quake_malatya",
        {
            "en": """
ANKARA — A magnitude 4.6 earthquake struck the Göksun district of Türkiye's southern Kahramanmaraş province on Wednesday afternoon, causing panic but no immediate reports of serious damage, the Disaster and Emergency Management Authority (AFAD) said.

The quake hit at 14:42 local time at a depth of 9.3 kilometres, AFAD said. It was also felt in Kayseri, Adana and Osmaniye, where some shoppers and office workers rushed out of buildings.

Kahramanmaraş Governor Mükerrem Ünlüer said teams had checked container cities housing families left homeless by last year's disaster and found no problems. A barn roof collapsed in the village of Yeşilkent, killing two sheep.

“Initial checks show no negative situation. Our teams continue their field scans,” Interior Minister Ali Yerlikaya wrote on X, adding that 112 emergency lines had received 230 calls.

Seismologists said the tremor was part of the continuing aftershock sequence along the East Anatolian Fault. Türkiye sits on major fault lines and is prone to frequent earthquakes.
""",
            "tr": """
KAHRAMANMARAŞ — Kahramanmaraş'ın Göksun ilçesinde çarşamba öğleden sonra 4,6 büyüklüğünde deprem meydana geldi. Afet ve Acil Durum Yönetimi Başkanlığı (AFAD), sarsıntının paniğe yol açtığını ancak ilk belirlemelere göre ciddi bir hasar bulunmadığını bildirdi.

AFAD'ın açıklamasına göre deprem yerel saatle 14.42'de, 9,3 kilometre derinlikte kaydedildi. Sarsıntı Kayseri, Adana ve Osmaniye'de de hissedildi; bazı alışveriş merkezlerinde ve iş yerlerinde bulunanlar kendini dışarı attı.

Kahramanmaraş Valisi Mükerrem Ünlüer, ekiplerin geçen yılki afette evsiz kalan ailelerin yaşadığı konteyner kentleri kontrol ettiğini ve herhangi bir sorun tespit edilmediğini söyledi. Yeşilkent köyünde bir ahırın çatısı çöktü, iki koyun telef oldu.

İçişleri Bakanı Ali Yerlikaya X hesabından, “İlk belirlemelere göre olumsuz bir durum yok. Ekiplerimizin saha taramaları sürüyor” paylaşımında bulundu ve 112 Acil Çağrı Merkezi'ne 230 çağrı geldiğini ekledi.

Sismologlar, sarsıntının Doğu Anadolu Fayı boyunca süren artçı deprem dizisinin parçası olduğunu belirtti. Türkiye büyük fay hatları üzerinde bulunuyor ve sık sık depremlerle sarsılıyor.
""",
            "ar": """
أنقرة – ضرب زلزال بقوة 4.6 درجات قضاء غوكسون في ولاية كهرمان مرعش جنوبي تركيا بعد ظهر الأربعاء، ما أثار حالة من الذعر من دون ورود تقارير فورية عن أضرار جسيمة، بحسب إدارة الكوارث والطوارئ التركية (آفاد).

وأوضحت آفاد أن الزلزال وقع عند الساعة 14:42 بالتوقيت المحلي على عمق 9.3 كيلومترات، وشعر به أيضاً سكان قيصري وأضنة وعثمانية، حيث هرع متسوقون وموظفون إلى خارج المباني.

وقال والي كهرمان مرعش مكرم أونلوار إن الفرق تفقدت مدن الحاويات التي تؤوي العائلات التي فقدت منازلها في كارثة العام الماضي ولم تسجل أي مشكلات. وانهار سقف حظيرة في قرية يشيل كنت ما أدى إلى نفوق رأسين من الأغنام.

وكتب وزير الداخلية علي يرلي كايا على منصة إكس: «تشير عمليات التفقد الأولية إلى عدم وجود أي وضع سلبي، وتتواصل عمليات المسح الميداني لفرقنا»، مضيفاً أن خط الطوارئ 112 تلقى 230 اتصالاً.

وقال خبراء الزلازل إن الهزة جزء من سلسلة الهزات الارتدادية المستمرة على طول صدع شرق الأناضول. وتقع تركيا على خطوط صدع رئيسية وتتعرض لزلازل متكررة.
""",
        },
    ),
    (
        "migrants_tobruk",
        "same_template",
        "migrants_sabratha",
        {
            "en": """
TRIPOLI — The Libyan coast guard intercepted two wooden boats carrying 214 migrants off the eastern city of Tobruk on Monday and returned them to shore, the International Organization for Migration (IOM) said.

The migrants, among them 40 women and 23 children, were mostly from Syria, Pakistan and Egypt. They were taken to the Ganfouda detention centre near Benghazi, where aid workers said conditions were overcrowded, an IOM spokesperson said.

The boats had set off from a beach near Tobruk before dawn and were heading for Crete, a route that has grown busier since last year. The coast guard said it had also arrested three suspected smugglers.

So far this year more than 12,300 migrants have been intercepted at sea and returned to Libya, according to IOM figures. Greek authorities say arrivals on Crete from eastern Libya have tripled.

“Libya is not a safe port for disembarkation,” the agency said in a statement, urging the authorities to give its teams access to all places of detention.
""",
            "tr": """
TRABLUS — Libya Sahil Güvenliği, doğudaki Tobruk kenti açıklarında pazartesi günü 214 düzensiz göçmeni taşıyan iki ahşap tekneyi durdurarak göçmenleri karaya geri getirdi. Uluslararası Göç Örgütü (IOM) olayı doğruladı.

IOM sözcüsünün açıklamasına göre, aralarında 40 kadın ve 23 çocuğun bulunduğu göçmenler çoğunlukla Suriye, Pakistan ve Mısır uyrukluydu. Göçmenler, yardım çalışanlarının aşırı kalabalık olduğunu söylediği Bingazi yakınlarındaki Ganfuda merkezine götürüldü.

Tekneler şafaktan önce Tobruk yakınlarındaki bir plajdan yola çıkmış ve geçen yıldan bu yana yoğunlaşan bir rota olan Girit'e doğru ilerliyordu. Sahil güvenlik, üç şüpheli göçmen kaçakçısını da gözaltına aldığını açıkladı.

IOM verilerine göre bu yıl şimdiye kadar 12 bin 300'den fazla göçmen denizde durdurularak Libya'ya geri getirildi. Yunan makamları doğu Libya'dan Girit'e gelişlerin üç katına çıktığını belirtiyor.

IOM yaptığı açıklamada, “Libya, karaya çıkış için güvenli bir liman değildir” diyerek yetkilileri ekiplerine tüm gözaltı yerlerine erişim izni vermeye çağırdı.
""",
            "ar": """
طرابلس – اعترض خفر السواحل الليبي يوم الاثنين قاربين خشبيين يقلان 214 مهاجراً قبالة مدينة طبرق شرقي البلاد وأعادهم إلى الشاطئ، بحسب المنظمة الدولية للهجرة.

وقال متحدث باسم المنظمة إن المهاجرين، ومن بينهم 40 امرأة و23 طفلاً، ينحدر معظمهم من سوريا وباكستان ومصر، وقد نُقلوا إلى مركز قنفودة قرب بنغازي حيث قال عاملون في المجال الإنساني إن المركز مكتظ.

وكان القاربان قد انطلقا قبل الفجر من شاطئ قرب طبرق متجهين إلى جزيرة كريت، وهو مسار يشهد نشاطاً متزايداً منذ العام الماضي. وقال خفر السواحل إنه اعتقل أيضاً ثلاثة مشتبه بهم في تهريب المهاجرين.

ووفقاً لأرقام المنظمة، اعتُرض منذ بداية العام أكثر من 12300 مهاجر في البحر وأعيدوا إلى ليبيا. وتقول السلطات اليونانية إن أعداد الواصلين إلى كريت من شرق ليبيا تضاعفت ثلاث مرات.

وقالت المنظمة في بيان: «ليبيا ليست ميناءً آمناً لإنزال المهاجرين»، داعية السلطات إلى السماح لفرقها بالوصول إلى جميع أماكن الاحتجاز.
""",
        },
    ),
]

# -- edit kinds: how outlets re-run a wire story ----------------------------------------

SOURCES = {
    "en": ["reuters.com", "apnews.com", "aljazeera.com", "middleeasteye.net", "libyaobserver.ly"],
    "tr": ["aa.com.tr", "trthaber.com", "hurriyet.com.tr", "sabah.com.tr", "ntv.com.tr"],
    "ar": ["alwasat.ly", "aljazeera.net", "skynewsarabia.com", "alarabiya.net", "libyaahrar.net"],
}
LEADS = {
    "en": [
        "In a development closely watched across the region, ",
        "In news confirmed by officials late in the day, ",
        "In a move analysts described as significant, ",
    ],
    "tr": [
        "Bölgede yakından takip edilen gelişmede, ",
        "Yetkililerin akşam saatlerinde doğruladığı habere göre, ",
        "Analistlerin önemli olarak nitelendirdiği adımda, ",
    ],
    "ar": [
        "في تطور لافت تتابعه المنطقة عن كثب، ",
        "وفي خبر أكدته مصادر رسمية في وقت متأخر، ",
        "في خطوة وصفها محللون بالمهمة، ",
    ],
}
BYLINES = {
    "en": (
        "By Ayşe Karaca and Tom Ellis",
        "(Reporting by Ahmed Elumami; Editing by Mark Heinrich)",
    ),
    "tr": ("Mehmet Aslan / Anadolu Ajansı", "(Muhabir: Selin Demir; Editör: Kemal Öz)"),
    "ar": ("كتب: محمد الفيتوري", "(إعداد: سامي الشريف - تحرير: ليلى بن علي)"),
}
_ASCII = str.maketrans("çğıöşüÇĞİÖŞÜâîû", "cgiosuCGIOSUaiu")
_FATHA, _KASRA, _DAMMA, _TATWEEL = "\u064e", "\u0650", "\u064f", "\u0640"

Paras = list[str]


def paragraphs(text: str) -> Paras:
    return [p.strip() for p in text.strip().split("\n\n")]


def _split_dateline(first: str) -> tuple[str, str]:
    for dash in (" — ", " – "):
        if dash in first:
            dateline, rest = first.split(dash, 1)
            return dateline, rest
    return "", first


def lead_clause(lang: str, ps: Paras, n: int) -> Paras:
    """Another lead: dateline dropped, an introductory clause put before the first sentence."""
    _, rest = _split_dateline(ps[0])
    if lang == "en" and rest.split(" ", 1)[0] in ("The", "A"):
        rest = rest[0].lower() + rest[1:]
    return [LEADS[lang][n % len(LEADS[lang])] + rest, *ps[1:]]


def quotes(lang: str, ps: Paras, n: int) -> Paras:
    """Other quotation marks and apostrophes."""
    if lang == "ar":
        table = str.maketrans({"«": "“", "»": "”"})
    elif lang == "tr":
        table = str.maketrans({"“": "«", "”": "»", "'": "’"})
    else:
        table = str.maketrans({"“": '"', "”": '"', "'": "’"})
    return [p.translate(table) for p in ps]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_wrap(lang: str, ps: Paras, n: int) -> Paras:
    """The story inside a web page: markup, menu, share box, footer, entities."""
    dateline, rest = _split_dateline(ps[0])
    lead = f"<strong>{_escape(dateline)}</strong> &mdash; " if dateline else ""
    body = [f"<p>{lead}{_escape(rest)}</p>"]
    for i, p in enumerate(ps[1:]):
        head, _, tail = _escape(p).partition(" ")
        tail = tail.replace(" ", "&nbsp;", 1)
        if i == 0:
            head = f'<a href="/tag/{n}">{head}</a>'
        body.append(f"<p>{head} {tail}</p>")
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{SOURCES[lang][n % 5]}</title><script>window.dataLayer = [];</script></head>"
        '<body><nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>'
        '<article><div class="story-body">\n'
        + "\n".join(body)
        + '\n<div class="share"><a href="#">Share</a></div></div></article>'
        "<footer>© 2024</footer></body></html>"
    )
    return [page]


def _arabic_marks(word: str, i: int) -> str:
    if len(word) < 4 or not ("\u0621" <= word[0] <= "\u064a"):
        return word
    mark = (_FATHA, _KASRA, _DAMMA)[i % 3]
    word = word[0] + mark + word[1:]
    if i % 5 == 0:
        word = word[:3] + _TATWEEL + word[3:]
    if i % 3 == 0 and word.endswith("ة"):
        word = word[:-1] + "ه"
    return word.replace("أ", "ا") if i % 2 else word


def diacritics(lang: str, ps: Paras, n: int) -> Paras:
    """Diacritics and letter variants: Turkish letters ASCII-fied; Arabic harakat added."""
    if lang != "ar":
        return [p.translate(_ASCII) for p in ps]
    out = []
    for p in ps:
        words = p.split(" ")
        out.append(" ".join(_arabic_marks(w, i) for i, w in enumerate(words)))
    return out


def drop_last(lang: str, ps: Paras, n: int) -> Paras:
    """The last paragraph dropped (a re-run cut for space)."""
    return ps[:-1]


def byline(lang: str, ps: Paras, n: int) -> Paras:
    """A byline above and a credit line below."""
    top, bottom = BYLINES[lang]
    return [top, *ps, bottom]


def truncated(lang: str, ps: Paras, n: int) -> Paras:
    """Only the first half of the words, cut mid-paragraph (a teaser re-run)."""
    words = "\n\n".join(ps).split(" ")
    kept = " ".join(words[: math.ceil(len(words) / 2)])
    return paragraphs(kept + " …")


def combined(lang: str, ps: Paras, n: int) -> Paras:
    """Every edit at once except truncation."""
    for edit in (drop_last, diacritics, lead_clause, quotes, byline, html_wrap):
        ps = edit(lang, ps, n)
    return ps


EDITS: dict[str, Callable[[str, Paras, int], Paras]] = {
    "lead_clause": lead_clause,
    "quotes": quotes,
    "html": html_wrap,
    "diacritics": diacritics,
    "drop_last_paragraph": drop_last,
    "byline": byline,
    "truncated": truncated,
    "combined": combined,
}
LANGS = ("en", "tr", "ar")

# -- pairs ----------------------------------------------------------------------------


def _doc(doc_id: str, source: str, hour: int, ps: Paras) -> dict[str, str]:
    day = 1 + hour // 24
    return {
        "id": doc_id,
        "source": source,
        "published_at": f"2024-03-{day:02d}T{hour % 24:02d}:00:00Z",
        "body": "\n\n".join(ps),
    }


def build_pairs() -> list[dict[str, object]]:
    pairs: list[dict[str, object]] = []

    def add(pair_id: str, lang: str, kind: str, label: bool, a: dict, b: dict) -> None:
        pairs.append(
            {"id": pair_id, "lang": lang, "kind": kind, "duplicate": label, "a": a, "b": b}
        )

    texts = {name: by_lang for name, by_lang in STORIES.items()}
    texts.update({name: by_lang for name, _, _, by_lang in NEGATIVES})
    for n, (story, by_lang) in enumerate(STORIES.items()):
        for lang in LANGS:
            base = paragraphs(by_lang[lang])
            a = _doc(f"{lang}-{story}", SOURCES[lang][0], 2 * n, base)
            for k, (kind, edit) in enumerate(EDITS.items()):
                source = SOURCES[lang][1 + (n + k) % 4]
                b = _doc(f"{lang}-{story}-{kind}", source, 2 * n + 1, edit(lang, base, n + k))
                add(f"{lang}-{story}-{kind}", lang, kind, True, a, b)
    for n, (name, kind, against, by_lang) in enumerate(NEGATIVES):
        for lang in LANGS:
            a = _doc(
                f"{lang}-{against}", SOURCES[lang][0], 20 + n, paragraphs(texts[against][lang])
            )
            b = _doc(f"{lang}-{name}", SOURCES[lang][2], 21 + n, paragraphs(by_lang[lang]))
            add(f"{lang}-{name}-vs-{against}", lang, kind, False, a, b)
    for lang in LANGS:
        a = _doc(
            f"{lang}-fidan_tripoli", SOURCES[lang][0], 40, paragraphs(texts["fidan_tripoli"][lang])
        )
        b = _doc(
            f"{lang}-haftar_delegation",
            SOURCES[lang][1],
            41,
            paragraphs(texts["haftar_delegation"][lang]),
        )
        add(f"{lang}-fidan_tripoli-vs-haftar_delegation", lang, "same_topic", False, a, b)
    for n, (name, by_lang) in enumerate(texts.items()):
        for first, second in (("en", "tr"), ("en", "ar"), ("tr", "ar")):
            a = _doc(f"{first}-{name}", SOURCES[first][0], 44 + n, paragraphs(by_lang[first]))
            b = _doc(f"{second}-{name}", SOURCES[second][0], 45 + n, paragraphs(by_lang[second]))
            add(f"{name}-{first}-vs-{second}", f"{first}+{second}", "translation", False, a, b)
    return pairs


def main() -> None:
    pairs = build_pairs()
    target = TARGET_DIR / "pairs.jsonl"
    with target.open("w", encoding="utf-8", newline="\n") as handle:
        for pair in pairs:
            handle.write(json.dumps(pair, ensure_ascii=False) + "\n")
    positives = sum(1 for p in pairs if p["duplicate"])
    print(f"wrote {len(pairs)} pairs ({positives} duplicates) to {target}")


if __name__ == "__main__":
    main()
