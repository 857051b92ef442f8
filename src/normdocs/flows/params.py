"""Flow parameters holding a path: Prefect stores and shows them masked (a folder's name may
carry a personal number), while the flow reads the path itself."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import SecretStr

from normdocs.review.redaction import mask_personal


class MaskedPath(SecretStr):
    """A folder or file path given to a flow. Prefect serialises a parameter with `str()` (FastAPI's
    encoder for SecretStr), so the stored flow-run parameters read the path with its personal
    numbers masked; `path_value` gives the path back inside the flow."""

    def __str__(self) -> str:
        return mask_personal(self.get_secret_value()) or ""

    def __repr__(self) -> str:
        return f"MaskedPath({str(self)!r})"


def path_value(value: MaskedPath | str | None) -> str | None:
    """The path a parameter holds, whether passed as a MaskedPath or a plain string; a plain
    string as Prefect stores it (masked, e.g. a deployment run retried) is found on disk, and a
    reference (`<masked path> [ref:<token>]`, see run_refs) is read from its file."""
    if value is None:
        return None
    from normdocs.flows.run_refs import resolve_ref
    from normdocs.schemas.settings import Settings

    text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
    return unmask_path(resolve_ref(text, Settings().home))


def unmask_path(path: str) -> str:
    """`path` with each masked part (张三110101********1233材料) replaced by the one entry of its
    folder that masks to it; unchanged when the path exists, or when no entry or several do."""
    if "*" not in path or os.path.lexists(path):
        return path
    parts = Path(path).parts
    current = Path(parts[0])
    for part in parts[1:]:
        if "*" in part and not os.path.lexists(current / part):
            try:
                names = [n for n in os.listdir(current) if n != part and mask_personal(n) == part]
            except OSError:
                return path
            if len(names) != 1:
                return path
            part = names[0]
        current = current / part
    return str(current)


PATH_PARAMETERS = ("source", "manifest", "inbox")


def masked_parameters(parameters: dict) -> dict:
    """Stored flow-run parameters with the path ones masked (what Prefect should hold)."""
    return {k: mask_personal(v) if k in PATH_PARAMETERS and isinstance(v, str) else v for k, v in parameters.items()}



def mask_stored_parameters() -> None:
    """A deployment run's parameters are stored as its caller gave them (`prefect deployment run
    --param source=…`: the server does not know they are paths), so a folder's personal number
    would show in Prefect's UI and API: once the run starts they are stored again, masked. A retry
    reads the masked path back through path_value, which finds the folder on disk."""
    import logging
    import uuid

    from prefect.client.orchestration import get_client
    from prefect.runtime import flow_run

    run = flow_run.id
    if not run:
        return
    try:
        with get_client(sync_client=True) as client:
            stored = client.read_flow_run(uuid.UUID(str(run))).parameters or {}
            masked = masked_parameters(stored)
            if masked != stored:
                client.update_flow_run(uuid.UUID(str(run)), parameters=masked)
    except Exception as exc:  # noqa: BLE001 - the run goes on; the warning names no path
        logging.getLogger(__name__).warning("could not store the run's parameters masked: %s", type(exc).__name__)
