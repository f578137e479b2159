"""Locust users of benchmarks/load.py: residents and desk staff (not run by itself).

Residents read the catalog and an intervention and answer the self-check; desk staff (the
demo accounts of ``manage.py iub_demo``) log in once, then check, give the information,
start participations without identity, record visits and count heads. Every acknowledged
write (a 201 with an id) is appended to the file named by ``IUB_LOAD_ACKS`` as
``kind id key``, for the count check after the run.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import random
import uuid
from typing import Any

from locust import HttpUser, between, task

CSRF = "benchmarkbenchmarkbenchmarkbench"  # 32 characters: Django accepts the unmasked secret
PASSWORD = "iub-demo-2026"  # the demo accounts' (docs/desk.md)
MINI = "/api/personal/alingsas/mini-maria/anhorigstod-vid-ungas-beroende-mini-maria"
GLANTAN = "/api/personal/alingsas/aktivitetshus-glantan/aktivitetshus-glantan"
FACTS = {"person.age": 45, "person.municipality": "Alingsås", "person.supports_close_person": True}
SELFCHECK = "/stockholm/samtalsgrupp-for-anhoriga/passar-det-har-mig/"
_ACKS = open(os.environ.get("IUB_LOAD_ACKS", os.devnull), "a", buffering=1)  # noqa: SIM115
_HALF_DAYS = itertools.count()  # one process: every head count gets a half-day of its own


def _ack(kind: str, response: Any, key: str) -> None:
    if response.status_code == 201:
        _ACKS.write(f"{kind} {response.json()['id']} {key}\n")


class Resident(HttpUser):
    """A resident: the catalog, an intervention, the self-check's answers."""

    weight = 3
    wait_time = between(0.5, 1.5)

    def on_start(self) -> None:
        self.client.cookies.set("csrftoken", CSRF)

    @task(3)
    def catalog(self) -> None:
        self.client.get("/alingsas/", name="GET /{catalog}/")

    @task(2)
    def intervention(self) -> None:
        self.client.get("/stockholm/samtalsgrupp-for-anhoriga/", name="GET /{catalog}/{id}/")

    @task(2)
    def selfcheck(self) -> None:
        self.client.post(
            SELFCHECK,
            data={
                "csrfmiddlewaretoken": CSRF,
                "a.person.age": "16",
                "a.person.lives_in": "0180",
                "a.person.requests_self": "yes",
                "q": "close_person.situations",
                "a.close_person.situations": "substance_use",
            },
            name="POST self-check",
        )

    @task(1)
    def api_check(self) -> None:
        self.client.post(
            "/api/catalogs/stockholm/interventions/samtalsgrupp-for-anhoriga/check",
            json={"person.age": 40, "person.municipality": "Stockholm"},
            name="POST /api/…/check",
        )


class _Desk(HttpUser):
    abstract = True
    username = ""
    wait_time = between(0.5, 1.5)

    def on_start(self) -> None:
        self.client.get("/personal/logga-in/", name="GET log-in")
        token = self.client.cookies.get("csrftoken", "")
        self.client.post(
            "/personal/logga-in/",
            data={"username": self.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
            name="POST log-in",
        )

    def _post(self, path: str, body: Any, name: str) -> tuple[Any, str]:
        key = uuid.uuid4().hex
        response = self.client.post(
            path,
            json=body,
            headers={
                "Idempotency-Key": key,
                "X-CSRFToken": self.client.cookies.get("csrftoken", ""),
            },
            name=name,
        )
        return response, key

    def _visit(self, base: str) -> None:
        body = {"visited_on": "2026-11-26", "delivery": "individual", "people": 1}
        response, key = self._post(base + "/besok", body, "POST desk visit")
        _ack("visit", response, key)


class MiniMaria(_Desk):
    """A counsellor at Mini Maria: checks, information, participations, visits."""

    weight = 1
    username = "mini-maria"

    @task(2)
    def participation(self) -> None:
        check, key = self._post(MINI + "/kontroll", FACTS, "POST desk check")
        _ack("check", check, key)
        if check.status_code != 201:
            return
        pk = check.json()["id"]
        self.client.post(
            f"{MINI}/kontroll/{pk}/information",
            headers={"X-CSRFToken": self.client.cookies.get("csrftoken", "")},
            name="POST desk information",
        )
        started, key = self._post(
            f"{MINI}/deltaganden?kontroll={pk}",
            {"started_on": "2026-11-26", "participants": 1, "wellbeing_start": 3},
            "POST desk participation",
        )
        _ack("participation", started, key)

    @task(3)
    def visit(self) -> None:
        self._visit(MINI)


class Glantan(_Desk):
    """The meeting place Gläntan: a head count per half-day, and visits."""

    weight = 1
    username = "aktivitetshus-glantan"

    @task(2)
    def head_count(self) -> None:
        n = next(_HALF_DAYS)
        day = dt.date(2022, 1, 1) + dt.timedelta(days=n // 2)
        body = {
            "counted_on": day.isoformat(),
            "half_day": ("fm", "em")[n % 2],
            "total": random.randint(1, 40),
        }
        response, key = self._post(GLANTAN + "/huvudrakning", body, "POST desk head count")
        _ack("head_count", response, key)

    @task(1)
    def visit(self) -> None:
        self._visit(GLANTAN)
