"""
What Wagtail's admin menu reads on every admin page, found more cheaply.

The menu's "Pages" item opens the explorer at the user's explorable root, and the
"Site history" report is offered when there is one. Wagtail works that root out for
every admin page it renders: for a superuser, two queries of the page tree (the root
pages, then their common ancestor) that always find the tree's root. Here a superuser's
root is the tree's root kept with the navigation (core/navigation.py, until a page is
next saved, moved or deleted) and put where Wagtail keeps the root it has found for the
rest of the request (on the user). Other users' roots follow their page permissions:
Wagtail works them out as before.
"""

from wagtail.models import Page
from wagtail.permissions import policy_registry

from core.navigation import tree_root


def find_explorable_root(request):
    """Give Wagtail a superuser's explorable root before the admin menu asks for it."""
    user = request.user
    if user.is_active and user.is_superuser:
        policy = policy_registry.get_by_type(Page)
        # Where PagePermissionPolicy.explorable_root_instance keeps its answer.
        setattr(user, policy._explorable_root_instance_cache_name, tree_root(request))
