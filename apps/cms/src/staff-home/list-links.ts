// Links into the content-manager's list view, filtered the way the admin's own filter
// popover writes them (`filters[$and][0][field][$eq]=value`), so staff land on a list they
// can read, refine and clear with the usual controls.

export type ListFilter = { path: string[]; op: '$eq' | '$gt' | '$lt' | '$lte' | '$notNull'; value: string | number | boolean };

export function listViewLink(uid: string, filters: ListFilter[], sort?: string): string {
  const params = new URLSearchParams();
  params.set('page', '1');
  filters.forEach(({ path, op, value }, index) => {
    params.set(`filters[$and][${index}]${path.map((key) => `[${key}]`).join('')}[${op}]`, String(value));
  });
  if (sort) params.set('sort', sort);
  return `/content-manager/collection-types/${uid}?${params}`;
}
