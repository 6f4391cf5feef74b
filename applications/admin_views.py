"""
The Applications area of the admin: the listing, one application with its answers,
files, reviews and history, and the actions on it. Every view checks, on the server,
that the user may see the application (see permissions.py).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import (
    Avg,
    Case,
    Count,
    DecimalField,
    Exists,
    IntegerField,
    OuterRef,
    Subquery,
    When,
)
from django.db.models.functions import Coalesce
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.views.generic import HistoryView, IndexView, InspectView
from wagtail.log_actions import log
from wagtail.models import Locale

from applications import emails, workflow
from applications.admin_forms import ReviewForm, StatusForm
from applications.enums import DECISIONS, ApplicationStatus
from applications.export import applications_workbook
from applications.filters import open_calls
from applications.forms import display_answer
from applications.models import Application, ApplicationFile, OpenCallPage, Review
from applications.models.history import readable_by
from applications.permissions import (
    answers_readable_by,
    can_decide,
    can_export,
    can_review,
    is_contact_field,
    sees_contact_details,
    sees_every_application,
    visible_applications,
)
from applications.staff_language import (
    call_in_staff_language,
    call_title_in_staff_language,
    question_labels,
)
from applications.workflow import WorkflowError


def scored_by(user):
    """Whether `user` has scored the application, as a subquery of each application row."""
    return Exists(Review.objects.filter(application=OuterRef("pk"), reviewer=user))


def review_summary(user):
    """The reviews' average and count of each application, as subqueries.

    A reviewer sees neither until they have scored the application themselves (their
    judgement is their own): both are None for them, so that filtering by the average
    tells nothing either. Staff who see every application see them always.
    """
    reviews = Review.objects.filter(application=OuterRef("pk")).order_by().values("application")
    average = Subquery(
        reviews.annotate(value=Avg("average")).values("value"),
        output_field=DecimalField(max_digits=3, decimal_places=2),
    )
    count = Coalesce(Subquery(reviews.annotate(value=Count("pk")).values("value")), 0)
    if not sees_every_application(user):
        scored = scored_by(user)
        average = Case(When(scored, then=average), default=None, output_field=average.output_field)
        count = Case(When(scored, then=count), default=None, output_field=IntegerField())
    return {"average_score": average, "review_count": count}


def listing_queryset(user):
    """One application with its reviews' average and count, for its page and the export."""
    return visible_applications(user).select_related("call").annotate(**review_summary(user))


def index_queryset(user):
    """The listing's applications, without their answers (the form's whole content).

    A column of one of the application's fields is read from these rows (a new column
    is one line in the view set's list_display). The call's title (in the admin's
    language, staff_language.py) and the reviews' average and count are subqueries, not
    joins: the database walks the submission date's index and works them out for the
    page's rows only, and the paginator's count leaves them out.
    """
    return (
        visible_applications(user)
        .defer("answers")
        .annotate(call_title=call_title_in_staff_language(), **review_summary(user))
    )


class ApplicationIndexView(IndexView):
    """The columns are the view set's list_display (wagtail_hooks.py), over
    index_queryset; the reference links to the application's page."""

    template_name = "applications/admin/index.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # A reviewer's search leaves out the applicants' email addresses: typing one
        # must not tell them who applied (see permissions.sees_contact_details).
        if not sees_contact_details(request.user):
            self.search_fields = [
                field for field in self.search_fields or [] if not is_contact_field(field)
            ]

    @cached_property
    def columns(self):
        """The view set's columns, but a reviewer's table has no column (nor sorting)
        of the applicant's contact details."""
        columns = super().columns
        if sees_contact_details(self.request.user):
            return columns
        return [
            column
            for column in columns
            if not any(
                is_contact_field(key)
                for key in (column.name, getattr(column, "accessor", None), column.sort_key)
            )
        ]

    def get_base_queryset(self):
        return index_queryset(self.request.user)

    def get_list_more_buttons(self, instance):
        # Applications are only opened (the reference's link): no menu of actions per row.
        return []

    @cached_property
    def summary(self):
        return applications_summary(self.request.user)

    @cached_property
    def calls(self):
        return open_calls()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "calls": lambda: self.calls}

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        if not (self.is_searching or self.is_filtering):
            # Every application the user may see is listed: the counts per status add up
            # to the paginator's count, without a COUNT(*) of its own.
            paginator.count = self.summary.total
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.results_only:  # the counts and exports sit above the results
            context["status_counts"] = self.summary.per_status
            context["export_calls"] = (
                [call for call in self.calls if call["translation_key"] in self.summary.call_keys]
                if can_export(self.request.user)
                else []
            )
        return context


