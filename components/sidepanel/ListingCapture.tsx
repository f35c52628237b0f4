import { Alert, Box, Button, Checkbox, CloseButton, Divider, Group, Loader, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { normalizeUrl } from '../../lib/db/normalize-url';
import { useDb } from '../DbProvider';
import { useI18n } from '../i18n';
import { sendMessage } from '../messaging';
import { findTargetTab } from '../popup/target-tab';
import { addListingPage, firstListing, isInQueue, itemsByUrl, type ListingState } from './listing-state';
import { ListingJobProgress } from './ListingJobProgress';
import { ListingLinkRow } from './ListingLinkRow';
import { useCaptureJob } from './use-capture-job';

type ListPhase = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; listing: ListingState };

/**
 * "Lấy tin từ trang danh mục này": lists the article links of the listing page in the current tab (or the one named
 * by `?tabId=N`), with their dates and those already queued marked "Đã có" and left unticked; "Trang tiếp" adds the
 * next page's links on request. The ticked ones are fetched and saved by the background, two at a time, with a
 * progress bar, each link's outcome and "Thử lại" for the failed ones; the job goes on if the panel is closed.
 */
export function ListingCapture({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const db = useDb();
  const [list, setList] = useState<ListPhase>({ phase: 'loading' });
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const [next, setNext] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const [jobId, setJobId] = useState<string | null>(null);
  const [action, setAction] = useState<{ busy: 'start' | 'retry' | null; error: string | null }>({ busy: null, error: null });
  const job = useCaptureJob(jobId);
  const running = job?.state === 'running' || action.busy !== null;
  const items = useMemo(() => itemsByUrl(job), [job]);
  const number = (n: number): string => new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(n);

  const load = useCallback(async (): Promise<void> => {
    setList({ phase: 'loading' });
    try {
      const target = await findTargetTab(window.location.search);
      if (!target) {
        setList({ phase: 'error', message: t('capture.noTab') });
        return;
      }
      const response = await sendMessage({ type: 'list-links', tabId: target.tabId });
      if (!response.ok) {
        setList({ phase: 'error', message: response.error.message });
        return;
      }
      setList({ phase: 'ready', listing: firstListing(response.page) });
      // A job started from this page before the panel was closed is still going: show it.
      const runningJob = await db.jobs.where('state').equals('running').filter((j) => j.source === response.page.url).last();
      if (runningJob) setJobId((current) => current ?? runningJob.id);
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] list-links failed', error);
      setList({ phase: 'error', message: t('capture.noAnswer') });
    }
  }, [t, db]);

  useEffect(() => {
    void load();
    // Read the page once when the section opens; "Đọc lại trang" reads it again.
  }, []);

  // When a job ends, untick what is now in the queue; the failures stay ticked for another go.
  const finished = useRef<string | null>(null);
  useEffect(() => {
    if (!job || job.state !== 'done' || finished.current === `${job.id}:${job.updatedAt}`) return;
    finished.current = `${job.id}:${job.updatedAt}`;
    const inQueue = new Set(job.items.filter(isInQueue).map((item) => normalizeUrl(item.url)));
    setChecked((current) => new Set([...current].filter((url) => !inQueue.has(normalizeUrl(url)))));
  }, [job]);

  const listing = list.phase === 'ready' ? list.listing : null;
  const links = listing?.links ?? [];
  const queuedNow = (url: string, listed: boolean): boolean => listed || isInQueue(items.get(normalizeUrl(url)));
  const fresh = links.filter((link) => !queuedNow(link.url, link.queued));
  const selected = links.filter((link) => checked.has(link.url));
  const allFresh = fresh.length > 0 && fresh.every((link) => checked.has(link.url));

  const toggle = useCallback((url: string) => {
    setChecked((current) => {
      const nextSet = new Set(current);
      if (nextSet.has(url)) nextSet.delete(url);
      else nextSet.add(url);
      return nextSet;
    });
  }, []);
  const toggleFresh = (): void => setChecked(allFresh ? new Set() : new Set(fresh.map((link) => link.url)));

  const loadNext = async (): Promise<void> => {
    const url = listing?.nextPages[0];
    if (!listing || !url) return;
    setNext({ loading: true, error: null });
    try {
      const response = await sendMessage({ type: 'list-page', url });
      if (!response.ok) {
        setNext({ loading: false, error: t('listing.nextFailed', { message: response.error.message }) });
        // A page that cannot be read is dropped from the queue of pages, so the next click tries the one after.
        setList({ phase: 'ready', listing: { ...listing, nextPages: listing.nextPages.slice(1), loaded: [...listing.loaded, normalizeUrl(url)] } });
        return;
      }
      setList({ phase: 'ready', listing: addListingPage(listing, response.page, url) });
      setNext({ loading: false, error: null });
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] list-page failed', error);
      setNext({ loading: false, error: t('listing.nextFailed', { message: t('capture.noAnswer') }) });
    }
  };

  const start = async (): Promise<void> => {
    if (!listing || selected.length === 0 || running) return;
    setAction({ busy: 'start', error: null });
    try {
      const response = await sendMessage({ type: 'capture-urls', urls: selected.map((link) => link.url), source: listing.pageUrl });
      if (response.ok) setJobId(response.jobId);
      setAction({ busy: null, error: response.ok ? null : t('listing.startFailed', { message: response.error.message }) });
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] capture-urls failed', error);
      setAction({ busy: null, error: t('listing.startFailed', { message: t('capture.noAnswer') }) });
    }
  };

  const retry = async (): Promise<void> => {
    if (!jobId) return;
    setAction({ busy: 'retry', error: null });
    try {
      const response = await sendMessage({ type: 'retry-job', jobId });
      setAction({ busy: null, error: response.ok ? null : t('listing.startFailed', { message: response.error.message }) });
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] retry-job failed', error);
      setAction({ busy: null, error: t('listing.startFailed', { message: t('capture.noAnswer') }) });
    }
  };

  return (
    <Paper withBorder p="sm" radius="md" data-testid="listing-panel">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h6">
            {t('listing.title')}
          </Title>
          <CloseButton size="sm" onClick={onClose} aria-label={t('listing.close')} />
        </Group>

        {list.phase === 'loading' && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('listing.loading')}
            </Text>
          </Group>
        )}
        {list.phase === 'error' && (
          <Alert color="red" variant="light" data-testid="listing-error">
            <Stack gap={6} align="flex-start">
              <Text size="sm">{list.message}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void load()}>
                {t('capture.retry')}
              </Button>
            </Stack>
          </Alert>
        )}
        {listing && links.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="listing-none">
            {t('listing.none')}
          </Text>
        )}

        {links.length > 0 && (
          <>
            <Group justify="space-between" gap="xs">
              <Checkbox size="xs" label={t('listing.selectNew')} checked={allFresh} indeterminate={!allFresh && fresh.some((l) => checked.has(l.url))} disabled={fresh.length === 0 || running} onChange={toggleFresh} />
              <Text size="xs" c="dimmed" data-testid="listing-count" data-count={links.length}>
                {t('listing.count', { count: number(links.length) })}
              </Text>
            </Group>
            <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
              <Box style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                {links.map((link, i) => (
                  <Fragment key={link.url}>
                    {i > 0 && link.page !== links[i - 1]!.page && <Divider label={t('listing.pageMark', { page: link.page })} labelPosition="left" my={4} />}
                    <ListingLinkRow link={link} checked={checked.has(link.url)} disabled={running} queued={queuedNow(link.url, link.queued)} item={items.get(normalizeUrl(link.url))} onToggle={toggle} />
                  </Fragment>
                ))}
              </Box>
            </ScrollArea.Autosize>
          </>
        )}

        {listing && listing.nextPages.length > 0 && (
          <Button variant="subtle" size="xs" onClick={() => void loadNext()} loading={next.loading} data-testid="listing-next" style={{ alignSelf: 'flex-start' }}>
            {t('listing.next')}
          </Button>
        )}
        {next.error && (
          <Text size="xs" c="red" data-testid="listing-next-error">
            {next.error}
          </Text>
        )}

        {job && <ListingJobProgress job={job} retrying={action.busy === 'retry'} onRetry={() => void retry()} />}
        {action.error && (
          <Alert color="red" variant="light">
            {action.error}
          </Alert>
        )}

        {listing && (
          <Button onClick={() => void start()} disabled={selected.length === 0 || running} loading={action.busy === 'start'} data-testid="listing-start" fullWidth>
            {t('listing.start', { count: number(selected.length) })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
