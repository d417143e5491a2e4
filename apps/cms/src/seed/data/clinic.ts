// Seed for the `clinic` single type: contact details, hours, funding programs and help lines.
import { p, type Blocks } from './blocks';
import type { Seo } from './types';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** clinic.opening-hours: times are Strapi `time` values (HH:mm:ss.SSS). */
export type OpeningHours = {
  fromDay: Weekday;
  toDay: Weekday;
  opens?: string;
  closes?: string;
  closed: boolean;
  note?: string;
};

/** clinic.social-link */
export type SocialLink = {
  platform: 'facebook' | 'instagram' | 'linkedin' | 'youtube' | 'other';
  label: string;
  url: string;
};

/** clinic.funding-program */
export type FundingProgram = { name: string; shortName?: string; description?: string; url?: string };

/** clinic.crisis-line */
export type CrisisLine = {
  name: string;
  phone?: string;
  textNumber?: string;
  textInstructions?: string;
  url?: string;
  audience?: string;
  available?: string;
};

export type ClinicSeed = {
  name: string;
  tagline?: string;
  phone: string;
  fax?: string;
  email?: string;
  locality?: string;
  region?: string;
  country?: string;
  serviceArea?: string;
  virtualCareNote?: string;
  about?: Blocks;
  openingHours: OpeningHours[];
  weekendNote?: string;
  socialLinks: SocialLink[];
  fundingPrograms: FundingProgram[];
  crisisLines: CrisisLine[];
  privacyContactName?: string;
  privacyContactEmail?: string;
  seo?: Seo;
};

export const clinic: ClinicSeed = {
  name: 'Northern Therapy Clinic',
  tagline: 'Virtual therapy for Northeastern Ontario, by secure video and phone',
  phone: '705-535-1639',
  fax: '855-583-1667',
  email: 'info@northerntherapyclinic.ca',
  locality: 'Kirkland Lake',
  region: 'Ontario',
  country: 'CA',
  serviceArea: 'Northeastern Ontario',
  virtualCareNote:
    'We offer virtual therapy throughout Northeastern Ontario by secure video and by phone. ' +
    'You can meet with a therapist from home or any private space, without travelling to an office. ' +
    'If video is hard where you live, phone sessions are available.',
  about: [
    p(
      'Northern Therapy Clinic is a small therapy practice based in Kirkland Lake, Ontario. ' +
        'Our therapists meet with people across Northeastern Ontario by secure video or by phone, ' +
        'so that distance, weather and travel do not have to stand between people and support.',
    ),
    p(
      'We offer approaches such as DBT, EMDR, Internal Family Systems, somatic therapy and mindfulness, ' +
        'and we work at a pace that feels manageable for each person. Sessions may be covered by private payment, ' +
        'workplace benefits, or programs such as NIHB and Jordan\'s Principle. If you are not sure what fits, you can ask us.',
    ),
  ],
  openingHours: [
    { fromDay: 'monday', toDay: 'friday', opens: '09:00:00.000', closes: '16:30:00.000', closed: false },
    { fromDay: 'saturday', toDay: 'sunday', closed: true },
  ],
  weekendNote: 'Saturday and Sunday appointments available. The office is closed on weekends.',
  // Placeholder URLs: clinic staff should confirm the real Facebook and Instagram addresses before launch.
  socialLinks: [
    { platform: 'facebook', label: 'Facebook', url: 'https://www.facebook.com/northerntherapyclinic' },
    { platform: 'instagram', label: 'Instagram', url: 'https://www.instagram.com/northerntherapyclinic' },
  ],
  fundingPrograms: [
    {
      name: 'Non-Insured Health Benefits for First Nations and Inuit',
      shortName: 'NIHB',
      description:
        'A federal program of Indigenous Services Canada that can cover mental health counselling for eligible ' +
        'First Nations and Inuit clients when it is not covered by other plans. We can answer questions about how it works with our services.',
      url: 'https://www.sac-isc.gc.ca/eng/1576441552462/1576441618847',
    },
    {
      name: "Jordan's Principle",
      shortName: "Jordan's Principle",
      description:
        'A legal rule that helps First Nations children and youth get the health, social and educational services they need, ' +
        'when they need them. Requests for Inuit children go through the Inuit Child First Initiative.',
      url: 'https://www.sac-isc.gc.ca/eng/1568396042341/1568396159824',
    },
  ],
  crisisLines: [
    {
      name: '9-8-8 Suicide Crisis Helpline',
      phone: '9-8-8',
      textNumber: '988',
      textInstructions: 'Call or text 9-8-8, any time',
      url: 'https://988.ca',
      audience: 'Anyone in Canada who is thinking about suicide or is worried about someone',
      available: '24 hours a day, 7 days a week',
    },
    {
      name: 'Hope for Wellness Help Line',
      phone: '1-855-242-3310',
      textInstructions: 'Online chat at hopeforwellness.ca',
      url: 'https://www.hopeforwellness.ca',
      audience: 'For all Indigenous peoples across Canada',
      available: '24 hours a day, 7 days a week',
    },
    {
      name: 'Kids Help Phone',
      phone: '1-800-668-6868',
      textNumber: '686868',
      textInstructions: 'Text CONNECT to 686868',
      url: 'https://kidshelpphone.ca',
      audience: 'For children, teens and young adults',
      available: '24 hours a day, 7 days a week',
    },
    {
      name: 'Emergency 911',
      phone: '911',
      audience: 'If you or someone else is in immediate danger',
      available: '24 hours a day, 7 days a week',
    },
  ],
  privacyContactName: 'Privacy Officer, Northern Therapy Clinic',
  privacyContactEmail: 'info@northerntherapyclinic.ca',
  seo: {
    metaTitle: 'Northern Therapy Clinic | Virtual therapy in Northeastern Ontario',
    metaDescription:
      'Therapy by secure video and phone across Northeastern Ontario, from a small clinic in Kirkland Lake. DBT, EMDR, IFS, somatic therapy and mindfulness.',
  },
};
