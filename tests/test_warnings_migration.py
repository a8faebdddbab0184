"""Migration 0036 keeps the parser warnings stored before as written: each message becomes a template
without parameters, and back."""

from importlib import import_module

from django.apps import apps
from django.utils import translation

from archive.models import ResolutionText
from archive.services.errors import translated
from tests.factories import ResolutionTextFactory

migration = import_module("archive.migrations.0036_parse_warnings_as_templates")

BEFORE = [
    {"line": 35, "message": "sub-paragraph labels out of order"},
    {"line": None, "message": "line not placed: '50% of the votes'"},
]


def test_warnings_stored_as_messages_become_templates_and_back(db):
    text = ResolutionTextFactory(warnings=BEFORE)
    quiet = ResolutionTextFactory(warnings=[])

    migration.to_templates(apps, None)
    text.refresh_from_db()
    assert text.warnings == [
        {"line": 35, "template": "sub-paragraph labels out of order", "params": {}},
        {"line": None, "template": "line not placed: '50%% of the votes'", "params": {}},
    ]
    assert [(w.message, w.line) for w in text.parse_warnings()] == [
        ("sub-paragraph labels out of order", 35),
        ("line not placed: '50% of the votes'", None),
    ]
    with translation.override("fr"):  # a message the catalogues know is translated, another kept as written
        assert [translated(w.template, w.params) for w in text.parse_warnings()] == [
            "lettres d’alinéas dans le désordre",
            "line not placed: '50% of the votes'",
        ]
    assert text.history.latest().warnings == text.warnings  # its history too
    assert ResolutionText.objects.get(pk=quiet.pk).warnings == []

    migration.to_messages(apps, None)
    text.refresh_from_db()
    assert text.warnings == BEFORE
