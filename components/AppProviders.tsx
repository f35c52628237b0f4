import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { I18nProvider } from './i18n';
import { theme } from './theme';

/**
 * Everything an extension page needs around it: the Mantine theme, the interface language and an error boundary.
 * `env="test"` turns off Mantine transitions and portals for component tests.
 */
export function AppProviders({ children, env = 'default' }: { children: ReactNode; env?: 'default' | 'test' }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" env={env}>
      <I18nProvider>
        <ErrorBoundary>{children}</ErrorBoundary>
      </I18nProvider>
    </MantineProvider>
  );
}
