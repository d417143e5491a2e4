import { z } from 'zod';
import { formErrors as m } from './messages.js';
import { honeypot, idempotencyKey, language, plainText } from './text-rules.js';

// A comment on an article: a display name and the text, nothing else (no e-mail asked).
export const COMMENT_LIMITS = { displayName: 60, body: 2000 } as const;

export const commentSchema = z
  .object({
    article: z.string({ error: m.article }).regex(/^[a-z0-9-]{1,120}$/, { error: m.article }),
    displayName: plainText(COMMENT_LIMITS.displayName, { requiredMessage: m.displayName }),
    body: plainText(COMMENT_LIMITS.body, { multiline: true, requiredMessage: m.comment }),
    language,
    website: honeypot,
    idempotencyKey,
  })
  .transform(({ website: _honeypot, ...value }) => value);

export type CommentInput = z.input<typeof commentSchema>;
export type Comment = z.output<typeof commentSchema>;
