"""The page where someone who lost the email with their private link (to an application,
to a booking) gives their address to have it sent again. The answer is the same whatever
the address, so that the page never tells who applied or booked; each app says which
links go out and how often one may ask (applications/lost_links.py,
bookings/lost_links.py)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.views.generic import FormView

from core.private_pages import private


class LostLinksView(FormView):
    """`links` is the app's module with `too_many_requests(request)` and
    `send_links(email)`; `sent_message` what the page says once the form is sent."""

    http_method_names = ["get", "post"]
    links = None
    sent_message = ""

    def post(self, request, *args, **kwargs):
        if self.links.too_many_requests(request):
            context = self.get_context_data(form=self.get_form(), too_many=True)
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        self.links.send_links(form.cleaned_data["email"])
        messages.success(self.request, self.sent_message)
        return redirect(self.get_success_url())

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def render_to_response(self, context, **response_kwargs):
        return private(super().render_to_response(context, **response_kwargs))
