// @clinic/forms: what visitors may send, validated the same way by the website and the CMS.
export { commentSchema, COMMENT_LIMITS, type Comment, type CommentInput } from './comment.js';
export {
  CONTACT_METHODS,
  FUNDING_OPTIONS,
  INQUIRY_LIMITS,
  inquirySchema,
  PREFERRED_TIMES,
  SESSION_FORMATS,
  type Inquiry,
  type InquiryInput,
} from './inquiry.js';
export { formErrors, LANGUAGES, parseFormError, type FormErrorCode, type Language } from './messages.js';
export { MAX_BODY_BYTES, RATE_LIMITS, type RateLimit } from './rate-limits.js';
export { isHoneypotOnly, validate, type FieldErrors, type Validation } from './validate.js';
