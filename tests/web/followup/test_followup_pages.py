"""Follow-up pages, downloads and API (docs/followup.md): committee and analysts only, every
figure through disclosure control, bad input answered clearly and without a 500."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.test import Client
from openpyxl import load_workbook

from iub.web.accounts.models import StaffProfile, Unit
from iub.web.accounts.services import staff_create, units_seed_from_catalog
from iub.web.catalog import selectors as catalog_selectors
from iub.web.catalog.services import catalog_version_load_file
from iub.web.desk.models import AnonymousParticipation, CheckRecord
from iub.web.followup.demo import demo_fill
from iub.web.followup.models import SurveyResponse

YEAR = dt.date.today().year
X = "samtalsgrupp-for-anhoriga"


def login(username: str) -> Client:
    client = Client()
    client.force_login(StaffProfile.objects.get(user__username=username).user)
    return client


@pytest.fixture
def seeded(db: None) -> None:
    """Stockholm published, its units and a demo year; one account per role."""
    version = catalog_version_load_file("stockholm").version
    units = units_seed_from_catalog(catalog_selectors.catalog_of(version), stem="stockholm")
    committee = [u for u in units if u.kind == Unit.Kind.COMMITTEE]
    provider = [u for u in units if u.kind != Unit.Kind.COMMITTEE][:1]
    staff_create(username="namnd", password=None, role="committee", units=committee)
    staff_create(username="analytiker", password=None, role="analyst")
    staff_create(username="utforare", password=None, role="provider", units=provider)
    staff_create(username="other-committee", password=None, role="committee", units=[])
    demo_fill(seed=7, warm=False)


def test_committee_and_analyst_see_real_figures(seeded: None) -> None:
    for who in ("namnd", "analytiker"):
        client = login(who)
        home = client.get("/uppfoljning/")
        assert 200 == home.status_code
        assert f"/uppfoljning/stockholm/{YEAR}/" in home.content.decode()
        page = client.get(f"/uppfoljning/stockholm/{YEAR}/")
        html = page.content.decode()
        assert 200 == page.status_code
        assert "<svg" in html and "<table" in html and 'scope="row"' in html
        detail = client.get(f"/uppfoljning/stockholm/{YEAR}/{X}/").content.decode()
        assert "Påbörjade deltaganden" in detail


def test_figures_are_for_committee_and_analysts_only(seeded: None) -> None:
    assert 403 == login("utforare").get("/uppfoljning/").status_code
    assert 403 == login("utforare").get(f"/api/uppfoljning/stockholm/{YEAR}").status_code
    anonymous = Client().get(f"/uppfoljning/stockholm/{YEAR}/")
    assert 302 == anonymous.status_code and "logga-in" in anonymous["Location"]
    assert 401 == Client().get(f"/api/uppfoljning/stockholm/{YEAR}").status_code
    # a committee sees its own catalog only
    assert 404 == login("other-committee").get(f"/uppfoljning/stockholm/{YEAR}/").status_code


def test_the_api_gives_the_same_protected_figures(seeded: None) -> None:
    client = login("analytiker")
    data = client.get(f"/api/uppfoljning/stockholm/{YEAR}").json()
    assert 5 == data["threshold"]
    cells = [
        cell
        for table in data["tables"]
        for row in table["rows"]
        for cell in ([row["cell"]] if "cell" in row else list(row["cells"].values()))
    ]
    hidden = [c for c in cells if c["hidden"]]
    assert hidden and all(c["value"] is None for c in hidden)  # hidden, never 0
    shown = [c["value"] for c in cells if not c["hidden"] and c["value"]]
    assert shown and min(shown) >= 5  # no small count leaves the database
    one = client.get(f"/api/uppfoljning/stockholm/{YEAR}/{X}").json()
    assert all(t["intervention"] == X for t in one["tables"])


def test_csv_and_xlsx_downloads(seeded: None) -> None:
    client = login("namnd")
    response = client.get(f"/uppfoljning/stockholm/{YEAR}/figurer.csv")
    assert 200 == response.status_code
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    assert "– = uppgiften visas inte" in text
    response = client.get(f"/uppfoljning/stockholm/{YEAR}/figurer.xlsx?insats={X}")
    book = load_workbook(io.BytesIO(response.content))
    assert "Om siffrorna" == book.worksheets[0].title
    assert len(book.worksheets) > 3


def test_the_yearly_report_downloads_as_pdf(seeded: None) -> None:
    response = login("namnd").get(f"/uppfoljning/stockholm/{YEAR}/rapport.pdf")
    assert 200 == response.status_code
    assert response.content.startswith(b"%PDF")


def test_an_empty_year_says_so(seeded: None) -> None:
    html = login("namnd").get("/uppfoljning/stockholm/2025/").content.decode()
    if CheckRecord.objects.filter(checked_on__year=2025).exists():
        CheckRecord.objects.all().delete()
        AnonymousParticipation.objects.all().delete()
        html = login("namnd").get("/uppfoljning/stockholm/2025/").content.decode()
    assert "Inga uppgifter är registrerade för 2025" in html


def test_a_period_whose_every_figure_is_hidden_exports_with_a_message(seeded: None) -> None:
    CheckRecord.objects.all().delete()
    SurveyResponse.objects.all().delete()  # the demo's survey answers
    AnonymousParticipation.objects.exclude(
        pk__in=AnonymousParticipation.objects.filter(started_on__year=YEAR).values("pk")[:2]
    ).delete()
    client = login("namnd")
    text = client.get(f"/uppfoljning/stockholm/{YEAR}/figurer.csv?insats={X}").content.decode()
    assert "Alla uppgifter för perioden är dolda" in text
    page = client.get(f"/uppfoljning/stockholm/{YEAR}/{X}/").content.decode()
    assert "Alla uppgifter för insatsen är dolda" in page


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/uppfoljning/stockholm/1999/", 404),
        ("/uppfoljning/stockholm/2999/", 404),
        (f"/uppfoljning/stockholm/{YEAR}/finns-inte/", 404),
        (f"/uppfoljning/nowhere/{YEAR}/", 404),
        (f"/uppfoljning/stockholm/{YEAR}/figurer.csv?insats=finns-inte", 404),
        ("/api/uppfoljning/stockholm/1999", 422),
        (f"/api/uppfoljning/stockholm/{YEAR}/finns-inte", 404),
        (f"/api/uppfoljning/nowhere/{YEAR}", 404),
    ],
)
def test_bad_addresses_are_clear_not_500(seeded: None, url: str, status: int) -> None:
    response = login("analytiker").get(url)
    assert status == response.status_code
    if url.startswith("/api/"):
        assert "invalid_params" in json.loads(response.content) or "detail" in json.loads(
            response.content
        )


def test_a_threshold_below_three_stops_the_site_with_the_reason(settings: object) -> None:
    from iub.web.followup.apps import thresholds_check

    settings.IUB_FOLLOWUP_THRESHOLDS = {"stockholm": "2"}  # type: ignore[attr-defined]
    errors = thresholds_check()
    assert 1 == len(errors)
    assert "aldrig vara under 3" in errors[0].msg
    settings.IUB_FOLLOWUP_THRESHOLDS = {"stockholm": "fem"}  # type: ignore[attr-defined]
    assert "inget heltal" in thresholds_check()[0].msg


def test_demo_data_is_reproducible(seeded: None) -> None:
    first = demo_fill(seed=7, warm=False)
    second = demo_fill(seed=7, warm=False)
    assert first == second
    assert any(r.participations for r in first)


def test_the_staff_header_follows_the_role(seeded: None) -> None:
    """A committee or analyst account is not offered a unit desk it cannot use."""
    committee = login("namnd").get("/uppfoljning/").content.decode()
    analyst = login("analytiker").get("/uppfoljning/").content.decode()
    provider = login("utforare").get("/personal/").content.decode()

    assert "Nämndens arbetsyta" in committee and 'href="/namnd/"' in committee
    assert "Mina enheter" not in committee and "Utförarens disk" not in committee
    assert 'aria-current="page">Uppföljning</a>' in analyst and "Mina enheter" not in analyst
    assert "Utförarens disk" in provider and "Mina enheter" in provider


def test_breadcrumbs_use_the_site_s_breadcrumb_style(seeded: None) -> None:
    html = login("analytiker").get(f"/uppfoljning/stockholm/{YEAR}/").content.decode()
    assert '<nav class="breadcrumbs site-width" aria-label="Brödsmulor"><ol>' in html


def test_figures_from_the_database_are_the_same_presummed_or_one_by_one(seeded: None) -> None:
    # The GROUP BY rows of this database (SQLite, and PostgreSQL in make test's second pass),
    # summed by what the tables read before being spread into cells, or one by one: the same
    # cells (docs/followup.md, "Scale").
    from iub.followup.statistics import _cell_values, table_specs
    from iub.web.followup.selectors import catalog_for, year_observations

    cat = catalog_for("stockholm")
    assert cat is not None
    specs = table_specs(cat)
    observations = list(year_observations("stockholm", YEAR))
    one_by_one = _cell_values(specs, cat, observations, presum=False)
    assert any(one_by_one.values())
    assert one_by_one == _cell_values(specs, cat, observations, presum=True)
