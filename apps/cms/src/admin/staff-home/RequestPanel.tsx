import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { adminApi, useFetchClient, useForm, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';

// Beside a consultation request's form: its language, when the retention rule deletes it, and
// a one-click "Mark contacted" (POST /staff-home/requests/:id/contacted, which never reopens a
// closed request). Afterwards the edit view's cached document is invalidated, so the form shows
// the new progress instead of keeping the old one and writing it back on the next save.

const INQUIRY = 'api::inquiry.inquiry';
const UPDATE_REQUESTS = [{ action: 'plugin::content-manager.explorer.update', subject: INQUIRY }] as any[];
type Details = {
  progress: string;
  language: string | null;
  languageRecorded: boolean;
  retentionDays: number;
  removalDate: string | null;
  daysUntilRemoval: number | null;
};

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="sigma" textColor="neutral600">{label}</Typography>
      <Typography data-testid={label}>{value}</Typography>
    </Flex>
  );
}

function RequestPanelContent({ documentId }: { documentId: string }) {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, values?: Record<string, unknown>) => formatMessage({ id, defaultMessage: id }, values as any);
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const dispatch = useDispatch();
  const modified = useForm('RequestPanel', (state) => state.modified);
  const { allowedActions } = useRBAC(UPDATE_REQUESTS);
  const [details, setDetails] = React.useState<Details | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(() => {
    get<Details>(`/staff-home/requests/${documentId}`).then(({ data }) => setDetails(data), () => setFailed(true));
  }, [documentId, get]);
  React.useEffect(load, [load]);

  if (failed) return <Typography textColor="danger600">{t('staff-home.panel.error')}</Typography>;
  if (!details) return null;

  // A language code reads as its name through the same choice labels as the select ("fr" → "French").
  const language = details.language
    ? t(details.language)
    : t(details.languageRecorded ? 'staff-home.panel.language.unknown' : 'staff-home.panel.language.notRecorded');
  const removal = details.removalDate
    ? t('staff-home.panel.removal.closed', { count: details.daysUntilRemoval, date: formatDate(details.removalDate, { dateStyle: 'long' }) })
    : t('staff-home.panel.removal.open', { days: details.retentionDays });

  const markContacted = async () => {
    setBusy(true);
    try {
      await post(`/staff-home/requests/${documentId}/contacted`);
      dispatch(adminApi.util.invalidateTags([{ type: 'Document' as never, id: `${INQUIRY}_${documentId}` }]));
      toggleNotification({ type: 'success', message: t('staff-home.panel.markContacted.done') });
      load();
    } catch {
      toggleNotification({ type: 'danger', message: t('staff-home.panel.error') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Row label={t('staff-home.panel.language')} value={language} />
      <Row label={t('staff-home.panel.removal')} value={removal} />
      {details.progress === 'new' && allowedActions.canUpdate ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Button fullWidth variant="secondary" loading={busy} disabled={modified} onClick={markContacted}>
            {t('staff-home.panel.markContacted')}
          </Button>
          {modified ? <Typography variant="pi" textColor="neutral600">{t('staff-home.panel.markContacted.unsaved')}</Typography> : null}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** An edit-view side panel (content-manager's addEditViewSidePanel): null on other types. */
export const RequestPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  const { formatMessage } = useIntl();
  if (model !== INQUIRY || !documentId) return null;
  return {
    title: formatMessage({ id: 'staff-home.panel.title', defaultMessage: 'This request' }),
    content: <RequestPanelContent documentId={documentId} />,
  };
};
