"""Library-entry validation with Great Expectations 1.x: `validate_batch(rows)`.

Each row is one document, a `ValidationRow` of scalar, non-personal columns (`COLUMNS`); the body
never enters GX, only the `has_body` flag. Strings reach GX with personal numbers masked and
HTML-escaped (its Data Docs print values raw); messages quote the masked values unescaped. The rules come from rules/validation.yaml and become
real GX expectations in one suite, run through a Checkpoint of a file Data Context rooted at
`gx_root` (default `$NORMDOCS_HOME/gx`), whose UpdateDataDocsAction writes the Data Docs HTML
under `gx_root/uncommitted/data_docs/local_site/`. GX results are mapped back to rows through
`row_id` (`unexpected_index_column_names`) and turned into Chinese messages for staff.

Columns computed in pandas before validation (GX checks them, no custom expectation):
`<date>__parsed` (the ISO date as a datetime, NaT when absent or invalid) for ordering and range,
`doc_number__year` (the 〔YYYY〕 year of a well-formed number) and `library_title` (the title
already stored under the row's identity, for the clash check).

great_expectations takes about 3 s to import: it is imported inside `validate_batch` only.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence
from urllib.parse import unquote, urlparse

from pydantic import BaseModel, Field, field_validator, model_validator

from normdocs.schemas.library import StoredIdentity
from normdocs.schemas.validation import ValidationRow
from normdocs.schemas.settings import Settings, office_today
from normdocs.schemas.rules import RuleModel, load_rules, parse_rules

#: The columns a row may carry; anything else (a body, a contact, a name) is dropped unread.
COLUMNS = tuple(ValidationRow.model_fields)
#: Columns handed to GX (content_hash stays out: the new-version check is done here).
GX_COLUMNS = tuple(c for c in COLUMNS if c != "content_hash")
#: Required-field names that are not columns of their own.
FIELD_COLUMNS = {"body": "has_body"}

SUITE_NAME = "normdocs_library_entry"
DATASOURCE_NAME = "normdocs"
ASSET_NAME = "library_batch"
BATCH_DEFINITION_NAME = "whole_batch"
CHECKPOINT_NAME = "normdocs_library_entry"
META_KEY = "normdocs"


# --------------------------------------------------------------------------- configuration


class FieldText(RuleModel):
    label: str
    supply: str = ""


class DocTypeException(RuleModel):
    not_required: list[str] = Field(default_factory=list)


class Thresholds(RuleModel):
    mostly: float = Field(1.0, ge=0.0, le=1.0)


class ValidationConfig(RuleModel):
    """rules/validation.yaml, checked (unknown keys are errors naming the file and key)."""

    version: str = ""
    required_fields: list[str]
    exceptions: dict[str, DocTypeException] = Field(default_factory=dict)
    doc_number_pattern: str
    min_year: int = 1949
    date_format: str = "%Y-%m-%d"
    date_fields: list[str] = Field(default_factory=lambda: ["signed_date", "printed_date", "published_date"])
    date_order: list[tuple[str, str]] = Field(default_factory=list)
    enumerations: dict[str, list[str]] = Field(default_factory=dict)
    thresholds: Thresholds = Field(default_factory=Thresholds)
    manifest_name: str = "normdocs-manifest.csv"
    fields: dict[str, FieldText] = Field(default_factory=dict)

    @field_validator("doc_number_pattern")
    @classmethod
    def _pattern_has_year(cls, value: str) -> str:
        compiled = re.compile(value)
        if "year" not in compiled.groupindex:
            raise ValueError("doc_number_pattern needs a named group (?P<year>...)")
        return value

    @model_validator(mode="after")
    def _known_fields(self) -> "ValidationConfig":
        known = set(COLUMNS) | set(FIELD_COLUMNS)
        named = set(self.required_fields) | set(self.date_fields) | set(self.enumerations)
        named |= {f for pair in self.date_order for f in pair}
        named |= {f for exc in self.exceptions.values() for f in exc.not_required}
        unknown = named - known
        if unknown:
            raise ValueError(f"unknown fields in validation config: {sorted(unknown)}")
        stray = {f for pair in self.date_order for f in pair} - set(self.date_fields)
        if stray:
            raise ValueError(f"date_order names fields not in date_fields: {sorted(stray)}")
        return self

    def exempt_doc_types(self, field: str) -> list[str]:
        """文种 that may lack `field`."""
        return sorted(t for t, exc in self.exceptions.items() if field in exc.not_required)

    def is_required(self, field: str, doc_type: str | None) -> bool:
        return field in self.required_fields and doc_type not in self.exempt_doc_types(field)

    def label(self, field: str) -> str:
        text = self.fields.get(field)
        return text.label if text else field

    def supply(self, field: str) -> str:
        text = self.fields.get(field)
        if not text or not text.supply:
            return f"请在清单 {self.manifest_name} 中为该文件填写 {field} 列。"
        return text.supply.format(manifest=self.manifest_name, field=field)

    def today(self) -> dt.date:
        """The office's date (Asia/Shanghai: schemas.settings.OFFICE_TZ)."""
        return office_today()


