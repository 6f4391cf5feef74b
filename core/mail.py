"""What the emails the site sends share: the sender, plain-text templates and the
retry schedule."""

import datetime
from email.utils import parseaddr

from django.conf import settings
from django.template import Context, Engine
from django.utils import translation

# When the mail worker tries again after the mail server refused: after 1, 5, 30
# minutes, then 2 and 6 hours.
RETRY_DELAYS = [
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
    datetime.timedelta(hours=6),
]


def render_text(template_name, context):
    """A template rendered as plain text: nothing in it is escaped for HTML."""
    template = Engine.get_default().get_template(template_name)
    return template.render(Context(context, autoescape=False))


def from_address(language):
    """Who an email in `language` comes from: DEFAULT_FROM_EMAIL's address, named in
    that language where its name is one the site translates (the default, "Bactria
    Culture Centre", is the site's name in its header: "Маркази фарҳангии «Бактрия»")."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    with translation.override(language):
        local_name = translation.gettext(name) if name else ""
    return f"{local_name} <{address}>" if local_name else address
