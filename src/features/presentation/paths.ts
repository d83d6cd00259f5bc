/** The presentation of one round; the round screen links here, Esc leaves back to it. */
export const roundPath = (roundId: string) => `/rounds/${encodeURIComponent(roundId)}`;
export const presentPath = (roundId: string) => `${roundPath(roundId)}/present`;
