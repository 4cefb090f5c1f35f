/**
 * The input documents policies read, by name (`$input.<name>`). Each document's source module
 * adds its own entry with TypeScript declaration merging, so its shape is declared once, beside
 * its builder, and this layer imports nothing above it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InputDocuments {}

export type DocumentName = keyof InputDocuments & string;
