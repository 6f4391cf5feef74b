from django.urls import path

from resources import account_views, views

app_name = "resources"

# Downloads (views.py), checked on the server.
urlpatterns = [
    path("materials/<int:pk>/download/", views.download, name="download"),
    path("materials/download-all/", views.download_all, name="download-all"),
]

# Partner accounts (account_views.py): sign up, sign in, the organisation's materials.
urlpatterns += [
    path("account/sign-up/", account_views.sign_up, name="sign-up"),
    path("account/sign-up/sent/", account_views.sign_up_sent, name="sign-up-sent"),
    path("account/verify/<str:token>/", account_views.verify, name="verify"),
    path("account/sign-in/", account_views.SignInView.as_view(), name="sign-in"),
    path("account/sign-out/", account_views.SignOutView.as_view(), name="sign-out"),
    path(
        "account/password-reset/",
        account_views.PasswordResetView.as_view(),
        name="password-reset",
    ),
    path(
        "account/password-reset/sent/",
        account_views.PasswordResetSentView.as_view(),
        name="password-reset-sent",
    ),
    path(
        "account/password-reset/<uidb64>/<token>/",
        account_views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path(
        "account/password-reset/done/",
        account_views.PasswordResetCompleteView.as_view(),
        name="password-reset-complete",
    ),
    path("account/materials/", account_views.my_materials, name="my-materials"),
    path("account/materials/share/", account_views.contribute, name="contribute"),
    path(
        "account/materials/<int:pk>/change/",
        account_views.change_material,
        name="change-material",
    ),
]
