import { ActionIcon, Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ACCOUNT_PATH } from '../features/account/paths';
import { SIGN_IN_PATH } from './areas';
import { useViewer } from './useViewer';

/** The signed-in user's name (initials when `compact`), opening a menu with their account and sign-out. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation(['common', 'auth', 'account']);
  const navigate = useNavigate();
  const { viewer, signOut } = useViewer();
  if (!viewer) return null;

  const handleSignOut = async () => {
    try {
      await signOut();
      await navigate(SIGN_IN_PATH, { replace: true });
    } catch {
      notifications.show({ color: 'red', message: t('auth:signOutFailed') });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {compact ? (
          <ActionIcon variant="subtle" size="lg" aria-label={t('userMenu', { name: viewer.name })}>
            <PersonIcon />
          </ActionIcon>
        ) : (
          <Button variant="subtle" size="sm" aria-label={t('userMenu', { name: viewer.name })}>
            {viewer.name}
          </Button>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('signedInAs', { email: viewer.email })}</Menu.Label>
        <Menu.Item component={Link} to={ACCOUNT_PATH}>
          {t('account:menuLink')}
        </Menu.Item>
        <Menu.Item onClick={() => void handleSignOut()}>{t('signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** A person outline; no text, so the button's accessible name is its whole label. */
function PersonIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" strokeLinecap="round" />
    </svg>
  );
}
