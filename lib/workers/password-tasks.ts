// Password hashing run in a worker thread (lib/workers/pool.ts): bcrypt at
// cost 11 takes about a quarter of a second of CPU, which on the main thread
// would stall every other request while someone guesses passwords.
import bcrypt from "bcryptjs";

import { settled } from "./settled";

/** bcrypt cost factor: 2^11 rounds, ≈ 240 ms on this machine (OWASP Password Storage: ≥ 10). */
export const BCRYPT_COST = 11;

/** A bcrypt hash of `password`. */
export const hashPassword = settled((password: string) =>
  bcrypt.hash(password, BCRYPT_COST),
);

/** Whether `password` matches the bcrypt `hash`. */
export const verifyPassword = settled(
  (input: { password: string; hash: string }) =>
    bcrypt.compare(input.password, input.hash),
);
