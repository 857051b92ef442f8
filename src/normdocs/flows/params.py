"""Flow parameters holding a path: Prefect stores and shows them masked (a folder's name may
carry a personal number), while the flow reads the path itself."""

from __future__ import annotations

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
    """The path a parameter holds, whether passed as a MaskedPath or a plain string."""
    if value is None:
        return None
    return value.get_secret_value() if isinstance(value, SecretStr) else str(value)
