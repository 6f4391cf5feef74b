from django.urls import path

from wagtail import hooks

from users import two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("sign-in-code/", two_factor.verify, name="two_factor_verify"),
        path("sign-in-code/add/", two_factor.setup, name="two_factor_setup"),
    ]


# The password alone, without the code, does not open what is kept for signed-in
# visitors, nor does a partner account of the resource centre (users/staff.py).
# First among the hooks, before Wagtail's own check lets the user through.
@hooks.register("before_serve_page", order=-10)
def code_before_private_pages(page, request, serve_args, serve_kwargs):
    return two_factor.keep_out(request, page.get_view_restrictions())


@hooks.register("before_serve_document", order=-10)
def code_before_private_documents(document, request):
    return two_factor.keep_out(request, document.collection.get_view_restrictions())
