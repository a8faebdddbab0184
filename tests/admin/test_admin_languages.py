"""The staff admin in the editor's language (Accept-Language, as on the reading pages): the archive's own
pages, labels, help texts and messages are translated, and Arabic reads right to left."""

import pytest
from admin_texts import CORRECTED, WARNED
from lxml import html

from archive.models import HarvestRun
from archive.services.ingestion import ingest
from tests.conftest import TEXTS

pytestmark = pytest.mark.django_db

INGEST = "/admin/archive/resolution/ingest/"
CHANGES = "/admin/archive/resolution/"


def page(response):
    assert response.status_code == 200
    return html.fromstring(response.content.decode())


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in tree.xpath(xpath)]


def test_the_ingest_form_in_french(as_alice):
    tree = page(as_alice.get("/admin/archive/resolution/ingest/", HTTP_ACCEPT_LANGUAGE="fr"))
    assert (tree.get("lang"), tree.get("dir")) == ("fr", "ltr")
    assert texts(tree, "//h1") == ["Intégrer des résolutions"]
    assert texts(tree, "//form[@id='ingest-form']//label") == [
        "Fichiers :",
        "Ou coller un texte :",
        "Langue :",
        "Cote :",
    ]
    assert texts(tree, "//form[@id='ingest-form']//div[@class='help']") == [
        "PDF ou texte (UTF-8, ou UTF-16 avec BOM)",
        "La langue des textes ; une langue choisie doit correspondre à l’écriture du texte.",
        "Laisser vide pour le lire dans le texte (un seul texte).",
    ]
    assert texts(tree, "//select[@name='language']/option")[0] == "Détecter d’après l’écriture"
    assert tree.xpath("//form[@id='ingest-form']//input[@type='submit']/@value") == ["Aperçu"]
    assert texts(tree, "//div[@class='breadcrumbs']/a")[0] == "Accueil"


def test_an_empty_ingest_form_is_refused_in_french(as_alice):
    tree = page(as_alice.post("/admin/archive/resolution/ingest/", {}, HTTP_ACCEPT_LANGUAGE="fr"))
    assert texts(tree, "//ul[contains(@class, 'ingest-errors')]/li") == [
        "Choisissez un ou plusieurs fichiers, ou collez un texte."
    ]


def test_a_harvest_run_in_arabic_reads_right_to_left(admin_client, monkeypatch):
    monkeypatch.setattr("archive.admin.harvest.start_in_background", lambda run: None)
    answer = admin_client.post(
        "/admin/archive/harvestrun/add/",
        {"session": "80", "languages": ["en"], "since": ""},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ar",
    )
    run = HarvestRun.objects.get()
    tree = page(answer)
    assert (tree.get("lang"), tree.get("dir")) == ("ar", "rtl")
    assert texts(tree, "//ul[@class='messagelist']/li") == [
        f"بدأت عملية الجمع {run.pk} للدورة 80.",
        "نجحت إضافة عملية جمع \u200f”جمع الدورة 80 (في الانتظار)“.",  # Django's, with our model's names
    ]
    counts = {"records": 40, "created": 38, "unchanged": 2, "problems": 0}
    HarvestRun.objects.filter(pk=run.pk).update(phase="resolutions", position=3, total=40, counts=counts)
    tree = page(admin_client.get(f"/admin/archive/harvestrun/{run.pk}/change/", HTTP_ACCEPT_LANGUAGE="ar"))
    assert (tree.get("lang"), tree.get("dir")) == ("ar", "rtl")
    assert texts(tree, "//div[contains(@class, 'field-progress')]//label") == ["التقدُّم:"]
    assert texts(tree, "//div[contains(@class, 'field-progress')]//div[@class='readonly']") == [
        "القرارات: 3 من 40 سجلًّا"
    ]
    assert texts(tree, "//div[contains(@class, 'field-phase')]//div[@class='readonly']") == ["القرارات"]
    assert texts(tree, "//div[contains(@class, 'field-counted')]//div[@class='readonly']") == [
        "السجلات: 40؛ أُنشئت: 38؛ لم تتغير: 2؛ مشكلات: 0"
    ]
    assert texts(tree, "//div[contains(@class, 'field-session')]//label") == ["الدورة:"]
    assert texts(tree, "//div[contains(@class, 'field-status')]//div[@class='readonly']") == ["في الانتظار"]


