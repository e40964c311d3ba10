"""Activity-log entries for work done outside the admin: the commands that add or change
stories, companies and deals write Django's LogEntry rows as the admin does, so the desk's
activity log (articles/admin/activity.py) shows who ran what, on which object, and when.

A LogEntry needs a user: a command records the account named by its `--user` option, or
else the system account (SYSTEM_USERNAME), made on demand, inactive and with no usable
password, so nobody can log in as it. Each entry's message starts with the command's name
("import_articles: added from alibaba.md"); that is how the log names the command.

Entries are written with one INSERT per batch (`bulk_create`), never one per object: an
import of thousands of rows stays a few queries longer, not thousands.
"""

from collections.abc import Iterable, Sequence

from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.db import models

SYSTEM_USERNAME = "newsroom-system"
# The commands that write entries: the activity log filters by them.
COMMANDS = ("import_articles", "import_companies", "link_companies", "merge_companies")
BATCH = 500
# LogEntry.object_repr is a CharField(max_length=200).
REPR_CHARS = 200


def system_user() -> AbstractBaseUser:
    """The account the commands act as when no --user is given: made on first use,
    inactive, with an unusable password (nobody logs in as it)."""
    users = get_user_model()
    user, created = users._default_manager.get_or_create(
        **{users.USERNAME_FIELD: SYSTEM_USERNAME},
        defaults={"is_active": False, "first_name": "Newsroom", "last_name": "system"},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def command_user(username: str | None) -> AbstractBaseUser:
    """The actor a command records: the user named by --user, or the system account."""
    if not username:
        return system_user()
    users = get_user_model()
    try:
        return users._default_manager.get(**{users.USERNAME_FIELD: username})
    except users.DoesNotExist:
        raise CommandError(f"--user: no user named {username!r}.") from None


def add_user_option(parser) -> None:
    """The commands' shared --user option."""
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        help=f"Record the changes in the activity log as this user (default: the "
        f"inactive system account “{SYSTEM_USERNAME}”).",
    )


def command_of(message: str) -> str:
    """The command an entry's message names, or "" for an entry the admin wrote."""
    head, colon, _ = message.partition(":")
    words = head.split()
    return words[0] if colon and words and words[0] in COMMANDS else ""


def log_objects(
    *,
    user: AbstractBaseUser,
    entries: Iterable[tuple[models.Model, int, str]],
) -> int:
    """Write one LogEntry per (object, action flag, message), in batches; returns how
    many. Call inside the transaction that made the changes: all or nothing."""
    rows: list[LogEntry] = []
    types: dict[type[models.Model], ContentType] = {}
    for obj, flag, message in entries:
        model = type(obj)
        if model not in types:
            types[model] = ContentType.objects.get_for_model(model, for_concrete_model=False)
        rows.append(
            LogEntry(
                user_id=user.pk,
                content_type=types[model],
                object_id=str(obj.pk),
                object_repr=str(obj)[:REPR_CHARS],
                action_flag=flag,
                change_message=message,
            )
        )
    LogEntry.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def files_named(paths: Sequence[object], *, most: int = 150) -> str:
    """The files a run read, for a message: "a.md, b.md" (cut at `most` characters)."""
    names = ", ".join(sorted({getattr(p, "name", str(p)) for p in paths}))
    return names if len(names) <= most else names[: most - 1] + "…"
