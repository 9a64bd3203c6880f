import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '@/db/schema';
import { Icon, type IconName } from '@/ui/icon';

type NavItem = { to: string; label: string; icon: IconName };

/** The role's second tab: what that role opens most after the home screen. */
const ROLE_TAB: Record<Role, NavItem> = {
  volunteer: { to: '/aktiviteter', label: 'nav.activities', icon: 'list' },
  caseworker: { to: '/logbog', label: 'nav.logbook', icon: 'book' },
  contact: { to: '/tips', label: 'nav.tips', icon: 'tip' },
  // The leader's home is the overview; the tips are what they read besides.
  leader: { to: '/tips', label: 'nav.tips', icon: 'tip' },
  admin: { to: '/telefoner', label: 'nav.devices', icon: 'list' },
};

/** The bottom navigation: three large targets within reach of a thumb. */
export function BottomNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  const items: NavItem[] = [
    { to: '/', label: 'nav.home', icon: 'home' },
    ROLE_TAB[role],
    { to: '/indstillinger', label: 'nav.settings', icon: 'settings' },
  ];
  return (
    <nav className="bottom-nav" aria-label={t('app.mainNav')}>
      <ul className="nobullet-list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'}>
              <Icon name={item.icon} />
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
