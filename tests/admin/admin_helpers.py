"""Helpers of the admin's tests (a module of its own: test folders share one import path)."""

from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent.parent / "archive" / "sample_corpus"


def sample(name: str) -> bytes:
    [path] = SAMPLES.rglob(name)
    return path.read_bytes()


def change_form_data(response, **changes) -> dict:
    """The POST data of an admin change page as it was shown (main form, inlines and their management
    forms, the hidden initial values of fields with a callable default), with `changes` applied: what a
    browser submits when the editor changes only those fields."""
    forms = [response.context["adminform"].form]
    data = {}
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        forms.extend(formset.forms)
        data.update({f"{formset.prefix}-{k}": v for k, v in formset.management_form.initial.items()})
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if form.fields[name].show_hidden_initial:  # compared with the value posted: changed or not
                data[form.add_initial_prefix(name)] = "" if value is None else value
            if value is True:
                data[form.add_prefix(name)] = "on"
            elif value is not None and value is not False:
                data[form.add_prefix(name)] = value
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
