import { submitComment } from '../../../forms/submit-comment';

export default {
  submit: submitComment,
};
