"""The public side of open calls: the form, the confirmation, the private status page."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from applications import lost_links, workflow
from applications.enums import ApplicationStatus, CallStatus
from applications.forms import (
    ApplicationForm,
    FindApplicationsForm,
    answer_as_given,
)
from applications.models import Application
from applications.ratelimit import too_many_posts
from applications.submission import sent_with, submit
from applications.workflow import TransitionNotAllowed, allowed_statuses
from core.i18n import localized_page
from core.lost_links import LostLinksView
from core.private_pages import private

# The token of the form this browser last sent to a call, kept for an hour on the
# call's address: going back to the form finds the application instead of a blank
# form that would make a second one.
SENT_COOKIE = "application_sent"
SENT_COOKIE_SECONDS = 3600


def apply(request, call):
    context = call.get_context(request)
    if request.method == "POST":
        if too_many_posts(request):
            context["too_many"] = True
            return TemplateResponse(request, call.get_template(request), context, status=429)
        sent = sent_with(request.POST.get("submission_token"))
        if sent is not None:  # the same form again (back, then send): its application
            messages.info(request, _("This application was already sent; here is where it stands."))
            return redirect("applications:status", sent.status_token)
        if call.status != CallStatus.OPEN:
            return TemplateResponse(request, call.get_template(request), context, status=403)
        form = ApplicationForm(call, request.POST, request.FILES)
        if form.is_valid():
            application = submit(call, form, get_language())
            response = redirect("applications:received", application.status_token)
            response.set_cookie(
                SENT_COOKIE,
                str(application.submission_token),
                max_age=SENT_COOKIE_SECONDS,
                path=request.path,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
            return response
        context["attach_again"] = form.files_to_attach_again()
        status = 400
    elif "another" in request.GET:  # a new form after sending one
        response = redirect(request.path)
        response.delete_cookie(SENT_COOKIE, path=request.path, samesite="Lax")
        return response
    else:
        form = ApplicationForm(call) if call.status == CallStatus.OPEN else None
        context["sent_before"] = form and sent_with(request.COOKIES.get(SENT_COOKIE))
        status = 200
    context["form"] = form
    return TemplateResponse(request, call.get_template(request), context, status=status)


def application_or_404(token):
    application = Application.from_status_token(token)
    if application is None:
        raise Http404
    return application


def can_withdraw(application):
    return ApplicationStatus.WITHDRAWN in allowed_statuses(application)


def status(request, token, received=False):
    application = application_or_404(token)
    call = localized_page(application.call).specific
    context = {
        "application": application,
        "call": call,
        "received": received,
        "can_withdraw": can_withdraw(application),
        **what_was_sent(application, call),
    }
    return private(TemplateResponse(request, "applications/status.html", context))


@dataclass(frozen=True)
class Sent:
    """One answer or file an applicant sent, under its question: in the page's language
    where the call has it there (`language` None), else as the applicant read it, in
    the `language` they applied in."""

    question: str
    answer: object  # the answer as its applicant reads it (answer_as_given), or the file
    language: str | None


def what_was_sent(application, call):
    """What the applicant sent, for their own page: their `answers` and `files` (Sent),
    each question as `call` (the call in the page's language) asks it, and a choice in
    its words."""
    asked = {block.id: block.value for block in application.call.questions}
    shown = {block.id: block.value for block in call.questions}

    def sent(question_id, as_read, answer):
        if question_id in shown:
            return Sent(shown[question_id]["label"], answer, None)
        return Sent(as_read, answer, application.language)

    def as_given(answer):
        question_id = answer["id"]
        written = choice_as_shown(answer, asked.get(question_id), shown.get(question_id))
        return sent(question_id, answer["label"], answer_as_given(answer, written))

    return {
        "answers": [as_given(answer) for answer in application.answers],
        "files": [sent(file.question_id, file.question, file) for file in application.files.all()],
    }


def choice_as_shown(answer, asked, shown):
    """A choice in the words of `shown` (the question in the page's language), found by
    its place among the choices of `asked` (the question as the applicant answered it);
    None for any other answer."""
    if asked is None or shown is None or "choices" not in asked or "choices" not in shown:
        return None
    given = answer["value"] if isinstance(answer["value"], list) else [answer["value"]]
    choices, translated = list(asked["choices"]), list(shown["choices"])
    if len(choices) != len(translated) or not all(choice in choices for choice in given):
        return None
    return ", ".join(translated[choices.index(choice)] for choice in given)


@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    """Asks "are you sure?" (GET), then withdraws (POST) and confirms it by email."""
    application = application_or_404(token)
    if request.method == "GET":
        if not can_withdraw(application):
            return redirect("applications:status", token)
        context = {"application": application, "call": localized_page(application.call).specific}
        return private(TemplateResponse(request, "applications/withdraw.html", context))
    try:
        workflow.withdraw(application)
    except TransitionNotAllowed as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your application is withdrawn."))
    return redirect("applications:status", token)


# An applicant who lost their link gives the address they applied with (lost_links.py).
find = LostLinksView.as_view(
    form_class=FindApplicationsForm,
    template_name="applications/find.html",
    success_url=reverse_lazy("applications:find"),
    links=lost_links,
    sent_message=gettext_lazy(
        "If applications were sent from that address, an email with the link to "
        "each of them is on its way there. It can take a few minutes; look in the "
        "spam folder too."
    ),
)