@lru_cache(maxsize=4)
def load_config(name: str = "validation.yaml") -> ValidationConfig:
    """Loads a validation config shipped in normdocs.rules (package data)."""
    return load_rules(name, ValidationConfig)


def load_config_file(path: Path) -> ValidationConfig:
    """Loads a validation config from a file of the same form (e.g. a site's own copy)."""
    return parse_rules(str(path), Path(path).read_text(encoding="utf-8"), ValidationConfig)


# --------------------------------------------------------------------------- results


class Failure(BaseModel):
    field: str  # the field at fault (body for a missing body, identity for clashes)
    expectation: str  # the GX expectation type, e.g. expect_column_values_to_not_be_null
    message: str  # Chinese, for staff: what is wrong and how to supply it


class BatchValidation(BaseModel):
    success: bool
    failures: dict[str, list[Failure]] = Field(default_factory=dict)  # row_id -> failures
    data_docs: Path | None = None  # Data Docs index.html
    new_versions: list[str] = Field(default_factory=list)  # row_ids: same identity and title, new content
    row_count: int = 0

    def messages(self, row_id: str) -> list[str]:
        return [f.message for f in self.failures.get(row_id, [])]


class ExpectationError(RuntimeError):
    """An expectation could not be evaluated (a GX or configuration problem, not bad data)."""


# --------------------------------------------------------------------------- the batch


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _parse_date(value: Any, fmt: str) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.strptime(value, fmt)
    except ValueError:
        return None


def _prepare_rows(rows: Sequence[ValidationRow], library: Mapping[str, StoredIdentity], config: ValidationConfig
                  ) -> tuple[list[dict], list[str]]:
    """Keeps the known columns only, masked, adds derived ones; returns (GX rows, new-version row_ids)."""
    from normdocs.review.redaction import mask_personal

    seen: set[str] = set()
    year_re = re.compile(config.doc_number_pattern)
    prepared, new_versions = [], []
    for row in rows:
        row_id = row.row_id
        if not row_id:
            raise ValueError("every row needs a row_id")
        if row_id in seen:
            raise ValueError(f"duplicate row_id {row_id!r}")
        seen.add(row_id)
        # masked here too, whoever the caller: GX writes its results and Data Docs to disk
        out: dict[str, Any] = {c: mask_personal(_clean(getattr(row, c))) for c in GX_COLUMNS}
        out["row_id"], out["has_body"] = row_id, row.has_body
        for field in config.date_fields:
            out[f"{field}__parsed"] = _parse_date(out[field], config.date_format)
        year = None
        if isinstance(out["doc_number"], str):
            m = year_re.match(out["doc_number"])
            if m and m.group("year"):  # a 令's order number carries no year
                year = int(m.group("year"))
        out["doc_number__year"] = year
        stored = library.get(out["identity"]) if out["identity"] is not None else None
        out["library_title"] = mask_personal(_clean(stored.title)) if stored else None
        if stored and out["title"] is not None and out["library_title"] == out["title"]:
            if _clean(row.content_hash) != _clean(stored.content_hash):
                new_versions.append(row_id)
        prepared.append(out)
    return prepared, new_versions


