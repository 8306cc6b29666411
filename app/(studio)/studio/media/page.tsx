import type { Metadata } from 'next';
import { Suspense } from 'react';
import { MediaLibrary, type MediaLibraryProps } from '@/components/studio/media/media-library';

export const metadata: Metadata = { title: 'Media library' };

export default function MediaPage(props: MediaLibraryProps) {
  return (
    <Suspense fallback={<p>Loading the media library…</p>}>
      <MediaLibrary {...props} />
    </Suspense>
  );
}
