import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

// Links staff write (in Blocks text, and the web addresses of help lines, social links and
// funding programs) are checked when they are saved, with a plain message. Browsers read
// "//evil.example", "/\evil.example" and "\\evil.example" as another website, not a page of
// ours, so those count as external and must be written in full; javascript:, data: and other
// schemes that run or embed something are refused.

export type LinkCheck = { kind: 'site' | 'anchor' | 'external' | 'mail' | 'phone' } | { problem: string };

const SAFE_SCHEMES: Record<string, 'external' | 'mail' | 'phone'> = { 'http:': 'external', 'https:': 'external', 'mailto:': 'mail', 'tel:': 'phone' };
const FULL_ADDRESS = 'write the full address, starting with https://';

export function checkHref(raw: string): LinkCheck {
  // Browsers drop leading/trailing spaces and control characters and ignore tabs and new
  // lines inside a URL ("java\tscript:" is javascript:), so judge what they would see.
  if (/[\u0000-\u001f\u007f]/.test(raw.trim())) return { problem: `“${raw}” contains invisible characters; type the address again` };
  const href = raw.trim();
  if (!href) return { problem: 'a link has no address' };
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href)?.[1]?.toLowerCase();
  if (scheme) {
    const kind = SAFE_SCHEMES[scheme];
    if (!kind) return { problem: `“${href}” is not allowed: links may only be web addresses (https://), e-mail (mailto:) or phone numbers (tel:), never ${scheme} links` };
    if (kind === 'external' && !/^https?:\/\/[^/\\?#\s]+/i.test(href)) return { problem: `“${href}” is not a complete web address; ${FULL_ADDRESS}` };
    return { kind };
  }
  const slashes = href.replace(/\\/g, '/');
  if (slashes.startsWith('//')) return { problem: `“${href}” leads to another website, not a page of this site; ${FULL_ADDRESS}` };
  if (slashes.startsWith('/') || slashes.startsWith('?')) return { kind: 'site' };
  if (href.startsWith('#')) return { kind: 'anchor' };
  return { problem: `“${href}” is not a link this site understands; for a page of this site start with / (e.g. /contact), otherwise ${FULL_ADDRESS}` };
}

/** A web-address field (help line, social link, funding program): a full http(s) address only. */
export function checkWebAddress(raw: string): string | null {
  const result = checkHref(raw);
  if ('problem' in result) return result.problem;
  return result.kind === 'external' ? null : `“${raw}” is not a web address; ${FULL_ADDRESS}`;
}

function blocksProblems(nodes: unknown, problems: string[]) {
  if (Array.isArray(nodes)) for (const node of nodes) blocksProblems(node, problems);
  else if (nodes && typeof nodes === 'object') {
    const node = nodes as { type?: string; url?: unknown; children?: unknown };
    if (node.type === 'link' && typeof node.url === 'string') {
      const result = checkHref(node.url);
      if ('problem' in result) problems.push(result.problem);
    }
    blocksProblems(node.children, problems);
  }
}

function dataProblems(strapi: Core.Strapi, attributes: Record<string, any>, data: Record<string, unknown>, problems: string[]) {
  for (const [name, value] of Object.entries(data ?? {})) {
    const attribute = attributes[name];
    if (!attribute || value == null) continue;
    if (attribute.type === 'blocks') blocksProblems(value, problems);
    else if (name === 'url' && attribute.type === 'string' && typeof value === 'string' && value.trim()) {
      const problem = checkWebAddress(value);
      if (problem) problems.push(problem);
    } else if (attribute.type === 'component' || attribute.type === 'dynamiczone') {
      for (const item of [value].flat() as Array<Record<string, any>>) {
        const uid = attribute.type === 'component' ? attribute.component : item?.__component;
        const component = uid && strapi.components[uid as UID.Component];
        if (component && item && typeof item === 'object') dataProblems(strapi, component.attributes, item, problems);
      }
    }
  }
}

export function registerLinkCheck(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    const data = (ctx.params as { data?: Record<string, unknown> }).data;
    if (!['create', 'update'].includes(ctx.action) || !ctx.uid.startsWith('api::') || !data) return next();
    const problems: string[] = [];
    dataProblems(strapi, strapi.contentTypes[ctx.uid as UID.ContentType].attributes, data, problems);
    if (problems.length) throw new errors.ValidationError(`Not saved: please fix the link${problems.length > 1 ? 's' : ''}. ${[...new Set(problems)].join('; ')}.`);
    return next();
  });
}
