"""A confirmation after every review decision, wherever it was taken.

Wagtail approves and rejects from the dashboard's "Awaiting your review", the page editor's
action menu, snippets and modals, and says nothing about the outcome. After any admin POST in
which the signed-in reviewer finished a review task, this says what happened: approved and
published, approved and waiting for the next task or for its release, or sent back."""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import TaskState, WorkflowState


class ReviewDecisionMessageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.path.startswith("/admin/"):
            return self.get_response(request)
        started = timezone.now()
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and response.status_code in (200, 302):
            decided = TaskState.objects.filter(
                finished_by=user,
                finished_at__gte=started,
                status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED],
            ).select_related("task", "workflow_state")
            for task_state in decided:
                messages.success(request, decision_message(task_state))
        return response


def decision_message(task_state):
    workflow_state = task_state.workflow_state
    content = workflow_state.content_object
    title = str(getattr(content, "title", None) or content)
    task = task_state.task.name
    if task_state.status == TaskState.STATUS_REJECTED:
        return _("Changes requested on “%(title)s” (%(task)s): it goes back to its author.") % {
            "title": title,
            "task": task,
        }
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("“%(title)s” approved (%(task)s); it goes on to %(next)s.") % {
            "title": title,
            "task": task,
            "next": workflow_state.current_task_state.task.name,
        }
    from editorial.models import Release, ReleaseItem

    item = (
        ReleaseItem.objects.filter(page_id=content.pk, release__status=Release.Status.OPEN)
        .select_related("release")
        .first()
        if hasattr(content, "path")
        else None
    )
    if item is not None:
        return _("“%(title)s” approved (%(task)s); it waits in the release “%(release)s”.") % {
            "title": title,
            "task": task,
            "release": item.release.name,
        }
    return _("“%(title)s” approved (%(task)s) and published.") % {"title": title, "task": task}
