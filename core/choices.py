"""
A choices field's label, looked up from its own value.

Django's `get_FOO_display()` builds a dict of all the field's choices on each call,
hashing every lazy label, which translates it: a listing of twenty events spent
about 3 ms there. A model defines `get_FOO_display = label_of("foo", TheChoices)`
(Django then leaves that name alone) to translate only the label it shows.
"""


def label_of(field_name, choices):
    """A `get_FOO_display` method: the label of the field's value in `choices` (an
    enum such as a `TextChoices`), or the value itself when it is not one of them."""

    def get_display(self):
        value = getattr(self, field_name)
        try:
            return choices(value).label
        except ValueError:
            return value

    get_display.__name__ = f"get_{field_name}_display"
    return get_display
