"""An editor's correction in the admin is on the public page and in the API at once: the database gave
the resolution a new content version, so the cached responses of the old one are not served."""

from admin_helpers import change_form_data
from django.test import Client


def test_a_paragraph_corrected_in_the_admin(as_alice, ingested):
    resolution = ingested("A_RES_80_2.txt")
    reader = Client()
    paths = [resolution.get_absolute_url(), f"/api/v1/resolutions/{resolution.symbol}", "/sessions/80"]
    before = {path: reader.get(path) for path in paths}
    text = resolution.texts.get()
    url = f"/admin/archive/resolutiontext/{text.pk}/change/"
    form = change_form_data(as_alice.get(url), **{"paragraphs-2-body": "Reaffirms its role."})
    assert as_alice.post(url, form).status_code == 302

    for path, response in before.items():
        again = reader.get(path, HTTP_IF_NONE_MATCH=response["ETag"])
        assert again.status_code == 200 and again["ETag"] != response["ETag"], path
    assert "Reaffirms its role." in reader.get(resolution.get_absolute_url()).content.decode()
    assert "Reaffirms its role." in reader.get(paths[1]).content.decode()
