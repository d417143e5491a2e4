// The therapist finder (/therapists?approach=&format=&language=&funding=&accepting=): what each
// filter accepts, its canonical value (server/utils/page-routes.ts uses these, so a shared link is
// one cache entry), and the matching itself. One value per filter; all filters must hold.
import type { TherapistSummary } from '@clinic/client'
import { foldText } from './search/text'

/** The filters, in the order they appear in a canonical URL. */
export const FINDER_PARAMETERS = ['accepting', 'approach', 'format', 'funding', 'language'] as const
export type FinderParameter = (typeof FINDER_PARAMETERS)[number]
export type FinderFilters = Partial<Record<FinderParameter, string>>

export const SESSION_FORMATS = ['video', 'phone'] as const
export const FUNDING_KINDS = ['nihb', 'jordans-principle', 'benefits', 'private'] as const
export type FundingKind = (typeof FUNDING_KINDS)[number]

const SLUG = /^[a-z0-9-]{1,80}$/

/** The canonical form of a filter value, or null when it cannot be one (the URL then drops it). */
export function normaliseFinderValue(key: FinderParameter, value: string): string | null {
  const lower = value.trim().toLowerCase()
  switch (key) {
    case 'accepting':
      return lower === 'yes' ? 'yes' : null
    case 'format':
      return (SESSION_FORMATS as readonly string[]).includes(lower) ? lower : null
    case 'funding':
      return (FUNDING_KINDS as readonly string[]).includes(lower) ? lower : null
    case 'approach':
    case 'language':
      return SLUG.test(lower) ? lower : null
  }
}

/** A language label as a filter value: « Français » → francais. */
export function languageKey(label: string): string {
  return foldText(label).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

type FinderTherapist = Pick<
  TherapistSummary,
  'acceptingNewClients' | 'offersVideo' | 'offersPhone' | 'billsNihb' | 'billsJordansPrinciple' | 'billsBenefits' | 'billsPrivate' | 'approaches'
> & { languages?: { text: string }[] | null }

/** What funding a therapist can bill, in FUNDING_KINDS order. */
export function fundingOf(therapist: FinderTherapist): FundingKind[] {
  const bills: Record<FundingKind, boolean | null | undefined> = {
    nihb: therapist.billsNihb,
    'jordans-principle': therapist.billsJordansPrinciple,
    benefits: therapist.billsBenefits,
    private: therapist.billsPrivate,
  }
  return FUNDING_KINDS.filter((kind) => bills[kind])
}

export function matchesFilters(therapist: FinderTherapist, filters: FinderFilters): boolean {
  if (filters.accepting === 'yes' && !therapist.acceptingNewClients) return false
  if (filters.format === 'video' && !therapist.offersVideo) return false
  if (filters.format === 'phone' && !therapist.offersPhone) return false
  if (filters.funding && !fundingOf(therapist).includes(filters.funding as FundingKind)) return false
  if (filters.approach && !therapist.approaches.some((approach) => approach.slug === filters.approach)) return false
  if (filters.language && !(therapist.languages ?? []).some((language) => languageKey(language.text) === filters.language)) return false
  return true
}
