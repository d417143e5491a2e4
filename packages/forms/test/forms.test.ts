import { describe, expect, it } from 'vitest';
import { commentSchema, inquirySchema, isHoneypotOnly, validate } from '../src/index';

const key = '4b0e8c9e-9a7b-4f5e-8f59-6c1d2b3a4e5f';
const inquiry = {
  name: 'Sam Rivers',
  contactMethod: 'email',
  email: 'sam@example.ca',
  phone: '',
  preferredTimes: ['weekday_mornings', 'weekends'],
  sessionFormat: 'video',
  funding: 'nihb',
  therapist: 'maya-thompson',
  consent: 'on',
  website: '',
  idempotencyKey: key,
};
const comment = { article: 'why-people-self-injure', displayName: 'Jo', body: 'Thank you.\nThis helped me understand.', website: '', idempotencyKey: key };

describe('consultation requests', () => {
  it('accepts a complete form post and keeps only the chosen contact detail', () => {
    const result = validate(inquirySchema, { ...inquiry, phone: '705-555-0123' });
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ name: 'Sam Rivers', email: 'sam@example.ca', phone: undefined, consent: true }) });
  });

  it('requires only the detail for the chosen method', () => {
    expect(validate(inquirySchema, { ...inquiry, contactMethod: 'phone', email: '', phone: '705 555 0123' }).ok).toBe(true);
    const missing = validate(inquirySchema, { ...inquiry, contactMethod: 'phone', phone: '' });
    expect(missing).toEqual({ ok: false, errors: { phone: expect.stringMatching(/phone number/) } });
  });

  it('names the missing phone number even when other fields are wrong too', () => {
    const result = validate(inquirySchema, { ...inquiry, contactMethod: 'phone', phone: '', funding: undefined, consent: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['consent', 'funding', 'phone']);
  });

  it('accepts a single preferred time sent as a string, as a one-checkbox form does', () => {
    const result = validate(inquirySchema, { ...inquiry, preferredTimes: 'weekends' });
    expect(result.ok && result.data.preferredTimes).toEqual(['weekends']);
  });

  it.each([
    ['name', { name: '' }, /what to call you/],
    ['name', { name: 'x'.repeat(101) }, /100 characters/],
    ['name', { name: '<script>alert(1)</script>' }, /plain text/],
    ['name', { name: 'Sam\u0007' }, /cannot be stored/],
    ['contactMethod', { contactMethod: 'pigeon' }, /e-mail or phone/],
    ['email', { email: 'not-an-address' }, /e-mail address/],
    ['preferredTimes', { preferredTimes: ['midnight'] }, /listed times/],
    ['sessionFormat', { sessionFormat: 'in-person' }, /video or phone/],
    ['funding', { funding: 'crypto' }, /how you expect to pay/],
    ['therapist', { therapist: '../../etc' }, /therapist/],
    ['consent', { consent: '' }, /agree/],
    ['idempotencyKey', { idempotencyKey: 'abc' }, /reload/],
    ['name', { name: 42 }, /what to call you/],
  ])('refuses a bad %s with a message next to it', (field, change, message) => {
    const result = validate(inquirySchema, { ...inquiry, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toMatch(message);
  });

  it('recognises a filled honeypot on its own', () => {
    const result = validate(inquirySchema, { ...inquiry, website: 'https://spam.example' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(isHoneypotOnly(result.errors)).toBe(true);
  });
});

describe('comments', () => {
  it('accepts a comment, keeping line breaks', () => {
    const result = validate(commentSchema, comment);
    expect(result.ok && result.data.body).toBe('Thank you.\nThis helped me understand.');
  });

  it.each([
    ['displayName', { displayName: '   ' }],
    ['displayName', { displayName: 'n'.repeat(61) }],
    ['body', { body: '' }],
    ['body', { body: 'b'.repeat(2001) }],
    ['body', { body: 'Nice <img src=x onerror=alert(1)>' }],
    ['body', { body: 'null byte \u0000 here' }],
    ['article', { article: 'Robert"); DROP TABLE' }],
  ])('refuses a bad %s', (field, change) => {
    const result = validate(commentSchema, { ...comment, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toContain(field);
  });

  it('allows a heart typed as "<3" and maths like "a < b"', () => {
    expect(validate(commentSchema, { ...comment, body: 'I <3 this. 2 < 3.' }).ok).toBe(true);
  });
});
