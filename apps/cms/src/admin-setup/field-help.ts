// Plain-language help shown under each field in the admin's edit view, written for clinic
// staff, not developers. `list` names the columns the list view shows.
export type FieldHelp = { description: string; placeholder?: string; label?: string };
export type TypeHelp = { fields: Record<string, FieldHelp>; list?: string[] };

const seo: TypeHelp = {
  fields: {
    metaTitle: { description: 'Title shown in search results and browser tabs (up to 70 characters). Leave empty to use the page title.', placeholder: 'e.g. Why some people self-injure | Northern Therapy Clinic' },
    metaDescription: { description: 'One or two sentences shown under the title in search results (up to 160 characters).', placeholder: 'A short, plain summary of the page' },
    shareImage: { description: 'Picture shown when the page is shared on social media. Optional.' },
    noIndex: { description: 'Turn on to ask search engines not to list this page.' },
  },
};

const seoField: FieldHelp = { label: 'SEO', description: 'How this page looks in search results and when shared. Optional: sensible defaults are used.' };
const editorNotes: FieldHelp = { description: 'Notes for staff only. Never shown on the website or sent through the API.', placeholder: 'e.g. waiting for review by…' };
const slug = (from: string): FieldHelp => ({ description: `The last part of the web address. Filled in from the ${from}; change it only if you must, since old links will stop working.`, placeholder: 'e.g. my-page-name' });

