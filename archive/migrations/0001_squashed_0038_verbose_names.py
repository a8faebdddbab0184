"""Migrations 0001 to 0038 in one: the tables, indexes and constraints as the models declare them, the
search's SQL functions, the texts' storage setting, the Member States and the Editors group, as the 31
migrations left them (a database made by either has the same schema and rows; the permissions are named
here by the verbose names of today, not of 0004). A new database is migrated
by this one, in about a third of the time: 0038 alone rebuilt the models' state 160 times. A database
that has applied all 31 counts this one as applied; one that has applied some of them goes on with them.
The replaced files can be deleted once every database has migrated past 0038 (Django's "Squashing
migrations"); the functions and SQL this one takes from them move here then."""

from importlib import import_module

import archive.models.transaction_ids
import archive.models.vote_totals
import django.contrib.postgres.fields
import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.contrib.postgres.search
import django.db.models.deletion
import django.db.models.functions.datetime
import simple_history.models
from django.conf import settings
from django.db import migrations, models


def replaced(name: str):
    """A replaced migration's module, for the functions and SQL it defines (its name starts with a digit)."""
    return import_module(f"archive.migrations.{name}")


member_states = replaced("0003_load_member_states")
editors = replaced("0004_editors_group")
former_states = replaced("0013_member_state_names_six_languages")
token_editors = replaced("0025_api_tokens_and_unique_list_order")
separate_vote_editors = replaced("0033_editors_edit_separate_votes")

search_0005 = replaced("0005_search")
search_0014 = replaced("0014_search_one_vector_per_text")
search_0026 = replaced("0026_bigram_rank_of_query_characters")

