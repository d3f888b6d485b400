"""Stock push previews and approvals as plain data: the plan a push would write now (with the guard's
refusals and the SKUs it cannot pair), and the merchant's go for exactly a plan they were shown.

A plan travels as a document (`plan_document`) and is read back (`planned_from_document`) unchanged,
so the command line prints and approves the same plan whichever process computed it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.errors import InvalidRequest
from app.core.models import Job, JobKind
from app.core.operations.lookup import find_job
from app.core.operations.triggering import chosen_jobs
from app.core.push_plan import Action, PlannedPush, PlanRow, PushPlan, Unmatched
from app.core.services import AppServices

ROW_FIELDS = PlanRow._fields


def plan_document(planned: PlannedPush) -> dict[str, Any]:
    plan = planned.plan
    return {
        "rows": [[*row[:6], row.action.value, *row[7:]] for row in plan.rows],
        "row_fields": list(ROW_FIELDS),
        "unmatched": {
            "only_on_source": plan.unmatched.only_on_source,
            "only_on_target": plan.unmatched.only_on_target,
            "duplicated": plan.unmatched.duplicated,
        },
        "target_skus": plan.target_skus,
        "refusals": planned.refusals,
        "fetched": planned.fetched,
        "fingerprint": plan.fingerprint(),
    }


def planned_from_document(document: object) -> PlannedPush:
    """The plan `plan_document` wrote; InvalidRequest when the document is not one."""
    try:
        assert isinstance(document, dict)
        unmatched = document["unmatched"]
        rows = [
            PlanRow(
                str(cells[0]),
                str(cells[1]),
                _quantity(cells[2]),
                str(cells[3]),
                _quantity(cells[4]),
                _quantity(cells[5]),
                Action(cells[6]),
                str(cells[7]),
                None if cells[8] is None else str(cells[8]),
            )
            for cells in document["rows"]
        ]
        plan = PushPlan(
            rows,
            Unmatched(
                [str(sku) for sku in unmatched["only_on_source"]],
                [str(sku) for sku in unmatched["only_on_target"]],
                [str(sku) for sku in unmatched["duplicated"]],
            ),
            int(document["target_skus"]),
        )
        refusals = [str(reason) for reason in document["refusals"]]
        return PlannedPush(plan, refusals, int(document["fetched"]))
    except (AssertionError, KeyError, IndexError, TypeError, ValueError):
        raise InvalidRequest("the plan is not one a push preview answered") from None


def _quantity(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(value)
    return value


async def preview_pushes(services: AppServices, choice: Mapping[str, Any]) -> dict[str, Any]:
    """The plan of every stock push among the jobs `choice` names (as a sync request names them),
    nothing written: {"previews": [{"job_id", "store_id", "store_name", "plan"}]}."""
    pushes = [job for job in chosen_jobs(services, choice) if job.kind is JobKind.STOCK_PUSH]
    names = {store.id: store.name for store in services.stores.list_stores()}
    previews = []
    for job in pushes:
        planned = await services.pushes.preview_push(job)
        previews.append(
            {
                "job_id": job.id,
                "store_id": job.store_id,
                "store_name": names.get(job.store_id),
                "plan": plan_document(planned),
            }
        )
    return {"previews": previews}


async def approve_push(services: AppServices, job_ref: str | int, body: Mapping[str, Any]) -> dict[str, Any]:
    """{"plan": a preview's plan}: the job's next run writes exactly those writes, guard or not,
    skipping each SKU that changed since."""
    job = _push_job(services, job_ref)
    planned = planned_from_document(body.get("plan"))
    await services.pushes.approve_push(job, planned)
    return {"job_id": job.id, "approved_writes": planned.plan.count(Action.WRITE)}


def _push_job(services: AppServices, job_ref: str | int) -> Job:
    job = find_job(services.stores, job_ref)
    if job.kind is not JobKind.STOCK_PUSH:
        raise InvalidRequest(f"job {job.id} is a {job.kind.value}, not a stock push")
    return job
