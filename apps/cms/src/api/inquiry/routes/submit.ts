// Consultation requests have no core routes: nothing reads them through the API, ever.
export default {
  routes: [
    {
      method: 'POST',
      path: '/inquiries/submit',
      handler: 'inquiry.submit',
      config: { auth: false, middlewares: ['global::form-guard'] },
    },
  ],
};
