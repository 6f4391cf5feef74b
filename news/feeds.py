from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from core import navigation
from core.site_url import absolute_url


class NewsFeed(Feed):
    """The latest news of one language as an Atom feed (Django sets the feed's language),
    its addresses on the site's public address (core.site_url)."""

    feed_type = Atom1Feed
    limit = 20

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return absolute_url(self.request.path, self.request)

    def subtitle(self):
        return self.index_page.summary

    def author_name(self):
        return gettext("Bactria Culture Centre")

    def author_link(self):
        home = navigation.localized_home(self.request)
        return home.get_full_url(self.request) if home else absolute_url("/", self.request)

    def items(self):
        return self.index_page.news()[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_at()

    def item_updateddate(self, item):
        return item.modified_at()
