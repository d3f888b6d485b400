"""Platform forms drawn from app.core.platforms: the generic JSON form shows only what the chosen
login and page style need, and saves exactly what the merchant left in it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.models import Platform
from app.core.platforms import PLATFORM_FIELDS
from app.ui.dialogs.fields import PlatformForm


def generic_form(qtbot: QtBot) -> PlatformForm:
    form = PlatformForm(Platform.GENERIC_JSON)
    qtbot.addWidget(form)
    form.show()
    return form


def shown(form: PlatformForm, name: str) -> bool:
    return form.inputs[name].isVisibleTo(form)


def test_every_platform_gets_a_field_for_each_of_its_settings(qtbot: QtBot) -> None:
    for platform in Platform:
        form = PlatformForm(platform)
        qtbot.addWidget(form)
        assert list(form.inputs) == [field.name for field in PLATFORM_FIELDS[platform]]


def test_login_fields_appear_only_for_the_login_method_that_needs_them(qtbot: QtBot) -> None:
    form = generic_form(qtbot)
    assert form.inputs["auth"].value() == "none"
    assert not shown(form, "auth_header_name")
    assert not shown(form, "secret")

    form.inputs["auth"].set_value("header")

    assert shown(form, "auth_header_name")
    assert shown(form, "secret")
    assert not shown(form, "username")
    assert not shown(form, "auth_query_name")


def test_a_form_login_shows_the_user_name_password_and_user_token_it_posts(qtbot: QtBot) -> None:
    form = generic_form(qtbot)

    form.inputs["auth"].set_value("form")

    assert shown(form, "username") and shown(form, "password") and shown(form, "user_token")
    assert not shown(form, "secret") and not shown(form, "login_endpoint")


def test_page_settings_follow_the_page_style(qtbot: QtBot) -> None:
    form = generic_form(qtbot)
    assert shown(form, "page_param")
    assert not shown(form, "offset_param")

    form.inputs["paginator"].set_value("offset")

    assert shown(form, "offset_param") and shown(form, "limit_param") and shown(form, "page_size")
    assert not shown(form, "page_param")
    assert not shown(form, "cursor_path")


def test_clearing_a_field_that_has_a_default_really_switches_it_off(qtbot: QtBot) -> None:
    form = generic_form(qtbot)
    form.inputs["page_size_param"].set_value("")
    form.inputs["since_param"].set_value("")

    settings = form.settings()

    assert settings["page_size_param"] == "", "no page size parameter is sent"
    assert "since_param" not in settings, "an optional field without a default stays out"
    assert settings["page_param"] == "page"


def test_an_emptied_mapping_entry_is_saved_as_not_mapped(qtbot: QtBot) -> None:
    form = generic_form(qtbot)
    form.inputs["field_map"].set_value({"price": "", "sku": "code"})

    mapping = form.settings()["field_map"]

    assert mapping["price"] == ""
    assert mapping["sku"] == "code"
    assert mapping["quantity"] == "quantity"


def test_secrets_never_go_into_the_settings(qtbot: QtBot) -> None:
    form = PlatformForm(Platform.WOOCOMMERCE)
    qtbot.addWidget(form)
    form.inputs["site_url"].set_value("https://shop.example.com")
    form.inputs["consumer_key"].set_value("ck_live")
    form.inputs["consumer_secret"].set_value("cs_live")

    assert "ck_live" not in str(form.settings())
    assert form.secrets() == {"consumer_key": "ck_live", "consumer_secret": "cs_live"}
    assert form.problems() == []


def test_order_statuses_start_from_the_platform_defaults_and_take_new_lines(qtbot: QtBot) -> None:
    form = PlatformForm(Platform.WOOCOMMERCE)
    qtbot.addWidget(form)
    statuses = form.inputs["status_map"]
    assert statuses.value()["completed"] == "shipped"

    statuses.set_value({**statuses.value(), "awaiting-pickup": "processing"})

    assert statuses.value()["awaiting-pickup"] == "processing"
    assert not any("Order statuses" in problem for problem in form.problems())


def test_an_unknown_order_status_is_explained_and_blocks_saving(qtbot: QtBot) -> None:
    form = PlatformForm(Platform.BASELINKER)
    qtbot.addWidget(form)
    form.inputs["inventory_id"].set_value("1")
    form.inputs["warehouse_id"].set_value("bl_1")
    form.inputs["status_map"].set_value({"Wysłane": "sent"})

    problems = form.problems(frozenset({"api_token"}))

    assert any("'sent' is not a StoreSync order status" in problem for problem in problems)
