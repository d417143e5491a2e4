import { submitInquiry } from '../../../forms/submit-inquiry';

export default {
  submit: submitInquiry,
};
