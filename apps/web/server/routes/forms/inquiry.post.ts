// POST /forms/inquiry: a consultation request, from /contact or a therapist's page.
import { RATE_LIMITS, formMessages, inquirySchema, validate, type Inquiry } from '@clinic/forms'

const inquiryForm: VisitorForm<Inquiry> = {
  name: 'inquiry',
  parse: (input) => validate(inquirySchema, input),
  async check(inquiry) {
    if (!inquiry.therapist) return null
    const therapists = await listTherapists().catch(() => null)
    // Without the list (CMS down) the CMS decides; it checks the therapist too.
    if (therapists && !therapists.some((therapist) => therapist.slug === inquiry.therapist)) {
      return { status: 400, message: '', errors: { therapist: formMessages.therapist } }
    }
    return null
  },
  limit: RATE_LIMITS.inquiry,
  cmsPath: '/api/inquiries/submit',
  fallbackPage: () => '/contact',
}

export default defineEventHandler((event) => handleFormPost(event, inquiryForm))
