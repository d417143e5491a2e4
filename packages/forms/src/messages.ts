// What can be wrong with a visitor's submission, as CODES, never as sentences: the website turns
// each code into text in the visitor's language (apps/web/shared/messages/en.ts and fr.ts,
// `formErrors`), and the CMS sends the same codes back. One code per problem a visitor can fix.
export const formErrors = {
  required: 'required',
  /** `tooLong:<max>`: the text is over `max` characters. */
  tooLong: (max: number) => `tooLong:${max}` as const,
  markup: 'markup',
  controlCharacters: 'controlCharacters',
  name: 'name',
  contactMethod: 'contactMethod',
  email: 'email',
  phone: 'phone',
  preferredTimes: 'preferredTimes',
  sessionFormat: 'sessionFormat',
  funding: 'funding',
  therapist: 'therapist',
  consent: 'consent',
  displayName: 'displayName',
  comment: 'comment',
  article: 'article',
  honeypot: 'honeypot',
  idempotencyKey: 'idempotencyKey',
  language: 'language',
  /** The article takes no comments (CMS and website, 403). */
  commentsClosed: 'commentsClosed',
} as const;

type Codes = typeof formErrors;
/** Every code a field (or the whole form) can carry. */
export type FormErrorCode = { [K in keyof Codes]: Codes[K] extends (...args: any[]) => infer R ? R : Codes[K] }[keyof Codes];

/** Splits `tooLong:100` into its code and number (`{ code: 'tooLong', max: 100 }`). */
export function parseFormError(value: string): { code: string; max?: number } {
  const match = /^(\w+):(\d+)$/.exec(value);
  return match ? { code: match[1]!, max: Number(match[2]) } : { code: value };
}

/** The languages a visitor may write in; the CMS stores it with the request or comment, for staff. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
