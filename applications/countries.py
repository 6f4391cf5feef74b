"""The countries an applicant can name: the region first, then the centre's usual partners.

A fixed list the project translates itself (Tajik country names are in no library
the site uses); "another country" covers everyone else.
"""

from django.utils.translation import gettext_lazy as _

COUNTRIES = [
    ("TJ", _("Tajikistan")),
    ("AF", _("Afghanistan")),
    ("KZ", _("Kazakhstan")),
    ("KG", _("Kyrgyzstan")),
    ("TM", _("Turkmenistan")),
    ("UZ", _("Uzbekistan")),
    ("IR", _("Iran")),
    ("CN", _("China")),
    ("IN", _("India")),
    ("PK", _("Pakistan")),
    ("RU", _("Russia")),
    ("TR", _("Türkiye")),
    ("AZ", _("Azerbaijan")),
    ("AM", _("Armenia")),
    ("GE", _("Georgia")),
    ("MN", _("Mongolia")),
    ("UA", _("Ukraine")),
    ("AT", _("Austria")),
    ("BE", _("Belgium")),
    ("FR", _("France")),
    ("DE", _("Germany")),
    ("IT", _("Italy")),
    ("NL", _("Netherlands")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("ES", _("Spain")),
    ("SE", _("Sweden")),
    ("CH", _("Switzerland")),
    ("GB", _("United Kingdom")),
    ("US", _("United States")),
    ("JP", _("Japan")),
    ("KR", _("South Korea")),
    ("XX", _("Another country")),
]
