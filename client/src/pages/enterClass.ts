// What the Join press needs and the join screen does not: the Colyseus client and the waiting room (≈ 40 kB
// compressed). join.ts loads this on demand, from the student's first keystroke or tap, so the join screen is light.
export { JoinError, joinClass } from "../net/connection";
export { waitingRoom } from "./waiting";
