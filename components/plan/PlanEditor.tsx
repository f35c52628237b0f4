import {
  ActionIcon,
  Badge,
  Button,
  Chip,
  Fieldset,
  Group,
  List,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { PlanProblem } from '../../lib/plan/plan-problems';
import type { ContentArea, Plan, Quota, QuotaKind, QuotaPeriod, ReportCadence, Unit } from '../../lib/plan/types';
import { DayInput } from '../queue/DayInput';
import { useT, type TranslateFn } from '../i18n';

const PERIODS: QuotaPeriod[] = ['week', 'month', 'quarter', 'half-year', 'year'];
const KINDS: QuotaKind[] = ['tin', 'bài', 'ảnh', 'số'];
const CADENCES: ReportCadence[] = ['month', 'quarter', 'half-year', 'year'];
/** The Select value standing for "each unit" (a quota whose unit is null). */
const EACH_UNIT = '\u0000each';

/** Replaces item `i` of a list. */
function replaced<T>(list: readonly T[], i: number, item: T): T[] {
  return list.map((old, j) => (j === i ? item : old));
}

/** The Vietnamese (or English) sentence for one problem of a plan. */
export function problemMessage(t: TranslateFn, problem: PlanProblem): string {
  switch (problem.kind) {
    case 'no-title':
      return t('plan.problem.noTitle');
    case 'bad-year':
      return t('plan.problem.badYear');
    case 'no-areas':
      return t('plan.problem.noAreas');
    case 'area-title':
      return t('plan.problem.areaTitle', { n: problem.index + 1 });
    case 'area-code':
      return t('plan.problem.areaCode', { n: problem.index + 1 });
    case 'unit-name':
      return t('plan.problem.unitName', { n: problem.index + 1 });
    case 'quota-count':
      return t('plan.problem.quotaCount', { n: problem.index + 1 });
    case 'quota-unit':
      return t('plan.problem.quotaUnit', { n: problem.index + 1 });
    case 'cut-off-day':
      return t('plan.problem.cutOffDay');
    case 'no-cadence':
      return t('plan.problem.noCadence');
  }
}

/** Props of {@link PlanEditor}. */
export interface PlanEditorProps {
  value: Plan;
  onChange: (plan: Plan) => void;
  /** What keeps the plan from being saved (shown under the form); empty when it can be saved. */
  problems: readonly PlanProblem[];
}

/**
 * The whole plan as a form, for reviewing a draft read from a document and for editing a kept plan: title, year,
 * agency, number and date; content areas (title, keywords that help tagging, the plan's full wording); units
 * (name, short name, spellings met in bylines); quotas; reporting periods; the credit line template.
 */
export function PlanEditor({ value: plan, onChange, problems }: PlanEditorProps) {
  const t = useT();
  const set = (patch: Partial<Plan>): void => onChange({ ...plan, ...patch });
  const setArea = (i: number, patch: Partial<ContentArea>): void => set({ areas: replaced(plan.areas, i, { ...(plan.areas[i] as ContentArea), ...patch }) });
  const setUnit = (i: number, patch: Partial<Unit>): void => {
    const old = plan.units[i] as Unit;
    const unit = { ...old, ...patch };
    // A renamed unit takes its quotas along.
    const quotas = patch.name !== undefined ? plan.quotas.map((q) => (q.unit === old.name ? { ...q, unit: unit.name } : q)) : plan.quotas;
    set({ units: replaced(plan.units, i, unit), quotas });
  };
  const setQuota = (i: number, patch: Partial<Quota>): void => set({ quotas: replaced(plan.quotas, i, { ...(plan.quotas[i] as Quota), ...patch }) });
  const unitOptions = [{ value: EACH_UNIT, label: t('plan.allUnits') }, ...plan.units.filter((u) => u.name.trim()).map((u) => ({ value: u.name, label: u.shortName || u.name }))];

  return (
    <Stack gap="md" data-testid="plan-editor">
      <Fieldset legend={t('plan.general')}>
        <Stack gap="xs">
          <TextInput label={t('plan.title')} value={plan.title} onChange={(e) => set({ title: e.currentTarget.value })} data-testid="draft-title" />
          <Group grow align="flex-start">
            <NumberInput label={t('plan.year')} value={plan.year} min={2000} max={2100} allowDecimal={false} onChange={(v) => typeof v === 'number' && set({ year: v })} data-testid="plan-year" />
            <TextInput label={t('plan.numberLabel')} value={plan.number ?? ''} onChange={(e) => set({ number: e.currentTarget.value || null })} />
            <DayInput size="sm" label={t('plan.date')} value={plan.date ?? ''} onChange={(day) => set({ date: day || null })} />
          </Group>
          <TextInput label={t('plan.issuer')} value={plan.issuer} onChange={(e) => set({ issuer: e.currentTarget.value })} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('plan.areas', { count: plan.areas.length })}>
        <Stack gap="sm">
          {plan.areas.map((area, i) => (
            <Stack key={i} gap={4} data-testid="edit-area" data-area={area.code ?? ''} pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  style={{ flex: 1 }}
                  label={`${i + 1}.`}
                  value={area.title}
                  onChange={(e) => setArea(i, { title: e.currentTarget.value })}
                  data-testid="draft-area"
                />
                {area.code && (
                  <Badge variant="default" tt="none" mb={6} title={t('plan.codeHint')}>
                    {area.code}
                  </Badge>
                )}
                <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('plan.removeArea')} title={t('plan.removeArea')} onClick={() => set({ areas: plan.areas.filter((_, j) => j !== i) })}>
                  ×
                </ActionIcon>
              </Group>
              <TagsInput
                size="xs"
                label={t('plan.keywords')}
                description={t('plan.keywordsHint')}
                value={area.keywords ?? []}
                onChange={(keywords) => setArea(i, { keywords: keywords.map((k) => k.normalize('NFC').trim()).filter(Boolean) })}
                clearable
                data-testid="area-keywords"
              />
              <Textarea size="xs" label={t('plan.areaText')} autosize minRows={1} maxRows={4} value={area.text} onChange={(e) => setArea(i, { text: e.currentTarget.value })} />
            </Stack>
          ))}
          <Button variant="subtle" size="xs" w="fit-content" onClick={() => set({ areas: [...plan.areas, { title: '', text: '', keywords: [] }] })} data-testid="add-area">
            {t('plan.addArea')}
          </Button>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('plan.units')}>
        <Stack gap="xs">
          {plan.units.map((unit, i) => (
            <Group key={i} gap="xs" wrap="nowrap" align="flex-end" data-testid="edit-unit">
              <TextInput style={{ flex: 2 }} size="xs" label={t('plan.unitName')} value={unit.name} onChange={(e) => setUnit(i, { name: e.currentTarget.value })} />
              <TextInput style={{ flex: 1 }} size="xs" label={t('plan.shortName')} value={unit.shortName ?? ''} onChange={(e) => setUnit(i, { shortName: e.currentTarget.value || undefined })} />
              <TagsInput style={{ flex: 2 }} size="xs" label={t('plan.aliases')} value={unit.aliases ?? []} onChange={(aliases) => setUnit(i, { aliases })} />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={2}
                aria-label={t('plan.removeUnit')}
                title={t('plan.removeUnit')}
                onClick={() => set({ units: plan.units.filter((_, j) => j !== i), quotas: plan.quotas.filter((q) => q.unit !== unit.name) })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button variant="subtle" size="xs" w="fit-content" onClick={() => set({ units: [...plan.units, { name: '' }] })}>
            {t('plan.addUnit')}
          </Button>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('plan.quotas')}>
        <Stack gap="xs">
          {plan.quotas.map((quota, i) => (
            <Group key={i} gap="xs" wrap="nowrap" align="flex-end" data-testid="edit-quota">
              <Select
                style={{ flex: 2 }}
                size="xs"
                label={t('plan.unit')}
                data={unitOptions}
                value={quota.unit ?? EACH_UNIT}
                allowDeselect={false}
                onChange={(v) => v && setQuota(i, { unit: v === EACH_UNIT ? null : v })}
              />
              <NumberInput w={80} size="xs" label={t('plan.count')} min={1} allowDecimal={false} value={quota.count} onChange={(v) => typeof v === 'number' && setQuota(i, { count: v })} />
              <MultiSelect
                style={{ flex: 1 }}
                size="xs"
                label={t('plan.what')}
                data={KINDS}
                value={quota.what}
                onChange={(what) => setQuota(i, { what: KINDS.filter((k) => what.includes(k)) })}
              />
              <Select
                w={110}
                size="xs"
                label={t('plan.per')}
                data={PERIODS.map((p) => ({ value: p, label: t(`plan.per.${p}`) }))}
                value={quota.period}
                allowDeselect={false}
                onChange={(v) => v && setQuota(i, { period: v as QuotaPeriod })}
              />
              <ActionIcon variant="subtle" color="red" mb={2} aria-label={t('plan.removeQuota')} title={t('plan.removeQuota')} onClick={() => set({ quotas: plan.quotas.filter((_, j) => j !== i) })}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button variant="subtle" size="xs" w="fit-content" onClick={() => set({ quotas: [...plan.quotas, { unit: null, count: 1, period: 'year', what: ['tin', 'bài'] }] })}>
            {t('plan.addQuota')}
          </Button>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('plan.reporting')}>
        <Stack gap="xs">
          <Group align="flex-end">
            <SegmentedControl
              size="xs"
              value={plan.reporting.mode}
              onChange={(mode) => set({ reporting: { ...plan.reporting, mode: mode as 'calendar' | 'cut-off', cutOffDay: mode === 'cut-off' ? plan.reporting.cutOffDay ?? 15 : undefined } })}
              data={[
                { value: 'calendar', label: t('plan.calendar') },
                { value: 'cut-off', label: t('plan.cutOffMode') },
              ]}
            />
            {plan.reporting.mode === 'cut-off' && (
              <NumberInput
                w={120}
                size="xs"
                label={t('plan.cutOffDay')}
                min={1}
                max={28}
                allowDecimal={false}
                value={plan.reporting.cutOffDay ?? 15}
                onChange={(v) => typeof v === 'number' && set({ reporting: { ...plan.reporting, cutOffDay: v } })}
              />
            )}
          </Group>
          <Chip.Group multiple value={plan.reporting.cadences} onChange={(v) => set({ reporting: { ...plan.reporting, cadences: CADENCES.filter((c) => v.includes(c)) } })}>
            <Group gap={6}>
              {CADENCES.map((c) => (
                <Chip key={c} value={c} size="xs">
                  {t(`plan.per.${c}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
      </Fieldset>

      <TextInput
        label={t('plan.credit')}
        description={t('plan.creditHint')}
        value={plan.creditTemplate}
        onChange={(e) => set({ creditTemplate: e.currentTarget.value })}
      />

      {problems.length > 0 && (
        <List size="sm" c="red" data-testid="plan-problems">
          {problems.map((p, i) => (
            <List.Item key={i}>{problemMessage(t, p)}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
