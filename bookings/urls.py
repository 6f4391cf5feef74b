from django.urls import path

from bookings import views

app_name = "bookings"

urlpatterns = [
    # Before the private pages' tokens, which a word like "find" would otherwise match.
    path("find/", views.find, name="find"),
    path("<str:token>/", views.booking, name="booking"),
    path("<str:token>/cancel/", views.cancel, name="cancel"),
    path("<str:token>/confirm/", views.confirm, name="confirm"),
    path("<str:token>/give-back/", views.give_back, name="give_back"),
]
