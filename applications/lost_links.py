"""An applicant who lost the email with their private link asks for it again.

They give the address they applied with; each application sent from it gets an email
with its link, in the language of the application, through the mail worker. The page
answers the same whatever the address, so that it never tells who applied. One address
is sent its links once in LINKS_INTERVAL (asking again changes nothing), and one
visitor may ask a few times an hour (settings.APPLICATION_LINKS_LIMIT).
"""

from django.conf import settings

from applications import tasks
from applications.models import Application
from ops.rate_limit import first_in, over_limit

LINKS_INTERVAL = 15 * 60  # seconds


def too_many_requests(request):
    limit, period = settings.APPLICATION_LINKS_LIMIT
    return over_limit(request, "application-links", limit, period)


def send_links(email):
    """Queue the link emails of the applications sent from `email` (as the form cleaned
    it), unless that address was sent them within LINKS_INTERVAL. The cache holds a hash
    of the address, not the address."""
    if not first_in("application-links", email, LINKS_INTERVAL):
        return
    sent_from = Application.objects.filter(email__iexact=email)
    for application_id in sent_from.values_list("pk", flat=True):
        tasks.queue_status_link_email(application_id)
