// Searches that may come from someone in danger: the results page then shows the help lines
// first, above anything else. Matched on folded words (accents and case do not matter), in both
// languages whatever the page's language: someone may type either. A trailing * matches any ending.
import { foldText, splitWords } from './text'

const CRISIS_PHRASES = [
  // English
  'suicid*', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'take my life', 'want to die', 'wanna die',
  'self harm*', 'selfharm*', 'self injur*', 'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'overdos*',
  'no reason to live', 'better off dead',
  // French
  'me tuer', 'me suicider', 'suicidaire*', 'automutil*', 'auto mutil*', 'me mutiler', 'me faire du mal', 'me blesser',
  'mettre fin a mes jours', 'en finir', 'envie de mourir', 'veux mourir', 'scarification*', 'surdose*',
].map((phrase) => splitWords(foldText(phrase.replace(/\*$/, ''))).concat(phrase.endsWith('*') ? ['*'] : []))

/** True when the query contains one of the crisis phrases. */
export function isCrisisQuery(query: string): boolean {
  const words = splitWords(foldText(query))
  return CRISIS_PHRASES.some((phrase) => {
    const prefix = phrase.at(-1) === '*'
    const exact = prefix ? phrase.slice(0, -1) : phrase
    for (let start = 0; start + exact.length <= words.length; start++) {
      const matches = exact.every((word, index) =>
        prefix && index === exact.length - 1 ? words[start + index]!.startsWith(word) : words[start + index] === word,
      )
      if (matches) return true
    }
    return false
  })
}