# A file refused before it is read, one whose script shows another language than the one chosen and one the
# parser cannot read, as an editor working in each language reads the refusal (Django groups the figures
# as each language does).
REFUSALS = {
    "ar": (
        "big.txt: حجم الملف 1500 بايت، وهو ما يتجاوز الحد البالغ 1000 بايت",
        "zh.txt: النص باللغة الصينية (حسب كتابته)، لا باللغة الإنكليزية كما اختير",
        "letter.txt: لم يُعثر على سطر عنوان بالصيغة '59/190. العنوان' (السطر 1)",
    ),
    "zh": (
        "big.txt: 该文件大小为1500字节，超过1000字节的上限",
        "zh.txt: 该文本为中文（根据其文字判断），而非所选的英文",
        "letter.txt: 未找到“59/190. 标题”形式的标题行（第1行）",
    ),
    "en": (
        "big.txt: the file is 1,500 bytes, over the limit of 1,000 bytes",
        "zh.txt: the text is in Chinese (detected from its script), not in English as chosen",
        "letter.txt: no title line of the form '59/190. Title' found (line 1)",
    ),
    "fr": (
        "big.txt: le fichier fait 1\u00a0500 octets, au-delà de la limite de 1\u00a0000 octets",
        "zh.txt: le texte est en chinois (d’après son écriture), et non en anglais comme choisi",
        "letter.txt: aucune ligne de titre de la forme «\u00a059/190. Titre\u00a0» trouvée (ligne 1)",
    ),
    "ru": (
        "big.txt: размер файла — 1\u00a0500 байт, больше допустимых 1\u00a0000 байт",
        "zh.txt: язык текста — китайский (определён по письменности), а не английский, как выбрано",
        "letter.txt: не найдена строка заголовка вида «59/190. Название» (строка 1)",
    ),
    "es": (
        "big.txt: el archivo tiene 1\u00a0500 bytes, más que el límite de 1\u00a0000 bytes",
        "zh.txt: el texto está en chino (según su escritura), no en inglés como se eligió",
        "letter.txt: no se encontró ninguna línea de título de la forma «59/190. Título» (línea 1)",
    ),
}


@pytest.mark.parametrize("language", REFUSALS)
def test_a_refused_file_is_explained_in_the_editors_language(as_alice, settings, language):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.ARCHIVE_MAX_UPLOAD_BYTES = 1000
    files = [
        SimpleUploadedFile("big.txt", b"x" * 1500),
        SimpleUploadedFile("zh.txt", "59/190. 促进国际合作\n\n大会，\n".encode()),
        SimpleUploadedFile("letter.txt", b"Dear colleagues, this is not a resolution."),
    ]
    response = as_alice.post(
        "/admin/archive/resolution/ingest/", {"files": files, "language": "en"}, HTTP_ACCEPT_LANGUAGE=language
    )
    errors = page(response).xpath("//ul[contains(@class, 'ingest-errors')]/li")
    assert [error.text_content() for error in errors] == list(REFUSALS[language])  # no-break spaces kept


# The warnings of a real text (A/RES/40/250 with an unknown State in its recorded vote): text that looks
# glued into a sentence, on line 8 of the source, a name that matches no Member State, and the Member States'
# votes that do not add up to the printed total, as an editor working in each language reads them.
GLUED = "'the Lima Declaration,Issued at the Second General Conference'"
WARNINGS = {
    "ar": (
        "تحذيرات المحلِّل:",
        f"نص يبدو ملصقاً في الجملة (نص حاشية؟)، أُبقي عليه: {GLUED} (السطر 8)",
        "تصويت مسجل، مؤيدة: لا توجد دولة عضو باسم Atlantis",
        "تصويت مسجل: 3 من الدول الأعضاء مؤيدة، و4 في المجاميع",
    ),
    "zh": (
        "解析器警告:",
        f"似乎被粘入句中的文字（脚注的文字？），已保留：{GLUED}（第8行）",
        "记录表决，赞成：没有名为Atlantis的会员国",
        "记录表决：赞成的会员国3个，总数中为4",
    ),
    "en": (
        "Parser warnings:",
        f"text that looks glued into the sentence (a footnote's?), kept: {GLUED} (line 8)",
        "recorded vote, in favour: no Member State named Atlantis",
        "recorded vote: 3 Member States in favour, 4 in the totals",
    ),
    "fr": (
        "Avertissements de l’analyseur\u00a0:",
        f"texte qui semble collé dans la phrase (celui d’une note\u00a0?), conservé\u00a0: {GLUED} (ligne 8)",
        "vote enregistré, pour\u00a0: aucun État Membre ne s’appelle Atlantis",
        "vote enregistré\u00a0: 3 États Membres pour, 4 dans les totaux",
    ),
    "ru": (
        "Предупреждения анализатора:",
        f"текст, который, похоже, вклеен в предложение (текст сноски?), сохранён: {GLUED} (строка 8)",
        "заносимое в отчёт голосование, за: нет государства-члена с названием Atlantis",
        "заносимое в отчёт голосование: государств-членов за — 3, в итогах — 4",
    ),
    "es": (
        "Advertencias del analizador:",
        f"texto que parece pegado en la oración (¿el de una nota?), conservado: {GLUED} (línea 8)",
        "votación registrada, a favor: ningún Estado Miembro se llama Atlantis",
        "votación registrada: 3 Estados Miembros a favor, 4 en los totales",
    ),
}