@dataclass(frozen=True)
class Summary:
    per_status: list  # (ApplicationStatus, count), in the statuses' order
    call_keys: set  # the calls these applications were sent to
    total: int


def applications_summary(user):
    """How many applications the user may see in each status, and to which calls.

    One query, grouped by call and status (an index has both): a few dozen rows
    however many applications there are.
    """
    counts = dict.fromkeys(ApplicationStatus.values, 0)
    call_keys = set()
    grouped = (
        visible_applications(user)
        .order_by()
        .values_list("call_key", "status")
        .annotate(count=Count("pk"))
    )
    for call_key, status, count in grouped:
        call_keys.add(call_key)
        counts[status] = counts.get(status, 0) + count
    return Summary(
        per_status=[(status, counts[status.value]) for status in ApplicationStatus],
        call_keys=call_keys,
        total=sum(counts.values()),
    )


def criteria_of(call):
    """The call's criteria in the reviewer's admin language where it has that translation."""
    source = call_in_staff_language(call)
    return [
        (block.id, block.value["name"], block.value["description"]) for block in source.criteria
    ]


class ApplicationDetailView(InspectView):
    template_name = "applications/admin/detail.html"
    page_title = pgettext_lazy("application to a call", "Application")

    def get_object(self, queryset=None):
        return application_for(self.request, self.pk)

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Who opened whose personal data, and when: in the application's history.
        log(instance=self.object, action="applications.view", user=request.user)
        return response

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        user = self.request.user
        labels = question_labels(application.call)
        # The applicant's email and phone for planners only: a reviewer's page has neither.
        context["email"] = application.email if sees_contact_details(user) else None
        context["answers"] = [
            (labels.get(answer["id"], answer["label"]), display_answer(answer))
            for answer in answers_readable_by(user, application.answers)
        ]
        context["files"] = [
            (file, labels.get(file.question_id, file.question)) for file in application.files.all()
        ]
        criteria = criteria_of(application.call)
        context["criteria"] = {cid: name for cid, name, _description in criteria}
        # None for a reviewer who has not scored it yet: see review_summary.
        context["scores_hidden"] = application.review_count is None
        if sees_every_application(user):
            context["reviews"] = application.reviews.select_related("reviewer")
        if can_review(user, application):
            own = application.reviews.filter(reviewer=user).first()
            initial = {"comment": own.comment} if own else {}
            if own:
                initial.update({f"score_{key}": value for key, value in own.scores.items()})
            context["review_form"] = kwargs.get("review_form") or ReviewForm(
                criteria, initial=initial
            )
        if can_decide(user):
            # As sent, with its errors, when a decision came back (ApplicationDecisionView).
            context["status_form"] = kwargs.get("status_form") or StatusForm(application)
            if application.status in DECISIONS:
                context["decision_to_email"] = ApplicationStatus(application.status)
        context["history_url"] = reverse("applications_admin:history", args=[application.pk])
        # The call's published translation in the admin's language, else the call itself.
        context["call_title"] = application.call.localized.title
        return context

    def post(self, request, *args, **kwargs):
        """A reviewer saves their own scores and comment."""
        application = self.object
        if not can_review(request.user, application):
            raise PermissionDenied
        form = ReviewForm(criteria_of(application.call), request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(review_form=form), status=400)
        workflow.record_review(
            application,
            by=request.user,
            scores=form.scores(),
            comment=form.cleaned_data["comment"],
        )
        following = next_to_score(request.user, application)
        if following:
            message = _("Your review is saved.")
            button = messages.button(
                reverse("applications_admin:inspect", args=[following]),
                _("Score the next application"),
            )
        else:
            message = _(
                "Your review is saved. Every application of this call under review has your score."
            )
            listing = reverse("applications_admin:index")
            button = messages.button(
                f"{listing}?{urlencode({'call_key': application.call_key})}",
                _("Back to the applications of this call"),
            )
        messages.success(request, message, buttons=[button])
        return redirect("applications_admin:inspect", application.pk)


def next_to_score(user, application):
    """The id of the next application of the same call that waits for this reviewer's
    score (under review, none of theirs yet), the first sent first; None when none waits."""
    return (
        visible_applications(user)
        .filter(
            ~scored_by(user), call_key=application.call_key, status=ApplicationStatus.UNDER_REVIEW
        )
        .exclude(pk=application.pk)
        .order_by("submitted_at", "pk")
        .values_list("pk", flat=True)
        .first()
    )


class ApplicationHistoryView(HistoryView):
    """An application's history, for staff who may see that application."""

    any_permission_required = ["view", "change"]
    # Applications are not edited here (the view set has no edit view): no "Edit"
    # button, which would be a button leading nowhere.
    header_buttons = []

    def get_edit_url(self, instance):
        """The application's page, where staff act on it: the breadcrumbs link it."""
        return reverse("applications_admin:inspect", args=[instance.pk])

    def get_object(self):
        return application_for(self.request, self.pk)

    def get_base_queryset(self):
        # Other reviewers' reviews stay hidden from a reviewer (see models/history.py).
        return readable_by(super().get_base_queryset(), self.request.user)


