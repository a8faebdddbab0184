"""Each Member State's vote in a separate vote (on an amendment or a paragraph), in a table of its own."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0028_harvest_run_labels'),
    ]

    operations = [
        migrations.CreateModel(
            name='SeparateStateVote',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('vote', models.CharField(choices=[('yes', 'in favour'), ('no', 'against'), ('abstain', 'abstaining'), ('non_voting', 'did not vote')], max_length=10)),
                ('member_state', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='separate_votes', to='archive.memberstate')),
                ('separate_vote', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='state_votes', to='archive.separatevote')),
            ],
            options={
                'ordering': ['separate_vote', 'member_state__name_en'],
                'indexes': [models.Index(fields=['member_state'], name='separate_state_vote_by_state')],
                'constraints': [models.UniqueConstraint(fields=('separate_vote', 'member_state'), name='separate_state_vote_unique')],
            },
        ),
    ]
