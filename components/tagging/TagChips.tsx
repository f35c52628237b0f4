import { Chip, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { toggleClipTag } from '../../lib/db/tag-store';
import { areaKey } from '../../lib/tagging/area-key';
import { CONFIDENT_SCORE } from '../../lib/tagging/suggest';
import { useDb } from '../DbProvider';
import { useT } from '../i18n';
import { useSuggestions } from './use-suggestions';

/**
 * The top suggested content areas of a queued item as one-click chips (confident suggestions only, at most three),
 * with the phrases that made each match, and a list of every other area of the plan (best first) for when the
 * suggestion is wrong or missing. Clicking confirms an area (or takes it back), and tagging learns from it.
 */
export function TagChips({ clipId, max = 3 }: { clipId: string; max?: number }) {
  const db = useDb();
  const t = useT();
  const data = useSuggestions(clipId);
  const [error, setError] = useState<string | null>(null);
  if (!data) return null;
  const confident = data.suggestions.filter((s) => s.score >= CONFIDENT_SCORE).slice(0, max);
  // Areas the editor already chose stay visible even when they are not among the suggestions.
  const chosen = data.tags.filter((tag) => !confident.some((s) => s.area === tag));
  // Every area of the plan, those the tagger ranked first (best first), then the rest in the plan's order.
  const areas = data.plan.plan.areas.map((area, i) => ({ area: areaKey(area, i), title: area.title }));
  const ranked = [...data.suggestions, ...areas.filter((a) => !data.suggestions.some((s) => s.area === a.area))];
  const titleOf = (key: string): string => areas.find((a) => a.area === key)?.title ?? key;

  const toggle = (area: string, on: boolean): void => {
    setError(null);
    toggleClipTag(db, clipId, area, on).catch((e: unknown) => {
      console.error('[Trợ lý tin bài CCHC] tagging failed', e);
      setError(t('tag.failed', { message: e instanceof Error ? e.message : String(e) }));
    });
  };
  const shown = new Set([...confident.map((s) => s.area), ...chosen]);
  const others = ranked.filter((s) => !shown.has(s.area));

  return (
    <Stack gap={4} data-testid="tag-chips">
      <Text size="xs" fw={600} c="dimmed">
        {t('tag.suggested')}
      </Text>
      {confident.length === 0 && chosen.length === 0 && (
        <Text size="xs" c="dimmed" data-testid="tag-none">
          {t('tag.none')}
        </Text>
      )}
      <Group gap={6}>
        {[...confident.map((s) => s.area), ...chosen].map((area) => {
          const suggestion = confident.find((s) => s.area === area);
          const chip = (
            <Chip
              size="xs"
              checked={data.tags.includes(area)}
              onChange={(on) => toggle(area, on)}
              data-testid="tag-chip"
              data-area={area}
              // Area titles are long sentences: wrap them inside the popup's width instead of running past it.
              styles={{ root: { maxWidth: '100%' }, label: { whiteSpace: 'normal', height: 'auto', minHeight: 24, lineHeight: 1.35, paddingBlock: 3 } }}
            >
              {titleOf(area)}
            </Chip>
          );
          return suggestion && suggestion.matched.length > 0 ? (
            <Tooltip key={area} label={t('tag.why', { phrases: suggestion.matched.slice(0, 4).join(', ') })} multiline w={260}>
              <div style={{ maxWidth: '100%' }}>{chip}</div>
            </Tooltip>
          ) : (
            <div key={area} style={{ maxWidth: '100%' }}>
              {chip}
            </div>
          );
        })}
      </Group>
      {others.length > 0 && (
        <Select
          size="xs"
          aria-label={t('tag.pickLabel')}
          placeholder={t('tag.pick')}
          data={others.map((s) => ({ value: s.area, label: s.title }))}
          value={null}
          searchable
          onChange={(area) => area && toggle(area, true)}
          comboboxProps={{ withinPortal: true }}
          data-testid="tag-pick"
        />
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
