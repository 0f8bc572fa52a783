import { Anchor, Burger, Group, AppShell as MantineAppShell, ScrollArea, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationCentre } from '../features/contracts/components/NotificationCentre';
import { GlobalSearch } from '../features/search/components/GlobalSearch';
import { Link, Outlet, useLocation } from 'react-router';
import classes from './AppShell.module.css';
import { HOME_PATH } from './areas';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { OrganisationSwitcher } from './OrganisationSwitcher';
import { UserMenu } from './UserMenu';

/** The signed-in layout: skip link, header, navigation and `<main id="main">` with the page. */
export function AppShell() {
  const { t } = useTranslation(['common', 'nav']);
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  // Below Mantine's `sm` breakpoint the organisation moves into the (collapsible) navigation, so
  // the header fits a 320 px wide screen (WCAG 1.4.10).
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After navigating (not on first load), focus moves to the new page so screen readers start
  // reading it and the next Tab continues from there.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <a href="#main" className={classes.skipLink}>
        {t('skipToContent')}
      </a>
      <MantineAppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <MantineAppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('closeNavigation') : t('openNavigation')}
                aria-expanded={navOpened}
                aria-controls="main-navigation"
              />
              <Anchor component={Link} to={HOME_PATH} className={classes.brand} fw={700} fz="lg">
                {t('appName')}
              </Anchor>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <GlobalSearch />
              <NotificationCentre />
              {!narrow && <OrganisationSwitcher />}
              <LanguageSwitch />
              <UserMenu compact={narrow} />
            </Group>
          </Group>
        </MantineAppShell.Header>
        <MantineAppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav:main')}>
          <ScrollArea type="auto">
            <Stack gap="md">
              {narrow && <OrganisationSwitcher />}
              <MainNav onNavigate={closeNav} />
            </Stack>
          </ScrollArea>
        </MantineAppShell.Navbar>
        <MantineAppShell.Main id="main" tabIndex={-1} ref={mainRef} className={classes.main}>
          <Outlet />
        </MantineAppShell.Main>
      </MantineAppShell>
    </>
  );
}
