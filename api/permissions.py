from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions

from archive.admin.ingest import INGEST_PERMISSION


class ModelPermissionsOrReadOnly(DjangoModelPermissions):
    """Anyone may read; a write needs the Django model permissions of the Editors group (migration 0004):
    `change_<model>` of the view's model, and for resolutions `ingest_resolutiontext`, as the admin's
    ingest form asks. With IsAuthenticatedOrReadOnly before it, anonymous writes get 401, and users
    without the permissions, staff or not, 403."""

    message = "Writing needs the Editors group's permissions (change resolutions, ingest texts)."
    perms_map = {
        "POST": ["%(app_label)s.change_%(model_name)s", INGEST_PERMISSION],
        "PUT": ["%(app_label)s.change_%(model_name)s", INGEST_PERMISSION],
        "PATCH": ["%(app_label)s.change_%(model_name)s", INGEST_PERMISSION],
        "DELETE": ["%(app_label)s.delete_%(model_name)s"],
    }

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS or not hasattr(view, request.method.lower()):
            return True  # a read, or a method the view does not take: 405 follows
        return super().has_permission(request, view)
