import type { Core, UID } from '@strapi/strapi';
import { signPreviewLink } from '../src/preview/preview-tokens';

// Where each content type lives on the website, for the admin's preview panel.
const SITE_PATHS: Record<string, (slug: string) => string> = {
  'api::article.article': (slug) => `/articles/${slug}`,
  'api::therapist.therapist': (slug) => `/therapists/${slug}`,
  'api::approach.approach': (slug) => `/approaches/${slug}`,
  'api::clinic.clinic': () => '/',
};

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  // The address staff's browsers open for previews (WEB_URL may be an internal address).
  const webUrl = env('WEB_PUBLIC_URL', env('WEB_URL', 'http://localhost:3000')).replace(/\/+$/, '');
  return {
    auth: {
      secret: env('ADMIN_JWT_SECRET'),
    },
    apiToken: {
      salt: env('API_TOKEN_SALT'),
    },
    transfer: {
      token: {
        salt: env('TRANSFER_TOKEN_SALT'),
      },
    },
    secrets: {
      encryptionKey: env('ENCRYPTION_KEY'),
    },
    flags: {
      nps: false,
      promoteEE: false,
    },
    // The edit view's preview panel opens the draft on the real site through the website's preview
    // route, with a link that names this one document and expires in 15 minutes (signed with
    // PREVIEW_SECRET, which never leaves the servers: src/preview/preview-tokens.ts).
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [webUrl],
        async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
          const toPath = SITE_PATHS[uid];
          const secret = env('PREVIEW_SECRET', '');
          if (!toPath || !secret) return null;
          // Strapi's preview-URL route checks only that an admin is logged in ("TODO: Permissions
          // to preview content" in @strapi/content-manager's preview controller): a link is a
          // draft read, so only someone who may read this type in the admin gets one.
          const userAbility = strapi.requestContext.get()?.state?.userAbility;
          if (userAbility) {
            const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });
            if (checker.cannot.read()) return null;
          }
          const hasSlug = Boolean((strapi.getModel(uid as UID.ContentType) as any)?.attributes?.slug);
          const document: any = await strapi.documents(uid as UID.ContentType).findOne({ documentId, locale, status: status as any, fields: (hasSlug ? ['slug'] : []) as any });
          if (!document) return null;
          const token = await signPreviewLink(
            { type: uid, documentId, locale: locale || undefined, status: status === 'published' ? 'published' : 'draft', path: toPath(document.slug ?? '') },
            secret,
          );
          return `${webUrl}/api/preview?${new URLSearchParams({ token })}`;
        },
      },
    },
  };
};
