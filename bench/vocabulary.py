"""How synthetic texts read in each language: words to fill paragraphs with, and the phrasings that
carry citations, footnotes and headings. Data, not code: one table row per language."""

from __future__ import annotations

from dataclasses import dataclass


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class Phrasing:
    words: tuple[str, ...]
    separator: str  # between words: " ", or "" for Chinese
    length_factor: float  # characters per English character, for the same content
    formula: str
    annex: str
    resolution: str  # "{symbol}" is the printed symbol, and the citation's span
    pinpoint: str  # "{pinpoint}" is the paragraph number
    session: str  # "{number}"
    footnote: str  # a footnote citing "{symbol}"


PHRASINGS: dict[str, Phrasing] = {
    "en": Phrasing(
        words=_words(
            "the assembly development international sustainable rights human states member cooperation "
            "security peace nations united implementation report secretary-general council economic "
            "social women children climate health education programme countries support measures "
            "further efforts national regional global agenda session resources conference framework "
            "protection violence poverty water energy trade migration refugees disarmament nuclear"
        ),
        separator=" ",
        length_factor=1.0,
        formula="The General Assembly,",
        annex="Annex",
        resolution="resolution {symbol}",
        pinpoint="paragraph {pinpoint} of resolution {symbol}",
        session="its {number}th session",
        footnote="See resolution {symbol}.",
    ),
    "fr": Phrasing(
        words=_words(
            "assemblée développement international durable droits homme états membres coopération "
            "sécurité paix nations unies application rapport secrétaire général conseil économique "
            "social femmes enfants climat santé éducation programme pays appui mesures efforts "
            "national régional mondial session ressources conférence cadre protection violence "
            "pauvreté eau énergie commerce migrations réfugiés désarmement nucléaire"
        ),
        separator=" ",
        length_factor=1.15,
        formula="L'Assemblée générale,",
        annex="Annexe",
        resolution="résolution {symbol}",
        pinpoint="paragraphe {pinpoint} de la résolution {symbol}",
        session="sa {number}e session",
        footnote="Voir la résolution {symbol}.",
    ),
    "es": Phrasing(
        words=_words(
            "asamblea desarrollo internacional sostenible derechos humanos estados miembros cooperación "
            "seguridad paz naciones unidas aplicación informe secretario general consejo económico "
            "social mujeres niños clima salud educación programa países apoyo medidas esfuerzos "
            "nacional regional mundial período sesiones recursos conferencia marco protección violencia"
        ),
        separator=" ",
        length_factor=1.12,
        formula="La Asamblea General,",
        annex="Anexo",
        resolution="resolución {symbol}",
        pinpoint="párrafo {pinpoint} de la resolución {symbol}",
        session="su {number}º período de sesiones",
        footnote="Véase la resolución {symbol}.",
    ),
    "ru": Phrasing(
        words=_words(
            "ассамблея развитие международное устойчивое права человека государства члены сотрудничество "
            "безопасность мир наций объединенных осуществление доклад генерального секретаря совет "
            "экономический социальный женщины дети климат здравоохранение образование программа страны "
            "поддержка меры усилия национальный региональный глобальный сессия ресурсы конференция"
        ),
        separator=" ",
        length_factor=1.05,
        formula="Генеральная Ассамблея,",
        annex="Приложение",
        resolution="резолюцию {symbol}",
        pinpoint="пункт {pinpoint} резолюции {symbol}",
        session="своей {number}-й сессии",
        footnote="См. резолюцию {symbol}.",
    ),
    "ar": Phrasing(
        words=_words(
            "الجمعية التنمية الدولية المستدامة حقوق الإنسان الدول الأعضاء التعاون الأمن السلام الأمم "
            "المتحدة تنفيذ تقرير الأمين العام المجلس الاقتصادي الاجتماعي المرأة الأطفال المناخ الصحة "
            "التعليم البرنامج البلدان الدعم التدابير الجهود الوطنية الإقليمية العالمية الدورة الموارد المؤتمر"
        ),
        separator=" ",
        length_factor=0.95,
        formula="إن الجمعية العامة،",
        annex="المرفق",
        resolution="القرار {symbol}",
        pinpoint="الفقرة {pinpoint} من القرار {symbol}",
        session="دورتها {number}",
        footnote="انظر القرار {symbol}.",
    ),
    "zh": Phrasing(
        words=_words(
            "大会 发展 国际 可持续 人权 国家 会员国 合作 安全 和平 联合国 执行 报告 秘书长 理事会 经济 社会 "
            "妇女 儿童 气候 卫生 教育 方案 支持 措施 努力 区域 全球 议程 届会 资源 会议 框架 保护 暴力 贫困 "
            "水 能源 贸易 移民 难民 裁军 核"
        ),
        separator="",
        length_factor=0.33,
        formula="大会,",
        annex="附件",
        resolution="第{symbol}号决议",
        pinpoint="第{symbol}号决议第{pinpoint}段",
        session="第{number}届会议",
        footnote="见第{symbol}号决议。",
    ),
}
