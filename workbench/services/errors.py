"""The one error a user can act on: a rule of the domain was broken, naming the field when there is one."""

from __future__ import annotations


class DomainError(Exception):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class StaleRecordError(DomainError):
    """Somebody else saved the record since it was read; saving now would overwrite their change."""

    def __init__(self, label: str):
        super().__init__(
            f"This {label} was changed by someone else since you opened it; reload it and make your change again."
        )


class NotFoundError(DomainError):
    pass
