"""Content versions kept by the database, so that no write path can forget them.

Every insert, update or delete of a resolution, a text, an annex, a paragraph, a footnote, a footnote
reference, a citation or a Member State's vote (or a Member State's names) adds one to the
`content_version` of each resolution whose page shows it: the resolution itself, and its neighbours through
citations — the resolutions it cites (their "Cited by" lists show its titles and paragraphs) and the
resolutions citing it (their links, pinpoints and "previous in series" read its texts and titles). A
changed citation bumps its old and its new target. A resolution's change adds one to its session's version
and to the archive's (`ArchiveVersion`, one row). Triggers are per statement with transition tables: an
ingestion's bulk insert of thousands of paragraphs is one UPDATE of one resolution.
"""

import django.db.models.functions.datetime
from django.db import migrations, models

# Each table's changed rows -> the ids of the resolutions they belong to (`{rows}`: a transition table).
RESOLUTIONS_OF = {
    "archive_resolutiontext": "SELECT resolution_id FROM {rows}",
    "archive_paragraph": "SELECT resolution_id FROM {rows}",
    "archive_footnote": "SELECT resolution_id FROM {rows}",
    "archive_annex": "SELECT t.resolution_id FROM {rows} r JOIN archive_resolutiontext t ON t.id = r.text_id",
    "archive_footnoteref": (
        "SELECT t.resolution_id FROM {rows} r JOIN archive_resolutiontext t ON t.id = r.text_id"
    ),
    "archive_citation": (
        "SELECT t.resolution_id FROM {rows} r JOIN archive_resolutiontext t ON t.id = r.text_id "
        "UNION SELECT target_resolution_id FROM {rows} WHERE target_resolution_id IS NOT NULL"
    ),
    "archive_memberstatevote": "SELECT resolution_id FROM {rows}",
    "archive_memberstate": (
        "SELECT v.resolution_id FROM {rows} r JOIN archive_memberstatevote v ON v.member_state_id = r.id"
    ),
}

FUNCTIONS = """
INSERT INTO archive_archiveversion (id) VALUES (1);

-- A resolution carries its session's kind and number: the API's default order is an index of its table.
UPDATE archive_resolution r SET session_kind = s.kind, session_number = s.number
FROM archive_session s WHERE s.id = r.session_id;
CREATE FUNCTION archive_copy_session_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT kind, number INTO NEW.session_kind, NEW.session_number
    FROM archive_session WHERE id = NEW.session_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER resolution_session_order BEFORE INSERT OR UPDATE OF session_id, session_kind, session_number
    ON archive_resolution FOR EACH ROW EXECUTE FUNCTION archive_copy_session_order();

-- Each UPDATE of a resolution or a session adds one to its version, whatever the statement wrote there.
CREATE FUNCTION archive_next_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.content_version := OLD.content_version + 1;
    NEW.content_changed_at := clock_timestamp();
    RETURN NEW;
END
$$;
CREATE TRIGGER resolution_next_version BEFORE UPDATE ON archive_resolution
    FOR EACH ROW EXECUTE FUNCTION archive_next_content_version();
CREATE TRIGGER session_next_version BEFORE UPDATE ON archive_session
    FOR EACH ROW EXECUTE FUNCTION archive_next_content_version();

-- The resolutions `ids` and their neighbours through citations: those they cite and those citing them.
CREATE FUNCTION archive_with_neighbours(ids bigint[]) RETURNS bigint[] LANGUAGE sql STABLE AS $$
    SELECT ARRAY(
        SELECT unnest(ids)
        UNION SELECT t.resolution_id FROM archive_citation c JOIN archive_resolutiontext t ON t.id = c.text_id
            WHERE c.target_resolution_id = ANY (ids)
        UNION SELECT c.target_resolution_id FROM archive_citation c
            JOIN archive_resolutiontext t ON t.id = c.text_id
            WHERE t.resolution_id = ANY (ids) AND c.target_resolution_id IS NOT NULL
    );
$$;

-- The resolutions `ids` get a new version (one UPDATE, whatever their number).
CREATE FUNCTION archive_touch_resolutions(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(ids) > 0 THEN
        UPDATE archive_resolution SET content_version = content_version WHERE id = ANY (ids);
    END IF;
END
$$;

-- The archive's version (its one row is created again if a test run's flush emptied the table).
CREATE FUNCTION archive_bump_archive_version() RETURNS void LANGUAGE sql AS $$
    INSERT INTO archive_archiveversion (id) VALUES (1)
    ON CONFLICT (id) DO UPDATE
    SET version = archive_archiveversion.version + 1, changed_at = clock_timestamp();
$$;

-- A resolution added, changed or removed: its sessions and the archive get a new version; a resolution
-- written to directly (not by the triggers here) also bumps its neighbours.
CREATE FUNCTION archive_resolutions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[] := '{}';
    sessions bigint[] := '{}';
BEGIN
    IF TG_OP <> 'DELETE' THEN
        ids := ids || ARRAY(SELECT id FROM new_rows);
        sessions := sessions || ARRAY(SELECT DISTINCT session_id FROM new_rows);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        ids := ids || ARRAY(SELECT id FROM old_rows);
        sessions := sessions || ARRAY(SELECT DISTINCT session_id FROM old_rows);
    END IF;
    IF cardinality(ids) = 0 THEN
        RETURN NULL;
    END IF;
    UPDATE archive_session SET content_version = content_version WHERE id = ANY (sessions);
    PERFORM archive_bump_archive_version();
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() = 1 THEN
        PERFORM archive_touch_resolutions(ARRAY(
            SELECT unnest(archive_with_neighbours(ids)) EXCEPT SELECT unnest(ids)
        ));
    END IF;
    RETURN NULL;
END
$$;

-- A session written to directly: the archive, and its resolutions (their pages name it; they carry its kind
-- and number).
CREATE FUNCTION archive_sessions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RETURN NULL;
    END IF;
    PERFORM archive_bump_archive_version();
    IF TG_OP = 'UPDATE' THEN
        UPDATE archive_resolution SET session_id = session_id WHERE session_id IN (SELECT id FROM new_rows);
    END IF;
    RETURN NULL;
END
$$;
"""

