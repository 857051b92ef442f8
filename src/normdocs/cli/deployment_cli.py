"""`normdocs deployment run`: a run of a deployment (prefect.yaml) whose path parameter Prefect
never holds in full. `prefect deployment run --param source=…` stores the path as given until
the flow starts; this command stores the masked path and a reference (flows/run_refs.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from normdocs.cli import terminal

deployment_app = typer.Typer(help="Runs of the Prefect deployments (prefect.yaml).", no_args_is_help=True)

# the path parameter a deployment's flow takes, in order of preference
SOURCE_PARAMETERS = ("source", "inbox")
FINAL_STATES = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def _path_parameter(schema: dict | None) -> str:
    properties = (schema or {}).get("properties") or {}
    return next((name for name in SOURCE_PARAMETERS if name in properties), SOURCE_PARAMETERS[0])


def create_run(deployment: str, source: Path | None, manifest: Path | None):
    """The flow run, created with its path parameters by reference (never the full path)."""
    from prefect import get_client

    from normdocs.flows.run_refs import reference
    from normdocs.schemas.settings import Settings

    home = Settings().home
    with get_client(sync_client=True) as client:
        found = client.read_deployment_by_name(deployment)
        parameters: dict = {}
        if source is not None:
            parameters[_path_parameter(found.parameter_openapi_schema)] = reference(str(source.resolve()), home)
        if manifest is not None:
            parameters["manifest"] = reference(str(manifest.resolve()), home)
        return client.create_flow_run_from_deployment(found.id, parameters=parameters)


def wait_for(run_id, timeout: float, poll: float = 2.0):
    import time

    from prefect import get_client

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while True:
            run = client.read_flow_run(run_id)
            if run.state is not None and run.state.type.value in FINAL_STATES:
                return run
            if time.monotonic() > deadline:
                return run
            time.sleep(poll)


@deployment_app.command("run")
def run(
    deployment: str = typer.Argument("ingest/ingest-manual", help="flow/deployment, as `prefect deployment ls` names it."),
    source: Optional[Path] = typer.Option(None, "--source", exists=True, file_okay=False,
                                          help="Folder to ingest (the nightly deployment: its inbox)."),
    manifest: Optional[Path] = typer.Option(None, "--manifest", exists=True, dir_okay=False, help="Manifest CSV/YAML."),
    watch: bool = typer.Option(False, "--watch", help="Wait for the run to end and print its state."),
    watch_timeout: float = typer.Option(3600.0, "--watch-timeout", help="Seconds to wait with --watch."),
) -> None:
    """Create a run of a deployment; Prefect stores its folder masked, with a reference the flow reads."""
    from normdocs.flows.run_refs import shown_part

    created = create_run(deployment, source, manifest)
    shown = ", ".join(f"{k}={shown_part(str(v))}" for k, v in (created.parameters or {}).items())
    terminal.line(f"已创建运行 {created.name}（{created.id}）{('：' + shown) if shown else ''}")
    if not watch:
        return
    final = wait_for(created.id, watch_timeout)
    state = final.state.type.value if final.state is not None else "UNKNOWN"
    terminal.line(f"运行 {final.name} 结束状态：{state}")
    if state != "COMPLETED":
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(deployment_app, name="deployment")
