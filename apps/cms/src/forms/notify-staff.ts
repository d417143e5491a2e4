import type { Core } from '@strapi/strapi';

// Staff learn that a request is waiting, and nothing more: no name, no contact detail, no
// preference leaves the CMS by e-mail (the clinic's rule: nothing from a form is e-mailed in full; see SECURITY.md).
export const NOTICE_SUBJECT = 'A new consultation request is waiting';

export function noticeText(adminUrl: string) {
  return `A new consultation request is waiting in the admin panel:\n${adminUrl}\n\nPlease log in to read it.`;
}

export async function notifyStaffOfInquiry(strapi: Core.Strapi) {
  const to = process.env.STAFF_NOTIFY_EMAIL;
  const adminUrl = `${(process.env.PUBLIC_URL || `http://localhost:${process.env.PORT ?? 1337}`).replace(/\/+$/, '')}/admin/content-manager/collection-types/api::inquiry.inquiry`;
  if (!process.env.SMTP_HOST || !to) {
    strapi.log.info(`No SMTP configured: a notification "${NOTICE_SUBJECT}" would have gone to ${to || 'the clinic (STAFF_NOTIFY_EMAIL)'}.`);
    return { sent: false };
  }
  try {
    await strapi.plugin('email').service('email').send({ to, subject: NOTICE_SUBJECT, text: noticeText(adminUrl) });
    return { sent: true };
  } catch (error) {
    // The request is stored either way; staff also see it in the admin list.
    strapi.log.error(`Could not send the new-request notification: ${(error as Error).message}`);
    return { sent: false };
  }
}
