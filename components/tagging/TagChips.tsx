import { Chip, Group, Stack, Text, Tooltip } from '@mantine/core';
import { setClipTags } from '../../lib/db/tag-store';
import { CONFIDENT_SCORE } from '../../lib/tagging/suggest';
import { useDb } from '../DbProvider';
import { useT } from '../i18n';
import { useSuggestions } from './use-suggestions';

/**
 * The top suggested content areas of a queued item as one-click chips (confident suggestions only, at most three),
 * with the phrases that made each match; clicking confirms the area (or takes it back), and tagging learns from it.
 */
export function TagChips({ clipId, max = 3 }: { clipId: string; max?: number }) {
  const db = useDb();
  const t = useT();
  const data = useSuggestions(clipId);
  if (!data) return null;
  const confident = data.suggestions.filter((s) => s.score >= CONFIDENT_SCORE).slice(0, max);
  // Areas the editor already chose stay visible even when they are not among the suggestions.
  const chosen = data.tags.filter((tag) => !confident.some((s) => s.area === tag));
  const titleOf = (key: string): string => data.suggestions.find((s) => s.area === key)?.title ?? key;

  const toggle = (area: string, on: boolean): void => {
    const next = on ? [...data.tags, area] : data.tags.filter((tag) => tag !== area);
    setClipTags(db, clipId, next).catch((error: unknown) => console.error('[Trợ lý tin bài CCHC] tagging failed', error));
  };

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
            >
              {titleOf(area)}
            </Chip>
          );
          return suggestion && suggestion.matched.length > 0 ? (
            <Tooltip key={area} label={t('tag.why', { phrases: suggestion.matched.slice(0, 4).join(', ') })} multiline w={260}>
              <div>{chip}</div>
            </Tooltip>
          ) : (
            <div key={area}>{chip}</div>
          );
        })}
      </Group>
    </Stack>
  );
}
