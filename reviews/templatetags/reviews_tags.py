from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def score(value):
    """A ratio with two decimals in the Dutch way (0,67); '—' when undefined."""
    if value is None:
        return "—"
    return number_format(value, 2)
