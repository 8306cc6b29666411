'use client';
import { useActionState } from 'react';
import { updateProfileAction } from '@/lib/actions/profile';
import type { OwnProfile } from '@/lib/data/users';
import { initialFormState } from '@/lib/validation/form';
import { Field, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';

const SOCIAL = [
  { name: 'xHandle', label: 'X', hint: 'Handle like @name or https://x.com/name' },
  { name: 'instagramHandle', label: 'Instagram', hint: 'Handle or https://instagram.com/name' },
  { name: 'tiktokHandle', label: 'TikTok', hint: 'Handle or https://www.tiktok.com/@name' },
  { name: 'blueskyHandle', label: 'Bluesky', hint: 'Handle like name.bsky.social or https://bsky.app/profile/…' },
  { name: 'linkedinUrl', label: 'LinkedIn', hint: 'https://www.linkedin.com/in/…' },
  { name: 'website', label: 'Website', hint: 'https://…' },
] as const;

export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  const value = (key: keyof OwnProfile) => (profile[key] as string | null) ?? '';
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field label="Name" name="name" state={state} inputProps={{ defaultValue: profile.name, required: true, autoComplete: 'name' }} />
      <Field
        label="Public slug"
        name="slug"
        state={state}
        hint="Your author page address: /author/your-slug"
        inputProps={{ defaultValue: profile.slug, required: true }}
      />
      <Field label="Job title" name="jobTitle" state={state} inputProps={{ defaultValue: value('jobTitle') }} />
      <Field label="Bio" name="bio" state={state}>
        <textarea
          id="f-bio"
          name="bio"
          rows={5}
          defaultValue={value('bio')}
          className={inputClass}
          aria-invalid={state.fieldErrors?.bio ? true : undefined}
          aria-describedby={state.fieldErrors?.bio ? 'f-bio-error' : undefined}
        />
      </Field>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold">Social links</legend>
        {SOCIAL.map((s) => (
          <Field key={s.name} label={s.label} name={s.name} state={state} hint={s.hint} inputProps={{ defaultValue: value(s.name) }} />
        ))}
      </fieldset>
      <div className="flex items-center gap-4">
        <SubmitButton>Save profile</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
