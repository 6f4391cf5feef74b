"""The data files' dates counted from the day the demo is loaded (see demo/data.py)."""

import datetime
from zoneinfo import ZoneInfo

from demo.data import resolve

DUSHANBE = ZoneInfo("Asia/Dushanbe")
FRIDAY = datetime.date(2026, 12, 4)


def test_days_from_today_and_the_next_weekday():
    assert resolve({"in_days": 5}, FRIDAY) == datetime.date(2026, 12, 9)
    assert resolve({"in_days": -10}, FRIDAY) == datetime.date(2026, 11, 24)
    assert resolve({"in_days": 15, "next": "tuesday"}, FRIDAY) == datetime.date(2026, 12, 22)
    assert resolve({"next": "friday"}, FRIDAY) == FRIDAY


def test_a_day_of_a_later_year_and_the_academic_year():
    assert resolve({"in_years": 1, "month": 3, "day": 1}, FRIDAY) == datetime.date(2027, 3, 1)
    spring = datetime.date(2027, 2, 10)
    assert resolve({"date": "academic_year_start", "next": "tuesday"}, spring) == (
        datetime.date(2026, 9, 1)
    )


def test_a_time_is_in_the_sites_time_zone_and_fixed_dates_stay():
    assert resolve({"in_days": 8, "at": "18:30"}, FRIDAY) == datetime.datetime(
        2026, 12, 12, 18, 30, tzinfo=DUSHANBE
    )
    festival = {"date": datetime.date(2021, 9, 17), "at": "19:00"}
    assert resolve(festival, FRIDAY) == datetime.datetime(2021, 9, 17, 19, tzinfo=DUSHANBE)


def test_other_mappings_are_left_as_data():
    question = {"date": {"label": "Date of birth", "help_text": "", "required": True}}
    assert resolve([question], FRIDAY) == [question]
