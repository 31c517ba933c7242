import { createContext, useContext, useState, type ReactNode } from 'react';

/** Russian first, English alongside (issue 18). Keys are the app's own; codes are the API's. */
const ru = {
  appName: 'Маркетплейс приложений',
  signIn: 'Вход', signOut: 'Выйти', signInAs: 'Войти как', pasteToken: 'JWT от провайдера удостоверений', use: 'Войти',
  devIdentities: 'Демо-пользователи (только в разработке)',
  storefront: 'Витрина', installs: 'Мои приложения', cabinet: 'Кабинет разработчика', moderation: 'Модерация',
  search: 'Поиск по-русски или по-английски', freeOnly: 'Только бесплатные', category: 'Категория', all: 'Все',
  free: 'Бесплатно', perMonth: '₽ в месяц', trialDays: 'Пробный период, дней', more: 'Ещё', loading: 'Загрузка…',
  empty: 'Ничего не найдено', install: 'Установить', installed: 'Установлено', uninstall: 'Удалить', open: 'Подробнее',
  consentTitle: 'Приложение получит доступ', consentNone: 'Приложение не просит доступа к данным', agree: 'Разрешить и установить', cancel: 'Отмена',
  app: 'Приложение', state: 'Состояние', trialUntil: 'пробный период до', access: 'Доступ', everyone: 'Все сотрудники', only: 'Только выбранные', save: 'Сохранить',
  options: 'Опции платных приложений', subscription: 'Подписка на маркетплейс', active: 'активна', inactive: 'не активна',
  status: 'Статус', type: 'Тип', price: 'Цена', upload: 'Загрузить дескриптор', descriptorXml: 'XML дескриптора (v2)', submit: 'Отправить на модерацию',
  uploaded: 'Версия дескриптора загружена', publish: 'Опубликовать', queueEmpty: 'Очередь модерации пуста', back: 'Назад',
  language: 'English',
  buyOptions: 'Купить опции', months: 'мес.', demo: 'Включить демо-режим подписки', employeesMayInstall: 'Сотрудники могут устанавливать приложения',
  update: 'Обновить до текущей версии', version: 'версия доступа',
  developer: 'Разработчикам', localApps: 'Локальные приложения', webhooks: 'Входящие вебхуки', create: 'Создать', name: 'Название', tokenOnce: 'Токен показан один раз — сохраните его', delete: 'Удалить',
  phoneKey: 'Выдать ключ Phone API', loyaltyConnect: 'Подключить систему лояльности', baseUrl: 'Адрес сервера (https)', token: 'Токен', buySubscription: 'Купить подписку',
  extendTrial: 'Продлить пробный период', accountId: 'Аккаунт (id)', days: 'Дней', revenue: 'Выручка', month: 'Месяц (ГГГГ-ММ)', share: 'Доля разработчика', blocks: 'Блок',
  pricing: 'Цена и пробный период', priceRub: 'Цена, ₽ в месяц (0 — бесплатно)', hide: 'Скрыть', published: 'Опубликованные',
};
type Messages = typeof ru;
const en: Messages = {
  appName: 'App marketplace',
  signIn: 'Sign in', signOut: 'Sign out', signInAs: 'Sign in as', pasteToken: 'JWT from your identity provider', use: 'Sign in',
  devIdentities: 'Demo identities (development only)',
  storefront: 'Storefront', installs: 'My apps', cabinet: 'Vendor cabinet', moderation: 'Moderation',
  search: 'Search in Russian or English', freeOnly: 'Free only', category: 'Category', all: 'All',
  free: 'Free', perMonth: 'RUB a month', trialDays: 'Trial, days', more: 'More', loading: 'Loading…',
  empty: 'Nothing found', install: 'Install', installed: 'Installed', uninstall: 'Remove', open: 'Details',
  consentTitle: 'The app will get access to', consentNone: 'The app asks for no access to your data', agree: 'Allow and install', cancel: 'Cancel',
  app: 'App', state: 'State', trialUntil: 'trial until', access: 'Access', everyone: 'Every employee', only: 'Only chosen users', save: 'Save',
  options: 'Paid-app options', subscription: 'Marketplace subscription', active: 'active', inactive: 'not active',
  status: 'Status', type: 'Type', price: 'Price', upload: 'Upload descriptor', descriptorXml: 'Descriptor XML (v2)', submit: 'Submit for review',
  uploaded: 'Descriptor version uploaded', publish: 'Publish', queueEmpty: 'Nothing waits for review', back: 'Back',
  language: 'Русский',
  buyOptions: 'Buy options', months: 'mo.', demo: 'Start the subscription demo', employeesMayInstall: 'Employees may install apps',
  update: 'Update to the current version', version: 'access version',
  developer: 'Developers', localApps: 'Local apps', webhooks: 'Incoming webhooks', create: 'Create', name: 'Name', tokenOnce: 'The token is shown once: keep it', delete: 'Delete',
  phoneKey: 'Issue a Phone API key', loyaltyConnect: 'Connect the loyalty system', baseUrl: 'Server address (https)', token: 'Token', buySubscription: 'Buy the subscription',
  extendTrial: 'Extend a trial', accountId: 'Account (id)', days: 'Days', revenue: 'Revenue', month: 'Month (YYYY-MM)', share: 'Vendor share', blocks: 'Block',
  pricing: 'Price and trial', priceRub: 'Price, RUB a month (0: free)', hide: 'Hide', published: 'Published',
};

