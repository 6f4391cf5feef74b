"""Turning a valid application form into an Application, exactly once."""

import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from applications import tasks
from applications.models import Application, ApplicationFile, ReferenceCounter


def next_reference(prefix):
    """The next reference for the prefix this year, e.g. BMA-2026-0042."""
    key = f"{prefix}-{timezone.localdate().year}"
    with transaction.atomic():  # the counter's row stays locked until the caller commits
        counter, _created = ReferenceCounter.objects.select_for_update().get_or_create(key=key)
        counter.last += 1
        counter.save(update_fields=["last"])
    return f"{key}-{counter.last:04d}"


def sent_with(token):
    """The application a form with this token already made, if any (the token as posted)."""
    try:
        token = uuid.UUID(str(token))
    except ValueError:
        return None
    return Application.objects.select_related("call").filter(submission_token=token).first()


def submit(call, form, language):
    """Store the application and its files; queue the emails once it is committed.

    Posting the same form twice returns the application the first POST made.
    """
    token = form.cleaned_data["submission_token"]
    existing = Application.objects.filter(submission_token=token).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            application = Application.objects.create(
                call=call,
                call_key=call.translation_key,
                reference=next_reference(call.reference_prefix),
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                language=language,
                answers=form.answers(),
                submission_token=token,
            )
            for question_id, question, upload in form.files_by_question():
                ApplicationFile.objects.create(
                    application=application,
                    question_id=question_id,
                    question=question,
                    file=upload,
                    original_name=upload.name[:255],
                    content_type=upload.content_type,
                    size=upload.size,
                )
            transaction.on_commit(lambda: tasks.queue_receipt_emails(application.pk))
    except IntegrityError:
        # A second POST of the same form raced the first one past the check above.
        return Application.objects.get(submission_token=token)
    return application
