import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './admin.css';

/** The admin's home section: phones, invitation codes, places and teams (all need the network). */
export function AdminHome() {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="admin-home">
      <h2 id="admin-home">{t('admin.home.title')}</h2>
      <p>{t('admin.home.network')}</p>
      <ul className="nobullet-list admin-links">
        <li>
          <Link to="/telefoner">{t('admin.home.devices')}</Link>
        </li>
        <li>
          <Link to="/invitationer">{t('admin.home.invite')}</Link>
        </li>
        <li>
          <Link to="/steder">{t('admin.home.places')}</Link>
        </li>
      </ul>
    </section>
  );
}
