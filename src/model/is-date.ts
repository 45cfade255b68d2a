// Recognises a Date from any realm (Sheets' arguments, the local runtime's vm context), where `instanceof` fails.

/** Whether a value is a Date, including one made in another realm (where `instanceof Date` is false). */
export function isDateObject(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}
