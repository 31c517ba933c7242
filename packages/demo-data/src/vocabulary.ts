/** Words the demo catalog is made of: realistic business-app topics in Russian and English. */
export interface Topic {
  ru: string;
  en: string;
  category: string;
  descriptionRu: string;
  descriptionEn: string;
}

export const VENDORS = [
  ['sigma-soft', 'Сигма Софт'],
  ['telecom-pro', 'ТелекомПро'],
  ['bonus-lab', 'Бонус Лаб'],
  ['cloud-ware', 'CloudWare'],
  ['integra', 'Интегра'],
  ['retail-tech', 'Ритейл Тех'],
  ['logist', 'Логист'],
  ['finmodule', 'ФинМодуль'],
  ['marketbridge', 'MarketBridge'],
  ['crm-plus', 'CRM Плюс'],
  ['voiceline', 'VoiceLine'],
  ['docflow', 'ДокФлоу'],
] as const;

export const TELEPHONY_TOPICS: Topic[] = [
  { ru: 'Облачная АТС', en: 'Cloud PBX', category: 'telephony', descriptionRu: 'Звонки клиентам прямо из карточки контрагента, запись разговоров и всплывающая карточка звонка.', descriptionEn: 'Call customers from the counterparty card, record calls and pop up a call card.' },
  { ru: 'Виртуальный номер', en: 'Virtual Number', category: 'telephony', descriptionRu: 'Городские и мобильные номера с переадресацией на сотрудников.', descriptionEn: 'City and mobile numbers forwarded to your employees.' },
  { ru: 'Коллтрекинг', en: 'Call Tracking', category: 'marketing', descriptionRu: 'Определяет, из какой рекламы пришёл звонок.', descriptionEn: 'Tells which advert a call came from.' },
  { ru: 'IP-телефония', en: 'IP Telephony', category: 'telephony', descriptionRu: 'Недорогие звонки по всей России через интернет.', descriptionEn: 'Low-cost calls across Russia over the internet.' },
];

export const LOYALTY_TOPICS: Topic[] = [
  { ru: 'Бонусная программа', en: 'Bonus Program', category: 'loyalty', descriptionRu: 'Начисление и списание бонусов на кассе.', descriptionEn: 'Earn and spend bonus points at the till.' },
  { ru: 'Дисконтные карты', en: 'Discount Cards', category: 'loyalty', descriptionRu: 'Электронные карты скидок и подарочные сертификаты.', descriptionEn: 'Electronic discount cards and gift cards.' },
  { ru: 'Кешбэк покупателям', en: 'Customer Cashback', category: 'loyalty', descriptionRu: 'Возврат части стоимости покупки баллами.', descriptionEn: 'Part of every purchase returned as points.' },
];

export const NEW_TOPICS: Topic[] = [
  { ru: 'Интеграция с Ozon', en: 'Ozon Integration', category: 'marketplaces', descriptionRu: 'Выгрузка товаров, остатков и заказов Ozon.', descriptionEn: 'Sync products, stock and orders with Ozon.' },
  { ru: 'Интеграция с Wildberries', en: 'Wildberries Integration', category: 'marketplaces', descriptionRu: 'Заказы и остатки Wildberries в одном окне.', descriptionEn: 'Wildberries orders and stock in one window.' },
  { ru: 'Сверка с банком', en: 'Bank Reconciliation', category: 'finance', descriptionRu: 'Автоматическая загрузка выписок и разнесение платежей.', descriptionEn: 'Loads bank statements and matches payments automatically.' },
  { ru: 'Маркировка товаров', en: 'Product Labelling', category: 'compliance', descriptionRu: 'Работа с кодами маркировки Честный знак.', descriptionEn: 'Work with Chestny ZNAK product codes.' },
  { ru: 'Печать этикеток', en: 'Label Printing', category: 'warehouse', descriptionRu: 'Шаблоны этикеток и ценников со штрихкодами.', descriptionEn: 'Label and price tag templates with barcodes.' },
  { ru: 'Доставка СДЭК', en: 'CDEK Delivery', category: 'delivery', descriptionRu: 'Расчёт стоимости и отслеживание посылок СДЭК.', descriptionEn: 'Quote and track CDEK parcels.' },
  { ru: 'Интернет-магазин', en: 'Online Store', category: 'ecommerce', descriptionRu: 'Синхронизация каталога и заказов с сайтом.', descriptionEn: 'Keeps the website catalog and orders in sync.' },
  { ru: 'Аналитика продаж', en: 'Sales Analytics', category: 'analytics', descriptionRu: 'Отчёты о выручке, марже и остатках.', descriptionEn: 'Revenue, margin and stock reports.' },
  { ru: 'Рассылки в мессенджеры', en: 'Messenger Campaigns', category: 'marketing', descriptionRu: 'Уведомления клиентам в WhatsApp и Telegram.', descriptionEn: 'Customer notifications over WhatsApp and Telegram.' },
  { ru: 'Электронный документооборот', en: 'E-Document Exchange', category: 'documents', descriptionRu: 'Отправка УПД и счетов контрагентам через ЭДО.', descriptionEn: 'Send invoices and UPDs to counterparties electronically.' },
  { ru: 'Учёт рабочего времени', en: 'Time Tracking', category: 'hr', descriptionRu: 'Табель и учёт смен сотрудников.', descriptionEn: 'Timesheets and employee shifts.' },
  { ru: 'Прогноз закупок', en: 'Purchase Forecast', category: 'warehouse', descriptionRu: 'Подсказывает, что и сколько заказать у поставщика.', descriptionEn: 'Suggests what to reorder from suppliers and how much.' },
  { ru: 'Интеграция с 1С', en: '1C Integration', category: 'finance', descriptionRu: 'Обмен документами и справочниками с 1С:Бухгалтерией.', descriptionEn: 'Exchanges documents and directories with 1C Accounting.' },
  { ru: 'Онлайн-касса', en: 'Online Cash Register', category: 'retail', descriptionRu: 'Фискализация чеков для интернет-продаж.', descriptionEn: 'Fiscal receipts for online sales.' },
];

export const TARIFFS = ['FREE', 'BASIC', 'PROFESSIONAL', 'CORPORATE'] as const;
export const ZONES = ['ru', 'kz', 'by'] as const;

export const COMPANY_WORDS = ['Ромашка', 'Вектор', 'Альфа Трейд', 'Стройснаб', 'Северный ветер', 'Техноторг', 'Уют Дом', 'Агроресурс', 'Медиа Групп', 'Купец', 'Optima', 'Nomad Trade', 'Bulbash Foods', 'Алатау', 'Минск Логистик'];
export const FIRST_NAMES = ['Анна', 'Иван', 'Ольга', 'Сергей', 'Мария', 'Дмитрий', 'Елена', 'Алексей', 'Айгерим', 'Нурлан', 'Татьяна', 'Павел'];
export const LAST_NAMES = ['Иванова', 'Петров', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Лебедева', 'Новиков', 'Касымова', 'Ахметов', 'Морозова', 'Волков'];
