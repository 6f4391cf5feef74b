"""English dates and times the way the centre writes them: "Tue 8 Dec 2026, 18:00".

Day first and a 24-hour clock, as in Dushanbe, instead of Django's American
"Dec. 8, 2026, 6 p.m.", whose spaced times wrap mid-time ("7 p.m.–10 / p.m.").
"""

from django.conf.locale.en.formats import *  # noqa: F403

DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "D j M Y, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j M"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
