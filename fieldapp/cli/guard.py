"""Turn the errors services raise into exit code 1 with a message in the user's language."""

from __future__ import annotations

import functools
from collections.abc import Callable

from fieldapp.atomic import DiskFull
from fieldapp.cli.common import CliEnv, CliError
from fieldapp.domain.errors import ValidationFailed
from fieldapp.questionnaire import FormError
from fieldapp.services.answers import AnswersRejected
from fieldapp.services.bundles.errors import SyncError
from fieldapp.services.documents import QuestionnaireIncomplete
from fieldapp.services.sessions import AmbiguousId
from fieldapp.store import RecordNotFound, StoreError
from fieldapp.store.errors import DataFolderDamaged
from fieldapp.sync import BundleError

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
            raise CliError(_not_found(env, missing)) from None
        except AmbiguousId as ambiguous:
            raise CliError(env.text("cli.ambiguous_id", problem=str(ambiguous))) from None
        except DataFolderDamaged as damaged:
            # In the three languages at once: the language setting is in the database.
            raise CliError(str(damaged)) from None
        except StoreError as error:
            raise CliError(error.message(env.lang)) from None
        except QuestionnaireIncomplete as incomplete:
            raise CliError(incomplete.describe(env.lang)) from None
        except AnswersRejected as rejected:
            lines = [f"{key}: {message}" for key, message in rejected.problems.items()]
            raise CliError("\n".join(lines)) from None
        except FormError as error:
            raise CliError(str(error)) from None
        except SyncError as error:
            # Sync refusals (untrusted laptop, replay, not enrolled, a full stick…): the message
            # says what to do; the database was left unchanged.
            raise CliError(error.message(env.lang)) from None
        except BundleError as error:
            raise CliError(str(error)) from None
        except DiskFull as full:
            raise CliError(full.message(env.lang)) from None
        except (ValueError, OSError) as error:
            # Refusals of the documents and forms layers (bad language, file name, form changed,
            # folder not writable): the message names the problem.
            raise CliError(str(error)) from None

    return run


def _not_found(env: CliEnv, missing: RecordNotFound) -> str:
    if missing.kind == "session":
        return env.text("cli.session_not_found", id=missing.record_id)
    if missing.kind == "attendee":
        return env.text("cli.attendee_not_found", id=missing.record_id)
    return env.text("cli.record_not_found", kind=missing.kind, id=missing.record_id)
