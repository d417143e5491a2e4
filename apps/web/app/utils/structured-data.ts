// schema.org JSON-LD builders. Rendered as <script type="application/ld+json"> (data, not script:
// the CSP does not apply to it and nuxt-security leaves it alone).
import type { Article, Clinic, Therapist } from '@clinic/client'
import { isoDate, shortTime } from '#shared/utils/format'
import { entryPath, LANGUAGE_TAGS, pagePath, type SiteLocale } from '#shared/i18n'
import { imageAtLeast, uploadPath } from '#shared/utils/media'

type JsonLd = Record<string, unknown>

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

function capitalized(day: string): string {
  return day.charAt(0).toUpperCase() + day.slice(1)
}

/** Monday..Friday → ['Monday', ..., 'Friday'] (wrapping past Sunday if needed). */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const from = DAY_NAMES.indexOf(fromDay as (typeof DAY_NAMES)[number])
  const to = DAY_NAMES.indexOf(toDay as (typeof DAY_NAMES)[number])
  if (from < 0 || to < 0) return []
  const days: string[] = []
  for (let index = from; ; index = (index + 1) % 7) {
    days.push(capitalized(DAY_NAMES[index]!))
    if (index === to || days.length === 7) break
  }
  return days
}

export function clinicId(siteUrl: string): string {
  return `${siteUrl}/#clinic`
}

export function medicalClinicJsonLd(clinic: Clinic, siteUrl: string, locale: SiteLocale = 'en'): JsonLd {
  const hours = clinic.openingHours
    .filter((line) => !line.closed && line.opens && line.closes)
    .map((line) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: daysBetween(line.fromDay, line.toDay),
      opens: shortTime(line.opens),
      closes: shortTime(line.closes),
    }))
  const logo = clinic.logo ? uploadPath(clinic.logo.url) : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': clinicId(siteUrl),
    name: clinic.name,
    description: clinic.tagline ?? undefined,
    url: `${siteUrl}${pagePath('home', locale)}`,
    inLanguage: LANGUAGE_TAGS[locale],
    // Therapy is offered in both languages (the team's own profiles say who speaks what).
    availableLanguage: [LANGUAGE_TAGS.en, LANGUAGE_TAGS.fr],
    telephone: clinic.phone,
    faxNumber: clinic.fax ?? undefined,
    email: clinic.email ?? undefined,
    logo: logo ? `${siteUrl}${logo}` : undefined,
    address: {
      '@type': 'PostalAddress',
      addressLocality: clinic.locality ?? undefined,
      addressRegion: clinic.region ?? undefined,
      addressCountry: clinic.country ?? 'CA',
    },
    areaServed: clinic.serviceArea ? { '@type': 'AdministrativeArea', name: clinic.serviceArea } : undefined,
    openingHoursSpecification: hours.length ? hours : undefined,
    sameAs: clinic.socialLinks.map((link) => link.url).filter(Boolean),
  }
}

interface PersonRef {
  name: string
  slug: string
  credentials?: string | null
}

function personRef(person: PersonRef, siteUrl: string, locale: SiteLocale): JsonLd {
  return {
    '@type': 'Person',
    name: person.name,
    url: `${siteUrl}${entryPath('therapist', person.slug, locale)}`,
    honorificSuffix: person.credentials ?? undefined,
  }
}

/** `locale`: the language the article is written in (its pages' addresses follow it). */
export function articleJsonLd(article: Article, siteUrl: string, locale: SiteLocale = 'en'): JsonLd {
  const url = `${siteUrl}${entryPath('article', article.slug, locale)}`
  const image = article.cover ? imageAtLeast(article.cover, 1000) : undefined
  const imagePath = image ? uploadPath(image.url) : undefined
  return {
    '@context': 'https://schema.org',
    // One node with both types: the article (author, dates) is the medical web page (reviewer).
    '@type': ['Article', 'MedicalWebPage'],
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    name: article.title,
    description: article.excerpt ?? undefined,
    inLanguage: LANGUAGE_TAGS[locale],
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt ?? undefined,
    lastReviewed: isoDate(article.lastReviewedAt) ?? undefined,
    author: article.author ? personRef(article.author, siteUrl, locale) : undefined,
    reviewedBy: article.reviewedBy ? personRef(article.reviewedBy, siteUrl, locale) : undefined,
    publisher: { '@id': clinicId(siteUrl) },
    image: imagePath ? `${siteUrl}${imagePath}` : undefined,
    about: article.topics.map((topic) => ({ '@type': 'Thing', name: topic.name })),
    keywords: article.topics.map((topic) => topic.name).join(', ') || undefined,
  }
}

export function personJsonLd(therapist: Therapist, siteUrl: string, locale: SiteLocale = 'en'): JsonLd {
  const photo = therapist.photo ? imageAtLeast(therapist.photo, 500) : undefined
  const photoPath = photo ? uploadPath(photo.url) : undefined
  const url = `${siteUrl}${entryPath('therapist', therapist.slug, locale)}`
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': `${url}#person`,
    name: therapist.name,
    url,
    jobTitle: therapist.role ?? undefined,
    honorificSuffix: therapist.credentials ?? undefined,
    description: therapist.shortBio ?? undefined,
    image: photoPath ? `${siteUrl}${photoPath}` : undefined,
    knowsLanguage: therapist.languages.map((language) => language.text).filter(Boolean),
    knowsAbout: [
      ...therapist.approaches.map((approach) => approach.name),
      ...therapist.focusAreas.map((area) => area.text),
    ].filter(Boolean),
    worksFor: { '@id': clinicId(siteUrl) },
  }
}

export interface Crumb {
  label: string
  path: string
}

export function breadcrumbJsonLd(crumbs: Crumb[], siteUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: `${siteUrl}${crumb.path}`,
    })),
  }
}

/** JSON for a <script> element: `<` escaped so no string in the data can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
