import { Alert, Box, Button, Checkbox, CloseButton, Group, Loader, Paper, Progress, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../i18n';
import { sendMessage } from '../messaging';
import { runPool } from './run-pool';
import { classifyTab, type TabEntry } from './tab-entry';
import type { TabResult } from './tab-result';
import { TabOption } from './TabOption';

/** Tabs captured at the same time: enough to be quick, few enough not to overload the editor's machine. */
const CONCURRENCY = 2;

type ListState = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; tabs: TabEntry[] };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "Lấy tin từ các tab đang mở": lists the open tabs (readable web pages preselected; tabs without permission and
 * browser pages shown but disabled), then captures the chosen ones two at a time through the background, with a
 * progress bar and a result per tab. One failure never stops the others.
 */
export function OpenTabsCapture({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const [list, setList] = useState<ListState>({ phase: 'loading' });
  const [checked, setChecked] = useState<ReadonlySet<number>>(() => new Set());
  const [results, setResults] = useState<ReadonlyMap<number, TabResult>>(() => new Map());
  const [run, setRun] = useState<{ total: number; done: number; running: boolean } | null>(null);

  useEffect(() => {
    let alive = true;
    browser.tabs
      .query({})
      .then((tabs) => {
        if (!alive) return;
        const entries = tabs.map(classifyTab).filter((entry): entry is TabEntry => entry !== null);
        setList({ phase: 'ready', tabs: entries });
        setChecked(new Set(entries.filter((entry) => entry.access === 'ok').map((entry) => entry.id)));
      })
      .catch((error: unknown) => {
        if (alive) setList({ phase: 'error', message: t('tabs.listFailed', { message: messageOf(error) }) });
      });
    return () => {
      alive = false;
    };
    // The list is read once when the panel opens; a language change must not reset the editor's choice.
  }, []);

  const tabs = list.phase === 'ready' ? list.tabs : [];
  const readable = useMemo(() => tabs.filter((tab) => tab.access === 'ok'), [tabs]);
  const selected = readable.filter((tab) => checked.has(tab.id));
  const running = run?.running ?? false;

  const toggle = useCallback((id: number) => {
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const allChecked = readable.length > 0 && selected.length === readable.length;
  const toggleAll = (): void => setChecked(allChecked ? new Set() : new Set(readable.map((tab) => tab.id)));

  const setResult = (id: number, result: TabResult): void => {
    setResults((current) => new Map(current).set(id, result));
  };

  const start = async (): Promise<void> => {
    const ids = selected.map((tab) => tab.id);
    if (ids.length === 0 || running) return;
    setResults((current) => {
      const next = new Map(current);
      for (const id of ids) next.set(id, { state: 'waiting' });
      return next;
    });
    setRun({ total: ids.length, done: 0, running: true });
    const succeeded: number[] = [];
    await runPool(ids, CONCURRENCY, async (tabId) => {
      setResult(tabId, { state: 'working' });
      let result: TabResult;
      try {
        const response = await sendMessage({ type: 'capture-tab', tabId });
        result = response.ok ? { state: response.duplicate ? 'duplicate' : 'ok' } : { state: 'error', message: response.error.message };
      } catch (error) {
        console.error('[Trợ lý tin bài CCHC] capture-tab failed', tabId, error);
        result = { state: 'error', message: t('capture.noAnswer') };
      }
      if (result.state !== 'error') succeeded.push(tabId);
      setResult(tabId, result);
      setRun((current) => (current ? { ...current, done: current.done + 1 } : current));
    });
    setRun((current) => (current ? { ...current, running: false } : current));
    // Leave only the failures ticked, so "Lấy N tab" now retries exactly those.
    setChecked((current) => {
      const next = new Set(current);
      for (const id of succeeded) next.delete(id);
      return next;
    });
  };

  const counts = { ok: 0, dup: 0, failed: 0 };
  for (const result of results.values()) {
    if (result.state === 'ok') counts.ok++;
    else if (result.state === 'duplicate') counts.dup++;
    else if (result.state === 'error') counts.failed++;
  }
  const number = (n: number): string => new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(n);

  return (
    <Paper withBorder p="sm" radius="md" data-testid="open-tabs-panel">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h6">
            {t('tabs.title')}
          </Title>
          <CloseButton size="sm" onClick={onClose} aria-label={t('tabs.close')} disabled={running} />
        </Group>

        {list.phase === 'loading' && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('tabs.loading')}
            </Text>
          </Group>
        )}
        {list.phase === 'error' && (
          <Alert color="red" variant="light">
            {list.message}
          </Alert>
        )}
        {list.phase === 'ready' && tabs.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('tabs.none')}
          </Text>
        )}

        {tabs.length > 0 && (
          <>
            <Checkbox
              size="xs"
              label={t('tabs.selectAll')}
              checked={allChecked}
              indeterminate={selected.length > 0 && !allChecked}
              disabled={readable.length === 0 || running}
              onChange={toggleAll}
            />
            <ScrollArea.Autosize mah={280} type="auto" offsetScrollbars>
              <Box style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                {tabs.map((tab) => (
                  <TabOption key={tab.id} tab={tab} checked={checked.has(tab.id)} disabled={running} result={results.get(tab.id)} onToggle={toggle} />
                ))}
              </Box>
            </ScrollArea.Autosize>
          </>
        )}

        {run && (
          <Stack gap={4}>
            <Progress
              value={run.total === 0 ? 0 : (run.done / run.total) * 100}
              animated={run.running}
              striped={run.running}
              size="md"
              aria-label={t('tabs.progress', { done: run.done, total: run.total })}
              data-testid="tabs-progress"
              data-done={run.done}
              data-total={run.total}
            />
            <Text size="xs" c="dimmed">
              {t('tabs.progress', { done: number(run.done), total: number(run.total) })}
            </Text>
            {!run.running && (
              <Text size="sm" fw={500} c={counts.failed > 0 ? 'red' : 'teal'} role="status" data-testid="tabs-summary">
                {t('tabs.summary', { ok: number(counts.ok), dup: number(counts.dup), failed: number(counts.failed) })}
              </Text>
            )}
          </Stack>
        )}

        <Button onClick={() => void start()} disabled={selected.length === 0} loading={running} data-testid="tabs-start" fullWidth>
          {t('tabs.start', { count: number(selected.length) })}
        </Button>
      </Stack>
    </Paper>
  );
}
