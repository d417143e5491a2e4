// Every string the home-page widget and the request panel show, in English and French.
// ICU plural syntax (react-intl); ids are prefixed so they never clash with Strapi's own.

export const MESSAGES = {
  en: {
    'staff-home.widget.title': 'Waiting for you',
    'staff-home.widget.error': 'What is waiting could not be loaded. Reload the page to try again.',
    'staff-home.requests': '{count, plural, =0 {No new consultation requests} one {# new consultation request} other {# new consultation requests}}',
    'staff-home.requests.oldest': 'the oldest has waited {waited}',
    'staff-home.comments': '{count, plural, =0 {No comments waiting for moderation} one {# comment waiting for moderation} other {# comments waiting for moderation}}',
    'staff-home.scheduled': '{count, plural, =0 {No articles scheduled for the next 7 days} one {# article scheduled to publish in the next 7 days} other {# articles scheduled to publish in the next 7 days}}',
    'staff-home.stale': '{count, plural, =0 {Every live sensitive article was reviewed in the past year} one {# sensitive article last reviewed over a year ago} other {# sensitive articles last reviewed over a year ago}}',
    'staff-home.drafts': '{count, plural, =0 {You have no unpublished drafts} one {You have # unpublished draft} other {You have # unpublished drafts}}',
    'staff-home.waited.hours': '{n, plural, =0 {less than an hour} one {# hour} other {# hours}}',
    'staff-home.waited.days': '{n, plural, one {# day} other {# days}}',
    'staff-home.panel.title': 'This request',
    'staff-home.panel.language': 'Language',
    'staff-home.panel.language.unknown': 'Not recorded',
    'staff-home.panel.language.notRecorded': 'Not recorded: the request form does not ask for it yet',
    'staff-home.panel.removal': 'Deleted automatically',
    'staff-home.panel.removal.open': '{days} days after it is closed (kept while it is open)',
    'staff-home.panel.removal.closed': '{count, plural, =0 {today or tonight} one {in # day} other {in # days}} ({date})',
    'staff-home.panel.markContacted': 'Mark contacted',
    'staff-home.panel.markContacted.unsaved': 'Save or discard your changes first.',
    'staff-home.panel.markContacted.done': 'Marked as contacted.',
    'staff-home.panel.error': 'This could not be loaded or saved. Reload the page to try again.',
  },
  fr: {
    'staff-home.widget.title': 'En attente',
    'staff-home.widget.error': 'Impossible de charger ce qui est en attente. Rechargez la page pour réessayer.',
    'staff-home.requests': '{count, plural, =0 {Aucune nouvelle demande de consultation} one {# nouvelle demande de consultation} other {# nouvelles demandes de consultation}}',
    'staff-home.requests.oldest': 'la plus ancienne attend depuis {waited}',
    'staff-home.comments': '{count, plural, =0 {Aucun commentaire à modérer} one {# commentaire à modérer} other {# commentaires à modérer}}',
    'staff-home.scheduled': '{count, plural, =0 {Aucun article programmé pour les 7 prochains jours} one {# article programmé pour publication dans les 7 prochains jours} other {# articles programmés pour publication dans les 7 prochains jours}}',
    'staff-home.stale': '{count, plural, =0 {Tous les articles sensibles en ligne ont été révisés depuis moins d’un an} one {# article sensible révisé il y a plus d’un an} other {# articles sensibles révisés il y a plus d’un an}}',
    'staff-home.drafts': '{count, plural, =0 {Vous n’avez aucun brouillon non publié} one {Vous avez # brouillon non publié} other {Vous avez # brouillons non publiés}}',
    'staff-home.waited.hours': '{n, plural, =0 {moins d’une heure} one {# heure} other {# heures}}',
    'staff-home.waited.days': '{n, plural, one {# jour} other {# jours}}',
    'staff-home.panel.title': 'Cette demande',
    'staff-home.panel.language': 'Langue',
    'staff-home.panel.language.unknown': 'Non indiquée',
    'staff-home.panel.language.notRecorded': 'Non indiquée : le formulaire ne la demande pas encore',
    'staff-home.panel.removal': 'Suppression automatique',
    'staff-home.panel.removal.open': '{days} jours après sa fermeture (conservée tant qu’elle est ouverte)',
    'staff-home.panel.removal.closed': '{count, plural, =0 {aujourd’hui ou cette nuit} one {dans # jour} other {dans # jours}} ({date})',
    'staff-home.panel.markContacted': 'Marquer comme contactée',
    'staff-home.panel.markContacted.unsaved': 'Enregistrez ou annulez d’abord vos modifications.',
    'staff-home.panel.markContacted.done': 'Demande marquée comme contactée.',
    'staff-home.panel.error': 'Impossible de charger ou d’enregistrer. Rechargez la page pour réessayer.',
  },
} as const;

export type MessageId = keyof (typeof MESSAGES)['en'];

/** French names of the clinic's content types (Strapi looks a type's display name up as a key). */
export const TYPE_NAMES_FR: Record<string, string> = {
  Article: 'Article',
  Comment: 'Commentaire',
  'Consultation request': 'Demande de consultation',
  Therapist: 'Thérapeute',
  'Therapy approach': 'Approche thérapeutique',
  Topic: 'Sujet',
  'Clinic details': 'Coordonnées de la clinique',
};
