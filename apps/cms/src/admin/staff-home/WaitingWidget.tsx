import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { MessageId } from './messages';

// "Waiting for you" on the admin home page: counts and links only, never a name or a message.
// Each section asks its own staff endpoint (src/staff-home/routes.ts), and only when the
// person's role may read that list, so an Author's browser never asks for requests.

type Line = { count: number; link: string };
type Requests = Line & { oldestWaitingSince: string | null };
type Articles = { scheduled: Line; staleReviews: Line; ownDrafts: Line };

// useRBAC names each result after the action's last word (canRead, canPublish), so each
// subject is checked by its own call. It reads only action and subject of each permission.
const READ_REQUESTS = [{ action: 'plugin::content-manager.explorer.read', subject: 'api::inquiry.inquiry' }] as any[];
const READ_COMMENTS = [{ action: 'plugin::content-manager.explorer.read', subject: 'api::comment.comment' }] as any[];
const PUBLISH_ARTICLES = [{ action: 'plugin::content-manager.explorer.publish', subject: 'api::article.article' }] as any[];

function useStaffData<T>(path: string, enabled: boolean) {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data?: T; error?: boolean }>({});
  React.useEffect(() => {
    if (!enabled) return;
    let live = true;
    get<T>(path).then(({ data }) => live && setState({ data }), () => live && setState({ error: true }));
    return () => { live = false; };
  }, [path, enabled, get]);
  return state;
}

function WorkLine({ id, line, extra }: { id: MessageId; line: Line; extra?: string }) {
  const { formatMessage } = useIntl();
  const text = formatMessage({ id, defaultMessage: id }, { count: line.count });
  return (
    <Box tag="li" paddingTop={2} paddingBottom={2} data-count={line.count}>
      {line.count > 0 ? (
        <Link to={line.link} style={{ textDecoration: 'none' }}>
          <Typography fontWeight="bold" textColor="primary600">{text}</Typography>
        </Link>
      ) : (
        <Typography textColor="neutral600">{text}</Typography>
      )}
      {extra ? <Typography textColor="neutral600" variant="pi" tag="p">{extra}</Typography> : null}
    </Box>
  );
}

function useWaited() {
  const { formatMessage } = useIntl();
  return (since: string) => {
    const hours = Math.floor((Date.now() - new Date(since).getTime()) / 3_600_000);
    return hours < 24
      ? formatMessage({ id: 'staff-home.waited.hours', defaultMessage: '{n} hours' }, { n: Math.max(0, hours) })
      : formatMessage({ id: 'staff-home.waited.days', defaultMessage: '{n} days' }, { n: Math.floor(hours / 24) });
  };
}

export function WaitingWidget() {
  const { formatMessage } = useIntl();
  const waited = useWaited();
  const requestsRBAC = useRBAC(READ_REQUESTS);
  const commentsRBAC = useRBAC(READ_COMMENTS);
  const articlesRBAC = useRBAC(PUBLISH_ARTICLES);
  const isLoading = requestsRBAC.isLoading || commentsRBAC.isLoading || articlesRBAC.isLoading;
  const canReadRequests = requestsRBAC.allowedActions.canRead;
  const canReadComments = commentsRBAC.allowedActions.canRead;
  const canPublishArticles = articlesRBAC.allowedActions.canPublish;
  const requests = useStaffData<Requests>('/staff-home/requests', !isLoading && canReadRequests);
  const comments = useStaffData<Line>('/staff-home/comments', !isLoading && canReadComments);
  const articles = useStaffData<Articles>('/staff-home/articles', !isLoading);

  if (requests.error || comments.error || articles.error) {
    return <Widget.Error>{formatMessage({ id: 'staff-home.widget.error', defaultMessage: 'Could not load.' })}</Widget.Error>;
  }
  const loaded = !isLoading && articles.data && (!canReadRequests || requests.data) && (!canReadComments || comments.data);
  if (!loaded) return <Widget.Loading />;
  const { scheduled, staleReviews, ownDrafts } = articles.data!;

  return (
    <Flex direction="column" alignItems="stretch" tag="ul" style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={formatMessage({ id: 'staff-home.widget.title', defaultMessage: 'Waiting for you' })}>
      {requests.data ? (
        <WorkLine
          id="staff-home.requests"
          line={requests.data}
          extra={requests.data.oldestWaitingSince ? formatMessage({ id: 'staff-home.requests.oldest', defaultMessage: 'oldest: {waited}' }, { waited: waited(requests.data.oldestWaitingSince) }) : undefined}
        />
      ) : null}
      {comments.data ? <WorkLine id="staff-home.comments" line={comments.data} /> : null}
      {/* Authors (who cannot publish) see their own drafts; Editors see the review check. */}
      {canPublishArticles ? null : <WorkLine id="staff-home.drafts" line={ownDrafts} />}
      <WorkLine id="staff-home.scheduled" line={scheduled} />
      {canPublishArticles ? <WorkLine id="staff-home.stale" line={staleReviews} /> : null}
    </Flex>
  );
}

export default WaitingWidget;
