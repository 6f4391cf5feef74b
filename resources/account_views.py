"""Partner accounts on the public site: sign up, confirm the address, sign in and out,
reset the password, and the organisation's own materials.

Every page here belongs to one visitor: never cached, never indexed, and its address
(a verification or reset link) never sent to another site.
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from wagtail.models import Locale

from applications.views import private
from ops.rate_limit import over_limit
from resources import contribution, signup, verification
from resources.access import partner_account_of
from resources.account_forms import (
    PartnerPasswordResetForm,
    PartnerSetPasswordForm,
    SignInForm,
    SignUpForm,
)
from resources.models import ResourceStatus
from resources.organisation_materials import organisation_materials
from users.staff import works_in_admin


def too_many_posts(request):
    """Count this POST; True once the address went over RESOURCE_POST_LIMIT."""
    return over_limit(request, "resources", *settings.RESOURCE_POST_LIMIT)


def private_page(view):
    """Mark the view's TemplateResponse private (see applications.views.private)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, TemplateResponse):
            response.context_data = response.context_data or {}
            private(response)
        return response

    return never_cache(wrapped)


def partner_required(view):
    """For signed-in partners with a confirmed address; the view gets their account."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("resources:sign-in"))
        account = partner_account_of(request.user)
        if account is None or works_in_admin(request.user):
            return TemplateResponse(request, "resources/account/partners_only.html", status=403)
        return view(request, account, *args, **kwargs)

    return private_page(wrapped)


@private_page
@sensitive_post_parameters("password")
def sign_up(request):
    context = {}
    if request.method == "POST":
        if too_many_posts(request):
            context["too_many"] = True
            return TemplateResponse(request, "resources/account/sign_up.html", context, status=429)
        form = SignUpForm(request.POST)
        if form.is_valid():
            signup.sign_up(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                name=form.cleaned_data["name"],
                organisation_name=form.cleaned_data["organisation"],
                organisation_type=form.cleaned_data["organisation_type"],
                language=get_language(),
            )
            return redirect("resources:sign-up-sent")
    else:
        form = SignUpForm()
    context["form"] = form
    status = 400 if form.errors else 200
    return TemplateResponse(request, "resources/account/sign_up.html", context, status=status)


@private_page
def sign_up_sent(request):
    return TemplateResponse(request, "resources/account/sign_up_sent.html")


@private_page
def verify(request, token):
    account = verification.verify(token)
    status = 200 if account else 400
    context = {"verified": account is not None}
    return TemplateResponse(request, "resources/account/verified.html", context, status=status)


@method_decorator(private_page, name="dispatch")
class SignInView(auth_views.LoginView):
    template_name = "resources/account/sign_in.html"
    authentication_form = SignInForm
    next_page = reverse_lazy("resources:my-materials")


@method_decorator(private_page, name="dispatch")
class SignOutView(auth_views.LogoutView):
    """Signs out on POST (the button on the partner's pages). An address opened or typed
    (GET) asks first, with the button: signing out never happens on a link followed,
    and the page is not a bare "method not allowed"."""

    http_method_names = ["get", "post", "options"]
    next_page = reverse_lazy("resources:sign-in")

    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("resources:sign-in")
        return TemplateResponse(request, "resources/account/sign_out.html")

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You are signed out."))
        return response


@method_decorator(private_page, name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "resources/account/password_reset.html"
    form_class = PartnerPasswordResetForm
    success_url = reverse_lazy("resources:password-reset-sent")


@method_decorator(private_page, name="dispatch")
class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "resources/account/password_reset_sent.html"


@method_decorator(private_page, name="dispatch")
class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "resources/account/password_reset_confirm.html"
    form_class = PartnerSetPasswordForm
    success_url = reverse_lazy("resources:password-reset-complete")


@method_decorator(private_page, name="dispatch")
class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "resources/account/password_reset_complete.html"


@partner_required
def my_materials(request, account):
    """The organisation's materials; only the partner's own until staff confirm that
    they belong to the organisation (resources/signup.py)."""
    materials = organisation_materials(
        account.organisation,
        get_language(),
        submitted_by=None if account.membership_confirmed else account.user,
    )
    for material in materials:
        if material.status == ResourceStatus.CHANGES_REQUESTED and (
            account.membership_confirmed or material.submitted_by_id == account.user_id
        ):
            material.change_url = reverse("resources:change-material", args=[material.pk])
    context = {"account": account, "materials": materials}
    return TemplateResponse(request, "resources/account/my_materials.html", context)


def material_form_page(request, template, context, make_form, store, done):
    """The share and change pages: `make_form(data, files)` (both None for a GET),
    `store(form)` (may raise ValidationError about the file), then back to the
    organisation's materials with the message `done`. A refused file keeps the other
    answers in the form and asks to attach it again."""
    if request.method == "POST":
        if too_many_posts(request):
            context["too_many"] = True
            return TemplateResponse(request, template, context, status=429)
        form = make_form(request.POST, request.FILES)
        if form.is_valid():
            try:
                store(form)
            except ValidationError as error:
                form.add_error("file", error)
            else:
                messages.success(request, done)
                return redirect("resources:my-materials")
        context["attach_again"] = bool(request.FILES.get("file"))
    else:
        form = make_form(None, None)
    context["form"] = form
    status = 400 if form.errors else 200
    return TemplateResponse(request, template, context, status=status)


@partner_required
def contribute(request, account):
    locale = Locale.get_active()
    return material_form_page(
        request,
        "resources/account/contribute.html",
        {"account": account},
        lambda data, files: contribution.ContributionForm(data, files, locale=locale),
        lambda form: contribution.contribute(form, account, locale),
        _("Thank you! Your material waits for the moderators; we email you their answer."),
    )


@partner_required
def change_material(request, account, pk):
    """A material the moderators sent back: changed, then waiting for them again."""
    resource = get_object_or_404(contribution.changeable(account), pk=pk)
    return material_form_page(
        request,
        "resources/account/change_material.html",
        {"account": account, "material": resource},
        lambda data, files: contribution.ChangeForm(data, files, resource=resource),
        lambda form: contribution.change(form, resource, account),
        _("Thank you! Your material goes back to the moderators."),
    )
