/** UI strings of the coordinator's compare screens (source language). */
export const compareEn = {} as const;
