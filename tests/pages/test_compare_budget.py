"""/compare within a time budget: a comparison too long to compute answers "too long to compare" instead
of holding a worker, a comparison is computed once per content version, whatever the URL, and a process
computes at most ARCHIVE_COMPARE_SLOTS at once (others are refused at once, 503 with Retry-After)."""

import pytest

from archive.models import Resolution
from archive.pages.compare_slots import Busy, compare_slot
from archive.pages.time_budget import TimeBudget, TooLong
from archive.pages.views import compare
from tests.factories import ParagraphFactory, ResolutionTextFactory, SessionFactory

URL = "/compare/A/RES/80/1/with/A/RES/80/2"


@pytest.fixture
def two_texts(db):
    eightieth = SessionFactory(number=80)
    texts = [ResolutionTextFactory(resolution__session=eightieth, resolution__number=n) for n in (1, 2)]
    for text, word in zip(texts, ("first", "second"), strict=True):
        ParagraphFactory(text=text, body=f"Decides to consider this matter at its {word} session;")
    return texts


@pytest.fixture
def counted(monkeypatch):
    """How many times the comparison itself is computed."""
    calls = []
    real = compare.marked_pairs

    def counting(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(compare, "marked_pairs", counting)
    return calls


def too_long(response) -> bool:
    content = response.content.decode()
    return (
        response.status_code == 503
        and "<h1>Too long to compare</h1>" in content
        and '<a href="/en/A/RES/80/1">A/RES/80/1</a>' in content
    )


def test_a_paragraph_too_long_to_compare_word_by_word_is_refused_at_once(client, two_texts):
    ParagraphFactory(text=two_texts[0], body="word " * 15_000)
    ParagraphFactory(text=two_texts[1], body="words " * 15_000)
    assert too_long(client.get(URL))


def test_a_comparison_past_its_time_budget_answers_too_long(client, two_texts, settings):
    settings.ARCHIVE_COMPARE_BUDGET_SECONDS = 0
    assert too_long(client.get(URL))


def test_a_comparison_is_computed_once_per_content_version_whatever_the_query_string(
    client, two_texts, counted
):
    first = client.get(URL)
    assert first.status_code == 200
    assert "<del>first</del>" in first.content.decode()
    for query in ("?a=1", "?b=2", "?utm=x"):
        again = client.get(URL + query)
        assert again.content == first.content
    assert len(counted) == 1
    ParagraphFactory(text=two_texts[1], body="Requests the Secretary-General to report;")
    Resolution.objects.filter(symbol="A/RES/80/2").touch()
    assert "Requests the Secretary-General" in client.get(URL).content.decode()
    assert len(counted) == 2


def test_too_long_is_kept_too_so_repeating_it_costs_nothing(client, two_texts, settings, counted):
    settings.ARCHIVE_COMPARE_BUDGET_SECONDS = 0
    assert [too_long(client.get(URL + f"?n={n}")) for n in range(3)] == [True] * 3
    assert len(counted) == 1


def test_the_budget_stops_work_once_spent_or_before_a_step_too_large():
    budget = TimeBudget(seconds=60, max_tokens=100)
    budget.check(100, 100)
    with pytest.raises(TooLong, match="^a paragraph of 101 tokens, over 100$"):
        budget.check(5, 101)
    with pytest.raises(TooLong, match="^over 0 seconds$"):
        TimeBudget(seconds=0, started=0).check()


def busy(response) -> bool:
    content = response.content.decode()
    return (
        response.status_code == 503
        and response["Retry-After"] == "5"
        and "<h1>Too many comparisons at once</h1>" in content
        and "The archive is comparing other resolutions just now. Please try comparing A/RES/80/1 with "
        "A/RES/80/2 again in a few seconds."
        in content
        and '<a href="/en/A/RES/80/2">A/RES/80/2</a>' in content
    )


def test_a_comparison_past_the_process_slots_is_refused_at_once_with_retry_after(client, two_texts, counted):
    with compare_slot():  # another request of this process computing a comparison
        assert busy(client.get(URL))
    assert counted == []
    answer = client.get(URL)
    assert answer.status_code == 200
    assert "<del>first</del>" in answer.content.decode()


def test_a_comparison_already_computed_needs_no_slot(client, two_texts, counted):
    assert client.get(URL).status_code == 200
    with compare_slot():
        assert client.get(URL + "?again").status_code == 200
    assert len(counted) == 1


def test_a_process_computes_as_many_comparisons_at_once_as_it_has_slots(settings):
    settings.ARCHIVE_COMPARE_SLOTS = 2
    for _ in range(2):  # given back after each
        with compare_slot(), compare_slot(), pytest.raises(Busy), compare_slot():
            pass
