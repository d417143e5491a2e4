import { messagesFor, type Messages } from '#shared/messages'

/** The interface strings of the site, in the language of this page (its path: /fr is French). */
export function useMessages(): Messages {
  return messagesFor(useLocale())
}
