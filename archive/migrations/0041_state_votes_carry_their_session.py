"""A Member State's vote carries its resolution's session, copied from the resolution (stored votes: one
UPDATE), so that a State's votes per session and its agreement with another State are counted from the
State's votes alone; the index of a State's votes includes the session and the vote. Its latest votes are
found by the resolutions' adoption order (an index), which the resolutions' list order no longer covers."""

import django.db.models.deletion
from django.db import migrations, models

COPY_SESSIONS = """
UPDATE archive_memberstatevote AS vote SET session_id = resolution.session_id
FROM archive_resolution AS resolution WHERE resolution.id = vote.resolution_id
"""


class Migration(migrations.Migration):

    dependencies = [
        ("archive", "0040_harvest_logs_by_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="memberstatevote",
            name="session",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="archive.session",
            ),
        ),
        migrations.RunSQL(COPY_SESSIONS, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name="memberstatevote",
            name="session",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="archive.session",
            ),
        ),
        migrations.RemoveIndex(
            model_name="memberstatevote",
            name="state_vote_by_state",
        ),
        migrations.AddIndex(
            model_name="memberstatevote",
            index=models.Index(
                fields=["member_state", "resolution"],
                include=("vote", "session", "id"),
                name="state_vote_by_state",
            ),
        ),
        migrations.RemoveIndex(
            model_name="resolution",
            name="resolution_list_order",
        ),
        migrations.AddIndex(
            model_name="resolution",
            index=models.Index(
                fields=["session_kind", "-session_number", "number", "id"],
                include=("content_version", "content_changed_at"),
                name="resolution_list_order",
            ),
        ),
        migrations.AddIndex(
            model_name="resolution",
            index=models.Index(
                fields=["-adopted_on", "-session_number", "-number"], name="resolution_adoption_order"
            ),
        ),
    ]
