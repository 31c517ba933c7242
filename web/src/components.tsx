import type { CombinedError } from 'urql';
import { errorsOf, type Refusal } from './api';
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

/** The refusals that name `name` as the last step of their path, shown under that form field. */
export function FieldError({ errors, name }: { errors: readonly Refusal[]; name: string }) {
  const { locale } = useI18n();
  const mine = errors.filter((e) => e.field?.[e.field.length - 1] === name);
  if (!mine.length) return null;
  return <span className="field-error" role="alert">{mine.map((e) => describeError(e, locale)).join(' ')}</span>;
}

/** The refusals no form field shows (top-level errors and user errors of the whole request). */
export const unplacedRefusals = (errors: readonly Refusal[], placed: readonly string[]): Refusal[] =>
  errors.filter((e) => !e.field || !placed.includes(e.field[e.field.length - 1]!));
