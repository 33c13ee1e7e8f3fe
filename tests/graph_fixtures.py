"""Claims of the five seed articles, built by hand as the extractor would report them.

Offsets are computed with ``str.find`` on the seed text (never typed), so every span satisfies
``article.text[span.start:span.end] == span.text``. Used by the resolve/graph tests until the
extractor's own output is wired in end to end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from claimx.records import Article, Claim, Cue, Quantity, Source, Span, Speaker, TimeValue

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_text(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


@dataclass
class Spec:
    """One claim: its content, and speaker/cue/source phrases found near it."""

    content: str
    speaker: str | None = None
    cue: str | None = None
    cue_class: str = "assert"
    kind: str = "person"
    sources: list[str] = field(default_factory=list)
    occurrence: int = 1  # which occurrence of the content string in the text
    polarity: str = "asserted"
    in_body: bool = True
    quote: str = "indirect"
    lang: str = "ar"
    statement_date: tuple[str, str] | None = None  # (phrase, ISO value)
    quantity: tuple[str, float] | None = None
    entity_type: str | None = None


def _find(text: str, needle: str, occurrence: int = 1, start: int = 0) -> int:
    position = start - 1
    for _ in range(occurrence):
        position = text.find(needle, position + 1)
        if position < 0:
            raise ValueError(f"{needle!r} not in seed text")
    return position


def _near(text: str, needle: str, anchor: int) -> int:
    """The occurrence of ``needle`` closest to ``anchor`` (speakers and cues sit next to the content)."""
    positions = []
    position = text.find(needle)
    while position >= 0:
        positions.append(position)
        position = text.find(needle, position + 1)
    if not positions:
        raise ValueError(f"{needle!r} not in seed text")
    return min(positions, key=lambda found: abs(found - anchor))


def build_claim(text: str, doc_id: str, number: int, spec: Spec) -> Claim:
    start = _find(text, spec.content, spec.occurrence)
    content = Span(text=spec.content, start=start, end=start + len(spec.content))
    speaker = None
    if spec.speaker:
        at = _near(text, spec.speaker, start)
        speaker = Speaker(
            text=spec.speaker,
            start=at,
            end=at + len(spec.speaker),
            kind=spec.kind,  # type: ignore[arg-type]
            entity_type=spec.entity_type,
        )
    cue = None
    if spec.cue:
        at = _near(text, spec.cue, start)
        cue = Cue(text=spec.cue, start=at, end=at + len(spec.cue), lemma=spec.cue, cue_class=spec.cue_class)  # type: ignore[arg-type]
    sources = []
    for phrase in spec.sources:
        at = _near(text, phrase, start)
        sources.append(Source(text=phrase, start=at, end=at + len(phrase)))
    dates = []
    if spec.statement_date:
        phrase, value = spec.statement_date
        at = _near(text, phrase, start)
        dates.append(
            TimeValue(
                text=phrase,
                start=at,
                end=at + len(phrase),
                value=value,
                granularity="day" if len(value) == 10 else "month",
                role="statement",
                interval_start=dt.date.fromisoformat(value) if len(value) == 10 else None,
            )
        )
    quantities = []
    if spec.quantity:
        phrase, value = spec.quantity
        at = _find(text, phrase, 1, start)
        quantities.append(Quantity(text=phrase, start=at, end=at + len(phrase), value=value, lower=value))
    return Claim(
        id=f"c{number}",
        speaker=speaker,
        cue=cue,
        content=content,
        source_chain=sources,
        quote=spec.quote,
        polarity=spec.polarity,
        dates=dates,
        quantities=quantities,  # type: ignore[arg-type]
        in_body=spec.in_body,
        lang=spec.lang,
    )  # type: ignore[arg-type]


def build_article(prefix: str, lang: str, published: dt.date, specs: list[Spec]) -> Article:
    text = seed_text(prefix)
    claims = [build_claim(text, prefix, number, spec) for number, spec in enumerate(specs, start=1)]
    return Article(doc_id=prefix, lang=lang, published=published, text=text, claims=claims)  # type: ignore[arg-type]


RYABKOV_000 = "نائب وزير الخارجية الروسي سيرغي ريابكوف"
RYABKOV_001_AR = "نائب وزير الخارجية الروسي، سيرغي ريابكوف"
RYABKOV_001_EN = "Russian Deputy Foreign Minister Sergei Rybakov"


def article_000() -> Article:
    return build_article(
        "000",
        "ar",
        dt.date(2023, 8, 27),
        [
            Spec("التعاون العسكري الروسي مع إيران لن يخضع للضغوط الجيوسياسية", RYABKOV_000, "قال"),
            Spec(
                "لا توجد تغييرات والتعاون مع إيران سيستمر.. نحن (روسيا وإيران) نتمتع بالاستقلالية ولا نخضع "
                "لإملاءات الولايات المتحدة والتابعين لها",
                "ريابكوف",
                "قوله",
                sources=["وكالة الإعلام الروسية"],
                quote="direct",
                statement_date=("أمس السبت", "2023-08-26"),
            ),
            Spec(
                "أميركا تحاول تحديد كيفية سقوط طائرة قائد «فاغنر»", "بايدن", in_body=False, quote="headline"
            ),
            Spec(
                "المجلس العسكري في النيجر يمهل السفير الألماني 48 ساعة للمغادرة",
                None,
                in_body=False,
                quote="headline",
                kind="unknown",
            ),
            Spec(
                "الولايات المتحدة تطالب إيران بالتوقف عن بيع الطائرات المسيرة المسلحة التي تستخدمها روسيا في "
                "الحرب في أوكرانيا",
                "مسؤول إيراني",
                "ذكرت",
                kind="official",
                sources=["صحيفة فاينانشال تايمز"],
            ),
            Spec("بإرسال طائرات مسيرة إلى روسيا", "إيران", "اعترفت", cue_class="admit", kind="state"),
            Spec(
                "هذه الطائرات أُرسلت قبل الغزو الروسي لأوكرانيا في فبراير 2022",
                "إيران",
                "قالت",
                kind="state",
                occurrence=1,
            ),
            Spec(
                "استخدام طائرات مسيرة إيرانية في أوكرانيا",
                "موسكو",
                "نفت",
                cue_class="deny",
                kind="state",
                polarity="denied",
            ),
            Spec(
                "إيران نقلت عدة مئات من الطائرات المسيرة إلى روسيا منذ أغسطس 2022",
                "مسؤول بالبيت الأبيض",
                "قال",
                kind="official",
                statement_date=("في يونيو", "2023-06"),
            ),
            Spec(
                "العثور على حطام 3 طائرات مسيرة مجهولة الهوية جنوبي العراق",
                None,
                in_body=False,
                quote="headline",
                kind="unknown",
            ),
        ],
    )


def article_001() -> Article:
    return build_article(
        "001",
        "en",
        dt.date(2023, 8, 26),
        [
            Spec(
                "the Russian military cooperation with Iran will not give in to the geopolitical pressures",
                RYABKOV_001_EN,
                "confirms",
                lang="en",
                quote="headline",
            ),
            Spec(
                "the Russian military cooperation with Iran will not give in to the geopolitical pressures",
                RYABKOV_001_EN,
                "said",
                lang="en",
                occurrence=2,
            ),
            Spec(
                "there are no changes and the cooperation with Iran will continue. We (Russia and Iran) possess "  # noqa: E501
                "sovereignty and do not give in to the dictations of the United States, or those belong to it",  # noqa: E501
                "Rybakov",
                "saying",
                lang="en",
                quote="direct",
                sources=["The Russian News Agency"],
                statement_date=("on Saturday", "2023-08-26"),
            ),
            Spec(
                "the United States demanded Iran to cease selling armed drones that are used by Russia in the war "  # noqa: E501
                "in Ukraine",
                "an Iranian official",
                "reported",
                lang="en",
                kind="official",
                sources=["The Financial Times website"],
            ),
            Spec(
                "the Western accusations directed towards Tehran about sending weapons and military equipment to "  # noqa: E501
                "Russia during the current crisis",
                "The Iranian Foreign Ministry",
                "refuted",
                cue_class="deny",
                kind="organization",
                lang="en",
                polarity="denied",
            ),
            Spec(
                "it sent drones to Russia, but these were drones sent before the beginning of the war in Ukraine "  # noqa: E501
                "in February 2022",
                "Iran",
                "said",
                kind="state",
                lang="en",
            ),
            Spec(
                "Kiev “has not provided any evidence for Russia using Iranian drones in Ukraine”",
                "The Iranian government",
                "confirmed",
                kind="state",
                lang="en",
            ),
            Spec(
                "the use of Iranian drones in Ukraine",
                "Moscow",
                "denied",
                cue_class="deny",
                kind="state",
                lang="en",
                polarity="denied",
            ),
            Spec(
                "the closeness between Russia and Iran should worry a number of states",
                "the United States of America",
                "confirmed",
                kind="state",
                lang="en",
            ),
            Spec(
                "العلاقات العسكرية بين موسكو وطهران لن تخضع للضغوط", "روسيا", kind="state", quote="headline"
            ),
            Spec(
                "التعاون العسكري الروسي مع إيران لن يخضع للضغوط الجيوسياسية",
                RYABKOV_001_AR,
                "يؤكد",
                occurrence=1,
            ),
            Spec(
                "التعاون العسكري الروسي مع إيران لن يخضع للضغوط الجيوسياسية",
                RYABKOV_001_AR,
                "قال",
                occurrence=2,
            ),
            Spec(
                "لا توجد تغييرات والتعاون مع إيران سيستمر. نحن (روسيا وإيران) نتمتع بالاستقلالية ولا نخضع "
                "لإملاءات الولايات المتحدة والتابعين لها",
                "ريابكوف",
                "قوله",
                quote="direct",
                sources=["وكالة الإعلام الروسية"],
                statement_date=("اليوم السبت", "2023-08-26"),
            ),
            Spec(
                "الاتهامات الغربية الموجهة إلى طهران بإرسال أسلحة ومعدات عسكرية إلى روسيا في ظل الأزمة الحالية",  # noqa: E501
                "وزارة الخارجية الإيرانية",
                "نفت",
                cue_class="deny",
                kind="organization",
                polarity="denied",
            ),
            Spec(
                "استخدام طائرات مسيرة إيرانية في أوكرانيا",
                "موسكو",
                "نفت",
                cue_class="deny",
                kind="state",
                polarity="denied",
            ),
        ],
    )


def article_002() -> Article:
    return build_article(
        "002",
        "ar",
        dt.date(2023, 8, 27),
        [
            Spec(
                "استمرار التعاون العسكري التقني بين بلاده وإيران دون أي تغيير",
                "سيرجي ريابكوف نائب وزير الخارجية الروسي",
                "أكد",
                sources=["د.ب.ا"],
            ),
            Spec(
                "التعاون العسكري التقني مع إيران «قانوني ويتوافق تمامًا مع الالتزامات الدولية الروسية والإيرانية "  # noqa: E501
                "على السواء»",
                "ريابكوف",
                "شدَّد",
                sources=["وكالة «نوفوستي»"],
            ),
            Spec("ليس هناك أي تغييرات والتعاون مع إيران سيستمر", "ريابكوف", "قال", quote="direct"),
            Spec(
                "عن قلقه من التعاون العسكري بين طهران وموسكو",
                "مفوض الاتحاد الأوروبي لشؤون الأمن والخارجية، جوزيب بوريل",
                "أعرب",
                cue_class="concern",
            ),
            Spec(
                "زيادة التعاون العسكري الإيراني الروسي يؤدِّي إلى «عواقب سلبية» على أوكرانيا ومنطقة الشرق الأوسط",  # noqa: E501
                "وزير الدفاع الأميركي لويد أوستن",
                "قال",
            ),
            Spec(
                "بفرض عقوبات على «من يسهل التعاون العسكري» بين روسيا وإيران",
                "البيت الأبيض",
                "هدَّد",
                cue_class="threat",
                kind="organization",
            ),
            Spec(
                "مجدداً موقف المنظمة بشأن قضية القدس",
                "الأمين العام لـ “التعاون الإسلامي”",
                "يؤكد",
                in_body=False,
                quote="headline",
            ),
            Spec(
                "المكانة المركزية لقضية القدس لدى المنظمة، والأمم المتحدة",
                "معالي الأمين العام لمنظمة التعاون الإسلامي حسين إبراهيم طه",
                "كد",
                in_body=False,
            ),
        ],
    )


def article_003() -> Article:
    return build_article(
        "003",
        "ar",
        dt.date(2023, 7, 21),
        [
            Spec(
                "روسيا تلقت مئات المسيرات من إيران لاستخدامها ضد أوكرانيا",
                "البيت الأبيض",
                kind="organization",
                quote="headline",
            ),
            Spec(
                "روسيا تلقت حتى مايو الماضي، مئات المسيرات الانتحارية والمعدات من إيران لاستخدامها ضد أوكرانيا",  # noqa: E501
                "متحدث باسم البيت الأبيض",
                "قال",
                kind="official",
            ),
            Spec(
                'موسكو عرضت على طهران "تعاوناً دفاعياً غير مسبوق يشمل الصواريخ والإلكترونيات والدفاع الجوي"',
                "المتحدث باسم البيت الأبيض",
                "وأضاف",
                kind="official",
            ),
            Spec(
                "صحة تقرير يُشير إلى اقتراب الولايات المتحدة وإيران من الاتفاق النووي الإيراني بشأن خفض طهران لمعدل "  # noqa: E501
                "تخصيب اليورانيوم مقابل تخفيف العقوبات",
                "البيت الأبيض",
                "نفى",
                cue_class="deny",
                kind="organization",
                polarity="denied",
            ),
            Spec(
                '"منذ أغسطس، زودت إيران روسيا بأكثر من 400 طائرة بدون طيار من طراز (شاهد)"',
                "المتحدث باسم مجلس الأمن القومي بالبيت الأبيض جون كيربي",
                "قال",
                quote="direct",
                quantity=("أكثر من 400", 400.0),
                entity_type="PER",
            ),
            Spec(
                "روسيا تتطلع لشراء طائرات من دون طيار هجومية متقدمة إضافية من إيران، لاستخدامها في الحرب على "
                "أوكرانيا، بعد استخدام الجزء الأكبر من 400 طائرة مسيرة كانت قد اشترتها سابقا من طهران",
                "البيت الأبيض",
                "أعلن",
                kind="organization",
                statement_date=("في مايو الماضي", "2023-05"),
            ),
        ],
    )


def article_004() -> Article:
    return build_article(
        "004",
        "ar",
        dt.date(2024, 4, 26),
        [
            Spec("استعداد بلاده لتعزيز التعاون العسكري مع إيران", "وزير الدفاع الروسي سيرغي شويغو", "أعرب"),
            Spec(
                '"الاتصالات بين موسكو وطهران على أعلى المستويات، وهي تتزايد بشكل كبير على خلفية التهديدات التي '  # noqa: E501
                'يتعرض لها أمن البلدين"',
                "شويغو",
                "وأضاف",
                quote="direct",
            ),
            Spec("العلاقات بين موسكو وطهران انتقلت إلى مستوى جديد", "أشتياني", "أكد"),
            Spec(
                'أول شحنة من مقاتلات\xa0"سو-35" الروسية ستصل إلى إيران خلال فترة وجيزة',
                "وسائل إعلام إيرانية",
                "وذكرت",
                kind="media",
            ),
        ],
    )


def seed_articles() -> list[Article]:
    return [article_000(), article_001(), article_002(), article_003(), article_004()]
