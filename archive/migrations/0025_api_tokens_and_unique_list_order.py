"""API tokens stored hashed (`ApiToken`), replacing DRF's tokens, which held their keys in clear: each
becomes an ApiToken holding its key's SHA-256 (the key keeps working), then their table is dropped. The
Editors group may make and revoke tokens. The resolutions' default order ends on the id (unique), and its
index follows."""

import hashlib

import django.db.models.deletion
import django.db.models.functions.datetime
from django.conf import settings
from django.db import migrations, models


EDITORS = "Editors"
TOKEN_PERMISSIONS = ["add_apitoken", "view_apitoken", "change_apitoken", "delete_apitoken"]
DRF_TOKENS = "authtoken_token"


def hash_drf_tokens(apps, schema_editor):
    connection = schema_editor.connection
    if DRF_TOKENS not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, user_id, created FROM {DRF_TOKENS} ORDER BY created")
        rows = cursor.fetchall()
    ApiToken = apps.get_model("archive", "ApiToken")
    ApiToken.objects.bulk_create(
        ApiToken(
            user_id=user_id,
            name="made before tokens were hashed",
            key_hash=hashlib.sha256(key.encode()).hexdigest(),
            key_prefix=key[:8],
            created_at=created,
        )
        for key, user_id, created in rows
    )
    schema_editor.execute(f"DROP TABLE {DRF_TOKENS}")


def let_editors_manage_tokens(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    archive = apps.get_app_config("archive")
    archive.models_module = True  # create_permissions skips apps without models
    create_permissions(archive, apps=apps, verbosity=0)
    archive.models_module = None
    group = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
    if group is not None:
        Permission = apps.get_model("auth", "Permission")
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="archive", codename__in=TOKEN_PERMISSIONS)
        )


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0024_catalogue_votes_harvest'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ApiToken',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(help_text='What the token is for: a script, a host', max_length=100, verbose_name='name')),
                ('key_hash', models.CharField(editable=False, max_length=64)),
                ('key_prefix', models.CharField(editable=False, help_text="The key's first characters, to tell it", max_length=8, verbose_name='key begins')),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False, verbose_name='created')),
                ('expires_at', models.DateTimeField(blank=True, help_text='Empty: the token never expires', null=True, verbose_name='expires')),
            ],
            options={
                'verbose_name': 'API token',
                'verbose_name_plural': 'API tokens',
                'ordering': ['-created_at', '-id'],
            },
        ),
        migrations.AlterModelOptions(
            name='resolution',
            options={'ordering': ['session_kind', '-session_number', 'number', 'id']},
        ),
        migrations.RemoveIndex(
            model_name='resolution',
            name='resolution_list_order',
        ),
        migrations.AddIndex(
            model_name='resolution',
            index=models.Index(fields=['session_kind', '-session_number', 'number', 'id'], include=('content_version',), name='resolution_list_order'),
        ),
        migrations.AddField(
            model_name='apitoken',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='api_tokens', to=settings.AUTH_USER_MODEL, verbose_name='user'),
        ),
        migrations.AddConstraint(
            model_name='apitoken',
            constraint=models.UniqueConstraint(fields=('key_hash',), name='apitoken_key_hash_unique'),
        ),
        migrations.AddConstraint(
            model_name='apitoken',
            constraint=models.CheckConstraint(condition=models.Q(('key_hash__regex', '^[0-9a-f]{64}$')), name='apitoken_hash'),
        ),
        migrations.RunPython(hash_drf_tokens, migrations.RunPython.noop),
        migrations.RunPython(let_editors_manage_tokens, migrations.RunPython.noop),
    ]
