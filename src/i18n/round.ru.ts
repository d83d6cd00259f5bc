import type { roundEn } from './round.en';
import type { CatalogLike } from './types';

export const roundRu: CatalogLike<typeof roundEn> = {};
