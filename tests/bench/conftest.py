import pytest

from archive.bench.profile import sample_profile
from archive.bench.synthetic import SyntheticArchive


@pytest.fixture(scope="session")
def profile():
    return sample_profile()


def generate(profile, scale: int = 40, seed: int = 7, **kwargs) -> dict[str, list[tuple]]:
    """Every row of a small synthetic archive, by model."""
    rows: dict[str, list[tuple]] = {}
    for batch in SyntheticArchive(scale=scale, seed=seed, profile=profile, **kwargs).batches(size=16):
        for name, values in batch.items():
            rows.setdefault(name, []).extend(values)
    return rows
