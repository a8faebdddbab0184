"""Migration 0025 turns DRF's tokens, kept in clear, into hashed API tokens that still work, and drops
their table."""

import datetime
import hashlib
from importlib import import_module

from django.apps import apps
from django.db import connection
from rest_framework.test import APIClient

from archive.models import ApiToken
from tests.factories import EditorFactory

migration = import_module("archive.migrations.0025_api_tokens_and_unique_list_order")
KEY = "0123456789abcdef0123456789abcdef01234567"


def test_drf_tokens_become_hashed_tokens_and_their_table_goes(db):
    editor = EditorFactory(username="old-editor")
    created = datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, user_id int, created timestamptz)"
        )
        cursor.execute("INSERT INTO authtoken_token VALUES (%s, %s, %s)", [KEY, editor.pk, created])

    with connection.schema_editor() as schema_editor:
        migration.hash_drf_tokens(apps, schema_editor)

    token = ApiToken.objects.get()
    assert (token.user, token.key_hash, token.key_prefix, token.created_at) == (
        editor,
        hashlib.sha256(KEY.encode()).hexdigest(),
        KEY[:8],
        created,
    )
    assert "authtoken_token" not in connection.introspection.table_names()
    client = APIClient()
    assert client.get("/api/v1/sessions/", HTTP_AUTHORIZATION=f"Token {KEY}").status_code == 200


def test_editors_may_manage_their_tokens(db):
    editor = EditorFactory(username="editor")

    assert {p for p in editor.get_all_permissions() if p.endswith("apitoken")} == {
        "archive.add_apitoken",
        "archive.view_apitoken",
        "archive.change_apitoken",
        "archive.delete_apitoken",
    }
