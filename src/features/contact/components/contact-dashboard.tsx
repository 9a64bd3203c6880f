import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/ui/alert';
import { useOverview } from '../hooks/use-overview';
import { attentionCounts } from '../model';
import './contact.css';

/** The contact person's home section: what waits for them, and the ways in. */
export function ContactDashboard() {
  const { t } = useTranslation();
  const overview = useOverview();
  const counts = overview ? attentionCounts(overview.summaries) : undefined;
  const waiting = counts
    ? [
        counts.newConcerns > 0 && t('contact.home.newConcerns', { count: counts.newConcerns }),
        counts.openClaims > 0 && t('contact.home.openClaims', { count: counts.openClaims }),
        counts.certificateReminders > 0 &&
          t('contact.home.reminders', { count: counts.certificateReminders }),
        counts.toConfirm > 0 && t('contact.home.toConfirm', { count: counts.toConfirm }),
      ].filter((line): line is string => typeof line === 'string')
    : [];
  return (
    <section className="section" aria-labelledby="contact-dashboard">
      <h2 id="contact-dashboard">{t('contact.home.title')}</h2>
      {counts && waiting.length > 0 && (
        <Alert
          tone={counts.newConcerns > 0 ? 'warning' : 'info'}
          heading={t('contact.home.waiting')}
        >
          {waiting.join(' · ')}
        </Alert>
      )}
      {counts && waiting.length === 0 && <p>{t('contact.home.nothing')}</p>}
      <ul className="contact-links nobullet-list">
        <li>
          <Link to="/til-behandling">{t('contact.home.handle')}</Link>
        </li>
        <li>
          <Link to="/frivillige">{t('contact.home.volunteers')}</Link>
        </li>
        <li>
          <Link to="/inviter-frivillig">{t('contact.home.invite')}</Link>
        </li>
        <li>
          <Link to="/stedets-oplysninger">{t('contact.home.settings')}</Link>
        </li>
      </ul>
    </section>
  );
}