/** What a person reads for an API error code; anything else shows the API's own message. */
const codes: Record<string, { ru: string; en: string }> = {
  UNAUTHENTICATED: { ru: 'Войдите, чтобы продолжить.', en: 'Sign in to continue.' },
  FORBIDDEN: { ru: 'Недостаточно прав.', en: 'You may not do this.' },
  NOT_FOUND: { ru: 'Приложение не найдено.', en: 'App not found.' },
  ALREADY_INSTALLED: { ru: 'Приложение уже установлено.', en: 'The app is already installed.' },
  INSTALL_NOT_ALLOWED: { ru: 'Устанавливать приложения может только администратор.', en: 'Only an admin may install apps.' },
  NOT_ENOUGH_PAID_APP_OPTIONS: { ru: 'Не хватает опций платных приложений: докупите опции.', en: 'Not enough paid-app options: buy more.' },
  TRIAL_ALREADY_EXTENDED: { ru: 'Пробный период этому аккаунту уже продлевали.', en: 'This account\'s trial was extended already.' },
  LOYALTY_NOT_CONFIGURED: { ru: 'Система лояльности не подключена.', en: 'The loyalty system is not connected.' },
  MARKETPLACE_DEMO_ALREADY_USED: { ru: 'Демо-режим уже был использован.', en: 'The demo was used already.' },
  PRICE_NOT_MULTIPLE_OF_500: { ru: 'Цена — целое число раз по 500 ₽.', en: 'A price is a whole multiple of 500 RUB.' },
  INVALID_TRIAL_LENGTH: { ru: 'Пробный период — от 1 до 14 дней.', en: 'A trial lasts 1 to 14 days.' },
  MARKETPLACE_SUBSCRIPTION_REQUIRED: { ru: 'Нужна подписка на маркетплейс.', en: 'A marketplace subscription is needed.' },
  FREE_APP_LIMIT_REACHED: { ru: 'Достигнут лимит бесплатных приложений вашего тарифа.', en: 'Your tariff\'s free app limit is reached.' },
  APP_NOT_INSTALLABLE: { ru: 'Это приложение сейчас нельзя установить.', en: 'This app cannot be installed now.' },
  USER_NOT_IN_ACCOUNT: { ru: 'Можно выбрать только сотрудников вашего аккаунта.', en: 'Choose users of your account only.' },
  RATE_LIMITED: { ru: 'Слишком много запросов, попробуйте чуть позже.', en: 'Too many requests; try again shortly.' },
  PERSISTED_QUERY_NOT_FOUND: { ru: 'Приложение устарело: обновите страницу.', en: 'The app is out of date: reload the page.' },
  OPERATION_NOT_REGISTERED: { ru: 'Приложение устарело: обновите страницу.', en: 'The app is out of date: reload the page.' },
  UPSTREAM_UNAVAILABLE: { ru: 'Часть сервиса временно недоступна.', en: 'Part of the service is unavailable for now.' },
  INTERNAL_SERVER_ERROR: { ru: 'Что-то пошло не так на нашей стороне.', en: 'Something went wrong on our side.' },
};

export type Locale = 'ru' | 'en';
const I18n = createContext<{ locale: Locale; t: Messages; toggle(): void }>({ locale: 'ru', t: ru, toggle: () => undefined });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>('ru');
  return <I18n.Provider value={{ locale, t: locale === 'ru' ? ru : en, toggle: () => setLocale(locale === 'ru' ? 'en' : 'ru') }}>{children}</I18n.Provider>;
}

export const useI18n = () => useContext(I18n);

/** A person's message for an API error: by its code, else the API's text (descriptor errors name their element). */
export function describeError(error: { code?: string; message: string }, locale: Locale): string {
  const known = error.code ? codes[error.code] : undefined;
  return known ? known[locale] : error.message;
}

export function formatDate(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(locale === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatPrice(kopecks: number | null | undefined, t: Messages): string {
  if (kopecks === null || kopecks === undefined || kopecks === 0) return t.free;
  return `${(kopecks / 100).toLocaleString('ru-RU')} ${t.perMonth}`;
}
