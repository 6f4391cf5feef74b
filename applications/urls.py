from django.urls import path

from applications import views

app_name = "applications"

urlpatterns = [
    path("<str:token>/", views.status, name="status"),
    path("<str:token>/received/", views.status, {"received": True}, name="received"),
    path("<str:token>/withdraw/", views.withdraw, name="withdraw"),
]
