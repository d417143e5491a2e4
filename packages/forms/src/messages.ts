// What visitors read when a field needs fixing. One catalogue, so the French version can
// follow (DESIGN.md: "Coming later: French").
export const formMessages = {
  required: 'Please fill in this field.',
  tooLong: (max: number) => `Please keep this to ${max} characters or fewer.`,
  markup: 'Please write plain text, without < > tags.',
  controlCharacters: 'This contains characters that cannot be stored. Please retype it.',
  name: 'Please tell us what to call you.',
  contactMethod: 'Please choose how we should reach you: e-mail or phone.',
  email: 'Please enter an e-mail address like name@example.ca.',
  phone: 'Please enter a phone number with at least 7 digits, like 705-555-0123.',
  preferredTimes: 'Please choose from the listed times.',
  sessionFormat: 'Please choose video or phone.',
  funding: 'Please choose how you expect to pay, or "Not sure".',
  therapist: 'Please choose a therapist from the list, or none.',
  consent: 'Please confirm that you agree to how we handle your information.',
  displayName: 'Please give a name to show with your comment.',
  comment: 'Please write a comment.',
  article: 'This article could not be found.',
  honeypot: 'Your message could not be sent.',
  idempotencyKey: 'The form was incomplete. Please reload the page and try again.',
} as const;
