// django-recurrence's widget calls django.jQuery, which Django's own admin would
// provide. Wagtail's admin already loads jQuery: lend it to the widget.
window.django = window.django || {};
window.django.jQuery = window.django.jQuery || window.jQuery;
