// French (Canada) version of the clinic details: only the translated fields (clinic.json marks
// them localized); phone, fax, e-mail, place, logo and social links are shared with English.
import { p } from '../blocks';
import { clinic, type ClinicSeed } from '../clinic';

export type ClinicSeedFr = Pick<
  ClinicSeed,
  'tagline' | 'serviceArea' | 'virtualCareNote' | 'about' | 'openingHours' | 'weekendNote' | 'fundingPrograms' | 'crisisLines' | 'privacyContactName' | 'seo'
>;

export const clinicFr: ClinicSeedFr = {
  tagline: 'Thérapie virtuelle dans le Nord-Est de l’Ontario, par vidéo sécurisée et par téléphone',
  serviceArea: 'Nord-Est de l’Ontario',
  virtualCareNote:
    'Nous offrons la thérapie virtuelle partout dans le Nord-Est de l’Ontario, par vidéo sécurisée ou par téléphone. ' +
    'Vous pouvez rencontrer une ou un thérapeute de chez vous ou de tout endroit privé, sans avoir à vous déplacer. ' +
    'Si la vidéo passe mal chez vous, les séances par téléphone sont possibles.',
  about: [
    p(
      'Northern Therapy Clinic est une petite clinique de thérapie établie à Kirkland Lake, en Ontario. Nos thérapeutes rencontrent des gens ' +
        'de tout le Nord-Est de l’Ontario par vidéo sécurisée ou par téléphone, pour que la distance, la météo et la route ne se dressent pas ' +
        'entre les gens et le soutien dont ils ont besoin.',
    ),
    p(
      'Nous offrons notamment la TCD (thérapie comportementale dialectique), l’EMDR, les systèmes familiaux intérieurs (IFS), les approches ' +
        'somatiques et la pleine conscience, à un rythme qui reste gérable pour chaque personne. Les séances peuvent être payées par vous-même, ' +
        'par une assurance collective, ou par des programmes comme les SSNA et le principe de Jordan. Des séances en français sont offertes. ' +
        'Vous ne savez pas ce qui vous convient? Posez-nous la question.',
    ),
  ],
  // The same hours (per language only because a line may carry a note).
  openingHours: clinic.openingHours,
  weekendNote: 'Rendez-vous possibles le samedi et le dimanche. Le bureau est fermé la fin de semaine.',
  fundingPrograms: [
    {
      name: 'Programme des services de santé non assurés pour les Premières Nations et les Inuit',
      shortName: 'SSNA',
      description:
        'Un programme fédéral de Services aux Autochtones Canada qui peut couvrir le counseling en santé mentale des Premières Nations et des Inuit ' +
        'admissibles, lorsqu’aucun autre régime ne le couvre. Nous pouvons répondre à vos questions sur son fonctionnement avec nos services.',
      url: 'https://www.sac-isc.gc.ca/fra/1576441552462/1576441618847',
    },
    {
      name: 'Principe de Jordan',
      shortName: 'Principe de Jordan',
      description:
        'Une règle juridique qui aide les enfants et les jeunes des Premières Nations à obtenir les services de santé, sociaux et éducatifs ' +
        'dont ils ont besoin, au moment où ils en ont besoin. Pour les enfants inuits, les demandes passent par l’initiative Les enfants inuits d’abord.',
      url: 'https://www.sac-isc.gc.ca/fra/1568396042341/1568396159824',
    },
  ],
  crisisLines: [
    {
      name: '9-8-8 : Ligne d’aide en cas de crise de suicide',
      phone: '9-8-8',
      textNumber: '988',
      textInstructions: 'Appelez ou textez le 9-8-8, en tout temps. Service en français et en anglais.',
      url: 'https://988.ca/fr',
      audience: 'Toute personne au Canada qui pense au suicide, ou qui s’inquiète pour quelqu’un',
      available: '24 heures sur 24, 7 jours sur 7',
    },
    {
      name: 'Ligne d’écoute d’espoir pour le mieux-être',
      phone: '1-855-242-3310',
      textInstructions: 'Clavardage en ligne sur espoirpourlemieuxetre.ca',
      url: 'https://www.espoirpourlemieuxetre.ca',
      audience: 'Pour tous les peuples autochtones du Canada. Counseling en français et en anglais, et sur demande en cri, en ojibwé et en inuktitut.',
      available: '24 heures sur 24, 7 jours sur 7',
    },
    {
      name: 'Jeunesse, J’écoute',
      phone: '1-800-668-6868',
      textNumber: '686868',
      textInstructions: 'Textez PARLER au 686868',
      url: 'https://jeunessejecoute.ca',
      audience: 'Pour les enfants, les adolescent·e·s et les jeunes adultes',
      available: '24 heures sur 24, 7 jours sur 7',
    },
    {
      name: 'Urgences 911',
      phone: '911',
      audience: 'Si vous ou une autre personne êtes en danger immédiat',
      available: '24 heures sur 24, 7 jours sur 7',
    },
  ],
  privacyContactName: 'Responsable de la protection de la vie privée, Northern Therapy Clinic',
  seo: {
    metaTitle: 'Northern Therapy Clinic | Thérapie virtuelle, Nord-Est de l’Ontario',
    metaDescription:
      'Thérapie par vidéo sécurisée et par téléphone dans le Nord-Est de l’Ontario, en français et en anglais. TCD, EMDR, IFS, approches somatiques, pleine conscience.',
  },
};
