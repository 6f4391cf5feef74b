from django.urls import path

from applications import views

app_name = "applications"

urlpatterns = [
    # Before the status pages' tokens, which a word like "find" would otherwise match.
    path("find/", views.find, name="find"),
    path("<str:token>/", views.status, name="status"),
    path("<str:token>/received/", views.status, {"received": True}, name="received"),
    path("<str:token>/withdraw/", views.withdraw, name="withdraw"),
]
