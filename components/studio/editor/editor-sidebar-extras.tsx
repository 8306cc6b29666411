// Server-rendered panels under the checklist in the editor's sidebar: the workflow steps
// (submit, review, publish…). Further panels belong here too.
import { Suspense } from 'react';
import { WorkflowPanel } from '@/components/studio/workflow/workflow-panel';

export function EditorSidebarExtras({ articleId }: { articleId: string }) {
  return (
    <Suspense fallback={<p className="text-sm">Loading the workflow…</p>}>
      <WorkflowPanel articleId={articleId} />
    </Suspense>
  );
}
