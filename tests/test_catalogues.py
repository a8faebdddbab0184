"""The message catalogues (archive/locale/<lang>/LC_MESSAGES): every string marked for translation in the
code and templates is in all six, translated (no empty msgstr, no fuzzy entry), with the same
placeholders, and the committed .mo is compiled from the .po as it stands."""

import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "archive" / "locale"
LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
PLURAL_FORMS = {"ar": 6, "zh": 1, "en": 2, "fr": 2, "ru": 4, "es": 3}


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def translations(entry: polib.POEntry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


@pytest.fixture(scope="module")
def marked(tmp_path_factory) -> set[str]:
    """The msgids makemessages extracts today, from a copy of the code and templates (the committed
    catalogues are left alone)."""
    copy = tmp_path_factory.mktemp("project")
    skipped = shutil.ignore_patterns("locale", "__pycache__", "sample_corpus", "data", "static")
    for folder in ("archive", "api", "templates"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=skipped)
    cwd = os.getcwd()
    os.chdir(copy)
    try:
        with override_settings(LOCALE_PATHS=[copy / "archive" / "locale"]):
            call_command("makemessages", locale=["en"], no_location=True, verbosity=0)
    finally:
        os.chdir(cwd)
    return {entry.msgid for entry in polib.pofile(str(copy / "archive/locale/en/LC_MESSAGES/django.po"))}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_in_the_catalogue(marked, language):
    held = {entry.msgid for entry in catalogue(language) if not entry.obsolete}
    assert (sorted(marked - held), sorted(held - marked)) == ([], [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_with_its_placeholders(language):
    po = catalogue(language)
    assert po.metadata["Language"] == language
    assert f"nplurals={PLURAL_FORMS[language]};" in po.metadata["Plural-Forms"]
    problems = []
    for entry in po:
        forms = translations(entry)
        if "fuzzy" in entry.flags or entry.obsolete or not all(forms):
            problems.append(("untranslated, fuzzy or obsolete", entry.msgid))
        if entry.msgid_plural and len(forms) != PLURAL_FORMS[language]:
            problems.append(("plural forms", entry.msgid))
        wanted = set(re.findall(r"%\(\w+\)s", entry.msgid))
        if any(set(re.findall(r"%\(\w+\)s", form)) != wanted for form in forms):
            problems.append(("placeholders", entry.msgid))
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_mo_is_compiled_from_the_po(language):
    compiled = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))
    assert {(e.msgid, tuple(translations(e))) for e in compiled if e.msgid} == {
        (e.msgid, tuple(translations(e))) for e in catalogue(language)
    }
