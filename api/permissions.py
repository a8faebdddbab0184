from rest_framework.permissions import SAFE_METHODS, BasePermission


class IsStaffOrReadOnly(BasePermission):
    """Anyone may read; only staff users may write (with IsAuthenticatedOrReadOnly before it, anonymous
    writes get 401 and other users' writes 403)."""

    message = "Only staff users may change the archive."

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or bool(request.user and request.user.is_staff)