# The search's functions as the replaced migrations left them: a text's vector in its language's
# configuration, Chinese by character bigrams (0005); the aggregate of vectors (0008, which also made
# functions that 0014 dropped); the rank of a paragraph or footnote for a query (0014, 0026).
AGGREGATE = "CREATE AGGREGATE archive_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');"
SEARCH_FUNCTIONS = "\n".join([search_0005.FUNCTIONS, AGGREGATE, search_0014.UNIT_RANK, search_0026.FUNCTIONS])
DROP_SEARCH_FUNCTIONS = "\n".join(
    [
        search_0026.DROP_FUNCTIONS,
        "DROP FUNCTION archive_unit_rank(text, text, tsquery);",
        "DROP AGGREGATE archive_tsvector_agg(tsvector);",
        search_0005.DROP_FUNCTIONS,
    ]
)


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ('archive', '0001_initial'),
        ('archive', '0002_member_states_votes_edit_history'),
        ('archive', '0003_load_member_states'),
        ('archive', '0004_editors_group'),
        ('archive', '0005_search'),
        ('archive', '0006_search_without_joins'),
        ('archive', '0007_content_versions'),
        ('archive', '0008_search_documents'),
        ('archive', '0009_merge_content_versions_search_documents'),
        ('archive', '0010_search_documents_carry_their_resolution'),
        ('archive', '0011_content_versions_kept_by_services'),
        ('archive', '0013_member_state_names_six_languages'),
        ('archive', '0014_search_one_vector_per_text'),
        ('archive', '0015_citation_kinds_by_body'),
        ('archive', '0016_parts_and_headings'),
        ('archive', '0022_citation_part'),
        ('archive', '0023_change_feed'),
        ('archive', '0024_catalogue_votes_harvest'),
        ('archive', '0025_api_tokens_and_unique_list_order'),
        ('archive', '0026_bigram_rank_of_query_characters'),
        ('archive', '0027_feed_order_by_transaction'),
        ('archive', '0028_harvest_run_labels'),
        ('archive', '0029_separate_state_votes'),
        ('archive', '0031_state_votes_by_index_only_scans'),
        ('archive', '0032_language_index_in_resolution_order'),
        ('archive', '0033_editors_edit_separate_votes'),
        ('archive', '0034_texts_sources_out_of_line'),
        ('archive', '0035_search_index_without_pending_list'),
        ('archive', '0036_parse_warnings_as_templates'),
        ('archive', '0037_harvest_phases'),
        ('archive', '0038_verbose_names'),
    ]

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        django.contrib.postgres.operations.BtreeGinExtension(),  # the language in the GIN index
        migrations.RunSQL(SEARCH_FUNCTIONS, DROP_SEARCH_FUNCTIONS),
        migrations.CreateModel(
            name='Annex',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('eid', models.CharField(max_length=40, verbose_name='eId')),
                ('position', models.PositiveSmallIntegerField(verbose_name='position')),
                ('heading', models.CharField(max_length=200, verbose_name='heading')),
                ('title', models.TextField(blank=True, verbose_name='title')),
            ],
            options={
                'verbose_name': 'annex',
                'verbose_name_plural': 'annexes',
                'ordering': ['text', 'position'],
            },
        ),
        migrations.CreateModel(
            name='Footnote',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('eid', models.CharField(max_length=40, verbose_name='eId')),
                ('mark', models.CharField(max_length=10, verbose_name='mark')),
                ('position', models.PositiveSmallIntegerField(verbose_name='position')),
                ('body', models.TextField(verbose_name='text')),
            ],
            options={
                'verbose_name': 'footnote',
                'verbose_name_plural': 'footnotes',
                'ordering': ['text', 'position'],
            },
        ),
        migrations.CreateModel(
            name='MemberState',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('code', models.CharField(help_text='ISO 3166-1 alpha-3 code', max_length=3, unique=True, verbose_name='code')),
                ('name_ar', models.CharField(max_length=120, verbose_name='name in Arabic')),
                ('name_zh', models.CharField(max_length=120, verbose_name='name in Chinese')),
                ('name_en', models.CharField(max_length=120, verbose_name='name in English')),
                ('name_fr', models.CharField(max_length=120, verbose_name='name in French')),
                ('name_ru', models.CharField(max_length=120, verbose_name='name in Russian')),
                ('name_es', models.CharField(max_length=120, verbose_name='name in Spanish')),
            ],
            options={
                'verbose_name': 'Member State',
                'verbose_name_plural': 'Member States',
                'ordering': ['name_en'],
            },
        ),
        migrations.CreateModel(
            name='Resolution',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('symbol', models.CharField(max_length=40, verbose_name='symbol')),
                ('number', models.PositiveIntegerField(verbose_name='number')),
                ('parts', models.CharField(blank=True, help_text='Part letters printed with the symbol: A, C, A-B', max_length=20, verbose_name='parts')),
                ('old_era', models.BooleanField(default=False, help_text='Numbered serially, as 217 (III)', verbose_name='old era')),
                ('adopted_on', models.DateField(blank=True, null=True, verbose_name='adopted on')),
                ('meeting', models.PositiveSmallIntegerField(blank=True, help_text='Plenary meeting number', null=True, verbose_name='meeting')),
                ('agenda_items', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=40), blank=True, default=list, size=None, verbose_name='agenda items')),
                ('basis', models.TextField(blank=True, help_text='The line in square brackets under the cover', verbose_name='basis')),
                ('draft_symbols', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=60), blank=True, default=list, size=None, verbose_name='draft symbols')),
                ('vote', models.CharField(choices=[('unknown', 'not recorded'), ('without_vote', 'adopted without a vote'), ('recorded', 'recorded vote')], default='unknown', max_length=12, verbose_name='vote')),
                ('catalogue_title', models.TextField(blank=True, help_text="The catalogue's title (each text has its own)", verbose_name='catalogue title')),
                ('agenda_titles', models.JSONField(blank=True, default=dict, help_text='Agenda item number → its title, as catalogued', verbose_name='agenda item titles')),
                ('report_symbols', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=60), blank=True, default=list, size=None, verbose_name='report symbols')),
                ('subjects', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=200), blank=True, default=list, size=None, verbose_name='subjects')),
                ('source', models.CharField(choices=[('uploaded', 'uploaded'), ('harvested', 'harvested from the UN Digital Library')], default='uploaded', max_length=10, verbose_name='source')),
                ('undl_record', models.PositiveIntegerField(blank=True, help_text="The record's id in the UN Digital Library", null=True, verbose_name='Digital Library record')),
                ('checked_at', models.DateTimeField(blank=True, help_text='When the harvester last read its record', null=True, verbose_name='checked at')),
                ('votes_yes', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='votes in favour')),
                ('votes_no', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='votes against')),
                ('votes_abstain', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='abstentions')),
                ('votes_non_voting', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='not voting')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                ('content_version', models.BigIntegerField(db_default=1, editable=False)),
                ('content_changed_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('created_xid', models.BigIntegerField(db_default=archive.models.transaction_ids.CurrentTransactionId(), editable=False)),
                ('content_changed_xid', models.BigIntegerField(db_default=archive.models.transaction_ids.CurrentTransactionId(), editable=False)),
                ('session_kind', models.CharField(db_default='', editable=False, max_length=10)),
                ('session_number', models.PositiveSmallIntegerField(db_default=0, editable=False)),
            ],
            options={
                'verbose_name': 'resolution',
                'verbose_name_plural': 'resolutions',
                'ordering': ['session_kind', '-session_number', 'number', 'id'],
            },
            bases=(archive.models.vote_totals.VoteTotals, models.Model),
        ),
        migrations.CreateModel(
            name='HarvestRun',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('session', models.PositiveSmallIntegerField(help_text='Regular session number', verbose_name='session')),
                ('languages', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=2), blank=True, default=list, size=None, verbose_name='languages')),
                ('since', models.DateField(blank=True, help_text='Only records changed since this day', null=True, verbose_name='since')),
                ('status', models.CharField(choices=[('queued', 'queued'), ('running', 'running'), ('finished', 'finished'), ('failed', 'failed')], default='queued', max_length=10, verbose_name='status')),
                ('phase', models.CharField(blank=True, choices=[('resolutions', 'resolutions'), ('votes', 'votes')], help_text='resolutions, then votes', max_length=20, verbose_name='phase')),
                ('position', models.PositiveIntegerField(default=0, help_text='Records of the phase done', verbose_name='position')),
                ('total', models.PositiveIntegerField(blank=True, help_text='Records of the phase found', null=True, verbose_name='total')),
                ('counts', models.JSONField(blank=True, default=dict, verbose_name='counts')),
                ('log', models.TextField(blank=True, verbose_name='log')),
                ('pid', models.PositiveIntegerField(blank=True, null=True)),
                ('started_at', models.DateTimeField(auto_now_add=True, verbose_name='started at')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated at')),
                ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='finished at')),
            ],
            options={
                'verbose_name': 'harvest run',
                'verbose_name_plural': 'harvest runs',
                'ordering': ['-started_at', '-id'],
                'indexes': [models.Index(fields=['session', 'status', '-started_at'], name='harvest_run_resume')],
            },
        ),
        migrations.CreateModel(
            name='HistoricalResolutionText',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('language', models.CharField(choices=[('ar', 'Arabic'), ('zh', 'Chinese'), ('en', 'English'), ('fr', 'French'), ('ru', 'Russian'), ('es', 'Spanish')], max_length=2, verbose_name='language')),
                ('title', models.TextField(verbose_name='title')),
                ('formula', models.CharField(blank=True, max_length=200, verbose_name='formula')),
                ('source_name', models.CharField(help_text='File name of the ingested source', max_length=255, verbose_name='source file')),
                ('source_sha256', models.CharField(max_length=64, verbose_name='source SHA-256')),
                ('extracted_text', models.TextField(help_text='The text the parser read (from the PDF or the text file)', verbose_name='extracted text')),
                ('parser_version', models.CharField(max_length=20, verbose_name='parser version')),
                ('warnings', models.JSONField(blank=True, default=list, help_text='What the parser read with doubt: its message template, parameters and source line each', verbose_name='warnings')),
                ('artefacts', models.JSONField(blank=True, default=list, help_text='Page furniture removed by the parser', verbose_name='page furniture')),
                ('ingested_at', models.DateTimeField(verbose_name='ingested at')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('resolution', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.resolution', verbose_name='resolution')),
            ],
            options={
                'verbose_name': 'historical resolution text',
                'verbose_name_plural': 'historical resolution texts',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalMemberStateVote',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('vote', models.CharField(choices=[('yes', 'in favour'), ('no', 'against'), ('abstain', 'abstaining'), ('non_voting', 'did not vote')], max_length=10, verbose_name='vote')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('member_state', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.memberstate', verbose_name='Member State')),
                ('resolution', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.resolution', verbose_name='resolution')),
            ],
            options={
                'verbose_name': "historical Member State's vote",
                'verbose_name_plural': "historical Member States' votes",
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='ResolutionDeletion',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('symbol', models.CharField(max_length=40)),
                ('deleted_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('deleted_xid', models.BigIntegerField(db_default=archive.models.transaction_ids.CurrentTransactionId(), editable=False, help_text="The deleting transaction's id")),
            ],
            options={
                'ordering': ['deleted_at', 'symbol'],
                'indexes': [models.Index(fields=['deleted_xid', 'symbol'], name='deletion_feed_order')],
            },
        ),
        migrations.CreateModel(
            name='ResolutionText',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(choices=[('ar', 'Arabic'), ('zh', 'Chinese'), ('en', 'English'), ('fr', 'French'), ('ru', 'Russian'), ('es', 'Spanish')], max_length=2, verbose_name='language')),
                ('title', models.TextField(verbose_name='title')),
                ('formula', models.CharField(blank=True, max_length=200, verbose_name='formula')),
                ('source_name', models.CharField(help_text='File name of the ingested source', max_length=255, verbose_name='source file')),
                ('source_bytes', models.BinaryField(help_text='The uploaded file, byte for byte', verbose_name='source')),
                ('source_sha256', models.CharField(max_length=64, verbose_name='source SHA-256')),
                ('extracted_text', models.TextField(help_text='The text the parser read (from the PDF or the text file)', verbose_name='extracted text')),
                ('parser_version', models.CharField(max_length=20, verbose_name='parser version')),
                ('warnings', models.JSONField(blank=True, default=list, help_text='What the parser read with doubt: its message template, parameters and source line each', verbose_name='warnings')),
                ('artefacts', models.JSONField(blank=True, default=list, help_text='Page furniture removed by the parser', verbose_name='page furniture')),
                ('ingested_at', models.DateTimeField(verbose_name='ingested at')),
                ('search_vector', django.contrib.postgres.search.SearchVectorField(editable=False, help_text="The title (weight A), the paragraphs and the footnotes in the text's language, in document order (`update_search_vectors()`)", null=True)),
                ('title_vector', django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                ('resolution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='texts', to='archive.resolution', verbose_name='resolution')),
            ],
            options={
                'verbose_name': 'resolution text',
                'verbose_name_plural': 'resolution texts',
                'ordering': ['resolution', 'language'],
                'permissions': [('ingest_resolutiontext', 'Can ingest and re-parse resolution texts')],
            },
        ),
        migrations.CreateModel(
            name='Paragraph',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('preambular', 'preambular paragraph'), ('operative', 'operative paragraph'), ('subparagraph', 'sub-paragraph'), ('annex_heading', 'annex heading'), ('annex_paragraph', 'annex paragraph'), ('heading', 'heading')], max_length=16, verbose_name='kind')),
                ('eid', models.CharField(help_text='Anchor in AKN4UN eId style: preamble__para_3, para_3__subpara_a', max_length=80, verbose_name='eId')),
                ('position', models.PositiveIntegerField(help_text='Order within the text', verbose_name='position')),
                ('depth', models.PositiveSmallIntegerField(default=0, verbose_name='depth')),
                ('number', models.CharField(blank=True, help_text='The label as printed: 3, (a), (iv)', max_length=20, verbose_name='number')),
                ('body', models.TextField(help_text='Text with footnote markers removed', verbose_name='text')),
                ('source_line', models.PositiveIntegerField(blank=True, null=True, verbose_name='source line')),
                ('annex', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='paragraphs', to='archive.annex', verbose_name='annex')),
                ('parent', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='children', to='archive.paragraph', verbose_name='parent paragraph')),
                ('text', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='paragraphs', to='archive.resolutiontext', verbose_name='resolution text')),
            ],
            options={
                'verbose_name': 'paragraph',
                'verbose_name_plural': 'paragraphs',
                'ordering': ['text', 'position'],
            },
        ),
        migrations.CreateModel(
            name='HistoricalParagraph',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('kind', models.CharField(choices=[('preambular', 'preambular paragraph'), ('operative', 'operative paragraph'), ('subparagraph', 'sub-paragraph'), ('annex_heading', 'annex heading'), ('annex_paragraph', 'annex paragraph'), ('heading', 'heading')], max_length=16, verbose_name='kind')),
                ('eid', models.CharField(help_text='Anchor in AKN4UN eId style: preamble__para_3, para_3__subpara_a', max_length=80, verbose_name='eId')),
                ('position', models.PositiveIntegerField(help_text='Order within the text', verbose_name='position')),
                ('depth', models.PositiveSmallIntegerField(default=0, verbose_name='depth')),
                ('number', models.CharField(blank=True, help_text='The label as printed: 3, (a), (iv)', max_length=20, verbose_name='number')),
                ('body', models.TextField(help_text='Text with footnote markers removed', verbose_name='text')),
                ('source_line', models.PositiveIntegerField(blank=True, null=True, verbose_name='source line')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('annex', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.annex', verbose_name='annex')),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('parent', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.paragraph', verbose_name='parent paragraph')),
                ('text', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.resolutiontext', verbose_name='resolution text')),
            ],
            options={
                'verbose_name': 'historical paragraph',
                'verbose_name_plural': 'historical paragraphs',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalFootnote',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('eid', models.CharField(max_length=40, verbose_name='eId')),
                ('mark', models.CharField(max_length=10, verbose_name='mark')),
                ('position', models.PositiveSmallIntegerField(verbose_name='position')),
                ('body', models.TextField(verbose_name='text')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('text', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.resolutiontext', verbose_name='resolution text')),
            ],
            options={
                'verbose_name': 'historical footnote',
                'verbose_name_plural': 'historical footnotes',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='FootnoteRef',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('mark', models.CharField(max_length=10, verbose_name='mark')),
                ('offset', models.PositiveIntegerField(verbose_name='offset')),
                ('position', models.PositiveSmallIntegerField(help_text='Order within the paragraph', verbose_name='position')),
                ('footnote', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='refs', to='archive.footnote', verbose_name='footnote')),
                ('paragraph', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='footnote_refs', to='archive.paragraph', verbose_name='paragraph')),
                ('text', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='footnote_refs', to='archive.resolutiontext', verbose_name='resolution text')),
            ],
            options={
                'verbose_name': 'footnote reference',
                'verbose_name_plural': 'footnote references',
                'ordering': ['paragraph', 'position'],
            },
        ),
        migrations.AddField(
            model_name='footnote',
            name='text',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='footnotes', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.CreateModel(
            name='Citation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveIntegerField(help_text='Order within the text', verbose_name='position')),
                ('kind', models.CharField(choices=[('resolution', 'GA resolution'), ('document', 'UN document'), ('other', 'document of another organisation'), ('session', 'session')], max_length=20, verbose_name='kind')),
                ('raw', models.CharField(help_text='The citation as printed', max_length=300, verbose_name='as printed')),
                ('start', models.PositiveIntegerField(help_text='Span of the raw text within the paragraph or footnote', verbose_name='start')),
                ('end', models.PositiveIntegerField(verbose_name='end')),
                ('target', models.CharField(help_text="Normalised symbol (A/RES/58/199, S/RES/2334 (2016), A/59/327), another organisation's symbol as printed (GC(69)/RES/7) or session", max_length=120, verbose_name='target')),
                ('pinpoint', models.CharField(blank=True, help_text='Paragraph number cited, if any', max_length=20, verbose_name='pinpoint')),
                ('part', models.CharField(blank=True, help_text='The part of a multi-part resolution cited (B in 79/238 B), if one', max_length=2, verbose_name='part')),
                ('footnote', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='archive.footnote', verbose_name='footnote')),
                ('paragraph', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='archive.paragraph', verbose_name='paragraph')),
                ('target_resolution', models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='incoming_citations', to='archive.resolution', verbose_name='cited resolution')),
                ('text', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='archive.resolutiontext', verbose_name='resolution text')),
            ],
            options={
                'verbose_name': 'citation',
                'verbose_name_plural': 'citations',
                'ordering': ['text', 'position'],
            },
        ),
        migrations.AddField(
            model_name='annex',
            name='text',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='annexes', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.CreateModel(
            name='SeparateVote',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('undl_record', models.PositiveIntegerField(help_text="The voting record's id in the Digital Library", verbose_name='Digital Library record')),
                ('description', models.CharField(max_length=500, verbose_name='description')),
                ('voted_on', models.DateField(blank=True, null=True, verbose_name='voted on')),
                ('votes_yes', models.PositiveSmallIntegerField(verbose_name='votes in favour')),
                ('votes_no', models.PositiveSmallIntegerField(verbose_name='votes against')),
                ('votes_abstain', models.PositiveSmallIntegerField(verbose_name='abstentions')),
                ('votes_non_voting', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='not voting')),
                ('resolution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='separate_votes', to='archive.resolution', verbose_name='resolution')),
            ],
            options={
                'verbose_name': 'separate vote',
                'verbose_name_plural': 'separate votes',
                'ordering': ['resolution', 'voted_on', 'undl_record'],
            },
            bases=(archive.models.vote_totals.VoteTotals, models.Model),
        ),
        migrations.CreateModel(
            name='SeparateStateVote',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('vote', models.CharField(choices=[('yes', 'in favour'), ('no', 'against'), ('abstain', 'abstaining'), ('non_voting', 'did not vote')], max_length=10, verbose_name='vote')),
                ('member_state', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='separate_votes', to='archive.memberstate', verbose_name='Member State')),
                ('separate_vote', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='state_votes', to='archive.separatevote', verbose_name='separate vote')),
            ],
            options={
                'verbose_name': "Member State's vote in a separate vote",
                'verbose_name_plural': "Member States' votes in separate votes",
                'ordering': ['separate_vote', 'member_state__name_en'],
            },
        ),
        migrations.CreateModel(
            name='Session',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('regular', 'regular'), ('special', 'special'), ('emergency', 'emergency special')], max_length=10, verbose_name='kind')),
                ('number', models.PositiveSmallIntegerField(verbose_name='number')),
                ('start_year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='start year')),
                ('end_year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='end year')),
            ],
            options={
                'verbose_name': 'session',
                'verbose_name_plural': 'sessions',
                'ordering': ['kind', '-number'],
                'constraints': [models.UniqueConstraint(fields=('kind', 'number'), name='session_kind_number_unique'), models.CheckConstraint(condition=models.Q(('number__gte', 1)), name='session_number_positive'), models.CheckConstraint(condition=models.Q(('end_year__isnull', True), ('start_year__isnull', True), ('end_year__gte', models.F('start_year')), _connector='OR'), name='session_years_ordered')],
            },
        ),
        migrations.AddField(
            model_name='resolution',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='resolutions', to='archive.session', verbose_name='session'),
        ),
        migrations.CreateModel(
            name='HistoricalResolution',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('symbol', models.CharField(max_length=40, verbose_name='symbol')),
                ('number', models.PositiveIntegerField(verbose_name='number')),
                ('parts', models.CharField(blank=True, help_text='Part letters printed with the symbol: A, C, A-B', max_length=20, verbose_name='parts')),
                ('old_era', models.BooleanField(default=False, help_text='Numbered serially, as 217 (III)', verbose_name='old era')),
                ('adopted_on', models.DateField(blank=True, null=True, verbose_name='adopted on')),
                ('meeting', models.PositiveSmallIntegerField(blank=True, help_text='Plenary meeting number', null=True, verbose_name='meeting')),
                ('agenda_items', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=40), blank=True, default=list, size=None, verbose_name='agenda items')),
                ('basis', models.TextField(blank=True, help_text='The line in square brackets under the cover', verbose_name='basis')),
                ('draft_symbols', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=60), blank=True, default=list, size=None, verbose_name='draft symbols')),
                ('vote', models.CharField(choices=[('unknown', 'not recorded'), ('without_vote', 'adopted without a vote'), ('recorded', 'recorded vote')], default='unknown', max_length=12, verbose_name='vote')),
                ('catalogue_title', models.TextField(blank=True, help_text="The catalogue's title (each text has its own)", verbose_name='catalogue title')),
                ('agenda_titles', models.JSONField(blank=True, default=dict, help_text='Agenda item number → its title, as catalogued', verbose_name='agenda item titles')),
                ('report_symbols', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=60), blank=True, default=list, size=None, verbose_name='report symbols')),
                ('subjects', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=200), blank=True, default=list, size=None, verbose_name='subjects')),
                ('source', models.CharField(choices=[('uploaded', 'uploaded'), ('harvested', 'harvested from the UN Digital Library')], default='uploaded', max_length=10, verbose_name='source')),
                ('undl_record', models.PositiveIntegerField(blank=True, help_text="The record's id in the UN Digital Library", null=True, verbose_name='Digital Library record')),
                ('checked_at', models.DateTimeField(blank=True, help_text='When the harvester last read its record', null=True, verbose_name='checked at')),
                ('votes_yes', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='votes in favour')),
                ('votes_no', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='votes against')),
                ('votes_abstain', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='abstentions')),
                ('votes_non_voting', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='not voting')),
                ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='created at')),
                ('updated_at', models.DateTimeField(blank=True, editable=False, verbose_name='updated at')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('session', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.session', verbose_name='session')),
            ],
            options={
                'verbose_name': 'historical resolution',
                'verbose_name_plural': 'historical resolutions',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='ApiToken',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(help_text='What the token is for: a script, a host', max_length=100, verbose_name='name')),
                ('key_hash', models.CharField(editable=False, max_length=64)),
                ('key_prefix', models.CharField(editable=False, help_text="The key's first characters, to tell it", max_length=8, verbose_name='key begins')),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False, verbose_name='created')),
                ('expires_at', models.DateTimeField(blank=True, help_text='Empty: the token never expires', null=True, verbose_name='expires')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='api_tokens', to=settings.AUTH_USER_MODEL, verbose_name='user')),
            ],
            options={
                'verbose_name': 'API token',
                'verbose_name_plural': 'API tokens',
                'ordering': ['-created_at', '-id'],
                'constraints': [models.UniqueConstraint(fields=('key_hash',), name='apitoken_key_hash_unique'), models.CheckConstraint(condition=models.Q(('key_hash__regex', '^[0-9a-f]{64}$')), name='apitoken_hash')],
            },
        ),
        migrations.CreateModel(
            name='OfficialFile',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(choices=[('ar', 'Arabic'), ('zh', 'Chinese'), ('en', 'English'), ('fr', 'French'), ('ru', 'Russian'), ('es', 'Spanish')], max_length=2, verbose_name='language')),
                ('url', models.URLField(max_length=500, verbose_name='URL')),
                ('size', models.PositiveBigIntegerField(blank=True, help_text='Bytes, as catalogued', null=True, verbose_name='size')),
                ('etag', models.CharField(blank=True, max_length=200, verbose_name='ETag')),
                ('last_modified', models.CharField(blank=True, help_text="The answer's Last-Modified", max_length=40, verbose_name='last modified')),
                ('sha256', models.CharField(blank=True, help_text='Of the last file downloaded', max_length=64, verbose_name='SHA-256')),
                ('downloaded_at', models.DateTimeField(blank=True, null=True, verbose_name='downloaded at')),
                ('resolution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='official_files', to='archive.resolution', verbose_name='resolution')),
            ],
            options={
                'verbose_name': 'official file',
                'verbose_name_plural': 'official files',
                'ordering': ['resolution', 'language'],
                'constraints': [models.UniqueConstraint(fields=('resolution', 'language'), name='official_file_unique')],
            },
        ),
        migrations.CreateModel(
            name='MemberStateVote',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('vote', models.CharField(choices=[('yes', 'in favour'), ('no', 'against'), ('abstain', 'abstaining'), ('non_voting', 'did not vote')], max_length=10, verbose_name='vote')),
                ('member_state', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='votes', to='archive.memberstate', verbose_name='Member State')),
                ('resolution', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='state_votes', to='archive.resolution', verbose_name='resolution')),
            ],
            options={
                'verbose_name': "Member State's vote",
                'verbose_name_plural': "Member States' votes",
                'ordering': ['resolution', 'member_state__name_en'],
                'indexes': [models.Index(fields=['member_state', 'resolution', 'vote'], include=('id',), name='state_vote_by_state')],
                'constraints': [models.UniqueConstraint(fields=('resolution', 'member_state'), name='state_vote_unique')],
            },
        ),
        migrations.AddIndex(
            model_name='resolutiontext',
            index=models.Index(fields=['language', 'resolution'], name='text_language_resolution'),
        ),
        migrations.AddIndex(
            model_name='resolutiontext',
            index=django.contrib.postgres.indexes.GinIndex(fastupdate=False, fields=['language', 'search_vector'], name='text_search'),
        ),
        migrations.AddConstraint(
            model_name='resolutiontext',
            constraint=models.UniqueConstraint(fields=('resolution', 'language'), name='text_resolution_language_unique'),
        ),
        migrations.AddConstraint(
            model_name='resolutiontext',
            constraint=models.CheckConstraint(condition=models.Q(('language__in', ['ar', 'zh', 'en', 'fr', 'ru', 'es'])), name='text_language_valid'),
        ),
        migrations.AddConstraint(
            model_name='paragraph',
            constraint=models.UniqueConstraint(fields=('text', 'eid'), name='paragraph_text_eid_unique'),
        ),
        migrations.AddConstraint(
            model_name='paragraph',
            constraint=models.UniqueConstraint(fields=('text', 'position'), name='paragraph_text_position_unique'),
        ),
        migrations.AddConstraint(
            model_name='paragraph',
            constraint=models.CheckConstraint(condition=models.Q(('parent__isnull', True), ('kind', 'subparagraph'), _connector='OR'), name='paragraph_only_subparagraphs_nest'),
        ),
        migrations.AddConstraint(
            model_name='footnoteref',
            constraint=models.UniqueConstraint(fields=('paragraph', 'position'), name='footnoteref_paragraph_position_unique'),
        ),
        migrations.AddConstraint(
            model_name='footnote',
            constraint=models.UniqueConstraint(fields=('text', 'eid'), name='footnote_text_eid_unique'),
        ),
        migrations.AddConstraint(
            model_name='footnote',
            constraint=models.UniqueConstraint(fields=('text', 'position'), name='footnote_text_position_unique'),
        ),
        migrations.AddIndex(
            model_name='citation',
            index=models.Index(condition=models.Q(('target_resolution__isnull', True)), fields=['target'], name='citation_pending_target'),
        ),
        migrations.AddIndex(
            model_name='citation',
            index=models.Index(fields=['target_resolution'], name='citation_target_resolution'),
        ),
        migrations.AddIndex(
            model_name='citation',
            index=models.Index(condition=models.Q(('kind', 'resolution')), fields=['target'], name='citation_resolution_target'),
        ),
        migrations.AddConstraint(
            model_name='citation',
            constraint=models.UniqueConstraint(fields=('text', 'position'), name='citation_text_position_unique'),
        ),
        migrations.AddConstraint(
            model_name='citation',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('footnote__isnull', True), ('paragraph__isnull', False)), models.Q(('footnote__isnull', False), ('paragraph__isnull', True)), _connector='OR'), name='citation_from_paragraph_xor_footnote'),
        ),
        migrations.AddConstraint(
            model_name='citation',
            constraint=models.CheckConstraint(condition=models.Q(('end__gt', models.F('start'))), name='citation_span_nonempty'),
        ),
        migrations.AddConstraint(
            model_name='citation',
            constraint=models.CheckConstraint(condition=models.Q(('target_resolution__isnull', True), ('kind', 'resolution'), _connector='OR'), name='citation_only_resolutions_link'),
        ),
        migrations.AddConstraint(
            model_name='annex',
            constraint=models.UniqueConstraint(fields=('text', 'eid'), name='annex_text_eid_unique'),
        ),
        migrations.AddConstraint(
            model_name='annex',
            constraint=models.UniqueConstraint(fields=('text', 'position'), name='annex_text_position_unique'),
        ),
        migrations.AddConstraint(
            model_name='separatevote',
            constraint=models.UniqueConstraint(fields=('undl_record',), name='separate_vote_record_unique'),
        ),
        migrations.AddIndex(
            model_name='separatestatevote',
            index=models.Index(fields=['member_state'], name='separate_state_vote_by_state'),
        ),
        migrations.AddConstraint(
            model_name='separatestatevote',
            constraint=models.UniqueConstraint(fields=('separate_vote', 'member_state'), name='separate_state_vote_unique'),
        ),
        migrations.AddIndex(
            model_name='resolution',
            index=models.Index(fields=['session', 'number'], name='resolution_session_number'),
        ),
        migrations.AddIndex(
            model_name='resolution',
            index=models.Index(fields=['-created_at'], name='resolution_created_desc'),
        ),
        migrations.AddIndex(
            model_name='resolution',
            index=models.Index(fields=['session_kind', '-session_number', 'number', 'id'], include=('content_version', 'content_changed_at', 'adopted_on'), name='resolution_list_order'),
        ),
        migrations.AddIndex(
            model_name='resolution',
            index=models.Index(fields=['content_changed_at', 'symbol'], name='resolution_change_order'),
        ),
        migrations.AddIndex(
            model_name='resolution',
            index=models.Index(fields=['content_changed_xid', 'symbol'], name='resolution_feed_order'),
        ),
        migrations.AddConstraint(
            model_name='resolution',
            constraint=models.UniqueConstraint(fields=('symbol',), name='resolution_symbol_unique'),
        ),
        migrations.AddConstraint(
            model_name='resolution',
            constraint=models.UniqueConstraint(condition=models.Q(('undl_record__isnull', False)), fields=('undl_record',), name='resolution_undl_unique'),
        ),
        migrations.AddConstraint(
            model_name='resolution',
            constraint=models.CheckConstraint(condition=models.Q(('symbol__startswith', 'A/RES/')), name='resolution_symbol_prefix'),
        ),
        migrations.AddConstraint(
            model_name='resolution',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('vote', 'recorded'), ('votes_abstain__isnull', False), ('votes_no__isnull', False), ('votes_yes__isnull', False)), models.Q(models.Q(('vote', 'recorded'), _negated=True), ('votes_abstain__isnull', True), ('votes_no__isnull', True), ('votes_yes__isnull', True)), _connector='OR'), name='resolution_vote_counts_iff_recorded'),
        ),
        # A text's extracted text and source kept out of line (0034).
        migrations.RunSQL(
            "ALTER TABLE archive_resolutiontext SET (toast_tuple_target = 1024)",
            "ALTER TABLE archive_resolutiontext RESET (toast_tuple_target)",
        ),
        # Undone with their table (deleting the rows first, in the same transaction, would leave trigger
        # events pending on the table dropped).
        migrations.RunPython(member_states.load, migrations.RunPython.noop),
        migrations.RunPython(former_states.load, migrations.RunPython.noop),
        migrations.RunPython(editors.create_group, editors.delete_group),
        migrations.RunPython(token_editors.let_editors_manage_tokens, migrations.RunPython.noop),
        migrations.RunPython(separate_vote_editors.let_editors_correct_separate_votes, migrations.RunPython.noop),
    ]
