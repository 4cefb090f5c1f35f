/**
 * The only form in which a secret value may leave the sources: a few leading characters (enough
 * to recognise a token's prefix, never more than a quarter of the value) and an ellipsis.
 */
export const mask = (value: string) => `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}…`;
