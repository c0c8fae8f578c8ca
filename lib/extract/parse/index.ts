/** Field parsers shared by the page readers: money, dates, couriers, order ids, statuses, labels. */
export * from './money';
export * from './datetime';
export * from './courier';
export * from './orderid';
export * from './status';
