from django.urls import path

from resources import views

app_name = "resources"

urlpatterns = [
    path("<int:pk>/download/", views.download, name="download"),
    path("download-all/", views.download_all, name="download-all"),
]
