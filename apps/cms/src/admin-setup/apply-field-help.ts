import type { Core } from '@strapi/strapi';
import { COMPONENT_HELP, CONTENT_TYPE_HELP, type TypeHelp } from './field-help';

// Writes field descriptions and placeholders into the content-manager's view settings.
// Only empty values are filled, so wording staff changed in "Configure the view" stays.

/** "lastReviewedAt" → "Last reviewed at": Strapi shows raw attribute names otherwise. */
export function humanize(field: string) {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fillMetadatas(configuration: any, help: TypeHelp) {
  let changed = false;
  for (const [field, { description, placeholder, label }] of Object.entries(help.fields)) {
    const metadata = configuration.metadatas?.[field];
    const edit = metadata?.edit;
    if (!edit) continue;
    const wanted = label ?? humanize(field);
    if (edit.label === field) { edit.label = wanted; changed = true; }
    if (metadata.list?.label === field) { metadata.list.label = wanted; changed = true; }
    if (!edit.description) { edit.description = description; changed = true; }
    if (placeholder && !edit.placeholder) { edit.placeholder = placeholder; changed = true; }
  }
  return changed;
}

export async function applyFieldHelp(strapi: Core.Strapi) {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as any;
  for (const [uid, help] of Object.entries(CONTENT_TYPE_HELP)) {
    const model = contentTypes.findContentType(uid);
    if (!model) continue;
    const configuration = await contentTypes.findConfiguration(model);
    let changed = fillMetadatas(configuration, help);
    // The default list shows id and the first fields; staff scan for these instead.
    if (help.list && configuration.layouts?.list?.join() === defaultList(configuration)) {
      configuration.layouts.list = help.list;
      changed = true;
    }
    if (changed) {
      const { uid: _uid, ...rest } = configuration;
      await contentTypes.updateConfiguration(model, rest);
    }
  }

  const components = strapi.plugin('content-manager').service('components') as any;
  for (const [uid, help] of Object.entries(COMPONENT_HELP)) {
    const component = strapi.components[uid as keyof typeof strapi.components];
    if (!component) continue;
    const configuration = await components.findConfiguration(component);
    if (fillMetadatas(configuration, help)) {
      const { uid: _uid, category: _category, ...rest } = configuration;
      await components.updateConfiguration(component, rest);
    }
  }
}

// The list layout Strapi generates starts with `id`; anything else means staff changed it.
function defaultList(configuration: any) {
  const list: string[] = configuration.layouts?.list ?? [];
  return list[0] === 'id' ? list.join() : '__customised__';
}
