"""Finding stored companies by any of their names."""

from core.text import normalise_name

from .models import Company, CompanyAlias


def companies_by_name() -> dict[str, Company]:
    """Every company under its normalised name and each normalised alias."""
    companies = {c.pk: c for c in Company.objects.all()}
    found = {normalise_name(c.name): c for c in companies.values()}
    for normalised, company_id in CompanyAlias.objects.values_list("normalised", "company_id"):
        found.setdefault(normalised, companies[company_id])
    return found
