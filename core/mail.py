"""What the emails the site sends share: plain-text templates and the retry schedule."""

import datetime

from django.template import Context, Engine

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
