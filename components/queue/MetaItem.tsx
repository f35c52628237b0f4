import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One "label: value" pair of the item view's metadata line; the test id sits on the value. */
export function MetaItem({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Text size="sm" c="dimmed" component="span">
      {label}:{' '}
      <Text span c="var(--mantine-color-text)" fw={500} data-testid={testId}>
        {children}
      </Text>
    </Text>
  );
}
