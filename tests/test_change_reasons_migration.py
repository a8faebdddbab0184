"""Migration 0039 reads the change reasons stored before, in English, back into templates and parameters by
the shapes the code of that time wrote, so that the change log shows them in the reader's language; a reason
of no such shape is kept as written. And back."""

from importlib import import_module

from django.apps import apps
from django.utils import translation

from archive.models import Resolution, ResolutionText
from archive.services.changelog import reason_said
from tests.factories import ResolutionTextFactory

migration = import_module("archive.migrations.0039_change_reasons_by_name")

WRITTEN = [
    "re-ingested from A_RES_80_2.txt: 1 changed, 2 added",
    "re-parsed with parser 12: no change",
    "ingested from A_RES_80_2.en.pdf",
    "created from UN Digital Library record 4040530",
    "vote from UN Digital Library record 4041183",
    "UN Digital Library record 4040530",
    "created from a dump of the archive",
    "vote totals from the official record of the 30th plenary meeting, 1 November 2018 (A/73/PV.30)",
    "replaced",
    "re-ingested from a file whose name was so long that the reason was cut at a hundred characters: 1 ch",
    "50% of it by hand",
]


def stored(records) -> list[str]:
    return list(records.order_by("history_id").values_list("history_change_reason", flat=True))


def test_reasons_written_in_english_are_read_back_into_templates_and_back(db):
    records = ResolutionText.history.filter(id=ResolutionTextFactory().pk)
    [record] = records
    for reason in WRITTEN:
        record.history_change_reason = reason
        record.history_id = None
        record.save()
    untouched = Resolution.history.values_list("history_change_reason", flat=True).get()

    migration.to_templates(apps, None)
    assert stored(records)[1:4] == [
        '{"template": "re-ingested from %(source)s: %(changes)s", "params": {"source": "A_RES_80_2.txt", '
        '"changes": {"changed": 1, "added": 2, "removed": 0}}}',
        '{"template": "re-parsed with parser %(version)s: %(changes)s", "params": {"version": "12", '
        '"changes": {"changed": 0, "added": 0, "removed": 0}}}',
        '{"template": "ingested from %(source)s", "params": {"source": "A_RES_80_2.en.pdf"}}',
    ]
    with translation.override("fr"):
        assert [reason_said(reason) for reason in stored(records)[1:]] == [
            "réimporté de A_RES_80_2.txt\u00a0: 1 modifié, 2 ajoutés",
            "réanalysé avec l’analyseur 12\u00a0: aucun changement",
            "importé de A_RES_80_2.en.pdf",
            "création d’après la notice 4040530 de la Bibliothèque numérique de l’ONU",
            "vote d’après la notice 4041183 de la Bibliothèque numérique de l’ONU",
            "d’après la notice 4040530 de la Bibliothèque numérique de l’ONU",
            "chargé depuis un export de l’archive",
            "totaux du vote d’après le compte rendu officiel de la séance, A/73/PV.30",
            "remplacé par une nouvelle version",
            *WRITTEN[9:],  # of no shape the code wrote: as written
        ]
    assert Resolution.history.values_list("history_change_reason", flat=True).get() == migration.as_template(
        untouched
    )

    migration.to_text(apps, None)  # back, in today's words
    assert stored(records)[1:] == [
        *WRITTEN[:5],
        "from UN Digital Library record 4040530",
        "loaded from a dump of the archive",
        "vote totals from the official record of the meeting, A/73/PV.30",
        "replaced by a new version",
        *WRITTEN[9:],
    ]
