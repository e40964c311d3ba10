from dataclasses import dataclass, field
from pathlib import Path


class Problem(Exception):
    """One thing wrong with one file: where (a line number, or "item 3" in a JSON list)
    and what."""

    def __init__(self, path: Path, where: int | str, message: str):
        super().__init__(f"{path}:{where}: {message}" if where else f"{path}: {message}")
        self.path, self.where, self.message = path, where, message


class ImportFailed(Exception):
    """The import found problems and wrote nothing."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        listing = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"Nothing was imported: {count} problem{'s' if count != 1 else ''}.\n{listing}"
        )


@dataclass
class ImportReport:
    """What an import wrote, or with --dry-run would write."""

    noun: str
    total: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)

    def summary(self, *, dry_run: bool) -> str:
        verb = "Would import" if dry_run else "Imported"
        return (
            f"{verb} {self.total} {self.noun}: {len(self.created)} new, "
            f"{len(self.updated)} updated."
        )
