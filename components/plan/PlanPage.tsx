import { Alert, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { activePlan, ACTIVE_PLAN_KEY, deletePlan, listPlans, setActivePlan, updatePlan } from '../../lib/db/plan-store';
import { planProblems } from '../../lib/plan/plan-problems';
import { countByArea } from '../../lib/db/tag-store';
import { reportPeriod } from '../../lib/plan/report-period';
import type { Plan, ReportCadence } from '../../lib/plan/types';
import { areaKey } from '../../lib/tagging/area-key';
import { useDb } from '../DbProvider';
import { formatCount } from '../format';
import { useI18n, type TranslateFn } from '../i18n';
import { PlanEditor } from './PlanEditor';
import { PlanImport } from './PlanImport';

const CADENCES: ReportCadence[] = ['month', 'quarter', 'year'];

function periodLabel(t: TranslateFn, cadence: ReportCadence): string {
  return t(cadence === 'month' ? 'plan.period.month' : cadence === 'quarter' ? 'plan.period.quarter' : 'plan.period.year');
}

/**
 * The plan page of the dashboard: which plan is active (and switching), its content areas with how many items
 * were captured and published in this reporting period (an area nobody covers stands out), its units, quotas,
 * reporting periods and credit line, and importing a plan document.
 */
export function PlanPage() {
  const db = useDb();
  const { t, language } = useI18n();
  const [cadence, setCadence] = useState<ReportCadence>('month');
  const [importing, setImporting] = useState(false);
  const [ready, setReady] = useState(false);
  /** A copy of the plan being edited, with the id it is saved under, or null. */
  const [editing, setEditing] = useState<{ id: string; plan: Plan } | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  /** The kept plan the coordinator asked to delete, waiting for confirmation. */
  const [deleting, setDeleting] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    // A new install starts with the built-in template as its active plan.
    activePlan(db, Date.now(), () => crypto.randomUUID()).then(
      () => alive && setReady(true),
      (error: unknown) => console.error('[Trợ lý tin bài CCHC] opening the plan failed', error),
    );
    return () => {
      alive = false;
    };
  }, [db]);

  const plans = useLiveQuery(() => listPlans(db), [db]);
  const activeId = useLiveQuery(async () => (await db.meta.get(ACTIVE_PLAN_KEY))?.value as string | undefined, [db]);
  const active = plans?.find((p) => p.id === activeId) ?? null;
  const period = active ? reportPeriod(active.plan.reporting, cadence, Date.now()) : null;
  const counts = useLiveQuery(async () => (period ? countByArea(db, period.from, period.to) : null), [db, period?.from, period?.to]);

  if (!ready || !plans || !active || !period) return <Text c="dimmed">{t('plan.loading')}</Text>;
  const plan = active.plan;
  const saveEdit = async (id: string, edited: Plan): Promise<void> => {
    try {
      await updatePlan(db, id, edited, Date.now());
      setEditing(null);
      setEditError(null);
    } catch (error) {
      console.error('[Trợ lý tin bài CCHC] saving the plan failed', error);
      setEditError(t('plan.saveFailed'));
    }
  };
  const untagged = counts?.get('')?.captured ?? 0;
  const editProblems = editing ? planProblems(editing.plan) : [];

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('nav.plan')}
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setEditing(editing ? null : { id: active.id, plan: structuredClone(plan) })} data-testid="plan-edit-toggle">
            {t('plan.edit')}
          </Button>
          <Button variant="light" onClick={() => setImporting((v) => !v)} data-testid="plan-import-toggle">
            {t('plan.import')}
          </Button>
        </Group>
      </Group>

      {editing && (
        <Paper withBorder p="md" data-testid="plan-edit">
          <Stack gap="sm">
            <PlanEditor value={editing.plan} onChange={(edited) => setEditing({ id: editing.id, plan: edited })} problems={editProblems} />
            {editError && (
              <Alert color="red" variant="light" role="alert">
                {editError}
              </Alert>
            )}
            <Group>
              <Button onClick={() => void saveEdit(editing.id, editing.plan)} disabled={editProblems.length > 0} data-testid="plan-edit-save">
                {t('plan.saveChanges')}
              </Button>
              <Button variant="default" onClick={() => setEditing(null)}>
                {t('plan.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {importing && <PlanImport onDone={() => setImporting(false)} />}

      <Paper withBorder p="md">
        <Stack gap="xs">
          <Select
            label={t('plan.active')}
            data={plans.map((p) => ({ value: p.id, label: `${p.plan.year} · ${p.plan.title}` }))}
            value={active.id}
            allowDeselect={false}
            onChange={(id) => {
              if (!id) return;
              setEditing(null);
              void setActivePlan(db, id);
            }}
            data-testid="plan-select"
          />
          <Text size="sm" data-testid="plan-summary">
            {[plan.issuer, plan.number ? t('plan.number', { number: plan.number }) : '', plan.date ? plan.date.split('-').reverse().join('/') : ''].filter(Boolean).join(' · ') || t('plan.builtinNote')}
          </Text>
          {plans.length > 1 && (
            <Stack gap={4} mt="xs" data-testid="other-plans">
              <Text size="xs" fw={600} c="dimmed">
                {t('plan.others')}
              </Text>
              {plans
                .filter((p) => p.id !== active.id)
                .map((p) => (
                  <Group key={p.id} gap="xs" justify="space-between" wrap="nowrap" data-testid="other-plan">
                    <Text size="sm" truncate>
                      {p.plan.year} · {p.plan.title}
                    </Text>
                    {deleting === p.id ? (
                      <Group gap={4} wrap="nowrap">
                        <Text size="xs" c="red">
                          {t('plan.deleteConfirm')}
                        </Text>
                        <Button size="compact-xs" color="red" onClick={() => void deletePlan(db, p.id).then(() => setDeleting(null), (error: unknown) => console.error('[Trợ lý tin bài CCHC] deleting the plan failed', error))} data-testid="plan-delete-confirm">
                          {t('plan.delete')}
                        </Button>
                        <Button size="compact-xs" variant="default" onClick={() => setDeleting(null)}>
                          {t('plan.cancel')}
                        </Button>
                      </Group>
                    ) : (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(p.id)} data-testid="plan-delete">
                        {t('plan.delete')}
                      </Button>
                    )}
                  </Group>
                ))}
            </Stack>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('plan.areas', { count: plan.areas.length })}
          </Title>
          <SegmentedControl
            size="xs"
            value={cadence}
            onChange={(v) => setCadence(v as ReportCadence)}
            data={CADENCES.map((c) => ({ value: c, label: periodLabel(t, c) }))}
            data-testid="plan-period"
          />
        </Group>
        <Text size="xs" c="dimmed" mb="xs">
          {t('plan.periodRange', { from: period.firstDay.split('-').reverse().join('/'), to: period.lastDay.split('-').reverse().join('/') })}
        </Text>
        <Table striped highlightOnHover data-testid="area-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plan.area')}</Table.Th>
              <Table.Th ta="right">{t('plan.captured')}</Table.Th>
              <Table.Th ta="right">{t('plan.published')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.areas.map((area, i) => {
              const key = areaKey(area, i);
              const count = counts?.get(key) ?? { captured: 0, published: 0 };
              return (
                <Table.Tr key={key} data-testid="area-row" data-area={key}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {area.title}
                    </Text>
                    {count.captured === 0 && (
                      <Badge color="red" variant="light" size="xs">
                        {t('plan.uncovered')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="area-captured">
                    {formatCount(count.captured, language)}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="area-published">
                    {formatCount(count.published, language)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {untagged > 0 && (
          <Alert mt="sm" variant="light" color="yellow">
            {t('plan.untagged', { count: untagged })}
          </Alert>
        )}
      </Paper>

      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('plan.units')}
          </Title>
          {plan.units.length === 0 ? <Text size="sm" c="dimmed">{t('plan.none')}</Text> : plan.units.map((u) => <Text size="sm" key={u.name}>{u.name}</Text>)}
          <Title order={3} size="h5" mt="sm">
            {t('plan.quotas')}
          </Title>
          {plan.quotas.length === 0 ? (
            <Text size="sm" c="dimmed">{t('plan.none')}</Text>
          ) : (
            plan.quotas.map((q, i) => (
              <Text size="sm" key={i} data-testid="plan-quota">
                {t('plan.quota', { unit: q.unit ?? t('plan.allUnits'), count: q.count, what: q.what.join(', ') || '—', period: t(`plan.per.${q.period}` as 'plan.per.month') })}
              </Text>
            ))
          )}
          <Title order={3} size="h5" mt="sm">
            {t('plan.reporting')}
          </Title>
          <Text size="sm">
            {plan.reporting.mode === 'cut-off' ? t('plan.cutOff', { day: plan.reporting.cutOffDay ?? 1 }) : t('plan.calendar')}
            {' · '}
            {plan.reporting.cadences.map((c) => t(`plan.per.${c}` as 'plan.per.month')).join(', ')}
          </Text>
          <Title order={3} size="h5" mt="sm">
            {t('plan.credit')}
          </Title>
          <Text size="sm" ff="monospace">
            {plan.creditTemplate}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
