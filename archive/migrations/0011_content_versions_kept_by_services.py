"""Content versions kept by the services that write, not by triggers.

Migration 0007's triggers bumped every resolution a write showed on, its session's version and one
archive-wide row (`ArchiveVersion`) in the writing transaction: every write queued on that one row, and
concurrent ingests could deadlock on the fan-out. Now the ingestion service, the admin's edits and the
session's save call `Resolution.objects.….touch()` on exactly the resolutions whose pages change, locked in
id order; a session's page and the API's list are validated by their resolutions' versions, so neither the
session's version nor the archive's row is kept. The session's kind and number stay copied onto its
resolutions (the API's default order reads one index, no join), now by `Resolution.save()` and
`Session.save()`.
"""

from django.db import migrations, models

TABLES = [
    "archive_resolutiontext",
    "archive_paragraph",
    "archive_footnote",
    "archive_annex",
    "archive_footnoteref",
    "archive_citation",
    "archive_memberstatevote",
    "archive_memberstate",
]
TRIGGERS = [
    *(
        (f"{name}_{event}", table)
        for name, table in [
            ("resolution_versions", "archive_resolution"),
            ("session_versions", "archive_session"),
            *((f"{table}_versions", table) for table in TABLES),
        ]
        for event in ("insert", "update", "delete")
    ),
    ("resolution_next_version", "archive_resolution"),
    ("resolution_session_order", "archive_resolution"),
    ("session_next_version", "archive_session"),
]
FUNCTIONS = [
    *(f"{table}_bumps()" for table in TABLES),
    "archive_copy_session_order()",
    "archive_sessions_changed()",
    "archive_resolutions_changed()",
    "archive_touch_resolutions(bigint[])",
    "archive_with_neighbours(bigint[])",
    "archive_bump_archive_version()",
    "archive_next_content_version()",
]
DROP_TRIGGERS = "\n".join(
    [f"DROP TRIGGER IF EXISTS {name} ON {table};" for name, table in TRIGGERS]
    + [f"DROP FUNCTION IF EXISTS {function};" for function in FUNCTIONS]
)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0010_search_documents_carry_their_resolution"),
    ]

    operations = [
        migrations.RunSQL(DROP_TRIGGERS, migrations.RunSQL.noop),
        migrations.DeleteModel(name="ArchiveVersion"),
        migrations.RemoveField(model_name="session", name="content_changed_at"),
        migrations.RemoveField(model_name="session", name="content_version"),
        migrations.RemoveIndex(model_name="resolution", name="resolution_list_order"),
        migrations.AddIndex(
            model_name="resolution",
            index=models.Index(
                fields=["session_kind", "-session_number", "number"],
                include=["id", "content_version"],
                name="resolution_list_order",
            ),
        ),
    ]
