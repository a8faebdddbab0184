"""Merges the two branches from 0006: content versions (0007) and search documents (0008)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0007_content_versions"),
        ("archive", "0008_search_documents"),
    ]

    operations = []
