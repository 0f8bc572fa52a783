import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { AREAS } from './areas';

/** The areas; react-router's NavLink sets aria-current="page" on the active one. */
export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation('nav');
  const { pathname } = useLocation();
  return (
    <Stack gap={2}>
      {AREAS.map((area) => (
        <NavLink
          key={area.path}
          component={RouterNavLink}
          to={area.path}
          label={t(area.key)}
          active={pathname === area.path || pathname.startsWith(`${area.path}/`)}
          onClick={onNavigate}
        />
      ))}
    </Stack>
  );
}
