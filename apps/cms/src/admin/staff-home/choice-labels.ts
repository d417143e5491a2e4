// Words for the stored codes of every enumeration in the clinic's content types, in English
// and French. The content-manager looks each option up as a translation whose key is the
// stored value itself (`formatMessage({ id: value, defaultMessage: value })` in its select
// input and list filters), so registering these keys renames what staff read and nothing
// that is stored. The list view's cells show the raw value; ChoiceCell covers them.

type Labels = Record<string, { en: string; fr: string }>;

export const CHOICE_LABELS: Labels = {
  // Consultation request
  email: { en: 'E-mail', fr: 'Courriel' },
  phone: { en: 'Phone', fr: 'Téléphone' },
  video: { en: 'Video', fr: 'Vidéo' },
  private: { en: 'Paying themselves', fr: 'Paie elle-même' },
  benefits: { en: 'Workplace benefits or private insurance', fr: 'Avantages sociaux ou assurance privée' },
  nihb: { en: 'Non-Insured Health Benefits (NIHB)', fr: 'Services de santé non assurés (SSNA)' },
  jordans_principle: { en: 'Jordan’s Principle', fr: 'Principe de Jordan' },
  not_sure: { en: 'Not sure yet', fr: 'Ne sait pas encore' },
  new: { en: 'New', fr: 'Nouvelle' },
  contacted: { en: 'Contacted', fr: 'Contactée' },
  closed: { en: 'Closed', fr: 'Fermée' },
  en: { en: 'English', fr: 'Anglais' }, // the request's language (French work)
  fr: { en: 'French', fr: 'Français' },
  // Comment
  pending: { en: 'Waiting for moderation', fr: 'En attente de modération' },
  approved: { en: 'Approved', fr: 'Approuvé' },
  rejected: { en: 'Rejected', fr: 'Refusé' },
  // Sensitive topic notice
  self_harm: { en: 'Self-harm', fr: 'Automutilation' },
  suicide: { en: 'Suicide', fr: 'Suicide' },
  abuse: { en: 'Abuse', fr: 'Violence et abus' },
  eating_disorders: { en: 'Eating disorders', fr: 'Troubles alimentaires' },
  substance_use: { en: 'Substance use', fr: 'Consommation de substances' },
  trauma: { en: 'Trauma', fr: 'Traumatisme' },
  other: { en: 'Other', fr: 'Autre' },
  // Opening hours
  monday: { en: 'Monday', fr: 'lundi' },
  tuesday: { en: 'Tuesday', fr: 'mardi' },
  wednesday: { en: 'Wednesday', fr: 'mercredi' },
  thursday: { en: 'Thursday', fr: 'jeudi' },
  friday: { en: 'Friday', fr: 'vendredi' },
  saturday: { en: 'Saturday', fr: 'samedi' },
  sunday: { en: 'Sunday', fr: 'dimanche' },
  // Social links
  facebook: { en: 'Facebook', fr: 'Facebook' },
  instagram: { en: 'Instagram', fr: 'Instagram' },
  linkedin: { en: 'LinkedIn', fr: 'LinkedIn' },
  youtube: { en: 'YouTube', fr: 'YouTube' },
};

export function choiceTranslations(locale: 'en' | 'fr'): Record<string, string> {
  return Object.fromEntries(Object.entries(CHOICE_LABELS).map(([value, labels]) => [value, labels[locale]]));
}
