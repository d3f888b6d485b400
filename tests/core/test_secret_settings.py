"""A secret is found wherever it sits in settings or an imported store entry, and never reported by value."""

from __future__ import annotations

from app.core.models import Platform
from app.core.secret_settings import secret_paths, store_secrets


def test_secrets_are_taken_out_wherever_they_sit() -> None:
    entry = {
        "name": "ERP",
        "secret": "tok-top",
        "settings": {"base_url": "https://erp.example", "secret": "tok-top", "preset": {"secret": "tok-top"}},
        "jobs": [{"kind": "inventory_pull", "options": {"secret": ""}}],
    }
    separated = store_secrets(Platform.GENERIC_JSON, entry)
    assert separated.secrets == {"secret": "tok-top"}
    assert separated.problems == []
    assert separated.cleaned == {
        "name": "ERP",
        "settings": {"base_url": "https://erp.example", "preset": {}},
        "jobs": [{"kind": "inventory_pull", "options": {}}],
    }
    assert secret_paths(separated.cleaned) == []
    assert secret_paths(entry) == ["secret", "settings.secret", "settings.preset.secret"]


def test_what_cannot_be_kept_as_the_stores_own_secret_is_named_without_its_value() -> None:
    separated = store_secrets(
        Platform.SHOPIFY,
        {"access_token": "shpat_one", "settings": {"access_token": "shpat_two", "api_token": "bl-x", "x": 5}},
    )
    assert separated.secrets == {"access_token": "shpat_one"}
    assert separated.problems == [
        "access_token is given twice with different values (settings.access_token)",
        "settings.api_token is a secret this store has no field for",
    ]
    assert not any("shpat" in problem or "bl-x" in problem for problem in separated.problems)
    assert store_secrets(Platform.BASELINKER, {"api_token": 12345}).problems == ["api_token must be text"]


def test_a_login_template_names_its_secrets_without_holding_them() -> None:
    template = {"login_body": {"password": "{password}", "user_token": "{user_token}"}}
    assert secret_paths(template) == []
    assert secret_paths({"login_body": {"password": "hunter2-typed-in"}}) == ["login_body.password"]
