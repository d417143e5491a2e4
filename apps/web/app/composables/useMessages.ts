import { en, type Messages } from '#shared/messages/en'

/** The interface strings of the site (one catalogue per language; English for now). */
export function useMessages(): Messages {
  return en
}
