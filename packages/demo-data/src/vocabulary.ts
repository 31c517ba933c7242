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
  { ru: 'Телефония для отдела продаж', en: 'Sales Team Telephony', category: 'telephony', descriptionRu: 'Очереди звонков, автоматическое распределение и статистика по менеджерам.', descriptionEn: 'Call queues, automatic distribution and per-manager statistics.' },
  { ru: 'Голосовой робот', en: 'Voice Robot', category: 'telephony', descriptionRu: 'Робот обзванивает клиентов и подтверждает заказы.', descriptionEn: 'A robot calls customers and confirms their orders.' },
  { ru: 'Запись и анализ звонков', en: 'Call Recording and Speech Analytics', category: 'analytics', descriptionRu: 'Расшифровка разговоров и поиск ключевых слов.', descriptionEn: 'Transcribes calls and finds key words.' },
  { ru: 'Облачная АТС', en: 'Cloud PBX', category: 'telephony', descriptionRu: 'Звонки клиентам прямо из карточки контрагента, запись разговоров и всплывающая карточка звонка.', descriptionEn: 'Call customers from the counterparty card, record calls and pop up a call card.' },
  { ru: 'Виртуальный номер', en: 'Virtual Number', category: 'telephony', descriptionRu: 'Городские и мобильные номера с переадресацией на сотрудников.', descriptionEn: 'City and mobile numbers forwarded to your employees.' },
  { ru: 'Коллтрекинг', en: 'Call Tracking', category: 'marketing', descriptionRu: 'Определяет, из какой рекламы пришёл звонок.', descriptionEn: 'Tells which advert a call came from.' },
  { ru: 'IP-телефония', en: 'IP Telephony', category: 'telephony', descriptionRu: 'Недорогие звонки по всей России через интернет.', descriptionEn: 'Low-cost calls across Russia over the internet.' },
];

export const LOYALTY_TOPICS: Topic[] = [
  { ru: 'Подарочные сертификаты', en: 'Gift Certificates', category: 'loyalty', descriptionRu: 'Продажа и погашение подарочных сертификатов на кассе.', descriptionEn: 'Sell and redeem gift certificates at the till.' },
  { ru: 'Программа лояльности для кафе', en: 'Cafe Loyalty Program', category: 'loyalty', descriptionRu: 'Каждая шестая чашка кофе в подарок и персональные скидки.', descriptionEn: 'Every sixth coffee free and personal discounts.' },
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
  { ru: 'Интеграция с Яндекс Маркетом', en: 'Yandex Market Integration', category: 'marketplaces', descriptionRu: 'Цены, остатки и заказы Яндекс Маркета.', descriptionEn: 'Yandex Market prices, stock and orders.' },
  { ru: 'Доставка Boxberry', en: 'Boxberry Delivery', category: 'delivery', descriptionRu: 'Создание отправлений и печать накладных Boxberry.', descriptionEn: 'Create Boxberry shipments and print waybills.' },
  { ru: 'Чат с клиентами', en: 'Customer Chat', category: 'crm', descriptionRu: 'Переписка с покупателями из всех мессенджеров в карточке заказа.', descriptionEn: 'Messages from every messenger inside the order card.' },
  { ru: 'Воронка продаж', en: 'Sales Pipeline', category: 'crm', descriptionRu: 'Сделки по этапам, задачи и напоминания менеджерам.', descriptionEn: 'Deals by stage, tasks and reminders for managers.' },
  { ru: 'Складские ячейки', en: 'Warehouse Bins', category: 'warehouse', descriptionRu: 'Адресное хранение и сборка заказов по ячейкам.', descriptionEn: 'Bin locations and order picking by bin.' },
  { ru: 'Инвентаризация с телефона', en: 'Mobile Stocktaking', category: 'warehouse', descriptionRu: 'Пересчёт товаров сканером штрихкодов в смартфоне.', descriptionEn: 'Count stock with the phone’s barcode scanner.' },
  { ru: 'Расчёт зарплаты', en: 'Payroll', category: 'hr', descriptionRu: 'Оклады, проценты с продаж и выплаты сотрудникам.', descriptionEn: 'Salaries, sales commissions and payouts.' },
  { ru: 'Платёжный календарь', en: 'Payment Calendar', category: 'finance', descriptionRu: 'План поступлений и платежей, кассовые разрывы заранее.', descriptionEn: 'Planned receipts and payments; cash gaps spotted early.' },
  { ru: 'Конструктор отчётов', en: 'Report Builder', category: 'analytics', descriptionRu: 'Свои отчёты и дашборды без программиста.', descriptionEn: 'Custom reports and dashboards without a programmer.' },
  { ru: 'Email-рассылки', en: 'Email Campaigns', category: 'marketing', descriptionRu: 'Письма покупателям по сегментам и триггерам.', descriptionEn: 'Emails to customers by segment and trigger.' },
  { ru: 'Производство и техкарты', en: 'Manufacturing and Recipes', category: 'production', descriptionRu: 'Техкарты, заказы на производство и списание сырья.', descriptionEn: 'Bills of materials, production orders and raw material write-offs.' },
  { ru: 'Генератор договоров', en: 'Contract Generator', category: 'documents', descriptionRu: 'Договоры и акты по шаблонам из карточки контрагента.', descriptionEn: 'Contracts and acts from templates in the counterparty card.' },
  { ru: 'Онлайн-касса', en: 'Online Cash Register', category: 'retail', descriptionRu: 'Фискализация чеков для интернет-продаж.', descriptionEn: 'Fiscal receipts for online sales.' },
];