def application_for(request, pk):
    """The application, if this user may see it: 403 otherwise, 404 if there is none."""
    application = get_object_or_404(Application.objects.only("pk"), pk=pk)
    visible = listing_queryset(request.user).filter(pk=application.pk).first()
    if visible is None:
        raise PermissionDenied
    return visible


def download_file(request, pk):
    """A file of an application, only for staff who may see that application; logged."""
    file = get_object_or_404(ApplicationFile.objects.select_related("application"), pk=pk)
    if not visible_applications(request.user).filter(pk=file.application_id).exists():
        raise PermissionDenied
    log(
        instance=file.application,
        action="applications.file_download",
        user=request.user,
        data={"file": file.original_name},
    )
    response = FileResponse(file.file.open("rb"), as_attachment=True, filename=file.original_name)
    response["Content-Type"] = file.content_type
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def email_preview(request, application, status, **context):
    """The decision email as the applicant will get it, to confirm before it goes."""
    subject, body = emails.decision_message(application, status)
    return TemplateResponse(
        request,
        "applications/admin/decision_preview.html",
        {
            "application": application,
            "status": ApplicationStatus(status),
            "subject": subject,
            "body": body,
            **context,
        },
    )


class ApplicationDecisionView(ApplicationDetailView):
    """A planner changes the status (the application's page's form "New status"); a
    decision is previewed as the email the applicant will get. A form sent without a
    status, or with one not offered, comes back on the application's page with its
    error beside the field, as it was sent, and nothing changes."""

    http_method_names = ["post"]
    permission_required = "change"

    def post(self, request, *args, **kwargs):
        application = self.object
        if not can_decide(request.user):
            raise PermissionDenied
        form = StatusForm(application, request.POST)
        if not form.is_valid():
            # Said above the page too: the form is at its foot.
            for error in form.errors.get("status", []):
                messages.error(request, error)
            return self.render_to_response(self.get_context_data(status_form=form), status=400)
        status = form.cleaned_data["status"]
        if form.sends_email and "confirm" not in request.POST:
            return email_preview(
                request,
                application,
                status,
                action_url=reverse("applications_admin:decide", args=[application.pk]),
                intro=_(
                    "The status becomes “%(status)s”. The applicant will get this email, "
                    "in %(language)s:"
                )
                % {
                    "status": ApplicationStatus(status).label,
                    "language": language_name(application),
                },
                confirm_label=_("Change the status and send"),
            )
        try:
            workflow.decide(
                application, status, by=request.user, notify=form.cleaned_data["notify"]
            )
        except WorkflowError as error:
            messages.error(request, str(error))
            return redirect("applications_admin:inspect", application.pk)
        if form.sends_email:
            messages.success(request, _("Status changed; the applicant will be emailed."))
        else:
            messages.success(request, _("Status changed."))
        return redirect("applications_admin:inspect", application.pk)


@require_POST
def email_decision(request, pk):
    """Email the applicant the current decision, made earlier without telling them."""
    application = application_for(request, pk)
    if not can_decide(request.user):
        raise PermissionDenied
    try:
        if "confirm" not in request.POST:
            return email_preview(
                request,
                application,
                workflow.decision_to_email(application),
                action_url=reverse("applications_admin:email_decision", args=[pk]),
                intro=_("The applicant will get this email, in %(language)s:")
                % {"language": language_name(application)},
                confirm_label=_("Send the email"),
            )
        workflow.email_decision(
            application, by=request.user, previewed_status=request.POST.get("status")
        )
    except WorkflowError as error:
        messages.error(request, str(error))
        return redirect("applications_admin:inspect", pk)
    messages.success(request, _("The applicant will be emailed the decision."))
    return redirect("applications_admin:inspect", pk)


def language_name(application):
    return str(application.get_language_display())


def export_call(request, call_key):
    """The applications to one call, for the jury, as an XLSX file."""
    if not can_export(request.user):
        raise PermissionDenied
    applications = (
        listing_queryset(request.user).filter(call_key=call_key).prefetch_related("files")
    )
    call = OpenCallPage.objects.filter(
        translation_key=call_key, locale=Locale.get_default()
    ).first()
    if call is None:
        raise Http404
    response = HttpResponse(
        applications_workbook(call, applications.order_by("submitted_at")),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{call.reference_prefix}-applications.xlsx"'
    )
    response["Cache-Control"] = "private, no-store"
    return response
