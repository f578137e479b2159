"""catalog_version_load: publish once, never overwrite, a new version on change."""

from __future__ import annotations

import hashlib

import pytest

from iub.catalog import resolve_catalog
from iub.errors import CatalogLoadError
from iub.web.catalog.models import CatalogVersion
from iub.web.catalog.services import catalog_version_load, catalog_version_load_file

pytestmark = pytest.mark.django_db

STOCKHOLM = resolve_catalog("stockholm").read_text(encoding="utf-8")


class TestCatalogVersionLoad:
    def test_first_load_publishes_version_1_with_decision_and_source(self) -> None:
        """The first load stores the YAML verbatim, its SHA-256 and the decision data."""
        result = catalog_version_load(stem="stockholm", source_yaml=STOCKHOLM)

        assert result.created
        assert 1 == result.version.number
        assert STOCKHOLM == result.version.source_yaml
        assert hashlib.sha256(STOCKHOLM.encode()).hexdigest() == result.version.sha256
        assert "Stockholm" == result.version.municipality_name
        assert "0180" == result.version.municipality_code
        assert isinstance(result.version.decision, dict)

    def test_loading_unchanged_yaml_again_does_not_duplicate(self) -> None:
        """A second load of the same YAML returns the same version and writes nothing."""
        first = catalog_version_load(stem="stockholm", source_yaml=STOCKHOLM)

        again = catalog_version_load(stem="stockholm", source_yaml=STOCKHOLM)

        assert not again.created
        assert first.version.pk == again.version.pk
        assert 1 == CatalogVersion.objects.filter(stem="stockholm").count()

    def test_changed_yaml_becomes_a_new_version_and_keeps_the_old(self) -> None:
        """Changed YAML is version 2; version 1 is untouched."""
        first = catalog_version_load(stem="stockholm", source_yaml=STOCKHOLM)
        changed = STOCKHOLM + "\n# a comment changes the bytes, so the version\n"

        second = catalog_version_load(stem="stockholm", source_yaml=changed)

        assert second.created
        assert 2 == second.version.number
        assert STOCKHOLM == CatalogVersion.objects.get(pk=first.version.pk).source_yaml

    def test_reverting_to_earlier_yaml_is_a_new_version(self) -> None:
        """A -> B -> A publishes three versions: the latest decides, history is kept."""
        catalog_version_load(stem="stockholm", source_yaml=STOCKHOLM)
        catalog_version_load(stem="stockholm", source_yaml=STOCKHOLM + "\n# b\n")

        third = catalog_version_load(stem="stockholm", source_yaml=STOCKHOLM)

        assert 3 == third.version.number

    def test_invalid_yaml_is_refused_and_nothing_is_written(self) -> None:
        """A catalog that does not validate is not published."""
        with pytest.raises(CatalogLoadError):
            catalog_version_load(stem="stockholm", source_yaml="title: only a title\n")

        assert 0 == CatalogVersion.objects.count()

    def test_reserved_stem_is_refused(self) -> None:
        """A catalog may not be named after a site address such as 'api'."""
        with pytest.raises(ValueError, match="reserved"):
            catalog_version_load(stem="api", source_yaml=STOCKHOLM)

        assert 0 == CatalogVersion.objects.count()

    def test_a_published_version_cannot_be_saved_again(self) -> None:
        """Rows are insert-only: changing a published version raises."""
        version = catalog_version_load(stem="stockholm", source_yaml=STOCKHOLM).version
        version.title = "changed"

        with pytest.raises(ValueError, match="never changed"):
            version.save()

    def test_load_file_names_the_version_by_the_file_stem(self) -> None:
        """A shipped catalog loaded by name gets its file stem."""
        result = catalog_version_load_file("stockholm")

        assert "stockholm" == result.version.stem
