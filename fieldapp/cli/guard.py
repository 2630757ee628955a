"""Turn the errors services raise into exit code 1 with a message in the user's language."""

from __future__ import annotations

import functools
from collections.abc import Callable

from fieldapp.cli.common import CliEnv, CliError
from fieldapp.domain.errors import ValidationFailed
from fieldapp.services.sessions import AmbiguousId
from fieldapp.store import RecordNotFound, StoreError

Handler = Callable[[CliEnv], int]


def guarded(handler: Handler) -> Handler:
    """Wrap a command: validation, lookup and store errors become CliError (exit 1)."""

    @functools.wraps(handler)
    def run(env: CliEnv) -> int:
        try:
            return handler(env)
        except ValidationFailed as failure:
            raise CliError(failure.describe(env.lang)) from None
        except RecordNotFound as missing:
            raise CliError(f"{missing.kind} not found: {missing.record_id}") from None
        except AmbiguousId as ambiguous:
            raise CliError(f"{ambiguous}; give more characters of the id") from None
        except StoreError as error:
            raise CliError(str(error)) from None

    return run
