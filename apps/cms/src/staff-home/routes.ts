import type { Core } from '@strapi/strapi';
import { sendError } from '../utils/error-response';
import { markContacted, requestDetails } from './request-details';
import { ownDrafts, pendingComments, scheduledArticles, staleSensitiveReviews, waitingRequests } from './waiting-work';

// The endpoints behind the admin home page's "Waiting for you" widget and the consultation
// request panel. They are admin routes (`type: 'admin'`, under /staff-home): only a logged-in
// admin user's session reaches them, never the public content API or an API token, and each
// one asks for the same content-manager permission the list view it summarises needs.
//
// Strapi mounts an app's src/api routes as content-API routes whatever type they declare
// (core's register-routes forces 'content-api'), so these are registered the way Strapi
// registers a plugin's admin routes: strapi.server.routes({ type: 'admin', prefix, routes }).

const EXPLORER = 'plugin::content-manager.explorer';
const can = (action: 'read' | 'update', uid: string) => ({
  name: 'admin::hasPermissions',
  config: { actions: [[`${EXPLORER}.${action}`, uid]] },
});
const staff = (...permissions: ReturnType<typeof can>[]) => ({ policies: ['admin::isAuthenticatedAdmin', ...permissions] });

const INQUIRY = 'api::inquiry.inquiry';
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

export function registerStaffHomeRoutes(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    prefix: '/staff-home',
    routes: [
      {
        method: 'GET',
        path: '/requests',
        handler: async (ctx: any) => { ctx.body = await waitingRequests(strapi); },
        config: staff(can('read', INQUIRY)),
      },
      {
        method: 'GET',
        path: '/comments',
        handler: async (ctx: any) => { ctx.body = await pendingComments(strapi); },
        config: staff(can('read', 'api::comment.comment')),
      },
      {
        method: 'GET',
        path: '/articles',
        handler: async (ctx: any) => {
          const [scheduled, staleReviews, drafts] = await Promise.all([
            scheduledArticles(strapi),
            staleSensitiveReviews(strapi),
            ownDrafts(strapi, ctx.state.user.id),
          ]);
          ctx.body = { scheduled, staleReviews, ownDrafts: drafts };
        },
        config: staff(can('read', 'api::article.article')),
      },
      {
        method: 'GET',
        path: '/requests/:documentId',
        handler: async (ctx: any) => {
          const details = DOCUMENT_ID.test(ctx.params.documentId) ? await requestDetails(strapi, ctx.params.documentId) : null;
          if (!details) return sendError(ctx, 404, 'NotFoundError', 'There is no consultation request with this id.');
          ctx.body = details;
        },
        config: staff(can('read', INQUIRY)),
      },
      {
        method: 'POST',
        path: '/requests/:documentId/contacted',
        handler: async (ctx: any) => {
          const { status } = DOCUMENT_ID.test(ctx.params.documentId) ? await markContacted(strapi, ctx.params.documentId) : { status: 'missing' };
          if (status === 'missing') return sendError(ctx, 404, 'NotFoundError', 'There is no consultation request with this id.');
          if (status === 'closed') return sendError(ctx, 409, 'ConflictError', 'This request is closed. To reopen it, change its Progress and save.');
          ctx.body = { progress: 'contacted', changed: status === 'done' };
        },
        config: staff(can('read', INQUIRY), can('update', INQUIRY)),
      },
    ],
  } as any);
}
