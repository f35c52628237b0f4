import { Alert, Box, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { CapturePreview } from '../../lib/messages';
import { useT } from '../i18n';
import { sendMessage } from '../messaging';
import { openDashboard, openSidePanel } from './open-pages';
import { PreviewCard } from './PreviewCard';
import { TagChips } from '../tagging/TagChips';
import { PreviewSkeleton } from './PreviewSkeleton';
import { findTargetTab, type TargetTab } from './target-tab';

type PreviewState =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; target: TargetTab; preview: CapturePreview };

type SaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved'; clipId: string } | { phase: 'duplicate'; clipId: string } | { phase: 'error'; message: string };

/**
 * The toolbar popup: reads the current tab (or the one named by `?tabId=N`), previews what would be saved, and
 * saves it into the queue with one click, saying what happened. Links open the side panel and the dashboard.
 */
export function PopupApp() {
  const t = useT();
  const [state, setState] = useState<PreviewState>({ phase: 'loading' });
  const [save, setSave] = useState<SaveState>({ phase: 'idle' });
  const [selectionOnly, setSelectionOnly] = useState(false);
  const [windowId, setWindowId] = useState<number | null>(null);

  const load = useCallback(async (): Promise<void> => {
    setState({ phase: 'loading' });
    setSave({ phase: 'idle' });
    let target: TargetTab | null;
    try {
      target = await findTargetTab(window.location.search);
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] finding the tab failed', error);
      target = null;
    }
    if (!target) {
      setState({ phase: 'error', message: t('capture.noTab') });
      return;
    }
    setWindowId(target.windowId);
    try {
      const response = await sendMessage({ type: 'preview-tab', tabId: target.tabId });
      setState(response.ok ? { phase: 'ready', target, preview: response.preview } : { phase: 'error', message: response.error.message });
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] preview-tab failed', error);
      setState({ phase: 'error', message: t('capture.noAnswer') });
    }
  }, [t]);

  useEffect(() => {
    void load();
    // Read the page once when the popup opens; a retry is the editor's choice.
  }, []);

  const capture = async (): Promise<void> => {
    if (state.phase !== 'ready') return;
    setSave({ phase: 'saving' });
    try {
      const response = await sendMessage({ type: 'capture-tab', tabId: state.target.tabId, ...(selectionOnly ? { selectionOnly: true } : {}) });
      if (response.ok) {
        setSave({ phase: response.duplicate ? 'duplicate' : 'saved', clipId: response.clipId });
        setState({ ...state, preview: { ...state.preview, alreadyQueued: true } });
      } else {
        setSave({ phase: 'error', message: response.error.message });
      }
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] capture-tab failed', error);
      setSave({ phase: 'error', message: t('capture.noAnswer') });
    }
  };

  const showQueue = (): void => {
    // Called synchronously from the click: the side panel only opens on a user gesture.
    if (!openSidePanel(windowId)) void openDashboard();
  };

  return (
    <Box w={380} maw="100%" p="sm">
      <Stack gap="sm">
        <Text fw={700} size="sm" c="var(--mantine-primary-color-filled)">
          {t('app.name')}
        </Text>

        {state.phase === 'loading' && <PreviewSkeleton />}

        {state.phase === 'error' && (
          <Alert color="red" variant="light" title={t('capture.previewFailed')} data-testid="preview-error">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{state.message}</Text>
              <Button size="compact-sm" variant="white" color="red" onClick={() => void load()}>
                {t('capture.retry')}
              </Button>
            </Stack>
          </Alert>
        )}

        {state.phase === 'ready' && (
          <>
            <PreviewCard preview={state.preview} />
            <Checkbox
              size="xs"
              label={t('capture.selectionOnly')}
              checked={selectionOnly}
              onChange={(event) => setSelectionOnly(event.currentTarget.checked)}
              disabled={save.phase === 'saving'}
            />
            <Button fullWidth size="md" onClick={() => void capture()} loading={save.phase === 'saving'} data-testid="save-button">
              {t('capture.save')}
            </Button>
          </>
        )}

        {save.phase === 'saved' && (
          <Alert color="teal" variant="light" data-testid="capture-result" data-state="saved" role="status">
            {t('capture.saved')}
          </Alert>
        )}
        {save.phase === 'duplicate' && (
          <Alert color="yellow" variant="light" data-testid="capture-result" data-state="duplicate" role="status">
            {t('capture.duplicate')}
          </Alert>
        )}
        {(save.phase === 'saved' || save.phase === 'duplicate') && <TagChips clipId={save.clipId} />}
        {save.phase === 'error' && (
          <Alert color="red" variant="light" data-testid="capture-result" data-state="error" role="alert">
            {save.message}
          </Alert>
        )}

        <Group grow gap="xs">
          <Button variant="default" size="xs" onClick={showQueue} data-testid="open-side-panel">
            {t('capture.openQueue')}
          </Button>
          <Button variant="default" size="xs" onClick={() => void openDashboard()} data-testid="open-dashboard">
            {t('capture.openDashboard')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