export const CONTENT_TYPE_HELP: Record<string, TypeHelp> = {
  'api::article.article': {
    list: ['title', 'topics', 'author', 'sensitiveTopic', 'updatedAt'],
    fields: {
      title: { description: 'The headline readers see (up to 160 characters).', placeholder: 'e.g. Understanding anxiety in winter' },
      slug: slug('title'),
      excerpt: { description: 'Two or three sentences shown in article lists and search results (up to 300 characters).', placeholder: 'What will the reader learn?' },
      body: { description: 'The article itself. Use headings for sections and lists for steps; avoid describing methods of self-harm.' },
      cover: { description: 'Optional picture at the top, the same in every language. Describe it in the "alternative text" for people who cannot see it.' },
      coverAlt: { label: 'Cover alt text', description: 'What the cover picture shows, in this language. Needed for the French version (the Media Library text is in English); in English, empty uses the Media Library text.' },
      bodyImageAlts: { label: 'Body image alt text', description: 'For each picture in the body: pick the same picture and say what it shows, in this language. Needed for the French version (the Media Library text is in English); in English, leave empty to use the Media Library text.' },
      topics: { description: 'Subjects this article is about; readers can filter articles by topic.' },
      approaches: { description: 'Therapy approaches the article talks about; it is listed on those approach pages.' },
      author: { description: 'The therapist who wrote the article. Set by an Editor.' },
      reviewedBy: { description: 'The therapist who checked the article for clinical accuracy. Needed for sensitive topics; set by an Editor.' },
      lastReviewedAt: { label: 'Last reviewed', description: 'When the article was last checked for clinical accuracy. Shown on the site; set by an Editor.' },
      sensitiveTopic: { description: 'Fill this in if the article discusses self-harm, suicide, abuse or similar: the site then shows a content note before the article and the help lines after it.' },
      publishAt: { description: 'Optional, set by an Editor: publish the article automatically at this date and time (checked every minute), as the Editor saved it. A later change waits until an Editor saves again.' },
      unpublishAt: { description: 'Optional, set by an Editor: take the article off the site automatically at this date and time.' },
      commentsEnabled: { description: 'Allow readers to leave comments (staff approve each one before it shows). Keep off for sensitive topics.' },
      seo: seoField,
      editorNotes,
    },
  },
  'api::therapist.therapist': {
    list: ['name', 'credentials', 'role', 'acceptingNewClients', 'order', 'updatedAt'],
    fields: {
      name: { description: 'Full name as it should appear on the site.', placeholder: 'e.g. Jordan Smith' },
      slug: slug('name'),
      pronouns: { description: 'Optional, e.g. she/her, he/him, they/them.', placeholder: 'e.g. they/them' },
      credentials: { description: 'Professional designations after the name.', placeholder: 'e.g. RP, MSW, RSW' },
      role: { description: 'Job title at the clinic.', placeholder: 'e.g. Registered Psychotherapist' },
      photo: { description: 'A friendly head-and-shoulders photo. Add alternative text describing it.' },
      shortBio: { description: 'Two or three sentences for the therapist list (up to 400 characters). No testimonials or claims like "best".', placeholder: 'Who they work with and how' },
      bio: { description: 'The full biography on the therapist\'s own page. No testimonials, ratings or superlatives (regulator rule).' },
      approaches: { description: 'Therapy approaches this therapist offers; they appear on each approach\'s page.' },
      focusAreas: { description: 'Areas they focus on, one per item (e.g. anxiety, trauma, grief).' },
      languages: { description: 'Languages they offer therapy in, one per item.' },
      offersVideo: { description: 'Offers sessions by secure video.' },
      offersPhone: { description: 'Offers sessions by phone.' },
      offersInPerson: { description: 'Offers sessions in person.' },
      acceptingNewClients: { description: 'Turn off when their schedule is full; the site then says so.' },
      // Funding the therapist can bill: shown on their page and filtered on in the site's therapist finder.
      billsNihb: { description: 'Can bill Non-Insured Health Benefits (NIHB) for First Nations and Inuit clients. Same in every language.' },
      billsJordansPrinciple: { description: "Can bill Jordan's Principle for First Nations children and youth. Same in every language." },
      billsBenefits: { description: 'Can bill workplace or private insurance benefits (receipts accepted by insurers). Same in every language.' },
      billsPrivate: { description: 'Accepts clients who pay privately. Same in every language.' },
      order: { description: 'Position in the therapist list: lower numbers come first.' },
      articles: { description: 'Articles this therapist wrote (set on each article).' },
      reviewedArticles: { description: 'Articles this therapist reviewed (set on each article).' },
      seo: seoField,
      editorNotes,
    },
  },
  'api::approach.approach': {
    list: ['name', 'fullName', 'order', 'updatedAt'],
    fields: {
      name: { description: 'Short name used in menus and lists.', placeholder: 'e.g. DBT' },
      fullName: { description: 'The full name, spelled out.', placeholder: 'e.g. Dialectical Behaviour Therapy' },
      slug: slug('name'),
      summary: { description: 'One or two plain sentences shown in lists (up to 300 characters).' },
      description: { description: 'What this therapy is, who it can help and what sessions are like. Plain words, no promises of a cure.' },
      order: { description: 'Position in lists: lower numbers come first.' },
      therapists: { description: 'Therapists who offer this approach (set on each therapist).' },
      articles: { description: 'Articles about this approach (set on each article).' },
      seo: seoField,
      editorNotes,
    },
  },
  'api::topic.topic': {
    list: ['name', 'slug', 'updatedAt'],
    fields: {
      name: { description: 'The topic\'s name as readers see it.', placeholder: 'e.g. Anxiety' },
      slug: slug('name'),
      description: { description: 'One sentence describing the topic (up to 300 characters).' },
      articles: { description: 'Articles on this topic (set on each article).' },
    },
  },
  'api::clinic.clinic': {
    fields: {
      name: { description: 'The clinic\'s name as shown on every page.' },
      tagline: { description: 'A short line under the name on the home page.', placeholder: 'e.g. Virtual therapy across Northeastern Ontario' },
      phone: { description: 'Main phone number, shown on every page.', placeholder: '705-555-0123' },
      fax: { description: 'Fax number for referrals.' },
      email: { description: 'Public e-mail address. Do not put personal health information in e-mail.' },
      locality: { description: 'Town or city of the office.', placeholder: 'Kirkland Lake' },
      region: { description: 'Province.', placeholder: 'Ontario' },
      country: { description: 'Two-letter country code.', placeholder: 'CA' },
      serviceArea: { description: 'Where the clinic offers care.', placeholder: 'Northeastern Ontario' },
      virtualCareNote: { description: 'How virtual sessions work (video, phone), shown on the home and contact pages.' },
      about: { description: 'A few paragraphs about the clinic for the home page. No testimonials or superlatives.' },
      openingHours: { description: 'Office hours, one line per group of days.' },
      weekendNote: { description: 'A note about weekend appointments.' },
      socialLinks: { description: 'The clinic\'s social media pages.' },
      fundingPrograms: { description: 'Programs that can pay for therapy (e.g. NIHB, Jordan\'s Principle).' },
      crisisLines: { description: 'Help lines shown on the Get help page and after sensitive articles. The site always shows 9-8-8 and 911 even if this list is empty.' },
      logo: { description: 'The clinic\'s logo. Optional: the site shows the name as text without it.' },
      privacyContactName: { description: 'Who answers privacy questions and requests (named in the privacy statement).' },
      privacyContactEmail: { description: 'E-mail address for privacy questions and requests.' },
      inquiryRetentionDays: { description: 'How many days a closed consultation request is kept before it is deleted automatically (default 90). The privacy statement mentions this.' },
      seo: seoField,
    },
  },
};

