"""Russian dates and times in the site's one style: "Вт 8 декабря 2026, 18:00".

Django's Russian formats already count hours to 24; here times always have two
digits ("09:00") and a date with its time reads as in English and Tajik.
"""

from django.conf.locale.ru.formats import *  # noqa: F403

DATETIME_FORMAT = "D j E Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
MONTH_DAY_FORMAT = "j E"
