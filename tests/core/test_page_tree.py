"""Staff can only put pages where they make sense."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from programmes.models import ProgrammeIndexPage, ProgrammePage


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ProgrammeIndexPage, HomePage)

    def test_programme_index_sits_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, ProgrammeIndexPage)
        self.assertCanNotCreateAt(ProgrammeIndexPage, ProgrammeIndexPage)
        self.assertAllowedParentPageTypes(ProgrammeIndexPage, {HomePage})

    def test_programmes_sit_under_the_programme_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {ProgrammeIndexPage})
        self.assertAllowedSubpageTypes(ProgrammePage, {})
