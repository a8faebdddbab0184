"""The texts' full-text index without a pending list (`fastupdate` off): a write puts its text's words in
the index at once, instead of in a list that every search scans whole until VACUUM merges it, and that the
planner charges to every scan of the index. With 348 pages pending on the full-scale archive (an ingest's
writes), the planner found a language's English texts through `text_language_resolution` and checked each
one's vector (1.2 s for two common words, where the index answers in 30 ms). The index is built again,
without the list (5 s at full scale: 60,000 texts); docs/performance.md, "Search at full scale"."""

import django.contrib.postgres.indexes
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0034_texts_sources_out_of_line"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="resolutiontext", name="text_search"),
        migrations.AddIndex(
            model_name="resolutiontext",
            index=django.contrib.postgres.indexes.GinIndex(
                fastupdate=False, fields=["language", "search_vector"], name="text_search"
            ),
        ),
    ]
