// POST /forms/inquiry: a consultation request, from the contact page or a therapist's page (in
// either language: the therapist's slug is in the visitor's language).
import { RATE_LIMITS, formErrors, inquirySchema, validate, type Inquiry } from '@clinic/forms'
import { pagePath } from '#shared/i18n'

const inquiryForm: VisitorForm<Inquiry> = {
  name: 'inquiry',
  parse: (input) => validate(inquirySchema, input),
  async check(inquiry, _t, locale) {
    if (!inquiry.therapist) return null
    const therapists = await listTherapists(locale).catch(() => null)
    // Without the list (CMS down) the CMS decides; it checks the therapist too.
    if (therapists && !therapists.some((therapist) => therapist.slug === inquiry.therapist)) {
      return { status: 400, message: '', errors: { therapist: formErrors.therapist } }
    }
    return null
  },
  limit: RATE_LIMITS.inquiry,
  cmsPath: '/api/inquiries/submit',
  fallbackPage: (fields) => pagePath('contact', fields.language === 'fr' ? 'fr' : 'en'),
}

export default defineEventHandler((event) => handleFormPost(event, inquiryForm))