@pytest.mark.parametrize("language", WARNINGS)
def test_a_texts_parser_warnings_are_written_in_the_editors_language(as_alice, language):
    """Stored as the parser wrote them (a catalogue message and its parameters), shown in the language of
    whoever reads them, with the source line each is about."""
    path = TEXTS / "A_RES_40_250.en.txt"
    text = ingest(data=path.read_bytes(), filename=path.name).text
    tree = page(
        as_alice.get(f"/admin/archive/resolutiontext/{text.pk}/change/", HTTP_ACCEPT_LANGUAGE=language)
    )
    field = tree.xpath("//div[contains(@class, 'field-parser_warnings')]")[0]
    label, *warnings = WARNINGS[language]
    assert field.xpath("string(.//label)") == label
    assert [p.text_content() for p in field.xpath(".//p[@class='parser-warning']")] == list(warnings)


def test_a_resolutions_fields_are_named_and_explained_in_the_editors_language(as_alice):
    """Its own labels and help texts (the models' names for their fields), and its choices."""
    path = TEXTS / "A_RES_40_250.en.txt"
    resolution = ingest(data=path.read_bytes(), filename=path.name).text.resolution
    tree = page(as_alice.get(f"/admin/archive/resolution/{resolution.pk}/change/", HTTP_ACCEPT_LANGUAGE="fr"))
    labels = texts(tree, "//fieldset//div[contains(@class, 'form-row')]//label[not(@class='vCheckboxLabel')]")
    assert labels[:10] == [
        "Cote :",
        "Session :",
        "Numéro :",
        "Parties :",
        "Ancienne numérotation :",
        "Adoptée le :",
        "Séance :",
        "Points de l’ordre du jour :",
        "Fondement :",
        "Cotes des projets :",
    ]
    assert texts(tree, "//div[contains(@class, 'field-basis')]//div[@class='help']") == [
        "La ligne entre crochets sous la page de couverture, telle que l’imprime le premier texte enregistré"
    ]
    assert texts(tree, "//select[@name='vote']/option") == [
        "non enregistré",
        "adoptée sans vote",
        "vote enregistré",
    ]
    assert texts(tree, "//h1") == ["Modification de résolution"]


def test_a_resolutions_history_is_told_in_the_editors_language(as_alice, alice):
    ingest(data=WARNED.encode(), filename="pasted.txt", user=alice)
    preview = page(as_alice.post(INGEST, {"text": CORRECTED}, HTTP_ACCEPT_LANGUAGE="ru"))
    assert texts(preview, "//table[@class='structure-changes']/tbody/tr/td[2]") == ["изменено", "добавлено"]
    text = ingest(data=CORRECTED.encode(), filename="pasted.txt", user=alice).text

    changes = page(as_alice.get(f"{CHANGES}{text.resolution_id}/changes/", HTTP_ACCEPT_LANGUAGE="ar"))
    assert texts(changes, "//table[@class='full-history']/tbody/tr/td[4]") == [
        "أُنشئ: أُعيد إدخاله من pasted.txt: المعدّلة: 1، المضافة: 1",
        "أُنشئ: أُدخل من pasted.txt",
        "أُنشئ: أُنشئ من pasted.txt",
    ]
    # simple-history's own page of the text's history records, their reasons too
    history = page(
        as_alice.get(f"/admin/archive/resolutiontext/{text.pk}/history/", HTTP_ACCEPT_LANGUAGE="zh")
    )
    assert texts(history, "//table[@id='change-history']/tbody/tr/td[5]") == [
        "由 pasted.txt 重新导入：修改 1 处、新增 1 处"
    ]
