from api.filters import CitationFilter, ResolutionFilter


def test_a_filtersets_form_class_is_built_once_and_is_its_own():
    """The form class is built once per FilterSet class (not for each request), each class its own, and
    each form cleans with fields of its own: one request's values and errors never reach another's."""
    good = ResolutionFilter({"language": "fr"}).form
    bad = ResolutionFilter({"language": "xx"}).form

    assert type(good) is type(bad)
    assert good.fields["language"] is not bad.fields["language"]
    assert good.is_valid() and good.cleaned_data["language"] == "fr"
    assert not bad.is_valid()
    assert bad.errors == {"language": ["Select a valid choice. xx is not one of the available choices."]}
    citations = type(CitationFilter({}).form)
    assert citations is not type(good)
    assert sorted(citations.base_fields) == ["kind", "language", "resolved", "target"]
    assert "session" in type(good).base_fields
