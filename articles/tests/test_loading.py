"""Instances loaded by QuickLoad.from_db are those Django's own loading makes."""

from decimal import Decimal

import pytest
from django.db import connection, models
from django.db.models import signals
from django_countries.fields import Country

from articles.models import Article, Author, Byline
from articles.tests import factories
from companies.models import Company, CompanyRelation
from core import loading
from core.loading import QuickLoad
from deals.models import DealParty


def _loaded_by_django(queryset):
    """The same rows, loaded through Model.__init__ as Django does."""
    quick = QuickLoad.__dict__["from_db"]

    def django_from_db(cls, db, field_names, values):
        return models.Model.from_db.__func__(cls, db, field_names, values)  # type: ignore[attr-defined]

    QuickLoad.from_db = classmethod(django_from_db)  # type: ignore[method-assign,assignment]
    try:
        return list(queryset.all())
    finally:
        QuickLoad.from_db = quick  # type: ignore[method-assign]


def _fields(instance):
    return {k: v for k, v in instance.__dict__.items() if k != "_state"}


pytestmark = pytest.mark.django_db


def test_a_full_row_loads_as_django_loads_it():
    factories.company("Northwind Holdings", country="SE", ticker="NWH")
    [quick] = Company.objects.all()
    [slow] = _loaded_by_django(Company.objects.all())
    assert _fields(quick) == _fields(slow)
    assert quick._state.adding is False
    assert quick._state.db == "default"


def test_a_field_with_its_own_setter_goes_through_it(monkeypatch):
    class Shouting:
        """A descriptor that changes what it is given, as a field's own could."""

        def __get__(self, instance, owner=None):
            return self if instance is None else instance.__dict__["sector"]

        def __set__(self, instance, value):
            instance.__dict__["sector"] = value.upper()

    factories.company("Northwind Holdings", sector="payments")
    monkeypatch.setattr(Company, "sector", Shouting())
    monkeypatch.setattr(loading, "_plans", {})
    assert Company.objects.get().sector == "PAYMENTS"


def test_a_country_reads_as_a_country():
    factories.company("Northwind Holdings", country="SE")
    quick = Company.objects.get()
    assert isinstance(quick.country, Country)
    assert quick.country.name == "Sweden"


def test_deferred_fields_stay_deferred_and_load_on_access(django_assert_num_queries):
    factories.company("Northwind Holdings", description="Payments.")
    quick = Company.objects.only("name").get()
    assert quick.get_deferred_fields() >= {"description", "slug"}
    with django_assert_num_queries(1):
        assert quick.description == "Payments."


def test_a_full_row_with_deferred_markers_skips_them():
    factories.company("Northwind Holdings", description="Payments.")
    row = Company.objects.values_list(*[f.attname for f in Company._meta.concrete_fields]).get()
    fields = Company._meta.concrete_fields
    values = [
        models.DEFERRED if f.attname == "description" else value
        for f, value in zip(fields, row, strict=True)
    ]
    quick = Company.from_db("default", [f.attname for f in fields], values)
    assert "description" not in quick.__dict__
    assert quick.name == "Northwind Holdings"


def test_related_rows_are_loaded_and_cached(django_assert_num_queries):
    parent = factories.company("Northwind Holdings")
    child = factories.company("Northwind Pay")
    factories.relation(parent, child, stake_percent=Decimal("51"))
    with django_assert_num_queries(1):
        [relation] = CompanyRelation.objects.select_related("parent", "child")
        assert relation.parent.name == "Northwind Holdings"
        assert relation.child.name == "Northwind Pay"
        assert relation.stake_percent == Decimal("51")


def test_an_instance_loaded_quickly_saves_as_an_update():
    author = factories.author("Ada Reporter")
    quick = Author.objects.get(pk=author.pk)
    quick.name = "Ada Correspondent"
    quick.save()
    assert Author.objects.count() == 1
    assert Author.objects.get().name == "Ada Correspondent"


def test_a_versioned_row_remembers_the_version_it_was_read_at():
    factories.company("Northwind Holdings")
    quick = Company.objects.get()
    assert quick._read_version == quick.version


def test_a_model_with_init_receivers_is_loaded_by_django():
    factories.author("Ada Reporter")
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance)

    signals.post_init.connect(receiver, sender=Author)
    try:
        [author] = Author.objects.all()
    finally:
        signals.post_init.disconnect(receiver, sender=Author)
    assert seen == [author]


def test_every_hot_model_loads_the_same_fields_as_django():
    company = factories.company("Northwind Holdings")
    factories.article("Northwind buys Contoso", byline=factories.author("Ada Reporter"))
    factories.deal("Northwind / Contoso", parties=[(company, DealParty.Role.ACQUIRER)], value="5")
    for queryset in (
        Article.objects.all(),
        Byline.objects.select_related("author"),
        DealParty.objects.select_related("deal", "company"),
    ):
        quick, slow = list(queryset.all()), _loaded_by_django(queryset)
        assert [_fields(q) for q in quick] == [_fields(s) for s in slow]


def test_rows_read_by_hand_load_as_the_orm_reads_them():
    factories.article("Northwind buys Contoso")
    names = ("id", "headline", "slug", "published_at")
    table = Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, headline, slug, published_at FROM {table}")
        rows = cursor.fetchall()
    [loaded] = loading.instances(Article, "default", names, rows)
    [read] = Article.objects.only(*names)
    assert {n: getattr(loaded, n) for n in names} == {n: getattr(read, n) for n in names}
    assert loaded.published_at.tzinfo is not None
    assert loaded._state.adding is False


def _quick_models():
    from django.apps import apps

    return [m for m in apps.get_models() if issubclass(m, QuickLoad)]


def test_every_choice_label_is_the_one_django_gives():
    for model in _quick_models():
        for field in model._meta.concrete_fields:
            if not field.choices:
                continue
            for value, label in field.flatchoices:
                instance = model(**{field.attname: value})
                shown = getattr(instance, f"get_{field.name}_display")()
                assert shown == models.Model._get_FIELD_display(instance, field) == str(label)


def test_a_value_outside_the_choices_is_shown_as_it_is():
    relation = CompanyRelation(kind="joint-owner")
    assert relation.get_kind_display() == "joint-owner"


def test_a_label_follows_the_active_language(monkeypatch):
    from django.utils import translation
    from django.utils.translation import gettext_lazy

    field = CompanyRelation._meta.get_field("kind")
    monkeypatch.setattr(field, "choices", [("subsidiary", gettext_lazy("Yes"))])
    monkeypatch.setattr(loading, "_labels", {})
    relation = CompanyRelation(kind="subsidiary")
    assert relation.get_kind_display() == "Yes"
    with translation.override("de"):
        assert relation.get_kind_display() == "Ja"
    assert relation.get_kind_display() == "Yes"
