import { IMAGE_TYPES } from '../uploads/image-types';

// Files in /uploads are served from the admin's own origin. Whatever is there (a file stored
// before uploads were limited to pictures, or one put there by hand) must never render as a
// page: the browser may not guess another type, gets no rights to run anything, and anything
// that is not a picture is handed over as a download.
export default () => async (ctx: any, next: () => Promise<void>) => {
  if (!ctx.path.startsWith('/uploads/')) return next();
  await next();
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
  const type = String(ctx.response.type ?? '').toLowerCase();
  if (ctx.body != null && !IMAGE_TYPES.includes(type)) ctx.set('Content-Disposition', 'attachment');
};
