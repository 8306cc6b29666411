'use client';
// Optional overrides: excerpt for listings, title and description for search and sharing.
import { controlClass } from './field-styles';
import type { EditorFields } from './types';

type SeoValues = Pick<EditorFields, 'excerpt' | 'seoTitle' | 'seoDescription'>;

interface SeoFieldsProps {
  value: SeoValues;
  disabled: boolean;
  onChange: (patch: Partial<SeoValues>) => void;
}

export function SeoFields({ value, disabled, onChange }: SeoFieldsProps) {
  return (
    <fieldset disabled={disabled} className="space-y-3">
      <legend className="text-sm font-medium">Listings, search and sharing (optional)</legend>
      <div>
        <label htmlFor="article-excerpt" className="block text-sm font-medium">
          Excerpt
        </label>
        <textarea id="article-excerpt" rows={2} maxLength={500} value={value.excerpt} onChange={(e) => onChange({ excerpt: e.target.value })} className={`${controlClass} mt-1`} />
      </div>
      <div>
        <label htmlFor="article-seo-title" className="block text-sm font-medium">
          SEO title
        </label>
        <input id="article-seo-title" maxLength={200} value={value.seoTitle} onChange={(e) => onChange({ seoTitle: e.target.value })} className={`${controlClass} mt-1`} />
      </div>
      <div>
        <label htmlFor="article-seo-description" className="block text-sm font-medium">
          SEO description
        </label>
        <textarea
          id="article-seo-description"
          rows={2}
          maxLength={300}
          value={value.seoDescription}
          onChange={(e) => onChange({ seoDescription: e.target.value })}
          className={`${controlClass} mt-1`}
        />
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">Left empty, these use the dek and the headline.</p>
    </fieldset>
  );
}
