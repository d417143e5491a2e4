import { formErrors, inquirySchema, RATE_LIMITS } from '@clinic/forms';
import { notifyStaffOfInquiry } from './notify-staff';
import { badRequest, parseOr400, storeOnce, withinRateLimit } from './submission';

/** POST /api/inquiries/submit — a consultation request from the website's server. */
export async function submitInquiry(ctx: any) {
  const inquiry = parseOr400(ctx, inquirySchema);
  if (!inquiry) return;

  let therapist: string | null = null;
  if (inquiry.therapist) {
    const found = await strapi.documents('api::therapist.therapist').findFirst({
      filters: { slug: inquiry.therapist },
      locale: inquiry.language,
      status: 'published',
      fields: ['documentId'],
    });
    if (!found) return badRequest(ctx, 'Please check the highlighted fields.', { therapist: formErrors.therapist });
    therapist = found.documentId;
  }

  if (!(await withinRateLimit(strapi, ctx, 'api::inquiry.inquiry', RATE_LIMITS.inquiry, 'requests'))) return;

  const { idempotencyKey, consent: _consent, therapist: _slug, ...fields } = inquiry;
  const duplicate = await storeOnce(strapi, ctx, 'api::inquiry.inquiry', idempotencyKey, {
    ...fields,
    // A request is not localized; the therapist is linked in the visitor's language.
    therapist: therapist ? { documentId: therapist, locale: inquiry.language } : null,
    consentAt: new Date().toISOString(),
    progress: 'new',
  });
  if (!duplicate) await notifyStaffOfInquiry(strapi);
}