TABLE_TRIGGERS = """
CREATE FUNCTION {table}_bumps() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[] := '{{}}';
BEGIN
    IF TG_OP <> 'DELETE' THEN
        ids := ids || ARRAY(SELECT DISTINCT x FROM ({new}) AS changed(x) WHERE x IS NOT NULL);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        ids := ids || ARRAY(SELECT DISTINCT x FROM ({old}) AS changed(x) WHERE x IS NOT NULL);
    END IF;
    PERFORM archive_touch_resolutions(archive_with_neighbours(ids));
    RETURN NULL;
END
$$;
"""

STATEMENT_TRIGGERS = """
CREATE TRIGGER {name}_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION {function}();
CREATE TRIGGER {name}_update AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION {function}();
CREATE TRIGGER {name}_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION {function}();
"""


def forward_sql() -> str:
    parts = [FUNCTIONS]
    parts.append(
        STATEMENT_TRIGGERS.format(
            name="resolution_versions", table="archive_resolution", function="archive_resolutions_changed"
        )
    )
    parts.append(
        STATEMENT_TRIGGERS.format(
            name="session_versions", table="archive_session", function="archive_sessions_changed"
        )
    )
    for table, query in RESOLUTIONS_OF.items():
        new, old = query.format(rows="new_rows"), query.format(rows="old_rows")
        parts.append(TABLE_TRIGGERS.format(table=table, new=new, old=old))
        parts.append(
            STATEMENT_TRIGGERS.format(name=f"{table}_versions", table=table, function=f"{table}_bumps")
        )
    return "\n".join(parts)


def backward_sql() -> str:
    lines = []
    for table in ["archive_resolution", "archive_session", *RESOLUTIONS_OF]:
        name = {"archive_resolution": "resolution_versions", "archive_session": "session_versions"}.get(
            table, f"{table}_versions"
        )
        lines += [f"DROP TRIGGER {name}_{event} ON {table};" for event in ("insert", "update", "delete")]
    lines += [f"DROP FUNCTION {table}_bumps();" for table in RESOLUTIONS_OF]
    lines += [
        "DROP TRIGGER resolution_next_version ON archive_resolution;",
        "DROP TRIGGER resolution_session_order ON archive_resolution;",
        "DROP FUNCTION archive_copy_session_order();",
        "DROP TRIGGER session_next_version ON archive_session;",
        "DROP FUNCTION archive_sessions_changed();",
        "DROP FUNCTION archive_resolutions_changed();",
        "DROP FUNCTION archive_touch_resolutions(bigint[]);",
        "DROP FUNCTION archive_with_neighbours(bigint[]);",
        "DROP FUNCTION archive_bump_archive_version();",
        "DROP FUNCTION archive_next_content_version();",
    ]
    return "\n".join(lines)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0006_search_without_joins"),
    ]

    operations = [
        migrations.AddField(
            model_name="resolution",
            name="content_changed_at",
            field=models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False),
        ),
        migrations.AddField(
            model_name="resolution",
            name="content_version",
            field=models.BigIntegerField(db_default=1, editable=False),
        ),
        migrations.AddField(
            model_name="session",
            name="content_changed_at",
            field=models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False),
        ),
        migrations.AddField(
            model_name="session",
            name="content_version",
            field=models.BigIntegerField(db_default=1, editable=False),
        ),
        migrations.CreateModel(
            name="ArchiveVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.BigIntegerField(db_default=1, editable=False)),
                (
                    "changed_at",
                    models.DateTimeField(
                        db_default=django.db.models.functions.datetime.Now(), editable=False
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(condition=models.Q(("id", 1)), name="archive_version_one_row")
                ],
            },
        ),
        migrations.AlterModelOptions(
            name="resolution",
            options={"ordering": ["session_kind", "-session_number", "number"]},
        ),
        migrations.AddField(
            model_name="resolution",
            name="session_kind",
            field=models.CharField(db_default="", editable=False, max_length=10),
        ),
        migrations.AddField(
            model_name="resolution",
            name="session_number",
            field=models.PositiveSmallIntegerField(db_default=0, editable=False),
        ),
        migrations.AddIndex(
            model_name="resolution",
            index=models.Index(
                fields=["session_kind", "-session_number", "number"],
                include=["id"],
                name="resolution_list_order",
            ),
        ),
        migrations.RunSQL(forward_sql(), backward_sql()),
    ]
