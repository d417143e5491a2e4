import type { Core, UID } from '@strapi/strapi';
import { signPreviewLink } from '../src/preview/preview-tokens';
import { isPreviewable, sitePathOf } from '../src/preview/site-paths';

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
          const secret = env('PREVIEW_SECRET', '');
          if (!isPreviewable(uid, locale) || !secret) return null;
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
          // The page in the language the admin is editing: a French draft opens /fr/... under its
          // French slug. The token binds that language (the website and the CMS both hold to it).
          // (No locale from the admin: Strapi read the default language, English.)
          const language = locale || 'en';
          const path = document && sitePathOf(uid, language, document.slug ?? undefined);
          if (!path) return null;
          const token = await signPreviewLink(
            { type: uid, documentId, locale: language, status: status === 'published' ? 'published' : 'draft', path },
            secret,
          );
          return `${webUrl}/api/preview?${new URLSearchParams({ token })}`;
        },
      },
    },
  };
};
