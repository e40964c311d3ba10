"""The read-only JSON API (/api/v1/) and its OpenAPI document (/api/schema/).

Stories come only from `Article.objects.published()` and deals only from
`Deal.objects.public()`; every link is absolute (core.site.absolute_url).
"""
