import type { z } from 'zod';

/** One error code per field (see messages.ts: the website turns codes into words). */
export type FieldErrors = Record<string, string>;
export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Parses a submission; on failure returns one error code per field (the first one). */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** True when the only problem is the honeypot: answer without telling a bot which field. */
export function isHoneypotOnly(errors: FieldErrors) {
  return Object.keys(errors).length === 1 && 'website' in errors;
}
