// Both sidebars show the codes a save will make (lot numbers, batch codes) before saving, made with the
// same numbering code as the server's, started from the highest sequence numbers the server found.
import * as z from 'zod/mini';

/** The highest sequence used so far per material or SKU (by code key); absent means none. */
export const sequencesSoFar = z.record(z.string(), z.number());

export type SequencesSoFar = z.infer<typeof sequencesSoFar>;
