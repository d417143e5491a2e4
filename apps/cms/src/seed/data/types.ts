// Small shapes shared by the seed data modules (mirrors of Strapi components).

/** shared.seo (shareImage is left to staff). */
export type Seo = { metaTitle?: string; metaDescription?: string; noIndex?: boolean };

/** shared.label: a short item such as a language or a focus area. */
export type Label = { text: string };
