'use client';
// One workflow step as a form: hidden ids, an optional note or date field, a submit button and
// the server action's answer (announced to screen readers).
import { useActionState } from 'react';
import { Field, FormMessage, inputClass, SubmitButton } from '@/app/(studio)/studio/_components/form-controls';
import { initialFormState, type FormState } from '@/lib/validation/form';

export interface ActionField {
  name: string;
  label: string;
  kind: 'textarea' | 'datetime-local';
  required?: boolean;
  defaultValue?: string;
  min?: string;
  hint?: string;
}

interface ActionFormProps {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  label: string;
  variant?: 'primary' | 'secondary' | 'danger';
  field?: ActionField;
  idPrefix: string;
}

export function ActionForm({ action, hidden, label, variant = 'primary', field, idPrefix }: ActionFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const id = `${idPrefix}-${field?.name ?? ''}`;
  const errors = field ? state.fieldErrors?.[field.name] : undefined;
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {field && (
        <Field idPrefix={idPrefix} label={field.label} name={field.name} state={state} {...(field.hint ? { hint: field.hint } : {})}>
          {field.kind === 'textarea' ? (
            <textarea
              id={id}
              name={field.name}
              rows={3}
              required={field.required}
              defaultValue={field.defaultValue}
              aria-invalid={errors ? true : undefined}
              aria-describedby={[field.hint ? `${id}-hint` : '', errors ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
              className={inputClass}
            />
          ) : (
            <input
              id={id}
              type="datetime-local"
              name={field.name}
              required={field.required}
              defaultValue={field.defaultValue}
              min={field.min}
              aria-invalid={errors ? true : undefined}
              aria-describedby={[field.hint ? `${id}-hint` : '', errors ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
              className={inputClass}
            />
          )}
        </Field>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant={variant}>{label}</SubmitButton>
      </div>
      <FormMessage state={state} />
      {state.fieldErrors?.checklist && (
        <ul className="list-disc pl-5 text-sm text-accent-700 dark:text-accent-300">
          {state.fieldErrors.checklist.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
