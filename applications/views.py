"""The public side of open calls: the form, the confirmation, the private status page."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from applications.enums import ApplicationStatus, CallStatus
from applications.forms import ApplicationForm
from applications.models import Application
from applications.ratelimit import too_many_posts
from applications.submission import submit
from applications.workflow import TransitionNotAllowed, allowed_statuses, change_status


def apply(request, call):
    context = call.get_context(request)
    if request.method == "POST":
        if call.status != CallStatus.OPEN:
            return TemplateResponse(request, call.get_template(request), context, status=403)
        if too_many_posts(request):
            context["too_many"] = True
            return TemplateResponse(request, call.get_template(request), context, status=429)
        form = ApplicationForm(call, request.POST, request.FILES)
        if form.is_valid():
            application = submit(call, form, get_language())
            return redirect("applications:received", application.status_token)
        context["attach_again"] = form.files_to_attach_again()
        status = 400
    else:
        form = ApplicationForm(call) if call.status == CallStatus.OPEN else None
        status = 200
    context["form"] = form
    return TemplateResponse(request, call.get_template(request), context, status=status)


def application_or_404(token):
    application = Application.from_status_token(token)
    if application is None:
        raise Http404
    return application


def status(request, token, received=False):
    application = application_or_404(token)
    context = {
        "application": application,
        "call": application.call,
        "received": received,
        "can_withdraw": ApplicationStatus.WITHDRAWN in allowed_statuses(application),
    }
    response = TemplateResponse(request, "applications/status.html", context)
    # A private page: never cached, never sent as a referrer to other sites.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
def withdraw(request, token):
    application = application_or_404(token)
    try:
        change_status(application, ApplicationStatus.WITHDRAWN)
    except TransitionNotAllowed as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your application is withdrawn."))
    return redirect("applications:status", token)
