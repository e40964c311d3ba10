from django.apps import AppConfig


class IntelligenceConfig(AppConfig):
    name = "intelligence"
    verbose_name = "Company and deal detection"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from companies.models import Company, CompanyAlias

        from .registry import invalidate_matcher

        # The company matcher is a cache of every name and alias: any change to them
        # makes every process rebuild it on next use.
        for model in (Company, CompanyAlias):
            for signal in (post_save, post_delete):
                signal.connect(invalidate_matcher, sender=model, weak=False)
