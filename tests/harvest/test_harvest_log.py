"""A run's log in the reader's language: each line is stored by name (a template of the catalogues and its
parameters, a parameter itself a message: why a record, a page or a file was given up), and the run's page
in the admin says it in the editor's language, its figures grouped as theirs."""

import pytest
from lxml import html

from archive.models import HarvestRun
from tests.conftest import sample

from .conftest import UNDL, Reply
from .test_harvest import RESOLUTIONS, amendment_73, run, session_73

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """The admin's pages without collectstatic, as in tests/admin: static files by their plain names."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def log_read(client, language: str) -> list[str]:
    """The run's log on its page, in `language`: each line without its time."""
    answer = client.get(
        f"/admin/archive/harvestrun/{HarvestRun.objects.get().pk}/change/", HTTP_ACCEPT_LANGUAGE=language
    )
    assert answer.status_code == 200
    [log] = html.fromstring(answer.content.decode()).xpath("//div[contains(@class, 'field-log_text')]//pre")
    return [line.split(" ", 2)[2] for line in log.text_content().splitlines()]


def test_a_runs_log_is_read_in_the_editors_language(admin_client, library):
    session_73(library)  # the French file is an HTML page
    run(73, ["en", "fr"])
    assert log_read(admin_client, "en") == [  # as it was written before it was stored by name
        "harvest of session 73 (en, fr) from resolutions",
        "record 1654251 A/RES/73/8 (fr): the file is named .pdf but is not a PDF "
        "(it does not start with %PDF-)",
        "record 1654999: a record without a document symbol (191 $a)",
        "record 1655000 A/RES/73/9: no file in en",
        "record 1655000 A/RES/73/9: no file in fr",
        "finished: records 5, created 2, updated 2, unchanged 0, downloaded 2, not modified 0, ingested 1, "
        "problems 4",
    ]
    assert log_read(admin_client, "fr") == [
        "collecte de la session 73 (en, fr) à partir des résolutions",
        "notice 1654251 A/RES/73/8 (fr)\u00a0: le fichier porte l’extension .pdf mais n’est pas un PDF "
        "(il ne commence pas par %PDF-)",
        "notice 1654999\u00a0: une notice sans cote de document (191 $a)",
        "notice 1655000 A/RES/73/9\u00a0: aucun fichier pour la langue en",
        "notice 1655000 A/RES/73/9\u00a0: aucun fichier pour la langue fr",
        "terminée — notices\u00a0: 5, créées\u00a0: 2, mises à jour\u00a0: 2, inchangées\u00a0: 0, "
        "fichiers téléchargés\u00a0: 2, fichiers inchangés à la source\u00a0: 0, textes intégrés\u00a0: 1, "
        "problèmes\u00a0: 4",
    ]
    assert log_read(admin_client, "zh") == [
        "第 73 届会议的采集（en, fr），从决议开始",
        "记录 1654251 A/RES/73/8（fr）：该文件扩展名为.pdf，但不是PDF文件（其开头不是%PDF-）",
        "记录 1654999：没有文号（191 $a）的记录",
        "记录 1655000 A/RES/73/9：没有 en 语言的文件",
        "记录 1655000 A/RES/73/9：没有 fr 语言的文件",
        "已完成（记录：5，新建：2，已更新：2，未更改：0，已下载文件：2，来源未修改的文件：0，已导入文本：1，问题：4）",
    ]


def test_a_refused_files_languages_are_named_in_the_editors_language(admin_client, library):
    session_73(library, fr=Reply(body=sample("A_RES_73_8-EN.pdf").read_bytes()))  # English, as French
    run(73, ["fr"])
    assert log_read(admin_client, "en")[1] == (
        "record 1654251 A/RES/73/8 (fr): the text is in English (detected from its script), not in French "
        "as chosen"
    )
    assert log_read(admin_client, "ru")[1] == (
        "запись 1654251 A/RES/73/8 (fr): язык текста — английский (определён по письменности), а не "
        "французский, как выбрано"
    )
    assert log_read(admin_client, "zh")[1] == (
        "记录 1654251 A/RES/73/8（fr）：该文本为英文（根据其文字判断），而非所选的法文"
    )


def test_a_skipped_page_and_votes_that_do_not_add_up_are_read_in_the_editors_language(
    admin_client, library, settings
):
    settings.UNDL_PAGE_SIZE = 2000
    body = (UNDL / "votes_73_amendment.marcxml").read_bytes()
    yes_4 = body.replace(b'<subfield code="b">3</subfield>', b'<subfield code="b">4</subfield>')
    amendment_73(
        library, yes_4.replace(b'<subfield code="c">2</subfield>', b'<subfield code="c">1</subfield>')
    )
    library.route(f"/search?c={RESOLUTIONS}", Reply(body=b"<!DOCTYPE html><html><body>503</body></html>"))
    run(73)
    assert log_read(admin_client, "en")[1:3] == [
        "resolutions, records 1-2,000 skipped: the answer is an HTML page, not MARCXML",
        "record 1654302: A/RES/73/8, Test vote on amendment A/73/L.6 to draft resolution A/73/L.3: The "
        "Member States' votes do not add up to the totals: 3 in favour but 4 in the totals; 2 against but 1 "
        "in the totals.",
    ]
    assert log_read(admin_client, "ru") == [
        "сбор сессии 73 (без файлов), начиная с этапа «резолюции»",
        "резолюции, записи с 1 по 2\u00a0000 пропущены: ответ — HTML-страница, а не MARCXML",
        "запись 1654302: A/RES/73/8, Test vote on amendment A/73/L.6 to draft resolution A/73/L.3: Голоса "
        "государств-членов не совпадают с итогами: 3 «за», но 4 в итогах; 2 «против», но 1 в итогах.",
        "завершён — записи: 1, созданы: 1, обновлены: 0, без изменений: 0, загружено файлов: 0, файлы без "
        "изменений в источнике: 0, текстов загружено в архив: 0, проблемы: 2",
    ]
