import type { compareEn } from './compare.en';
import type { CatalogLike } from './types';

export const compareRu: CatalogLike<typeof compareEn> = {};
