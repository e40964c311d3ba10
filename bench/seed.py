"""`seed_bench` for `make bench`.

    python bench/seed.py --articles 200000 --companies 20000 [any seed_bench option]

Runs `manage.py seed_bench` with the environment's settings and database. (It once carried
a stopgap for the group recount; `articles.live.refresh_group_counts` now counts the few
group heads one by one over their members' links and copies everyone else's own count.)
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.bench")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

if __name__ == "__main__":
    call_command("seed_bench", *sys.argv[1:])
