"""The interface language: the URL's language prefix (/fr/…) when it has one, else Django's negotiation
(the language cookie, then Accept-Language, then LANGUAGE_CODE).

Django's `LocaleMiddleware` reads the path only under `i18n_patterns`, which would prefix every URL (or
none of the default language's, which then never negotiates). Here the unprefixed URLs stay, and answer
in the reader's language; the prefixed ones name theirs. The response handling (Content-Language, Vary:
Accept-Language on unprefixed URLs) is `LocaleMiddleware`'s own."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class PathOrHeaderLocaleMiddleware(LocaleMiddleware):
    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or (
            translation.get_language_from_request(request)
        )
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
