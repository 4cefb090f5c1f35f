/** The run's clock: fixed per run; `SOURCE_DATE_EPOCH` pins it for reproducible output. */
export function runDate(now?: Date): Date {
  if (now) return now;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
