/** A message is a string with `{name}` placeholders, or plural forms chosen by `{count}`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type MessageCatalog = Record<string, Message>;

/** Other languages must give every key of the source catalog, in the same shape. */
export type CatalogLike<T extends MessageCatalog> = {
  [K in keyof T]: T[K] extends string ? string : PluralForms;
};
