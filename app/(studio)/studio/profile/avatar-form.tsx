'use client';
import { useActionState } from 'react';
import { MediaImage } from '@/components/site/media-image';
import { removeAvatarAction, uploadAvatarAction } from '@/lib/actions/profile';
import type { MediaImage as MediaImageShape } from '@/lib/data/shapes';
import { initialFormState } from '@/lib/validation/form';
import { Field, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';

export function AvatarForm({ avatar, name }: { avatar: MediaImageShape | null; name: string }) {
  const [state, upload] = useActionState(uploadAvatarAction, initialFormState);
  const [removeState, remove] = useActionState(removeAvatarAction, initialFormState);
  return (
    <div className="flex flex-wrap items-start gap-6">
      {avatar ? (
        <div className="h-24 w-24 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800">
          <MediaImage image={{ ...avatar, alt: `Photo of ${name}` }} sizes="96px" className="h-24 w-24 object-cover" />
        </div>
      ) : (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">No photo yet.</p>
      )}
      <div className="space-y-3">
        <form action={upload} className="space-y-3">
          <Field label="Upload a photo" name="avatar" state={state} hint="JPEG, PNG, WebP or GIF, up to 10 MB.">
            <input
              id="f-avatar"
              name="avatar"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              className={inputClass}
              aria-describedby={state.fieldErrors?.avatar ? 'f-avatar-hint f-avatar-error' : 'f-avatar-hint'}
            />
          </Field>
          <div className="flex items-center gap-4">
            <SubmitButton>Upload photo</SubmitButton>
            <FormMessage state={state} />
          </div>
        </form>
        {avatar && (
          <form action={remove} className="flex items-center gap-4">
            <SubmitButton variant="secondary">Remove photo</SubmitButton>
            <FormMessage state={removeState} />
          </form>
        )}
      </div>
    </div>
  );
}
