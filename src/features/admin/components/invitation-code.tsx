import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDate } from '@/lib/format';
import type { Invitation } from '@/protocol/admin';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';

/** A new invitation code, big enough to read aloud, with its expiry and a copy button. */
export function InvitationCode({ invitation }: { invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const expires = formatDate(invitation.expiresAt, localeFor(i18n.language));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new code takes the focus, so a screen reader says it is ready, and reads the code.
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      // Missing outside secure origins and in some in-app browsers, whatever the types say.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(invitation.code);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  return (
    <section className="section invitation" aria-labelledby="invitation-code-title">
      <h2 id="invitation-code-title" ref={headingRef} tabIndex={-1}>
        {t('admin.code.title')}
        <span className="visually-hidden">: {invitation.code}</span>
      </h2>
      <p className="invitation-code" translate="no">
        {invitation.code}
      </p>
      <p>{t('admin.code.terms', { count: invitation.usesLeft, date: expires })}</p>
      <Button variant="secondary" onClick={() => void copy()}>
        {t('admin.code.copy')}
      </Button>
      <div role="status">
        {copied === 'yes' && <p>{t('admin.code.copied')}</p>}
        {copied === 'no' && <Alert tone="info">{t('admin.code.copyFailed')}</Alert>}
      </div>
      <h3>{t('admin.code.nextTitle')}</h3>
      <p>{t(invitation.role === 'volunteer' ? 'admin.code.nextVolunteer' : 'admin.code.next')}</p>
    </section>
  );
}
