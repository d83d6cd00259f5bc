/** Repositories take the clock as their last parameter so tests can fix the time. */
export type Clock = () => string;

export const systemClock: Clock = () => new Date().toISOString();
