from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Newsroom"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_migrate, post_save

        from .entities.registry import invalidate_matcher
        from .roles import sync_roles

        # Groups need the permissions, which Django creates in post_migrate; so the
        # roles are synced there too rather than in a data migration.
        post_migrate.connect(sync_roles, sender=self)
        # The company matcher is a cache of every name and alias: any change to them
        # makes every process rebuild it on next use.
        for model in ("Company", "CompanyAlias"):
            for signal in (post_save, post_delete):
                signal.connect(invalidate_matcher, sender=f"articles.{model}", weak=False)
