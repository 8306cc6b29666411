// The editor sidebar's workflow box: where the article stands and the steps the signed-in user
// may take from here. Each step is a form posting to its server action; the data layer checks
// role, state and version again, so this only hides what would be refused anyway.
import Link from 'next/link';
import * as actions from '@/lib/actions/workflow';
import { getCurrentActor } from '@/lib/auth/session';
import { getWorkflowState, type WorkflowState } from '@/lib/data/review-queue';
import { formatDateTime, NEWSROOM_TIME_ZONE } from '@/lib/format/date';
import { suggestedScheduleTime, utcToZonedLocal } from '@/lib/validation/workflow';
import { ActionForm } from './action-form';
import { ChangeRequestNote, Checklist } from './panel-parts';
import { STATUS_LABELS } from './status';

export async function WorkflowPanel({ articleId }: { articleId: string }) {
  const actor = await getCurrentActor();
  const state = await getWorkflowState(actor, articleId);
  return (
    <section aria-labelledby="workflow-heading" className="space-y-4 rounded border border-zinc-300 p-4 dark:border-zinc-700" data-testid="workflow-panel">
      <h2 id="workflow-heading" className="text-lg font-semibold">
        Workflow
      </h2>
      <StatusLine state={state} />
      <ChangeRequestNote change={state.latestChangeRequest} />
      <Steps state={state} />
      <p className="text-sm">
        <Link href={`/studio/articles/${state.id}/timeline`} className="underline">
          Timeline
        </Link>
        {state.publicUrl && (
          <>
            {' · '}
            <Link href={state.publicUrl} className="underline">
              View live article
            </Link>
          </>
        )}
      </p>
    </section>
  );
}

function StatusLine({ state }: { state: WorkflowState }) {
  return (
    <div className="space-y-1 text-sm">
      <p>
        Status: <strong data-testid="workflow-status">{state.trashed ? 'In the trash' : STATUS_LABELS[state.status]}</strong>
      </p>
      {state.claimedBy && <p>Being reviewed by {state.claimedBy.name}.</p>}
      {state.scheduledFor && state.status === 'SCHEDULED' && (
        <p>
          Goes live <time dateTime={state.scheduledFor.toISOString()}>{formatDateTime(state.scheduledFor)}</time>.
        </p>
      )}
      {state.scheduleError && state.status === 'SCHEDULED' && (
        <p role="alert" className="text-accent-700 dark:text-accent-300">
          Scheduled publishing failed: {state.scheduleError} It is retried every minute.
        </p>
      )}
      {state.pendingAt && (
        <p>
          Unpublished edits since <time dateTime={state.pendingAt.toISOString()}>{formatDateTime(state.pendingAt)}</time>; readers still see the published
          version.
        </p>
      )}
    </div>
  );
}

function Steps({ state }: { state: WorkflowState }) {
  const { allowed: can } = state;
  const hidden = { articleId: state.id, expectedVersion: String(state.version) };
  const p = (name: string) => `wf-${name}`;
  const soon = suggestedScheduleTime();
  const tz = `Newsroom time (${NEWSROOM_TIME_ZONE.replace(/_/g, ' ')}).`;
  const none = !Object.values(can).some(Boolean);
  return (
    <div className="space-y-4">
      {can.submit && (
        <div className="space-y-2">
          <Checklist items={state.checklist} />
          <ActionForm idPrefix={p('submit')} action={actions.submitForReviewAction} hidden={{ articleId: state.id }} label="Submit for review" />
        </div>
      )}
      {can.withdraw && <ActionForm idPrefix={p('withdraw')} action={actions.withdrawSubmissionAction} hidden={{ articleId: state.id }} label="Withdraw from review" variant="secondary" />}
      {can.claim && <ActionForm idPrefix={p('claim')} action={actions.claimReviewAction} hidden={{ articleId: state.id }} label="Claim for review" variant="secondary" />}
      {can.release && <ActionForm idPrefix={p('release')} action={actions.releaseReviewAction} hidden={{ articleId: state.id }} label="Release review" variant="secondary" />}
      {can.publish && <ActionForm idPrefix={p('publish')} action={actions.publishArticleAction} hidden={hidden} label={state.status === 'SCHEDULED' ? 'Publish now' : 'Approve & publish'} />}
      {can.schedule && (
        <ActionForm idPrefix={p('schedule')} action={actions.scheduleArticleAction} hidden={hidden} label="Schedule" variant="secondary"
          field={{ name: 'at', label: 'Publish at', kind: 'datetime-local', required: true, defaultValue: soon, hint: tz }} />
      )}
      {can.reschedule && state.scheduledFor && (
        <ActionForm idPrefix={p('reschedule')} action={actions.rescheduleArticleAction} hidden={hidden} label="Reschedule" variant="secondary"
          field={{ name: 'at', label: 'New time', kind: 'datetime-local', required: true, defaultValue: utcToZonedLocal(state.scheduledFor), hint: tz }} />
      )}
      {can.cancelSchedule && <ActionForm idPrefix={p('cancel')} action={actions.cancelScheduleAction} hidden={{ articleId: state.id }} label="Cancel schedule" variant="secondary" />}
      {can.requestChanges && (
        <ActionForm idPrefix={p('changes')} action={actions.requestChangesAction} hidden={hidden} label="Request changes" variant="secondary"
          field={{ name: 'note', label: 'Note for the writer', kind: 'textarea', required: true, hint: 'Required. The writer sees it on the dashboard and in the editor.' }} />
      )}
      {can.publishPending && <ActionForm idPrefix={p('pending')} action={actions.publishPendingEditsAction} hidden={hidden} label="Publish pending edits" />}
      {can.discardPending && <ActionForm idPrefix={p('discard')} action={actions.discardPendingEditsAction} hidden={hidden} label="Discard pending edits" variant="secondary" />}
      {can.republish && <ActionForm idPrefix={p('republish')} action={actions.republishArticleAction} hidden={hidden} label="Republish" />}
      {can.correct && (
        <ActionForm idPrefix={p('correct')} action={actions.addCorrectionAction} hidden={{ articleId: state.id }} label="Add correction" variant="secondary"
          field={{ name: 'note', label: 'Correction (shown to readers)', kind: 'textarea', required: true }} />
      )}
      {can.unpublish && (
        <ActionForm idPrefix={p('unpublish')} action={actions.unpublishArticleAction} hidden={hidden} label="Unpublish" variant="danger"
          field={{ name: 'reason', label: 'Reason for unpublishing', kind: 'textarea', required: true, hint: 'Required. Staff only.' }} />
      )}
      {none && <p className="text-sm text-zinc-700 dark:text-zinc-300">{state.status === 'IN_REVIEW' ? 'Waiting for an editor.' : 'No workflow steps for you here right now.'}</p>}
    </div>
  );
}
