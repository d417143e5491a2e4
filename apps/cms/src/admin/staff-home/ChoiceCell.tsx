import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { CHOICE_LABELS } from './choice-labels';

// The list view prints an enumeration cell's stored value as is; this shows its word instead.
export function ChoiceCell({ value }: { value: unknown }) {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || !value) return <Typography textColor="neutral800">-</Typography>;
  return <Typography textColor="neutral800">{formatMessage({ id: value, defaultMessage: value })}</Typography>;
}

type Header = { name: string; attribute?: { type?: string; enum?: string[] }; cellFormatter?: unknown };

/** Hook for 'Admin/CM/pages/ListView/inject-column-in-table': words in enumeration columns. */
export function withChoiceCells({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: unknown }) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.attribute?.type === 'enumeration' && !header.cellFormatter && header.attribute.enum?.some((value) => value in CHOICE_LABELS)
        ? { ...header, cellFormatter: (row: Record<string, unknown>) => <ChoiceCell value={row[header.name]} /> }
        : header,
    ),
  };
}
