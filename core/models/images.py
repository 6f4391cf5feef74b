from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """The site's image, with a credit line that photographers and donors ask for."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, shown under the image where it is used."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def get_rendition(self, filter):
        """One rendition, by the same path as several (Wagtail's always rewrote the cache)."""
        (rendition,) = self.get_renditions(filter).values()
        return rendition

    def find_existing_renditions(self, *filters):
        """
        Wagtail's lookup (prefetched renditions, then the cache, then the database),
        except that renditions found in the cache are marked as such, and that
        prefetched renditions need not be all there are.

        Wagtail marks only prefetched ones, so `get_renditions` wrote every rendition
        it had just read from the cache back to it: a second round trip and pickling
        for each image on each request. And Wagtail takes a filter missing from the
        prefetched renditions for one never made: it resizes the image again before
        it finds the rendition in the database. The renditions of an image kept with
        a routed page (core.navigation) were read before the page was first shown,
        when they may not have been made yet; those missing are looked up here.
        """
        found = {}
        if self._get_prefetched_renditions() is not None:
            found = super().find_existing_renditions(*filters)
            filters = [f for f in filters if f not in found]
            if not filters:
                return found
        Rendition = self.get_rendition_model()
        by_key = {
            Rendition.construct_cache_key(self, f.get_cache_key(self), f.spec): f for f in filters
        }
        for key, rendition in Rendition.cache_backend.get_many(list(by_key)).items():
            rendition.image = self  # as Wagtail does: this image's alt text and credit
            rendition._from_cache = True
            found[by_key[key]] = rendition
        missing = {f.spec: f for f in filters if f not in found}
        if missing:
            lookup = Q()
            for spec, f in missing.items():
                lookup |= Q(filter_spec=spec, focal_point_key=f.get_cache_key(self))
            for rendition in self.renditions.filter(lookup):
                found[missing[rendition.filter_spec]] = rendition
        return found


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
