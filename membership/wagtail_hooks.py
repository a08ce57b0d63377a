from wagtail import hooks
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from membership.models import MembershipApplication
from membership.views import MembershipApplicationViewSet


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Applications arrive through the API only (with the applicant's consent): nobody adds
    one by hand, superusers included, so the admin shows no "Add" button and its form is
    refused."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(MembershipApplication, ApplicationPermissionPolicy(MembershipApplication))


@hooks.register("register_admin_viewset")
def register_membership_application_viewset():
    return MembershipApplicationViewSet("membership_applications")
