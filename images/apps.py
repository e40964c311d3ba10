from django.apps import AppConfig


class ImagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "images"
    verbose_name = "Pictures"

    def ready(self) -> None:
        from django.db.models.signals import post_delete

        from .library import delete_files_on_commit
        from .models import Image
        from .renditions import stored_names

        def _files_go_with_the_picture(sender, instance, **kwargs):
            # Bookkeeping, not a rule: a deleted picture's files are orphans.
            delete_files_on_commit(stored_names(instance))

        post_delete.connect(_files_go_with_the_picture, sender=Image, weak=False)
