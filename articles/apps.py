from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Stories"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from . import link_times, pictures, search, signals
        from .roles import sync_roles

        signals.connect()
        pictures.connect()
        # Groups need the permissions, which Django creates in post_migrate; so the
        # roles are synced there too rather than in a data migration.
        post_migrate.connect(sync_roles, sender=self)
        # SQLite drops a table's triggers when a migration rebuilds it: the search
        # index's are put back after every migrate.
        post_migrate.connect(search.restore_sqlite_index, sender=self)
        # ...and so are the triggers that copy stories' times to their links.
        post_migrate.connect(link_times.restore, sender=self)
