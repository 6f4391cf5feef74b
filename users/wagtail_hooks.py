from django.urls import path

from wagtail import hooks

from users import two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("sign-in-code/", two_factor.verify, name="two_factor_verify"),
        path("sign-in-code/add/", two_factor.setup, name="two_factor_setup"),
    ]
