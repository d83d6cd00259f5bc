import type { compareEn } from './compare.en';
import type { CatalogLike } from './types';

export const compareKy: CatalogLike<typeof compareEn> = {};
