'use client';
// Cover image: upload a new one or reuse one from the media library, with alt text and credit.
import { useRef, useState } from 'react';
import { controlClass, smallButtonClass } from './field-styles';
import { MediaLibraryPicker } from './media-library-picker';
import { previewSrc } from './image-view';
import type { EditorFields } from './types';
import { ACCEPTED_IMAGE_TYPES, uploadImageFile } from './upload';

type CoverFields = Pick<EditorFields, 'coverImageId' | 'cover' | 'coverAlt' | 'coverCredit'>;

interface CoverImageFieldProps {
  value: CoverFields;
  disabled: boolean;
  onChange: (patch: Partial<CoverFields>) => void;
}

export function CoverImageField({ value, disabled, onChange }: CoverImageFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [picking, setPicking] = useState(false);

  const upload = async (file: File) => {
    setState({ busy: true, error: null });
    try {
      const image = await uploadImageFile(file, { alt: value.coverAlt, credit: value.coverCredit });
      onChange({ coverImageId: image.id, cover: image, coverAlt: value.coverAlt || image.alt || '', coverCredit: value.coverCredit || image.credit || '' });
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: (error as Error).message });
    }
  };

  const src = value.cover ? previewSrc({ mediaId: value.cover.id, variants: value.cover.variants, width: value.cover.width }) : null;
  return (
    <fieldset disabled={disabled} className="space-y-3">
      <legend className="text-sm font-medium">Cover image</legend>
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- stored variant
        <img src={src} alt={value.coverAlt} width={value.cover?.width} height={value.cover?.height} className="h-auto max-h-48 w-auto rounded" />
      ) : (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">No cover image.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <label htmlFor="article-cover-file" className={`${smallButtonClass} cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-600`}>
          {value.cover ? 'Replace cover image' : 'Upload cover image'}
          <input
            id="article-cover-file"
            ref={input}
            type="file"
            accept={ACCEPTED_IMAGE_TYPES}
            className="sr-only"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
        <button type="button" className={smallButtonClass} onClick={() => setPicking((p) => !p)} aria-expanded={picking}>
          Choose from library
        </button>
        {value.cover ? (
          <button type="button" className={smallButtonClass} onClick={() => onChange({ coverImageId: null, cover: null })}>
            Remove cover
          </button>
        ) : null}
      </div>
      <div aria-live="polite" className="text-sm">
        {state.busy ? <p>Uploading…</p> : null}
        {state.error ? <p className="text-accent-700 dark:text-accent-300">{state.error}</p> : null}
      </div>
      {picking ? (
        <MediaLibraryPicker
          onPick={(image) => {
            onChange({ coverImageId: image.id, cover: image, coverAlt: image.alt || value.coverAlt, coverCredit: image.credit || value.coverCredit });
            setPicking(false);
          }}
        />
      ) : null}
      <div>
        <label htmlFor="article-cover-alt" className="block text-sm font-medium">
          Cover alt text
        </label>
        <input id="article-cover-alt" value={value.coverAlt} maxLength={300} onChange={(e) => onChange({ coverAlt: e.target.value })} className={`${controlClass} mt-1`} />
      </div>
      <div>
        <label htmlFor="article-cover-credit" className="block text-sm font-medium">
          Cover credit
        </label>
        <input id="article-cover-credit" value={value.coverCredit} maxLength={200} onChange={(e) => onChange({ coverCredit: e.target.value })} className={`${controlClass} mt-1`} />
      </div>
    </fieldset>
  );
}
