"""The models' and fields' names in the editor's and reader's language (admin labels, the change log's
fields): verbose names marked for the catalogues. Nothing changes in the database."""

import django.contrib.postgres.fields
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0037_harvest_phases'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='annex',
            options={'ordering': ['text', 'position'], 'verbose_name': 'annex', 'verbose_name_plural': 'annexes'},
        ),
        migrations.AlterModelOptions(
            name='citation',
            options={'ordering': ['text', 'position'], 'verbose_name': 'citation', 'verbose_name_plural': 'citations'},
        ),
        migrations.AlterModelOptions(
            name='footnote',
            options={'ordering': ['text', 'position'], 'verbose_name': 'footnote', 'verbose_name_plural': 'footnotes'},
        ),
        migrations.AlterModelOptions(
            name='footnoteref',
            options={'ordering': ['paragraph', 'position'], 'verbose_name': 'footnote reference', 'verbose_name_plural': 'footnote references'},
        ),
        migrations.AlterModelOptions(
            name='historicalmemberstatevote',
            options={'get_latest_by': ('history_date', 'history_id'), 'ordering': ('-history_date', '-history_id'), 'verbose_name': "historical Member State's vote", 'verbose_name_plural': "historical Member States' votes"},
        ),
        migrations.AlterModelOptions(
            name='memberstate',
            options={'ordering': ['name_en'], 'verbose_name': 'Member State', 'verbose_name_plural': 'Member States'},
        ),
        migrations.AlterModelOptions(
            name='memberstatevote',
            options={'ordering': ['resolution', 'member_state__name_en'], 'verbose_name': "Member State's vote", 'verbose_name_plural': "Member States' votes"},
        ),
        migrations.AlterModelOptions(
            name='officialfile',
            options={'ordering': ['resolution', 'language'], 'verbose_name': 'official file', 'verbose_name_plural': 'official files'},
        ),
        migrations.AlterModelOptions(
            name='paragraph',
            options={'ordering': ['text', 'position'], 'verbose_name': 'paragraph', 'verbose_name_plural': 'paragraphs'},
        ),
        migrations.AlterModelOptions(
            name='resolution',
            options={'ordering': ['session_kind', '-session_number', 'number', 'id'], 'verbose_name': 'resolution', 'verbose_name_plural': 'resolutions'},
        ),
        migrations.AlterModelOptions(
            name='resolutiontext',
            options={'ordering': ['resolution', 'language'], 'permissions': [('ingest_resolutiontext', 'Can ingest and re-parse resolution texts')], 'verbose_name': 'resolution text', 'verbose_name_plural': 'resolution texts'},
        ),
        migrations.AlterModelOptions(
            name='separatestatevote',
            options={'ordering': ['separate_vote', 'member_state__name_en'], 'verbose_name': "Member State's vote in a separate vote", 'verbose_name_plural': "Member States' votes in separate votes"},
        ),
        migrations.AlterModelOptions(
            name='separatevote',
            options={'ordering': ['resolution', 'voted_on', 'undl_record'], 'verbose_name': 'separate vote', 'verbose_name_plural': 'separate votes'},
        ),
        migrations.AlterModelOptions(
            name='session',
            options={'ordering': ['kind', '-number'], 'verbose_name': 'session', 'verbose_name_plural': 'sessions'},
        ),
        migrations.AlterField(
            model_name='annex',
            name='eid',
            field=models.CharField(max_length=40, verbose_name='eId'),
        ),
        migrations.AlterField(
            model_name='annex',
            name='heading',
            field=models.CharField(max_length=200, verbose_name='heading'),
        ),
        migrations.AlterField(
            model_name='annex',
            name='position',
            field=models.PositiveSmallIntegerField(verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='annex',
            name='text',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='annexes', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.AlterField(
            model_name='annex',
            name='title',
            field=models.TextField(blank=True, verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='end',
            field=models.PositiveIntegerField(verbose_name='end'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='footnote',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='archive.footnote', verbose_name='footnote'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='kind',
            field=models.CharField(choices=[('resolution', 'GA resolution'), ('document', 'UN document'), ('other', 'document of another organisation'), ('session', 'session')], max_length=20, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='paragraph',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='archive.paragraph', verbose_name='paragraph'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='part',
            field=models.CharField(blank=True, help_text='The part of a multi-part resolution cited (B in 79/238 B), if one', max_length=2, verbose_name='part'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='pinpoint',
            field=models.CharField(blank=True, help_text='Paragraph number cited, if any', max_length=20, verbose_name='pinpoint'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='position',
            field=models.PositiveIntegerField(help_text='Order within the text', verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='raw',
            field=models.CharField(help_text='The citation as printed', max_length=300, verbose_name='as printed'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='start',
            field=models.PositiveIntegerField(help_text='Span of the raw text within the paragraph or footnote', verbose_name='start'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='target',
            field=models.CharField(help_text="Normalised symbol (A/RES/58/199, S/RES/2334 (2016), A/59/327), another organisation's symbol as printed (GC(69)/RES/7) or session", max_length=120, verbose_name='target'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='target_resolution',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='incoming_citations', to='archive.resolution', verbose_name='cited resolution'),
        ),
        migrations.AlterField(
            model_name='citation',
            name='text',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='citations', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.AlterField(
            model_name='footnote',
            name='body',
            field=models.TextField(verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='footnote',
            name='eid',
            field=models.CharField(max_length=40, verbose_name='eId'),
        ),
        migrations.AlterField(
            model_name='footnote',
            name='mark',
            field=models.CharField(max_length=10, verbose_name='mark'),
        ),
        migrations.AlterField(
            model_name='footnote',
            name='position',
            field=models.PositiveSmallIntegerField(verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='footnote',
            name='text',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='footnotes', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.AlterField(
            model_name='footnoteref',
            name='footnote',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='refs', to='archive.footnote', verbose_name='footnote'),
        ),
        migrations.AlterField(
            model_name='footnoteref',
            name='mark',
            field=models.CharField(max_length=10, verbose_name='mark'),
        ),
        migrations.AlterField(
            model_name='footnoteref',
            name='offset',
            field=models.PositiveIntegerField(verbose_name='offset'),
        ),
        migrations.AlterField(
            model_name='footnoteref',
            name='paragraph',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='footnote_refs', to='archive.paragraph', verbose_name='paragraph'),
        ),
        migrations.AlterField(
            model_name='footnoteref',
            name='position',
            field=models.PositiveSmallIntegerField(help_text='Order within the paragraph', verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='footnoteref',
            name='text',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='footnote_refs', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.AlterField(
            model_name='historicalfootnote',
            name='body',
            field=models.TextField(verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalfootnote',
            name='eid',
            field=models.CharField(max_length=40, verbose_name='eId'),
        ),
        migrations.AlterField(
            model_name='historicalfootnote',
            name='mark',
            field=models.CharField(max_length=10, verbose_name='mark'),
        ),
        migrations.AlterField(
            model_name='historicalfootnote',
            name='position',
            field=models.PositiveSmallIntegerField(verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='historicalfootnote',
            name='text',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.AlterField(
            model_name='historicalmemberstatevote',
            name='member_state',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.memberstate', verbose_name='Member State'),
        ),
        migrations.AlterField(
            model_name='historicalmemberstatevote',
            name='resolution',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.resolution', verbose_name='resolution'),
        ),
        migrations.AlterField(
            model_name='historicalmemberstatevote',
            name='vote',
            field=models.CharField(choices=[('yes', 'in favour'), ('no', 'against'), ('abstain', 'abstaining'), ('non_voting', 'did not vote')], max_length=10, verbose_name='vote'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='annex',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.annex', verbose_name='annex'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='body',
            field=models.TextField(help_text='Text with footnote markers removed', verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='depth',
            field=models.PositiveSmallIntegerField(default=0, verbose_name='depth'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='eid',
            field=models.CharField(help_text='Anchor in AKN4UN eId style: preamble__para_3, para_3__subpara_a', max_length=80, verbose_name='eId'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='kind',
            field=models.CharField(choices=[('preambular', 'preambular paragraph'), ('operative', 'operative paragraph'), ('subparagraph', 'sub-paragraph'), ('annex_heading', 'annex heading'), ('annex_paragraph', 'annex paragraph'), ('heading', 'heading')], max_length=16, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='number',
            field=models.CharField(blank=True, help_text='The label as printed: 3, (a), (iv)', max_length=20, verbose_name='number'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='parent',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.paragraph', verbose_name='parent paragraph'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='position',
            field=models.PositiveIntegerField(help_text='Order within the text', verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='source_line',
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name='source line'),
        ),
        migrations.AlterField(
            model_name='historicalparagraph',
            name='text',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='adopted_on',
            field=models.DateField(blank=True, null=True, verbose_name='adopted on'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='agenda_items',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=40), blank=True, default=list, size=None, verbose_name='agenda items'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='agenda_titles',
            field=models.JSONField(blank=True, default=dict, help_text='Agenda item number → its title, as catalogued', verbose_name='agenda item titles'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='basis',
            field=models.TextField(blank=True, help_text='The line in square brackets under the cover', verbose_name='basis'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='catalogue_title',
            field=models.TextField(blank=True, help_text="The catalogue's title (each text has its own)", verbose_name='catalogue title'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='checked_at',
            field=models.DateTimeField(blank=True, help_text='When the harvester last read its record', null=True, verbose_name='checked at'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='created_at',
            field=models.DateTimeField(blank=True, editable=False, verbose_name='created at'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='draft_symbols',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=60), blank=True, default=list, size=None, verbose_name='draft symbols'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='meeting',
            field=models.PositiveSmallIntegerField(blank=True, help_text='Plenary meeting number', null=True, verbose_name='meeting'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='number',
            field=models.PositiveIntegerField(verbose_name='number'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='old_era',
            field=models.BooleanField(default=False, help_text='Numbered serially, as 217 (III)', verbose_name='old era'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='parts',
            field=models.CharField(blank=True, help_text='Part letters printed with the symbol: A, C, A-B', max_length=20, verbose_name='parts'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='report_symbols',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=60), blank=True, default=list, size=None, verbose_name='report symbols'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='session',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.session', verbose_name='session'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='source',
            field=models.CharField(choices=[('uploaded', 'uploaded'), ('harvested', 'harvested from the UN Digital Library')], default='uploaded', max_length=10, verbose_name='source'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='subjects',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=200), blank=True, default=list, size=None, verbose_name='subjects'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='symbol',
            field=models.CharField(max_length=40, verbose_name='symbol'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='undl_record',
            field=models.PositiveIntegerField(blank=True, help_text="The record's id in the UN Digital Library", null=True, verbose_name='Digital Library record'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='updated_at',
            field=models.DateTimeField(blank=True, editable=False, verbose_name='updated at'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='vote',
            field=models.CharField(choices=[('unknown', 'not recorded'), ('without_vote', 'adopted without a vote'), ('recorded', 'recorded vote')], default='unknown', max_length=12, verbose_name='vote'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='votes_abstain',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='abstentions'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='votes_no',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='votes against'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='votes_non_voting',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='not voting'),
        ),
        migrations.AlterField(
            model_name='historicalresolution',
            name='votes_yes',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='votes in favour'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='artefacts',
            field=models.JSONField(blank=True, default=list, help_text='Page furniture removed by the parser', verbose_name='page furniture'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='extracted_text',
            field=models.TextField(help_text='The text the parser read (from the PDF or the text file)', verbose_name='extracted text'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='formula',
            field=models.CharField(blank=True, max_length=200, verbose_name='formula'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='ingested_at',
            field=models.DateTimeField(verbose_name='ingested at'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='language',
            field=models.CharField(choices=[('ar', 'Arabic'), ('zh', 'Chinese'), ('en', 'English'), ('fr', 'French'), ('ru', 'Russian'), ('es', 'Spanish')], max_length=2, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='parser_version',
            field=models.CharField(max_length=20, verbose_name='parser version'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='resolution',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='archive.resolution', verbose_name='resolution'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='source_name',
            field=models.CharField(help_text='File name of the ingested source', max_length=255, verbose_name='source file'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='source_sha256',
            field=models.CharField(max_length=64, verbose_name='source SHA-256'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='title',
            field=models.TextField(verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='historicalresolutiontext',
            name='warnings',
            field=models.JSONField(blank=True, default=list, help_text='What the parser read with doubt: its message template, parameters and source line each', verbose_name='warnings'),
        ),
        migrations.AlterField(
            model_name='memberstate',
            name='code',
            field=models.CharField(help_text='ISO 3166-1 alpha-3 code', max_length=3, unique=True, verbose_name='code'),
        ),
        migrations.AlterField(
            model_name='memberstate',
            name='name_ar',
            field=models.CharField(max_length=120, verbose_name='name in Arabic'),
        ),
        migrations.AlterField(
            model_name='memberstate',
            name='name_en',
            field=models.CharField(max_length=120, verbose_name='name in English'),
        ),
        migrations.AlterField(
            model_name='memberstate',
            name='name_es',
            field=models.CharField(max_length=120, verbose_name='name in Spanish'),
        ),
        migrations.AlterField(
            model_name='memberstate',
            name='name_fr',
            field=models.CharField(max_length=120, verbose_name='name in French'),
        ),
        migrations.AlterField(
            model_name='memberstate',
            name='name_ru',
            field=models.CharField(max_length=120, verbose_name='name in Russian'),
        ),
        migrations.AlterField(
            model_name='memberstate',
            name='name_zh',
            field=models.CharField(max_length=120, verbose_name='name in Chinese'),
        ),
        migrations.AlterField(
            model_name='memberstatevote',
            name='member_state',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='votes', to='archive.memberstate', verbose_name='Member State'),
        ),
        migrations.AlterField(
            model_name='memberstatevote',
            name='resolution',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='state_votes', to='archive.resolution', verbose_name='resolution'),
        ),
        migrations.AlterField(
            model_name='memberstatevote',
            name='vote',
            field=models.CharField(choices=[('yes', 'in favour'), ('no', 'against'), ('abstain', 'abstaining'), ('non_voting', 'did not vote')], max_length=10, verbose_name='vote'),
        ),
        migrations.AlterField(
            model_name='officialfile',
            name='downloaded_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='downloaded at'),
        ),
        migrations.AlterField(
            model_name='officialfile',
            name='etag',
            field=models.CharField(blank=True, max_length=200, verbose_name='ETag'),
        ),
        migrations.AlterField(
            model_name='officialfile',
            name='language',
            field=models.CharField(choices=[('ar', 'Arabic'), ('zh', 'Chinese'), ('en', 'English'), ('fr', 'French'), ('ru', 'Russian'), ('es', 'Spanish')], max_length=2, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='officialfile',
            name='last_modified',
            field=models.CharField(blank=True, help_text="The answer's Last-Modified", max_length=40, verbose_name='last modified'),
        ),
        migrations.AlterField(
            model_name='officialfile',
            name='resolution',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='official_files', to='archive.resolution', verbose_name='resolution'),
        ),
        migrations.AlterField(
            model_name='officialfile',
            name='sha256',
            field=models.CharField(blank=True, help_text='Of the last file downloaded', max_length=64, verbose_name='SHA-256'),
        ),
        migrations.AlterField(
            model_name='officialfile',
            name='size',
            field=models.PositiveBigIntegerField(blank=True, help_text='Bytes, as catalogued', null=True, verbose_name='size'),
        ),
        migrations.AlterField(
            model_name='officialfile',
            name='url',
            field=models.URLField(max_length=500, verbose_name='URL'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='annex',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='paragraphs', to='archive.annex', verbose_name='annex'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='body',
            field=models.TextField(help_text='Text with footnote markers removed', verbose_name='text'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='depth',
            field=models.PositiveSmallIntegerField(default=0, verbose_name='depth'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='eid',
            field=models.CharField(help_text='Anchor in AKN4UN eId style: preamble__para_3, para_3__subpara_a', max_length=80, verbose_name='eId'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='kind',
            field=models.CharField(choices=[('preambular', 'preambular paragraph'), ('operative', 'operative paragraph'), ('subparagraph', 'sub-paragraph'), ('annex_heading', 'annex heading'), ('annex_paragraph', 'annex paragraph'), ('heading', 'heading')], max_length=16, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='number',
            field=models.CharField(blank=True, help_text='The label as printed: 3, (a), (iv)', max_length=20, verbose_name='number'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='parent',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='children', to='archive.paragraph', verbose_name='parent paragraph'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='position',
            field=models.PositiveIntegerField(help_text='Order within the text', verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='source_line',
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name='source line'),
        ),
        migrations.AlterField(
            model_name='paragraph',
            name='text',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='paragraphs', to='archive.resolutiontext', verbose_name='resolution text'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='adopted_on',
            field=models.DateField(blank=True, null=True, verbose_name='adopted on'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='agenda_items',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=40), blank=True, default=list, size=None, verbose_name='agenda items'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='agenda_titles',
            field=models.JSONField(blank=True, default=dict, help_text='Agenda item number → its title, as catalogued', verbose_name='agenda item titles'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='basis',
            field=models.TextField(blank=True, help_text='The line in square brackets under the cover', verbose_name='basis'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='catalogue_title',
            field=models.TextField(blank=True, help_text="The catalogue's title (each text has its own)", verbose_name='catalogue title'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='checked_at',
            field=models.DateTimeField(blank=True, help_text='When the harvester last read its record', null=True, verbose_name='checked at'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='created_at',
            field=models.DateTimeField(auto_now_add=True, verbose_name='created at'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='draft_symbols',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=60), blank=True, default=list, size=None, verbose_name='draft symbols'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='meeting',
            field=models.PositiveSmallIntegerField(blank=True, help_text='Plenary meeting number', null=True, verbose_name='meeting'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='number',
            field=models.PositiveIntegerField(verbose_name='number'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='old_era',
            field=models.BooleanField(default=False, help_text='Numbered serially, as 217 (III)', verbose_name='old era'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='parts',
            field=models.CharField(blank=True, help_text='Part letters printed with the symbol: A, C, A-B', max_length=20, verbose_name='parts'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='report_symbols',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=60), blank=True, default=list, size=None, verbose_name='report symbols'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='resolutions', to='archive.session', verbose_name='session'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='source',
            field=models.CharField(choices=[('uploaded', 'uploaded'), ('harvested', 'harvested from the UN Digital Library')], default='uploaded', max_length=10, verbose_name='source'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='subjects',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=200), blank=True, default=list, size=None, verbose_name='subjects'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='symbol',
            field=models.CharField(max_length=40, verbose_name='symbol'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='undl_record',
            field=models.PositiveIntegerField(blank=True, help_text="The record's id in the UN Digital Library", null=True, verbose_name='Digital Library record'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='updated_at',
            field=models.DateTimeField(auto_now=True, verbose_name='updated at'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='vote',
            field=models.CharField(choices=[('unknown', 'not recorded'), ('without_vote', 'adopted without a vote'), ('recorded', 'recorded vote')], default='unknown', max_length=12, verbose_name='vote'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='votes_abstain',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='abstentions'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='votes_no',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='votes against'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='votes_non_voting',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='not voting'),
        ),
        migrations.AlterField(
            model_name='resolution',
            name='votes_yes',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='votes in favour'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='artefacts',
            field=models.JSONField(blank=True, default=list, help_text='Page furniture removed by the parser', verbose_name='page furniture'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='extracted_text',
            field=models.TextField(help_text='The text the parser read (from the PDF or the text file)', verbose_name='extracted text'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='formula',
            field=models.CharField(blank=True, max_length=200, verbose_name='formula'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='ingested_at',
            field=models.DateTimeField(verbose_name='ingested at'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='language',
            field=models.CharField(choices=[('ar', 'Arabic'), ('zh', 'Chinese'), ('en', 'English'), ('fr', 'French'), ('ru', 'Russian'), ('es', 'Spanish')], max_length=2, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='parser_version',
            field=models.CharField(max_length=20, verbose_name='parser version'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='resolution',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='texts', to='archive.resolution', verbose_name='resolution'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='source_bytes',
            field=models.BinaryField(help_text='The uploaded file, byte for byte', verbose_name='source'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='source_name',
            field=models.CharField(help_text='File name of the ingested source', max_length=255, verbose_name='source file'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='source_sha256',
            field=models.CharField(max_length=64, verbose_name='source SHA-256'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='title',
            field=models.TextField(verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='resolutiontext',
            name='warnings',
            field=models.JSONField(blank=True, default=list, help_text='What the parser read with doubt: its message template, parameters and source line each', verbose_name='warnings'),
        ),
        migrations.AlterField(
            model_name='separatestatevote',
            name='member_state',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='separate_votes', to='archive.memberstate', verbose_name='Member State'),
        ),
        migrations.AlterField(
            model_name='separatestatevote',
            name='separate_vote',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='state_votes', to='archive.separatevote', verbose_name='separate vote'),
        ),
        migrations.AlterField(
            model_name='separatestatevote',
            name='vote',
            field=models.CharField(choices=[('yes', 'in favour'), ('no', 'against'), ('abstain', 'abstaining'), ('non_voting', 'did not vote')], max_length=10, verbose_name='vote'),
        ),
        migrations.AlterField(
            model_name='separatevote',
            name='description',
            field=models.CharField(max_length=500, verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='separatevote',
            name='resolution',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='separate_votes', to='archive.resolution', verbose_name='resolution'),
        ),
        migrations.AlterField(
            model_name='separatevote',
            name='undl_record',
            field=models.PositiveIntegerField(help_text="The voting record's id in the Digital Library", verbose_name='Digital Library record'),
        ),
        migrations.AlterField(
            model_name='separatevote',
            name='voted_on',
            field=models.DateField(blank=True, null=True, verbose_name='voted on'),
        ),
        migrations.AlterField(
            model_name='separatevote',
            name='votes_abstain',
            field=models.PositiveSmallIntegerField(verbose_name='abstentions'),
        ),
        migrations.AlterField(
            model_name='separatevote',
            name='votes_no',
            field=models.PositiveSmallIntegerField(verbose_name='votes against'),
        ),
        migrations.AlterField(
            model_name='separatevote',
            name='votes_non_voting',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='not voting'),
        ),
        migrations.AlterField(
            model_name='separatevote',
            name='votes_yes',
            field=models.PositiveSmallIntegerField(verbose_name='votes in favour'),
        ),
        migrations.AlterField(
            model_name='session',
            name='end_year',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='end year'),
        ),
        migrations.AlterField(
            model_name='session',
            name='kind',
            field=models.CharField(choices=[('regular', 'regular'), ('special', 'special'), ('emergency', 'emergency special')], max_length=10, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='session',
            name='number',
            field=models.PositiveSmallIntegerField(verbose_name='number'),
        ),
        migrations.AlterField(
            model_name='session',
            name='start_year',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='start year'),
        ),
    ]
