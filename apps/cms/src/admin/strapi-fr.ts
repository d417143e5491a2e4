// Strapi's own admin strings that its French catalogue (5.54) leaves in English, in French for
// staff who chose French. Only what clinic staff meet: the home page (banner, widgets), the menu and
// the guided tour of the content manager. The Content-Type Builder, API-token tours and the
// Enterprise trial texts are for developers and stay as Strapi ships them.
// Keys are Strapi's (@strapi/admin translations/en.json); tests/browser checks the home page.
export const STRAPI_FR: Record<string, string> = {
  // The banner on top of every page.
  'app.components.MediaLibraryBanner.intro': 'Voici la nouvelle médiathèque ',
  'app.components.MediaLibraryBanner.text': 'Consultez la documentation pour savoir comment passer à la nouvelle version.',
  'app.components.MediaLibraryBanner.text.enabled': 'Vous utilisez maintenant la version remaniée.',
  'app.components.MediaLibraryBanner.button': 'Documentation',
  'app.components.MediaLibraryBanner.button.enabled': 'Lire le billet de blogue',
  'app.components.MediaLibraryBanner.close': 'Fermer le bandeau. ',
  // The home page and its widgets.
  'HomePage.addWidget.title': 'Ajouter un widget',
  'HomePage.addWidget.button': 'Ajouter un widget',
  'HomePage.addWidget.noWidgetsAvailable': 'Aucun widget à ajouter',
  'HomePage.widget.delete': 'Supprimer',
  'HomePage.widget.drag': 'Glisser pour déplacer',
  'HomePage.widget.no-permissions': 'Vous n’avez pas l’autorisation de voir ce widget',
  'widget.last-activity.title': 'Dernière activité',
  'widget.last-activity.no-activity': 'Aucune activité',
  'widget.last-activity.link': 'Ouvrir le journal d’audit',
  // The menu.
  'app.components.LeftMenu.general': 'Général',
  'app.components.LeftMenu.plugins': 'Extensions',
  'app.components.LeftMenuLinkContainer.configuration': 'Configuration',
  'app.components.LeftMenuLinkContainer.plugins': 'Extensions',
  // The guided tour, as far as the content manager goes.
  'tours.stepCount': 'Étape {currentStep} sur {tourLength}',
  'tours.skip': 'Passer',
  'tours.next': 'Suivant',
  'tours.gotIt': 'Compris',
  'tours.overview.title': 'Découvrez votre application!',
  'tours.overview.subtitle': 'Suivez la visite guidée pour tirer le meilleur parti de Strapi.',
  'tours.overview.close': 'Fermer la visite guidée',
  'tours.overview.close.description': 'Voulez-vous vraiment fermer la visite guidée?',
  'tours.overview.tasks': 'Vos tâches',
  'tours.overview.contentManager.label': 'Créer et publier du contenu',
  'tours.overview.tour.link': 'Commencer',
  'tours.overview.tour.done': 'Terminé',
  'tours.overview.completed': '{completed} % terminé',
  'tours.contentManager.Introduction.title': 'Gestionnaire de contenu',
  'tours.contentManager.Introduction.content': 'Créez et gérez le contenu de vos types de collection et types uniques.',
  'tours.contentManager.CreateNewEntry.title': 'Créer une entrée',
  'tours.contentManager.CreateNewEntry.content': 'Cliquez sur le bouton « Créer une entrée » pour créer et publier une entrée de ce type de collection.',
  'tours.contentManager.Fields.title': 'Champs',
  'tours.contentManager.Fields.content': 'Remplissez d’abord les champs.',
  'tours.contentManager.Publish.title': 'Publier',
  'tours.contentManager.Publish.content': 'Cliquez ensuite sur « Publier » pour mettre votre contenu en ligne.',
  'tours.profile.title': 'Visite guidée',
  'tours.profile.description': 'Vous pouvez recommencer la visite guidée à tout moment.',
  'tours.profile.reset': 'Recommencer la visite guidée',
  'tours.profile.notification.success.reset': 'Visite guidée recommencée',
};
