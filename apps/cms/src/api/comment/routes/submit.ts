// Comments have no core routes: visitors only submit through the website's server, and
// approved comments are read through GraphQL (`approvedComments`).
export default {
  routes: [
    {
      method: 'POST',
      path: '/comments/submit',
      handler: 'comment.submit',
      config: { auth: false, middlewares: ['global::form-guard'] },
    },
  ],
};
