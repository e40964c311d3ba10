"""Detect the companies and deal facts in stories; with --apply, link and record them.

Output is text for people or, with --format json, the JSON described in DESIGN.md (one
object per story: its companies and its deal suggestions). --apply links each detected
company that is not linked yet, with its suggested role, never changing or removing a link
an editor made, and records deal suggestions for review in the admin; it never creates a
Deal. Each story it links is in the activity log, as --user or the system account.
"""

import json

import reversion
from django.contrib.admin.models import CHANGE
from django.core.management.base import BaseCommand, CommandError

from core.activity import add_user_option, command_user, log_objects, system_user
from intelligence.analysis import StoryAnalysis
from intelligence.registry import get_matcher

from ... import live
from ...linking import article_analysis, article_link_companies, article_record_deal_suggestions
from ...models import Article


class Command(BaseCommand):
    help = "Detect company mentions and deal facts in stories; --apply links them."

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", metavar="SLUG", help="Stories to read.")
        parser.add_argument("--all", action="store_true", help="Read every story.")
        parser.add_argument(
            "--apply",
            action="store_true",
            help="Link detected companies and record deal suggestions (default: report only).",
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")
        add_user_option(parser)

    def handle(self, *args, slugs, all, apply, format, user=None, **options):
        if all == bool(slugs):
            raise CommandError("Name the stories to read by slug, or pass --all (not both).")
        actor = command_user(user) if user else None
        stories = Article.objects.order_by("pk")
        if slugs:
            found = set(stories.filter(slug__in=slugs).values_list("slug", flat=True))
            if missing := [s for s in slugs if s not in found]:
                raise CommandError(f"No story with the slug: {', '.join(missing)}")
            stories = stories.filter(slug__in=slugs)
        get_matcher()  # built once, before the loop
        results: list[tuple[Article, StoryAnalysis]] = []
        linked, recorded = 0, 0
        changed: list[tuple[Article, int, str]] = []  # the activity log's entries
        # One transaction; the recounts each new link asks for run once, merged, at its end.
        with live.batched():
            if apply:
                actor = actor or system_user()
            for article in stories.iterator(chunk_size=500):
                analysis = article_analysis(article)
                results.append((article, analysis))
                if apply:
                    with reversion.create_revision():
                        reversion.set_comment("Companies linked by link_companies --apply")
                        reversion.set_user(actor)
                        reversion.add_to_revision(article)
                        made = article_link_companies(article=article, mentions=analysis.companies)
                    linked += len(made)
                    recorded += article_record_deal_suggestions(
                        article=article, deals=analysis.deals
                    )
                    if made:
                        names = {m.company: m.name for m in analysis.companies}
                        listed = ", ".join(names[link.company_id] for link in made)
                        message = f"link_companies --apply: linked {listed}"
                        changed.append((article, CHANGE, message))
            if changed and actor is not None:
                log_objects(user=actor, entries=changed)
        if format == "json":
            self.stdout.write(
                json.dumps([_as_json(*r) for r in results], ensure_ascii=False, indent=2)
            )
        elif options["verbosity"]:
            self._write_text(results)
        if apply and options["verbosity"]:
            summary = f"Linked {linked} companies; recorded {recorded} deal suggestions for review."
            (self.stderr if format == "json" else self.stdout).write(self.style.SUCCESS(summary))

    def _write_text(self, results: list[tuple[Article, StoryAnalysis]]) -> None:
        for article, analysis in results:
            self.stdout.write(self.style.MIGRATE_HEADING(article.slug))
            for m in analysis.companies:
                self.stdout.write(f"  {m.name} ({m.role}, {m.mentions}×): {m.first}")
            for d in analysis.deals:
                terms = []
                if d.value:
                    terms.append(f"{d.value:f} {d.currency}")
                if d.stake:
                    terms.append(f"{d.stake:f}%")
                parties = ", ".join(f"{d.slugs[c]} ({role})" for c, role in d.parties.items())
                line = f"  deal: {d.kind}, {d.status}, {parties} {' '.join(terms)}".rstrip()
                self.stdout.write(f"{line} (confidence {d.confidence:.0%})")


def _as_json(article: Article, analysis: StoryAnalysis) -> dict:
    return {
        "article": article.slug,
        "companies": [m.as_json() for m in analysis.companies],
        "deals": [d.as_json() for d in analysis.deals],
    }
