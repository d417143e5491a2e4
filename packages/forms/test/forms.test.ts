import { describe, expect, it } from 'vitest';
import { commentSchema, inquirySchema, isHoneypotOnly, parseFormError, validate } from '../src/index';

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
    expect(missing).toEqual({ ok: false, errors: { phone: 'phone' } });
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
    ['name', { name: '' }, 'name'],
    ['name', { name: 'x'.repeat(101) }, 'tooLong:100'],
    ['name', { name: '<script>alert(1)</script>' }, 'markup'],
    ['name', { name: 'Sam\u0007' }, 'controlCharacters'],
    ['contactMethod', { contactMethod: 'pigeon' }, 'contactMethod'],
    ['email', { email: 'not-an-address' }, 'email'],
    ['preferredTimes', { preferredTimes: ['midnight'] }, 'preferredTimes'],
    ['sessionFormat', { sessionFormat: 'in-person' }, 'sessionFormat'],
    ['funding', { funding: 'crypto' }, 'funding'],
    ['therapist', { therapist: '../../etc' }, 'therapist'],
    ['consent', { consent: '' }, 'consent'],
    ['idempotencyKey', { idempotencyKey: 'abc' }, 'idempotencyKey'],
    ['name', { name: 42 }, 'name'],
    ['language', { language: 'de' }, 'language'],
  ])('refuses a bad %s with an error code next to it', (field, change, code) => {
    const result = validate(inquirySchema, { ...inquiry, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toBe(code);
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

describe('languages and codes', () => {
  it('keeps the language of the page the form came from, English when none is given', () => {
    expect(validate(inquirySchema, { ...inquiry, language: 'fr' })).toMatchObject({ ok: true, data: { language: 'fr' } });
    expect(validate(commentSchema, { ...comment, language: '' })).toMatchObject({ ok: true, data: { language: 'en' } });
    expect(validate(commentSchema, comment)).toMatchObject({ ok: true, data: { language: 'en' } });
  });

  it('reads a code with its number back', () => {
    expect(parseFormError('tooLong:2000')).toEqual({ code: 'tooLong', max: 2000 });
    expect(parseFormError('consent')).toEqual({ code: 'consent' });
    expect(parseFormError('tooLong:x')).toEqual({ code: 'tooLong:x' });
  });
});
