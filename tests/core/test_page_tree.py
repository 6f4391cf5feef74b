"""Staff can only put pages where they make sense."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from applications.models import OpenCallPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from projects.models import ProjectIndexPage, ProjectPage


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ProgrammeIndexPage, HomePage)

    def test_programme_index_sits_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, ProgrammeIndexPage)
        self.assertCanNotCreateAt(ProgrammeIndexPage, ProgrammeIndexPage)
        self.assertAllowedParentPageTypes(ProgrammeIndexPage, {HomePage})

    def test_programmes_sit_under_the_programme_index_and_hold_their_open_calls(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {ProgrammeIndexPage})
        self.assertAllowedSubpageTypes(ProgrammePage, {OpenCallPage})
        self.assertAllowedParentPageTypes(OpenCallPage, {ProgrammePage})
        self.assertAllowedSubpageTypes(OpenCallPage, {})
        self.assertCanNotCreateAt(HomePage, OpenCallPage)

    def test_partnership_projects_sit_under_their_index_only(self):
        self.assertCanCreateAt(HomePage, ProjectIndexPage)
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, {})
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanNotCreateAt(ProgrammeIndexPage, ProjectPage)

    def test_news_items_sit_under_the_news_index_only(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(ProjectIndexPage, NewsPage)

    def test_standard_pages_nest_under_the_home_page_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_one_index_of_each_kind_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="en")
        for index_class in (ProgrammeIndexPage, ProjectIndexPage, NewsIndexPage):
            assert not index_class.can_create_at(home), index_class
