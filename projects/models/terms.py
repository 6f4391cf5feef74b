from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class Term(TranslatableMixin, models.Model):
    """A word staff pick from a list: a project's theme or its type."""

    name = models.CharField(pgettext_lazy("name of a thing", "name"), max_length=120)

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class ProjectTheme(Term):
    class Meta(Term.Meta):
        verbose_name = _("project theme")
        verbose_name_plural = _("project themes")


class ProjectType(Term):
    class Meta(Term.Meta):
        verbose_name = _("type of project")
        verbose_name_plural = _("types of project")
