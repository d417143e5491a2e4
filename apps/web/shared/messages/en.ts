// Every interface string of the website, in one place; fr.ts has the same shape in French
// (TypeScript checks that nothing is missing). Content (articles, bios, clinic details) comes
// from the CMS; only the site's own words live here, including what form error codes (from
// @clinic/forms and the CMS) say to a visitor.
//
// The help lines below are deliberately hard-coded: they are shown by the layout itself and by
// the error page, so they stay visible when the CMS is down.

export interface HelpLine {
  name: string
  phone?: string
  textNumber?: string
  textInstructions?: string
  audience?: string
  available?: string
  url?: string
}

const weekdays = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
} satisfies Record<string, string>

const CLINIC_PHONE = '705-535-1639'

export const en = {
  lang: 'en',
  locale: 'en-CA',
  ogLocale: 'en_CA',

  clinic: {
    // Shown when the CMS cannot be reached (error page, footer); the CMS stays the source of truth.
    name: 'Northern Therapy Clinic',
    phone: CLINIC_PHONE,
    locality: 'Kirkland Lake',
    region: 'Ontario',
    summary: 'Virtual therapy across Northeastern Ontario, by secure video and phone.',
  },

  site: {
    skipToContent: 'Skip to main content',
    /** The link to this page in the other language, written in that language. */
    otherLanguage: 'Français',
    otherLanguageLabel: 'Lire en français',
    logoTagline: 'Kirkland Lake · Northeastern Ontario',
    menu: 'Menu',
    mainNav: 'Main',
    footerNav: 'Site',
    breadcrumb: 'Breadcrumb',
    titleSeparator: ' · ',
    /** Between a label and its value ("Phone: …"; French puts a space before the colon). */
    colon: ': ',
    defaultDescription:
      'Northern Therapy Clinic in Kirkland Lake offers virtual therapy across Northeastern Ontario by secure video and phone.',
  },

  nav: {
    home: 'Home',
    articles: 'Articles',
    therapists: 'Therapists',
    approaches: 'Approaches',
    getHelp: 'Get help now',
    contact: 'Contact',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    rss: 'Articles feed (RSS)',
  },

  helpStrip: {
    label: 'Help lines',
    lead: 'In crisis?',
    call: 'Call',
    or: 'or',
    text: 'text',
    number988: '9-8-8',
    emergency: 'Emergency',
    number911: '911',
    more: 'More help lines',
  },

  helpLines: {
    title: 'If you need help right now',
    intro: 'These services answer day and night. They are free and confidential.',
    notEmergency:
      'Northern Therapy Clinic is not an emergency service. If you are in danger or may act on thoughts of harming yourself, call 911 or go to the nearest emergency department.',
    call: 'Call',
    text: 'Text',
    website: 'Website',
    fallback: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        phone: '9-8-8',
        textNumber: '9-8-8',
        available: '24 hours a day, 7 days a week',
        audience: 'Anyone in Canada thinking about suicide, or worried about someone.',
      },
      {
        name: 'Hope for Wellness Help Line',
        phone: '1-855-242-3310',
        available: '24 hours a day, 7 days a week',
        audience: 'Indigenous peoples across Canada. Counselling in English and French, and on request in Cree, Ojibway and Inuktitut.',
      },
      {
        name: 'Emergency services',
        phone: '911',
        audience: 'If you or someone else is in immediate danger.',
      },
    ] satisfies HelpLine[],
  },

  home: {
    title: 'Virtual therapy across Northeastern Ontario',
    aboutLabel: 'About the clinic',
    approachesTitle: 'How we work',
    approachesIntro: 'Our therapists are trained in these approaches. You do not need to know which one fits before reaching out.',
    therapistsTitle: 'Our therapists',
    articlesTitle: 'Recent articles',
    allArticles: 'All articles',
    allTherapists: 'All therapists',
    allApproaches: 'All approaches',
    reachOutTitle: 'Reaching out',
    reachOutText: 'Call or e-mail to ask a question or to ask about a first appointment.',
    hoursTitle: 'Office hours',
    contactCta: 'Contact the clinic',
    helpCta: 'Get help now',
  },

  articles: {
    title: 'Articles',
    description: 'Plain-language articles by the therapists of Northern Therapy Clinic about mental health, therapy and wellbeing.',
    intro: 'Written and reviewed by our therapists. Articles are general information, not a substitute for care.',
    filterTitle: 'Topics',
    allTopics: 'All topics',
    topicTitle: (topic: string) => `Articles about ${topic}`,
    empty: 'There are no articles here yet.',
    pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
    previous: 'Previous page',
    next: 'Next page',
    pagination: 'Pages',
    readArticle: (title: string) => `Read “${title}”`,
  },

  article: {
    by: 'By',
    reviewedBy: 'Reviewed by',
    reviewedOn: (date: string) => `on ${date}`,
    lastReviewed: 'Last reviewed',
    published: 'Published',
    readingTime: (minutes: number) => (minutes <= 1 ? '1 minute read' : `${minutes} minute read`),
    topics: 'Topics',
    approaches: 'Approaches in this article',
    related: 'Related articles',
    moreToRead: 'More to read',
    contentNoteTitle: 'Content note',
    contentNoteKinds: {
      self_harm: 'This article talks about self-harm.',
      suicide: 'This article talks about suicide.',
      abuse: 'This article talks about abuse.',
      eating_disorders: 'This article talks about eating disorders.',
      substance_use: 'This article talks about substance use.',
      trauma: 'This article talks about trauma.',
      other: 'This article talks about a difficult subject.',
    } as Record<string, string>,
    contentNoteCare: 'Read at your own pace, and stop whenever you need to. Help lines are listed at the end of the article.',
    jumpToHelp: 'Go to the help lines',
    disclaimer: 'This article is general information. It is not a diagnosis or a substitute for care from a professional who knows your situation.',
  },

  therapists: {
    title: 'Our therapists',
    description: 'Meet the therapists of Northern Therapy Clinic: their training, the approaches they use and how they offer sessions.',
    intro: 'Each profile says how the therapist offers sessions and whether they are taking new clients.',
    accepting: 'Accepting new clients',
    notAccepting: 'Not accepting new clients at the moment',
    formats: 'Sessions',
    video: 'Video',
    phone: 'Phone',
    inPerson: 'In person',
    approaches: 'Approaches',
    focusAreas: 'Areas of focus',
    languages: 'Languages',
    pronouns: 'Pronouns',
    articles: (name: string) => `Articles by ${name}`,
    profileOf: (name: string) => `Profile of ${name}`,
    about: 'About',
  },

  approaches: {
    title: 'Therapy approaches',
    description: 'The kinds of therapy offered at Northern Therapy Clinic, explained in plain language.',
    intro: 'A short guide to the approaches our therapists use. A first conversation helps find what fits you.',
    therapists: 'Therapists who offer this approach',
    articles: 'Articles about this approach',
    learnMore: (name: string) => `Learn about ${name}`,
  },

  contact: {
    title: 'Contact the clinic',
    description: 'How to reach Northern Therapy Clinic: phone, fax, e-mail, office hours, the area we serve and funding programs.',
    notEmergency: 'This is not an emergency line. If you need help now, call or text 9-8-8, or call 911.',
    phone: 'Phone',
    fax: 'Fax',
    email: 'E-mail',
    areaServed: 'Area served',
    location: 'Location',
    hoursTitle: 'Office hours',
    fundingTitle: 'Help paying for therapy',
    fundingIntro: 'Sessions may be covered by private insurance or workplace benefits, or by these programs:',
    virtualCareTitle: 'Virtual care',
    privacyNote: 'Please do not send health details by e-mail. We will ask what we need when we call you back.',
  },

  getHelp: {
    title: 'Get help now',
    description: 'Help lines you can call or text right now in Ontario, and how Northern Therapy Clinic can help.',
    howWeHelpTitle: 'How the clinic can help',
    howWeHelpText: 'When you are safe and ready, we offer therapy by secure video and phone across Northeastern Ontario. A first call is a chance to ask questions; there is no obligation.',
    contactLink: 'How to contact the clinic',
    therapistsLink: 'Meet our therapists',
  },

  hours: {
    weekdays,
    closed: 'Closed',
    range: (from: string, to: string) => `${from} to ${to}`,
    timeRange: (from: string, to: string) => `${from} to ${to}`,
  },

  search: {
    title: 'Search',
    description: 'Search the articles, therapy approaches, therapists and pages of Northern Therapy Clinic.',
    /** The header's search field (its label is read by screen readers only). */
    label: 'Search the site',
    again: 'Change the search',
    submit: 'Search',
    intro: 'Type a word or two: a topic, an approach, a therapist’s name.',
    resultsFor: (query: string) => `Results for “${query}”`,
    count: (total: number) => (total === 1 ? '1 result' : `${total} results`),
    pagination: 'Search result pages',
    kinds: { article: 'Article', approach: 'Approach', therapist: 'Therapist', page: 'Page' } as Record<string, string>,
    inOtherLanguage: 'In English',
    noResultsTitle: (query: string) => `Nothing found for “${query}”`,
    noResultsText: 'Try other words, or go straight to one of these:',
    noResultsHelp: 'Help lines you can call or text now',
    noResultsApproaches: 'The therapies we offer',
    noResultsPhone: 'Or call the clinic at',
    crisisTitle: 'You do not have to go through this alone',
    crisisText: 'If you are thinking about suicide or hurting yourself, these lines answer right now, day and night. If you are in danger, call 911.',
    tooLong: (max: number) => `Your search is too long. Please use at most ${max} characters.`,
    pageTooFar: (pageCount: number) =>
      pageCount === 0 ? 'There are no results for this search.' : `There ${pageCount === 1 ? 'is only 1 page' : `are only ${pageCount} pages`} of results for this search.`,
    firstPage: 'Go to the first page of results',
  },

  finder: {
    title: 'Find a therapist',
    intro: 'Choose what matters to you; each choice narrows the list. You can share the address of the result.',
    approach: 'Approach',
    format: 'Sessions by',
    language: 'Language',
    funding: 'Paid by',
    accepting: 'Only therapists accepting new clients',
    any: 'Any',
    submit: 'Show therapists',
    clear: 'Clear the choices',
    count: (total: number) => (total === 1 ? '1 therapist matches' : `${total} therapists match`),
    all: (total: number) => `${total} therapists`,
    funds: {
      nihb: 'Non-Insured Health Benefits (NIHB)',
      'jordans-principle': 'Jordan’s Principle',
      benefits: 'Workplace benefits or private insurance',
      private: 'Paying privately',
    } as Record<string, string>,
    fundingFact: 'Can bill',
    noneTitle: 'No therapist matches all of these choices',
    noneText: 'Tell us what you are looking for in a consultation request: the clinic matches people with a therapist itself, and can suggest other services.',
    noneContact: 'Request a consultation',
    requestConsultation: 'Request a consultation',
    requestConsultationWith: (name: string) => `Request a consultation with ${name}`,
  },

  errors: {
    notFoundTitle: 'Page not found',
    notFoundText: 'We could not find that page. It may have moved, or the address may have a typo.',
    unavailableTitle: 'This page is not available right now',
    unavailableText: 'Part of our website is having trouble. Please try again in a few minutes.',
    genericTitle: 'Something went wrong',
    genericText: 'Please try again in a few minutes.',
    reachUs: 'You can still reach the clinic by phone at',
    goHome: 'Go to the home page',
    badRequest: 'That address is not valid.',
    tooManyTitle: 'Too many searches',
    tooManyText: (seconds: number) => `You have searched many times in a short while. Please try again in ${seconds} seconds.`,
  },

  forms: {
    errorSummaryTitle: 'There is a problem',
    checkFields: 'Please check the highlighted fields.',
    errorPrefix: 'Error:',
    optional: '(optional)',
    sending: 'Sending…',
    networkError: `We could not reach the website. Please check your connection and try again, or call the clinic at ${CLINIC_PHONE}.`,
    unavailable:
      `We could not send this just now. Please try again in a few minutes: what you typed is still here. You can also call the clinic at ${CLINIC_PHONE}.`,
    tooLarge: 'This is too long to send. Please shorten what you wrote and try again.',
    unsupported: 'Send the form as application/x-www-form-urlencoded or application/json.',
    unreadable: 'The form could not be read. Please reload the page and try again.',
    crossSite: 'This form can only be sent from the clinic’s own website.',
    rateLimited: (count: number, what: string, minutes: number) =>
      `You have sent ${count} ${what} in the last hour. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or call the clinic at ${CLINIC_PHONE}.`,
    commentsClosed: 'Comments are closed on this article.',
    trapLabel: 'Leave this field empty',
  },

  inquiry: {
    title: 'Request a consultation',
    titleWith: (name: string) => `Request a consultation with ${name}`,
    intro: 'Tell us how to reach you, and we will contact you to arrange a first conversation. There is no cost and no obligation.',
    notEmergency: 'This form is not for emergencies. If you need help now, call or text 9-8-8, or call 911.',
    noHealthDetails: 'Please do not write about your health here: we will ask what we need when we talk.',
    notAccepting: (name: string) => `${name} is not taking new clients at the moment. You can still send a request, and we will suggest another therapist.`,
    name: 'Your name',
    nameHint: 'The name you would like us to use.',
    contactMethod: 'How should we reach you?',
    contactMethods: { email: 'By e-mail', phone: 'By phone' } as Record<string, string>,
    contactHint: 'Fill in the one you chose.',
    email: 'E-mail address',
    phone: 'Phone number',
    phoneHint: 'A number where you can take a call in private.',
    preferredTimes: 'Good times to reach you',
    times: {
      weekday_mornings: 'Weekday mornings',
      weekday_afternoons: 'Weekday afternoons',
      weekday_evenings: 'Weekday evenings',
      weekends: 'Weekends',
    } as Record<string, string>,
    sessionFormat: 'How would you like to meet?',
    sessionFormats: { video: 'By secure video', phone: 'By phone' } as Record<string, string>,
    funding: 'How do you expect to pay?',
    fundingOptions: {
      private: 'Paying myself',
      benefits: 'Workplace benefits or private insurance',
      nihb: 'Non-Insured Health Benefits (NIHB)',
      jordans_principle: 'Jordan’s Principle',
      not_sure: 'Not sure yet',
    } as Record<string, string>,
    therapist: 'Therapist',
    noPreference: 'No preference',
    consentBefore: 'I agree that the clinic may keep these details to contact me, as described in the',
    consentLink: 'privacy statement',
    consentAfter: '.',
    consentShort: 'Consent',
    submit: 'Send request',
    sentTitle: 'Thank you: your request was sent',
    sentText: 'Someone from the clinic will contact you during office hours, the way you asked. If you need help before then, call or text 9-8-8.',
    sendAnother: 'Send another request',
    what: 'requests',
  },

  comments: {
    title: 'Comments',
    count: (count: number) => (count === 1 ? '1 comment' : `${count} comments`),
    empty: 'No comments yet.',
    closed: 'Comments are closed on this article.',
    postedOn: 'Posted',
    formTitle: 'Leave a comment',
    intro: 'Our staff read every comment before it appears. Please be kind, and do not share health details or anything that could identify you or someone else.',
    displayName: 'Name to show',
    displayNameHint: 'A first name or a nickname is fine. We do not ask for your e-mail address.',
    body: 'Your comment',
    bodyHint: (max: number) => `Plain text, up to ${max} characters.`,
    submit: 'Send comment',
    sentTitle: 'Thank you: your comment was sent',
    sentText: 'It will appear here once our staff have read it.',
    what: 'comments',
  },

  /** What each @clinic/forms error code says (the CMS sends the same codes). */
  formErrors: {
    required: 'Please fill in this field.',
    tooLong: (max: number) => `Please keep this to ${max} characters or fewer.`,
    markup: 'Please write plain text, without < > tags.',
    controlCharacters: 'This contains characters that cannot be stored. Please retype it.',
    name: 'Please tell us what to call you.',
    contactMethod: 'Please choose how we should reach you: e-mail or phone.',
    email: 'Please enter an e-mail address like name@example.ca.',
    phone: 'Please enter a phone number with at least 7 digits, like 705-555-0123.',
    preferredTimes: 'Please choose from the listed times.',
    sessionFormat: 'Please choose video or phone.',
    funding: 'Please choose how you expect to pay, or "Not sure".',
    therapist: 'Please choose a therapist from the list, or none.',
    consent: 'Please confirm that you agree to how we handle your information.',
    displayName: 'Please give a name to show with your comment.',
    comment: 'Please write a comment.',
    article: 'This article could not be found.',
    honeypot: 'Your message could not be sent.',
    idempotencyKey: 'The form was incomplete. Please reload the page and try again.',
    language: 'Please send the form from one of our pages.',
    commentsClosed: 'Comments are closed on this article.',
  },

  /** Shown when an entry is not written in this page's language yet (the other version is shown). */
  untranslated: {
    article: 'This article is not available in English yet. Here is the French version.',
    therapist: 'This profile is not available in English yet. Here is the French version.',
    approach: 'This page is not available in English yet. Here is the French version.',
    /** After a related entry (an author, an approach) shown in French because it has no English version yet. */
    related: '(in French: not available in English yet)',
  },

  preview: {
    banner: 'Preview — not published',
    draftText: 'This is the draft as it will look on the website. Visitors cannot see it until it is published.',
    publishedText: 'This is the published version, shown in preview.',
  },

  footer: {
    notEmergency: 'Northern Therapy Clinic is not an emergency service. In crisis, call or text 9-8-8. In an emergency, call 911.',
    copyright: (year: number) => `© ${year} Northern Therapy Clinic`,
  },

  page: {
    updated: 'Last updated',
  },

  feed: {
    title: 'Northern Therapy Clinic — Articles',
    description: 'Articles by the therapists of Northern Therapy Clinic.',
  },
}

export type Messages = typeof en