export const TARIFFS = ['FREE', 'BASIC', 'PROFESSIONAL', 'CORPORATE'] as const;
export const ZONES = ['ru', 'kz', 'by'] as const;

export const COMPANY_WORDS = ['Ромашка', 'Вектор', 'Альфа Трейд', 'Стройснаб', 'Северный ветер', 'Техноторг', 'Уют Дом', 'Агроресурс', 'Медиа Групп', 'Купец', 'Optima', 'Nomad Trade', 'Bulbash Foods', 'Алатау', 'Минск Логистик'];
export const FIRST_NAMES = ['Анна', 'Иван', 'Ольга', 'Сергей', 'Мария', 'Дмитрий', 'Елена', 'Алексей', 'Айгерим', 'Нурлан', 'Татьяна', 'Павел'];
export const LAST_NAMES = ['Иванова', 'Петров', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Лебедева', 'Новиков', 'Касымова', 'Ахметов', 'Морозова', 'Волков'];

/** The second, longer paragraph of a full description, per category, in both languages. */
export const CATEGORY_DETAILS: Record<string, { ru: string; en: string }> = {
  telephony: { ru: 'Работает с любыми операторами связи, настраивается за десять минут.', en: 'Works with any carrier and is set up in ten minutes.' },
  marketing: { ru: 'Помогает возвращать покупателей и считать окупаемость рекламы.', en: 'Helps bring customers back and measure advertising payback.' },
  analytics: { ru: 'Данные обновляются каждый час, отчёты выгружаются в Excel.', en: 'Data refreshes hourly; reports export to Excel.' },
  loyalty: { ru: 'Подключается к кассе, баллы видны покупателю в чеке.', en: 'Connects to the till; customers see their points on the receipt.' },
  marketplaces: { ru: 'Синхронизация каждые пять минут, ошибки видны в журнале.', en: 'Syncs every five minutes; errors show in the log.' },
  finance: { ru: 'Подходит для ИП и ООО на любой системе налогообложения.', en: 'Fits sole traders and companies on any tax regime.' },
  compliance: { ru: 'Соответствует требованиям законодательства и обновляется вместе с ним.', en: 'Meets the legal requirements and is updated as they change.' },
  warehouse: { ru: 'Работает с терминалами сбора данных и принтерами этикеток.', en: 'Works with data collection terminals and label printers.' },
  delivery: { ru: 'Статусы доставки приходят в заказ автоматически.', en: 'Delivery statuses reach the order automatically.' },
  ecommerce: { ru: 'Поддерживает популярные CMS и конструкторы сайтов.', en: 'Supports popular CMSs and site builders.' },
  documents: { ru: 'Документы подписываются электронной подписью.', en: 'Documents are signed with an electronic signature.' },
  hr: { ru: 'Сотрудники отмечаются с телефона, руководитель видит отчёт.', en: 'Employees check in from their phones; managers see the report.' },
  retail: { ru: 'Чеки отправляются покупателю по SMS или на почту.', en: 'Receipts go to the customer by SMS or email.' },
  crm: { ru: 'История общения с клиентом хранится в одном месте.', en: 'The whole customer history is kept in one place.' },
  production: { ru: 'Себестоимость считается автоматически по каждой партии.', en: 'Cost is computed automatically for each batch.' },
};
