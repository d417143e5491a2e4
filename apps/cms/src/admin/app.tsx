import type { StrapiApp } from '@strapi/strapi/admin';
import { Bell } from '@strapi/icons';
import { choiceTranslations } from './staff-home/choice-labels';
import { withChoiceCells } from './staff-home/ChoiceCell';
import { MESSAGES, TYPE_NAMES_FR } from './staff-home/messages';
import { RequestPanel } from './staff-home/RequestPanel';
import { STRAPI_FR } from './strapi-fr';

// Admin panel customisation: French for staff who prefer it (each person picks it under
// their profile → Interface language), words instead of stored codes in choice fields, the
// home page's "Waiting for you" widget and the consultation request panel.
export default {
  config: {
    locales: ['fr'],
    translations: {
      en: { ...choiceTranslations('en'), ...MESSAGES.en },
      fr: { ...STRAPI_FR, ...TYPE_NAMES_FR, ...choiceTranslations('fr'), ...MESSAGES.fr },
    },
  },
  register(app: StrapiApp) {
    // First on the page: the reducer form puts it before Strapi's own widgets.
    app.widgets.register((widgets) => [{
      id: 'waiting-for-you',
      icon: Bell,
      title: { id: 'staff-home.widget.title', defaultMessage: 'Waiting for you' },
      component: async () => (await import('./staff-home/WaitingWidget')).WaitingWidget,
      // Both staff roles read articles; the widget then shows what each role may see.
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }],
    }, ...widgets]);
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', withChoiceCells);
    (app.getPlugin('content-manager').apis as any).addEditViewSidePanel([RequestPanel]);
  },
};
