'use client';
// Slug: follows the title until the writer edits it; availability is checked as they type.
import { useEffect, useState } from 'react';
import { isValidSlug } from '@/lib/content/slug';
import { checkSlugAction } from './actions';
import { controlClass, smallButtonClass } from './field-styles';

interface SlugFieldProps {
  articleId: string;
  sectionId: string;
  value: string;
  generated: string;
  touched: boolean;
  disabled: boolean;
  onChange: (slug: string, touched: boolean) => void;
}

type Check = { slug: string; sectionId: string; available: boolean } | null;

export function SlugField({ articleId, sectionId, value, generated, touched, disabled, onChange }: SlugFieldProps) {
  const [check, setCheck] = useState<Check>(null);
  const shown = touched ? value : generated;
  const valid = isValidSlug(shown);

  useEffect(() => {
    if (!valid || !sectionId) return;
    let current = true;
    const timer = setTimeout(async () => {
      const { available } = await checkSlugAction(sectionId, shown, articleId);
      if (current) setCheck({ slug: shown, sectionId, available });
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [articleId, sectionId, shown, valid]);

  let message = 'Checking…';
  if (shown === '') message = 'Add a headline or type a slug.';
  else if (!valid) message = 'Use lowercase letters, digits and single hyphens (at most 80 characters).';
  else if (check && check.slug === shown && check.sectionId === sectionId) {
    message = check.available ? 'Available in this section.' : 'Another article in this section uses this slug.';
  }
  const bad = shown !== '' && (!valid || (check?.slug === shown && !check.available));

  return (
    <div>
      <label htmlFor="article-slug" className="block text-sm font-medium">
        Slug
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="article-slug"
          value={shown}
          disabled={disabled}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value.toLowerCase().replace(/\s+/g, '-'), true)}
          aria-describedby="article-slug-status"
          aria-invalid={bad || undefined}
          className={`${controlClass} font-mono`}
        />
        {touched && !disabled ? (
          <button type="button" onClick={() => onChange('', false)} className={`${smallButtonClass} shrink-0`}>
            Follow headline
          </button>
        ) : null}
      </div>
      <p id="article-slug-status" aria-live="polite" className={`mt-1 text-sm ${bad ? 'text-accent-700 dark:text-accent-300' : 'text-zinc-700 dark:text-zinc-300'}`}>
        {touched ? '' : 'Generated from the headline. '}
        {message}
      </p>
    </div>
  );
}
