from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from core import page_cache, site_url, text_fingerprints, widgets

        page_cache.connect()
        site_url.connect(self)
        text_fingerprints.connect()
        widgets.use_page_chooser()
        widgets.word_the_choosers_search_tab_per_request()
