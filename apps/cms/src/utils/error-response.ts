/** Answers in Strapi's own error shape, for statuses its ctx helpers do not cover (413, 415, 429). */
export function sendError(ctx: any, status: number, name: string, message: string, details?: Record<string, unknown>) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, ...(details ? { details } : {}) } };
}
