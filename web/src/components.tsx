import type { CombinedError } from 'urql';
import { errorsOf } from './api';
import { describeError, useI18n } from './i18n';

export function Loading() {
  const { t } = useI18n();
  return <p className="muted" role="status">{t.loading}</p>;
}

export function Empty({ text }: { text?: string }) {
  const { t } = useI18n();
  return <p className="empty">{text ?? t.empty}</p>;
}

/** Errors a person can read; the code stays visible for support. */
export function ErrorBox({ error, errors }: { error?: CombinedError; errors?: { code?: string; message: string }[] }) {
  const { locale } = useI18n();
  const list = errors ?? errorsOf(error);
  if (!list.length) return null;
  return (
    <div className="error" role="alert">
      {list.map((e, i) => <p key={i}>{describeError(e, locale)} {e.code ? <code>{e.code}</code> : null}</p>)}
    </div>
  );
}