CONTENT_TYPE_HELP['api::comment.comment'] = {
  list: ['displayName', 'article', 'language', 'moderation', 'createdAt'],
  fields: {
    article: { description: 'The article the comment was left on.' },
    language: { description: 'The language of the page the comment was written on (en: English, fr: French). It is shown on that page only.' },
    displayName: { description: 'The name the reader chose to show. Not checked: it may not be their real name.' },
    body: { description: 'What the reader wrote, shown as plain text. Approve only what is kind, safe and free of personal health details.' },
    moderation: { label: 'Status', description: 'Pending comments wait for you. Only Approved comments appear on the site; Rejected ones never do.' },
    idempotencyKey: { description: 'Technical: stops a double-click from storing the comment twice.' },
    submitterHash: { description: 'Technical: a scrambled form of the sender\'s address, used only to limit how often one person can post.' },
  },
};

CONTENT_TYPE_HELP['api::inquiry.inquiry'] = {
  list: ['name', 'contactMethod', 'language', 'progress', 'therapist', 'createdAt'],
  fields: {
    name: { description: 'What the person asked to be called.' },
    language: { description: 'The language the person used on the website (en: English, fr: French). Reply in that language if you can.' },
    contactMethod: { description: 'How they asked to be reached. Only that detail was collected.' },
    email: { description: 'Their e-mail address, if they chose e-mail.' },
    phone: { description: 'Their phone number, if they chose phone.' },
    preferredTimes: { description: 'When they prefer to be contacted (weekday mornings, afternoons, evenings, weekends).' },
    sessionFormat: { description: 'Whether they would like sessions by video or by phone.' },
    funding: { description: 'How they expect to pay: private, workplace benefits, NIHB, Jordan\'s Principle or not sure.' },
    therapist: { description: 'The therapist they asked for, if any.' },
    consentAt: { description: 'When they agreed to the privacy statement.' },
    progress: { label: 'Status', description: 'New: nobody has called yet. Contacted: someone reached out. Closed: done; it will be deleted automatically after the retention period.' },
    closedAt: { description: 'Set automatically when the request is closed.' },
    idempotencyKey: { description: 'Technical: stops a double-click from storing the request twice.' },
    submitterHash: { description: 'Technical: a scrambled form of the sender\'s address, used only to limit how often one person can send requests.' },
  },
};

export const COMPONENT_HELP: Record<string, TypeHelp> = {
  'shared.seo': seo,
  'shared.label': { fields: { text: { description: 'One short item (up to 80 characters).', placeholder: 'e.g. Anxiety' } } },
  'content.image-alt': {
    fields: {
      image: { description: 'The picture in the body this text is for (the same one, from the Media Library).' },
      alt: { label: 'Alt text', description: 'What the picture shows, in this language, for people who cannot see it (up to 250 characters).', placeholder: 'e.g. Un sentier en forêt à l’automne' },
    },
  },
  'content.sensitive-topic': {
    fields: {
      kind: { description: 'What the article deals with.' },
      message: { description: 'Optional content note shown before the article. Leave empty for the standard note.', placeholder: 'This article talks about self-harm…' },
    },
  },
  'clinic.opening-hours': {
    fields: {
      fromDay: { description: 'First day of this group.' },
      toDay: { description: 'Last day of this group (same as the first for a single day).' },
      opens: { description: 'Opening time. Leave empty if closed.' },
      closes: { description: 'Closing time. Leave empty if closed.' },
      closed: { description: 'Turn on if the office is closed on these days.' },
      note: { description: 'Optional note, e.g. "Appointments available".' },
    },
  },
  'clinic.crisis-line': {
    fields: {
      name: { description: 'Name of the help line.', placeholder: 'e.g. 9-8-8 Suicide Crisis Helpline' },
      phone: { description: 'Number to call, written as people dial it.', placeholder: 'e.g. 1-855-242-3310' },
      textNumber: { description: 'Number to text, if the line takes texts.', placeholder: 'e.g. 686868' },
      textInstructions: { description: 'What to text, if anything.', placeholder: 'e.g. Text CONNECT to 686868' },
      url: { description: 'Web address of the help line (optional).' },
      audience: { description: 'Who the line is for.', placeholder: 'e.g. Indigenous peoples across Canada' },
      available: { description: 'When it answers.', placeholder: 'e.g. 24 hours a day, 7 days a week' },
    },
  },
  'clinic.social-link': {
    fields: {
      platform: { description: 'Which social network.' },
      label: { description: 'Link text, e.g. "Facebook".' },
      url: { description: 'Full address of the page, starting with https://.' },
    },
  },
  'clinic.funding-program': {
    fields: {
      name: { description: 'Full name of the program.', placeholder: 'e.g. Non-Insured Health Benefits' },
      shortName: { description: 'Abbreviation, if any.', placeholder: 'e.g. NIHB' },
      description: { description: 'Who it covers and how to use it, in one or two sentences.' },
      url: { description: 'Where to learn more (optional).' },
    },
  },
};
