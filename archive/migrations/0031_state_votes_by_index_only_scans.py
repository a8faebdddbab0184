"""A Member State's page and API read its votes and their resolutions by index-only scans: (member_state,
resolution, vote) covering the id replaces (member_state, vote) and the two foreign keys' own indexes (the
unique constraint (resolution, member_state) and this index lead with them); the resolutions' list order
index covers their latest change and adoption date too."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0029_separate_state_votes'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='memberstatevote',
            name='state_vote_by_state',
        ),
        migrations.RemoveIndex(
            model_name='resolution',
            name='resolution_list_order',
        ),
        migrations.AlterField(
            model_name='memberstatevote',
            name='member_state',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='votes', to='archive.memberstate'),
        ),
        migrations.AlterField(
            model_name='memberstatevote',
            name='resolution',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='state_votes', to='archive.resolution'),
        ),
        migrations.AddIndex(
            model_name='memberstatevote',
            index=models.Index(fields=['member_state', 'resolution', 'vote'], include=('id',), name='state_vote_by_state'),
        ),
        migrations.AddIndex(
            model_name='resolution',
            index=models.Index(fields=['session_kind', '-session_number', 'number', 'id'], include=('content_version', 'content_changed_at', 'adopted_on'), name='resolution_list_order'),
        ),
    ]
