import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getOwnProfile } from '@/lib/data/users';
import { requireStudioActor } from '../_components/studio-actor';
import { AvatarForm } from './avatar-form';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';
import { SignOutEverywhereForm } from './sign-out-everywhere-form';

export const metadata: Metadata = { title: 'Profile' };

export default function ProfilePage() {
  return (
    <Suspense fallback={<p>Loading your profile…</p>}>
      <Profile />
    </Suspense>
  );
}

async function Profile() {
  const actor = await requireStudioActor('/studio/profile');
  const profile = await getOwnProfile(actor);
  return (
    <div className="max-w-2xl space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Your profile</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Signed in as {profile.email}. Your name, bio, photo and links appear on your articles and on{' '}
          <a className="underline" href={`/author/${profile.slug}`}>
            your author page
          </a>
          .
        </p>
      </div>
      <section aria-labelledby="photo-heading" className="space-y-3">
        <h2 id="photo-heading" className="text-xl font-semibold">
          Photo
        </h2>
        <AvatarForm avatar={profile.avatar} name={profile.name} />
      </section>
      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-xl font-semibold">
          Details and links
        </h2>
        <ProfileForm profile={profile} />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">
          Password
        </h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Sessions
        </h2>
        <SignOutEverywhereForm />
      </section>
    </div>
  );
}
