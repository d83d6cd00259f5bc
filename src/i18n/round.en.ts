/** UI strings of the coordinator's round screens (source language). */
export const roundEn = {} as const;
