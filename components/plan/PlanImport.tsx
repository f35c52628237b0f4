import { Alert, Button, Checkbox, FileButton, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { addPlan } from '../../lib/db/plan-store';
import { planFromDraft } from '../../lib/plan/builtin-plan';
import { PlanFileError, planFileText } from '../../lib/plan/plan-file-text';
import { looksLikePlan, readPlanText } from '../../lib/plan/read-plan-text';
import { planProblems } from '../../lib/plan/plan-problems';
import type { Plan } from '../../lib/plan/types';
import { useDb } from '../DbProvider';
import { useT } from '../i18n';
import { PlanEditor } from './PlanEditor';

/**
 * Importing a plan document: paste its text or open its `.docx` / `.txt`; the draft read from it is shown for
 * review (title, year, agency, number, content areas, units, quotas) and saved only when the coordinator says so,
 * optionally as the active plan.
 */
export function PlanImport({ onDone }: { onDone: () => void }) {
  const db = useDb();
  const t = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Plan | null>(null);
  const [makeActive, setMakeActive] = useState(true);
  const [saving, setSaving] = useState(false);
  const problems = draft ? planProblems(draft) : [];

  const read = (source: string): void => {
    const parsed = readPlanText(source.normalize('NFC'));
    if (!looksLikePlan(parsed)) {
      setError(t('plan.notAPlan'));
      setDraft(null);
      return;
    }
    setError(null);
    setDraft(planFromDraft(parsed, new Date().getFullYear()));
  };

  const open = async (file: File | null): Promise<void> => {
    if (!file) return;
    try {
      const content = await planFileText(file.name, new Uint8Array(await file.arrayBuffer()));
      setText(content);
      read(content);
    } catch (e) {
      setDraft(null);
      setError(e instanceof PlanFileError ? e.message : t('plan.readFailed'));
    }
  };

  const save = async (): Promise<void> => {
    if (!draft) return;
    if (planProblems(draft).length > 0) {
      setError(t('plan.incomplete'));
      return;
    }
    setSaving(true);
    try {
      await addPlan(db, draft, { now: Date.now(), newId: () => crypto.randomUUID(), makeActive });
      onDone();
    } catch (e) {
      console.error('[Trợ lý tin bài CCHC] saving the plan failed', e);
      setError(t('plan.saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="plan-import">
      <Stack gap="sm">
        <Group>
          <FileButton onChange={(f) => void open(f)} accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain">
            {(props) => (
              <Button variant="default" {...props} data-testid="plan-file">
                {t('plan.openFile')}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed">
            {t('plan.orPaste')}
          </Text>
        </Group>
        <Textarea autosize minRows={3} maxRows={8} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={t('plan.pastePlaceholder')} data-testid="plan-text" />
        <Button variant="light" onClick={() => read(text)} disabled={!text.trim()} w="fit-content" data-testid="plan-read">
          {t('plan.read')}
        </Button>
        {error && (
          <Alert color="red" variant="light" role="alert" data-testid="plan-error">
            {error}
          </Alert>
        )}
        {draft && (
          <Stack gap="xs" data-testid="plan-draft">
            <Text fw={600}>{t('plan.review')}</Text>
            <PlanEditor value={draft} onChange={setDraft} problems={problems} />
            <Checkbox label={t('plan.makeActive')} checked={makeActive} onChange={(e) => setMakeActive(e.currentTarget.checked)} />
            <Group>
              <Button onClick={() => void save()} loading={saving} disabled={problems.length > 0} data-testid="plan-save">
                {t('plan.save')}
              </Button>
              <Button variant="default" onClick={onDone}>
                {t('plan.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
