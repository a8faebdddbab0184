"""The staff admin in the editor's language (Accept-Language, as on the reading pages): the archive's own
pages, labels, help texts and messages are translated, and Arabic reads right to left."""

import pytest
from lxml import html

from archive.models import HarvestRun

pytestmark = pytest.mark.django_db


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
    HarvestRun.objects.filter(pk=run.pk).update(phase="resolutions", position=3, total=40)
    tree = page(admin_client.get(f"/admin/archive/harvestrun/{run.pk}/change/", HTTP_ACCEPT_LANGUAGE="ar"))
    assert (tree.get("lang"), tree.get("dir")) == ("ar", "rtl")
    assert texts(tree, "//div[contains(@class, 'field-progress')]//label") == ["التقدُّم:"]
    assert texts(tree, "//div[contains(@class, 'field-progress')]//div[@class='readonly']") == [
        "resolutions: 3 من 40 سجلًّا"
    ]
    assert texts(tree, "//div[contains(@class, 'field-session')]//label") == ["الدورة:"]
    assert texts(tree, "//div[contains(@class, 'field-status')]//div[@class='readonly']") == ["في الانتظار"]
