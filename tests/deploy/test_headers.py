"""Security headers on every response: Content-Security-Policy, Referrer-Policy and the rest."""

import pytest

STRICT = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@pytest.mark.parametrize("path", ["/healthz", "/", "/admin/login/", "/no/such/page"])
def test_pages_get_the_strict_policy(client, db, path):
    response = client.get(path)
    assert response.headers["Content-Security-Policy"] == STRICT
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_browsable_api_may_use_inline_styles(client, db):
    response = client.get("/api/v1/resolutions/", HTTP_ACCEPT="text/html")
    assert response.headers["Content-Security-Policy"] == STRICT.replace(
        "style-src 'self'", "style-src 'self' 'unsafe-inline'"
    )


def test_swagger_ui_may_run_its_inline_start_script(client, db):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == STRICT.replace(
        "script-src 'self'", "script-src 'self' 'unsafe-inline'"
    ).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
