import { PhoneApiError } from './phone-errors';

/**
 * `filter=extention=101;extention~=10` (general.apib, "Фильтрация"): conditions on `extention`
 * joined by `;`. `=` equals (several `=` mean any of them), `!=` differs (all of them), `~`
 * contains, `~=` starts with, `=~` ends with; the others are ANDed. Another field is MoySklad's
 * 1034 filtering error.
 */
export function employeeFilter(raw: unknown): (extension: string) => boolean {
  if (raw === undefined || raw === '') return () => true;
  if (typeof raw !== 'string' || raw.length > 1000) throw filterError('filter must be one string');
  const equals: string[] = [];
  const checks: ((extension: string) => boolean)[] = [];
  for (const condition of raw.split(';').filter(Boolean)) {
    const m = /^(\w+)(!=|~=|=~|~|=)(.*)$/.exec(condition);
    if (!m) throw filterError(`cannot read condition '${condition.slice(0, 50)}'`);
    const [, field, operator, value] = m as unknown as [string, string, string, string];
    if (field !== 'extention') throw filterError(`unknown field '${field.slice(0, 50)}'; filter by extention`);
    if (operator === '=') equals.push(value);
    else if (operator === '!=') checks.push((e) => e !== value);
    else if (operator === '~') checks.push((e) => e.includes(value));
    else if (operator === '~=') checks.push((e) => e.startsWith(value));
    else checks.push((e) => e.endsWith(value));
  }
  return (extension) => (equals.length === 0 || equals.includes(extension)) && checks.every((check) => check(extension));
}

function filterError(reason: string): PhoneApiError {
  return new PhoneApiError(400, [{ error: `Ошибка фильтрации: '${reason}'`, parameter: 'filter', code: 1034 }]);
}
