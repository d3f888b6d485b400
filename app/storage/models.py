"""peewee models of DESIGN.md §3. The tables themselves are made by schema.MIGRATIONS; a test checks
that these models and the migrated tables agree column for column.

The models are not bound to a database: every query is bound to the Storage that runs it (`.bind`),
so several databases (a test's, a backup being checked) can be open in one process at once.
"""

from __future__ import annotations

from typing import Any

import peewee

from app.storage import timestamps


class UtcDateTimeField(peewee.TextField):
    """An aware datetime stored as fixed-width UTC text (see timestamps)."""

    def db_value(self, value: Any) -> Any:
        return timestamps.to_db(value)

    def python_value(self, value: Any) -> Any:
        return timestamps.from_db(value)


class BaseModel(peewee.Model):
    class Meta:
        legacy_table_names = False


class StoreRow(BaseModel):
    id = peewee.AutoField()
    name = peewee.TextField(unique=True)
    platform = peewee.TextField()
    settings = peewee.TextField(default="{}")
    enabled = peewee.BooleanField(default=True)
    created_at = UtcDateTimeField()
    # Set by a trigger when a row is inserted without one (schema V5).
    keychain_id = peewee.TextField(null=True, unique=True)
    keychain_legacy = peewee.BooleanField(default=False)

    class Meta:
        table_name = "store"


class JobRow(BaseModel):
    id = peewee.AutoField()
    store_id = peewee.IntegerField(null=True)
    kind = peewee.TextField()
    schedule = peewee.TextField()
    timezone = peewee.TextField(null=True)
    paused = peewee.BooleanField(default=False)
    catch_up = peewee.BooleanField(default=True)
    options = peewee.TextField(default="{}")
    paused_reason = peewee.TextField(null=True)
    created_at = peewee.TextField(null=True)  # timestamps.to_db; none for a job made before schema 14
    resumed_at = peewee.TextField(null=True)  # timestamps.to_db; none until it is first resumed

    class Meta:
        table_name = "job"


class SyncRunRow(BaseModel):
    id = peewee.AutoField()
    job_id = peewee.IntegerField(null=True)
    store_id = peewee.IntegerField(null=True)
    kind = peewee.TextField()
    trigger = peewee.TextField()
    started_at = UtcDateTimeField()
    finished_at = UtcDateTimeField(null=True)
    status = peewee.TextField()
    fetched = peewee.IntegerField(default=0)
    created = peewee.IntegerField(default=0)
    updated = peewee.IntegerField(default=0)
    unchanged = peewee.IntegerField(default=0)
    deleted = peewee.IntegerField(default=0)
    failed = peewee.IntegerField(default=0)
    skipped = peewee.IntegerField(default=0)
    duration_seconds = peewee.FloatField(null=True)
    error_kind = peewee.TextField(null=True)
    error_message = peewee.TextField(null=True)
    attempt = peewee.IntegerField(default=1)
    late_by_seconds = peewee.FloatField(null=True)
    store_name = peewee.TextField(null=True)
    requests = peewee.TextField(null=True)

    class Meta:
        table_name = "sync_run"


class InventoryItemRow(BaseModel):
    id = peewee.AutoField()
    store_id = peewee.IntegerField()
    sku = peewee.TextField()
    name = peewee.TextField(default="")
    quantity = peewee.IntegerField()
    price = peewee.TextField(null=True)
    deleted = peewee.BooleanField(default=False)
    last_seen_run = peewee.IntegerField(null=True)
    updated_at = UtcDateTimeField()
    remote_id = peewee.TextField(null=True)
    locations = peewee.TextField(null=True)

    class Meta:
        table_name = "inventory_item"


class InventoryChangeRow(BaseModel):
    id = peewee.AutoField()
    run_id = peewee.IntegerField()
    store_id = peewee.IntegerField(null=True)
    sku = peewee.TextField()
    old_quantity = peewee.IntegerField(null=True)
    new_quantity = peewee.IntegerField(null=True)
    rule = peewee.TextField(null=True)
    write_state = peewee.TextField(null=True)

    class Meta:
        table_name = "inventory_change"


class OrderRow(BaseModel):
    id = peewee.AutoField()
    store_id = peewee.IntegerField()
    external_id = peewee.TextField()
    number = peewee.TextField()
    status = peewee.TextField()
    remote_status = peewee.TextField()
    total = peewee.TextField()
    currency = peewee.TextField()
    created_at = UtcDateTimeField(null=True)
    updated_at = UtcDateTimeField(null=True)
    raw_json = peewee.TextField(column_name="raw", default="{}")
    last_run = peewee.IntegerField(null=True)
    imported_at = UtcDateTimeField()
    customer_country = peewee.TextField(default="")
    tracking = peewee.TextField(default="")

    class Meta:
        table_name = "orders"


class OrderStatusChangeRow(BaseModel):
    order_id = peewee.IntegerField()
    run_id = peewee.IntegerField(null=True)
    time = UtcDateTimeField()
    old_status = peewee.TextField(null=True)
    new_status = peewee.TextField()
    remote_status = peewee.TextField(default="")
    source = peewee.TextField(default="")
    tracking = peewee.TextField(default="")

    class Meta:
        table_name = "order_status_change"


class SyncStateRow(BaseModel):
    job_id = peewee.IntegerField()
    stream = peewee.TextField()
    value = peewee.TextField()
    updated_at = UtcDateTimeField()

    class Meta:
        table_name = "sync_state"
        primary_key = peewee.CompositeKey("job_id", "stream")


class LogRecordRow(BaseModel):
    id = peewee.AutoField()
    time = UtcDateTimeField()
    level = peewee.TextField()
    logger = peewee.TextField(default="")
    store_id = peewee.IntegerField(null=True)
    run_id = peewee.IntegerField(null=True)
    message = peewee.TextField()
    levelno = peewee.IntegerField(default=20)

    class Meta:
        table_name = "log_record"


class SettingRow(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()

    class Meta:
        table_name = "setting"


class SkuThresholdRow(BaseModel):
    sku = peewee.TextField(primary_key=True)
    threshold = peewee.IntegerField()

    class Meta:
        table_name = "sku_threshold"


ALL_MODELS: tuple[type[BaseModel], ...] = (
    StoreRow,
    JobRow,
    SyncRunRow,
    InventoryItemRow,
    InventoryChangeRow,
    OrderRow,
    OrderStatusChangeRow,
    SyncStateRow,
    LogRecordRow,
    SettingRow,
    SkuThresholdRow,
)
