'use client';
import { controlClass } from './field-styles';

export interface SectionOption {
  id: string;
  label: string;
}

interface SectionSelectProps {
  id?: string;
  name?: string;
  sections: SectionOption[];
  value?: string;
  defaultValue?: string;
  disabled?: boolean;
  onChange?: (id: string) => void;
}

/** Sections and subsections in navigation order ("Culture › News"). */
export function SectionSelect({ id = 'article-section', name, sections, value, defaultValue, disabled, onChange }: SectionSelectProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Section
      </label>
      <select
        id={id}
        name={name}
        value={value}
        defaultValue={defaultValue}
        disabled={disabled}
        required
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        className={`${controlClass} mt-1`}
      >
        <option value="">Choose a section…</option>
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </div>
  );
}