def _shown(value: Any) -> Any:
    """A string as GX may hold it: HTML-escaped.

    GX's Data Docs print unexpected values raw (a `<img onerror>` title ran in a browser). Escaping
    keeps every check's outcome: equality, uniqueness and set membership are preserved (the sets
    are escaped too), and no value with `<>&"'` could match a date format or the number pattern."""
    return html.escape(value, quote=True) if isinstance(value, str) else value


def _frame(prepared: list[dict], config: ValidationConfig):
    import pandas as pd

    df = pd.DataFrame.from_records(
        [{k: v if k == "row_id" else _shown(v) for k, v in row.items()} for row in prepared])
    for field in config.date_fields:
        df[f"{field}__parsed"] = pd.to_datetime(df[f"{field}__parsed"])
    df["doc_number__year"] = df["doc_number__year"].astype("Int64")
    df["has_body"] = df["has_body"].astype(bool)
    return df


def _gx_pattern(pattern: str) -> str:
    """The number pattern without named groups (pandas warns on capture groups in a match)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _build_expectations(config: ValidationConfig, today: dt.date) -> list:
    _disable_analytics()
    import great_expectations as gx
    from great_expectations.expectations.row_conditions import Column

    E = gx.expectations
    mostly = config.thresholds.mostly
    out: list = []

    def add(expectation, check: str, field: str, **extra):
        expectation.meta = {META_KEY: {"check": check, "field": field, "order": len(out), **extra}}
        out.append(expectation)

    for field in config.required_fields:
        exempt = config.exempt_doc_types(field)
        cond: dict[str, Any] = {"row_condition": Column("doc_type").is_not_in(exempt)} if exempt else {}
        column = FIELD_COLUMNS.get(field, field)
        if column == "has_body":
            add(E.ExpectColumnValuesToBeInSet(column="has_body", value_set=[True], mostly=mostly, **cond),
                "required", field)
        else:
            add(E.ExpectColumnValuesToNotBeNull(column=column, mostly=mostly, **cond), "required", field)

    add(E.ExpectColumnValuesToMatchRegex(column="doc_number", regex=_gx_pattern(config.doc_number_pattern),
                                         mostly=mostly), "doc_number_format", "doc_number")
    add(E.ExpectColumnValuesToBeBetween(column="doc_number__year", min_value=config.min_year,
                                        max_value=today.year, mostly=mostly), "doc_number_year", "doc_number")

    earliest = dt.datetime(config.min_year, 1, 1)
    latest = dt.datetime.combine(today, dt.time())
    for field in config.date_fields:
        add(E.ExpectColumnValuesToMatchStrftimeFormat(column=field, strftime_format=config.date_format,
                                                      mostly=mostly), "date_format", field)
        add(E.ExpectColumnValuesToBeBetween(column=f"{field}__parsed", min_value=earliest, max_value=latest,
                                            mostly=mostly), "date_range", field)
    for earlier, later in config.date_order:
        add(E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=f"{later}__parsed", column_B=f"{earlier}__parsed", or_equal=True,
            ignore_row_if="either_value_is_missing", mostly=mostly), "date_order", earlier, later=later)

    for field, values in config.enumerations.items():
        add(E.ExpectColumnValuesToBeInSet(column=field, value_set=[_shown(v) for v in values], mostly=mostly),
            "enum", field)

    add(E.ExpectColumnValuesToBeUnique(column="identity", mostly=mostly), "identity_unique", "identity")
    add(E.ExpectColumnPairValuesToBeEqual(column_A="title", column_B="library_title",
                                          ignore_row_if="either_value_is_missing", mostly=mostly),
        "library_clash", "identity")
    return out


# --------------------------------------------------------------------------- messages


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        try:
            return value.strftime("%Y-%m-%d")
        except ValueError:  # NaT
            return ""
    if isinstance(value, float) and value != value:
        return ""
    return str(value)


def _message(config: ValidationConfig, today: dt.date, meta: dict, hit: dict) -> str:
    check, field = meta["check"], meta["field"]
    label = config.label(field)
    if check == "required":
        return f"缺少{label}（{field}）：{config.supply(field)}"
    if check == "doc_number_format":
        return f"文号格式不符：应为“机关代字〔年份〕序号号”（现为“{_fmt(hit.get('doc_number'))}”）。"
    if check == "doc_number_year":
        return (f"文号年份 {_fmt(hit.get('doc_number__year'))} 不合理：应在 {config.min_year} 至 "
                f"{today.year} 年之间，请核对文号。")
    if check == "date_format":
        return (f"{label}（{field}）“{_fmt(hit.get(field))}”不是有效日期：应写作 YYYY-MM-DD，"
                f"如 {today.isoformat()}。")
    if check == "date_range":
        value = hit.get(f"{field}__parsed")
        shown = _fmt(value)
        if value is not None and hasattr(value, "date") and shown and value.date() > today:
            return f"{label}（{field}）{shown} 晚于今天（{today.isoformat()}）：日期不能在未来，请核对。"
        return f"{label}（{field}）{shown} 早于 {config.min_year} 年，请核对。"
    if check == "date_order":
        later = meta["later"]
        a, b = _fmt(hit.get(f"{field}__parsed")), _fmt(hit.get(f"{later}__parsed"))
        return f"{label}晚于{config.label(later)}（{a} > {b}），请核对两者。"
    if check == "enum":
        allowed = "、".join(config.enumerations.get(field, []))
        return f"{label}（{field}）取值“{_fmt(hit.get(field))}”无效：应为 {allowed} 之一。"
    if check == "identity_unique":
        return ("本批次中另有文件与此文件标识相同：同一文件只应提交一次，请删除重复的文件，"
                "或核对标题、文号和发文机关。")
    if check == "library_clash":
        return (f"与文件库中已有的另一文件标识相同而标题不同（库中标题：“{_fmt(hit.get('library_title'))}”）："
                "请核对文号和发文机关；若确为同一文件的新版本，请使标题与库中一致。")
    return f"{label}（{field}）未通过检查 {check}。"


# --------------------------------------------------------------------------- GX plumbing


def default_gx_root() -> Path:
    return Settings().gx_root


def _disable_analytics() -> None:
    """GX reads this when it is first imported: call before any great_expectations import."""
    os.environ["GX_ANALYTICS_ENABLED"] = "false"


def _context(gx_root: Path):
    _disable_analytics()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    gx_root.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="file", context_root_dir=str(gx_root))
    bars = context.variables.progress_bars
    if bars is None or getattr(bars, "globally", True) is not False:
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        context.variables.save()
    return context


def _checkpoint(context, expectations: list):
    import great_expectations as gx

    source = context.data_sources.add_or_update_pandas(name=DATASOURCE_NAME)
    try:
        asset = source.get_asset(ASSET_NAME)
    except LookupError:
        asset = source.add_dataframe_asset(name=ASSET_NAME)
    try:
        batch_definition = asset.get_batch_definition(BATCH_DEFINITION_NAME)
    except (KeyError, LookupError, ValueError):
        batch_definition = asset.add_batch_definition_whole_dataframe(BATCH_DEFINITION_NAME)

    suite = gx.ExpectationSuite(name=SUITE_NAME, expectations=expectations)
    suite = context.suites.add_or_update(suite)
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=SUITE_NAME, data=batch_definition, suite=suite))
    return context.checkpoints.add_or_update(gx.Checkpoint(
        name=CHECKPOINT_NAME, validation_definitions=[definition],
        actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")],
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["row_id"]},
    ))


_CHECKPOINTS: dict[str, tuple[str, Any, Any]] = {}  # root -> (config and day, context, checkpoint)


def _prepared_checkpoint(gx_root: Path, config: ValidationConfig, today: dt.date, *, fresh: bool = False):
    """(context, checkpoint) for a root, rebuilt when the config or the day changes.

    Writing the suite, validation definition and checkpoint costs about 0.1-0.15 s; a worker
    validating batch after batch with one config pays it once a day.
    """
    root = str(gx_root.resolve())
    key = config.model_dump_json() + "|" + today.isoformat()
    cached = _CHECKPOINTS.get(root)
    if fresh or cached is None or cached[0] != key or not (gx_root / "great_expectations.yml").exists():
        context = _context(gx_root)
        cached = (key, context, _checkpoint(context, _build_expectations(config, today)))
        _CHECKPOINTS[root] = cached
    return cached[1], cached[2]


def _data_docs_index(context, gx_root: Path) -> Path | None:
    try:
        for site in context.get_docs_sites_urls():
            url = site.get("site_url") or ""
            if url.startswith("file://"):
                path = Path(unquote(urlparse(url).path))
                if path.exists():
                    return path
    except Exception:  # noqa: BLE001 - a missing site is not a validation failure
        pass
    fallback = gx_root / "uncommitted" / "data_docs" / "local_site" / "index.html"
    return fallback if fallback.exists() else None


def _raised(result) -> str | None:
    info = result.exception_info or {}
    if info.get("raised_exception"):
        return str(info.get("exception_message"))
    for value in info.values():  # 1.x may key exception info by metric
        if isinstance(value, dict) and value.get("raised_exception"):
            return str(value.get("exception_message"))
    return None


# --------------------------------------------------------------------------- entry point


def validate_batch(rows: Sequence[ValidationRow], *, config: ValidationConfig | None = None,
                   library: Mapping[str, StoredIdentity] | None = None, gx_root: Path | None = None,
                   today: dt.date | None = None, run_name: str | None = None) -> BatchValidation:
    """Validates a batch of rows (pipeline.stages.validation_row); returns per-row failures in Chinese.

    `library` maps identity -> what is already stored (Library.stored_identities): a row whose
    identity is stored under another title is a clash; same title, other content is a new version
    (listed in `new_versions`, not a failure).
    """
    config = config or load_config()
    library = library or {}
    today = today or config.today()
    gx_root = Path(gx_root) if gx_root is not None else default_gx_root()
    prepared, new_versions = _prepare_rows(rows, library, config)
    if not prepared:
        return BatchValidation(success=True, row_count=0)

    df = _frame(prepared, config)
    _disable_analytics()
    from great_expectations.exceptions.resource_freshness import ResourceFreshnessAggregateError

    from great_expectations.core.run_identifier import RunIdentifier

    # the Data Docs file the results under the normdocs run's id (not GX's "__none__")
    run_id = RunIdentifier(run_name=run_name) if run_name else None
    context, checkpoint = _prepared_checkpoint(gx_root, config, today)
    try:
        result = checkpoint.run(batch_parameters={"dataframe": df}, run_id=run_id)
    except ResourceFreshnessAggregateError:  # another process rewrote the suite under this root
        context, checkpoint = _prepared_checkpoint(gx_root, config, today, fresh=True)
        result = checkpoint.run(batch_parameters={"dataframe": df}, run_id=run_id)

    found: dict[str, list[tuple[int, Failure]]] = {}
    errors = []
    by_id = {row["row_id"]: row for row in prepared}  # messages quote our values, not GX's escaped ones
    for run_result in result.run_results.values():
        for er in run_result.results:
            cfg = er.expectation_config
            meta = (cfg.meta or {}).get(META_KEY)
            if meta is None:
                continue
            raised = _raised(er)
            if raised:
                errors.append(f"{cfg.type}({meta['check']}, {meta['field']}): {raised}")
                continue
            for hit in (er.result or {}).get("unexpected_index_list") or []:
                if not isinstance(hit, dict) or str(hit.get("row_id")) not in by_id:
                    continue
                failure = Failure(field=meta["field"], expectation=cfg.type,
                                  message=_message(config, today, meta, by_id[str(hit["row_id"])]))
                found.setdefault(str(hit["row_id"]), []).append((meta["order"], failure))
    if errors:
        raise ExpectationError("; ".join(errors))

    failures = {row_id: [f for _, f in sorted(items, key=lambda item: item[0])]
                for row_id, items in found.items()}
    order = {row["row_id"]: i for i, row in enumerate(prepared)}
    failures = dict(sorted(failures.items(), key=lambda kv: order.get(kv[0], len(order))))
    return BatchValidation(success=bool(result.success), failures=failures,
                           data_docs=_data_docs_index(context, gx_root),
                           new_versions=new_versions, row_count=len(prepared))
