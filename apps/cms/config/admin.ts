import type { Core, UID } from '@strapi/strapi';

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
    // The edit view's preview panel opens the draft on the real site, through the website's
    // secret-guarded preview route (never cached, never indexed).
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [webUrl],
        async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
          const toPath = SITE_PATHS[uid];
          if (!toPath) return null;
          const document: any = await strapi.documents(uid as UID.ContentType).findOne({ documentId, locale, status: status as any, fields: ['slug'] as any });
          if (!document) return null;
          const params = new URLSearchParams({ secret: env('PREVIEW_SECRET', ''), path: toPath(document.slug ?? ''), status: status ?? 'draft' });
          return `${webUrl}/api/preview?${params}`;
        },
      },
    },
  };
};
