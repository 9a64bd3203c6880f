import { useTranslation } from 'react-i18next';
import type { ConcernContext } from '../data/concerns';
import { telHref } from '../model';

/** "Call now": a large `tel:` link to the institution's contact person, when the number is known. */
export function CallContact({ context }: { context: ConcernContext }) {
  const { t } = useTranslation();
  const phone = context.institution?.contactPhone?.trim();
  const name = context.institution?.contactName?.trim();
  const href = telHref(phone);
  return (
    <section className="section" aria-labelledby="concern-call">
      <h2 id="concern-call">{t('concern.callTitle')}</h2>
      {href && phone ? (
        <p>
          <a className="button button-primary concern-call" href={href}>
            {name
              ? t('concern.callButton', { name, phone })
              : t('concern.callButtonNoName', { phone })}
          </a>
        </p>
      ) : (
        <p>{t('concern.noPhone')}</p>
      )}
    </section>
  );
}
