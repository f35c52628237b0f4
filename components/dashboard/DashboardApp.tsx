import { AppShell, Burger, Group, NavLink, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { QueuePage } from './QueuePage';
import { SettingsPage } from './SettingsPage';
import { PlanPage } from '../plan/PlanPage';

/** The dashboard's pages; the hash (`#/queue`, `#/plan`, `#/settings`) keeps the page across reloads. */
type Page = 'queue' | 'plan' | 'settings';

function pageFromHash(hash: string): Page {
  const name = hash.replace(/^#\/?/, '');
  return name === 'settings' || name === 'plan' ? name : 'queue';
}

/** The dashboard: header with the app name, a navbar with the queue and the settings, and the chosen page. */
export function DashboardApp() {
  const t = useT();
  const [page, setPage] = useState<Page>(() => pageFromHash(window.location.hash));
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  useEffect(() => {
    const onHash = (): void => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.title = `${t(page === 'queue' ? 'nav.queue' : page === 'plan' ? 'nav.plan' : 'nav.settings')} · ${t('app.name')}`;
  }, [page, t]);

  const go = (next: Page): void => {
    window.location.hash = `#/${next}`;
    setPage(next);
    closeNav();
  };

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
          <Title order={1} size="h4" c="var(--mantine-primary-color-filled)">
            {t('app.name')}
          </Title>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs">
        <NavLink
          component="button"
          label={t('nav.queue')}
          active={page === 'queue'}
          onClick={() => go('queue')}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          data-testid="nav-queue"
        />
        <NavLink
          component="button"
          label={t('nav.plan')}
          active={page === 'plan'}
          onClick={() => go('plan')}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          data-testid="nav-plan"
        />
        <NavLink
          component="button"
          label={t('nav.settings')}
          active={page === 'settings'}
          onClick={() => go('settings')}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          data-testid="nav-settings"
        />
      </AppShell.Navbar>

      <AppShell.Main bg="var(--mantine-color-gray-0)">{page === 'queue' ? <QueuePage /> : page === 'plan' ? <PlanPage /> : <SettingsPage />}</AppShell.Main>
    </AppShell>
  );
}
