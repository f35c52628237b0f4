import { Alert } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n';

interface BoundaryProps {
  children: ReactNode;
  /** Renders the failure for the editor. */
  fallback: (error: Error) => ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[Trợ lý tin bài CCHC] view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/**
 * Catches a failure while rendering (a database that cannot open, a broken record) and tells the editor in a red
 * alert instead of leaving a blank page; the cause goes to the console.
 */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Boundary
      fallback={(error) => (
        <Alert color="red" variant="light" title={t('error.view')} m="md">
          {error.message}
        </Alert>
      )}
    >
      {children}
    </Boundary>
  );
}
