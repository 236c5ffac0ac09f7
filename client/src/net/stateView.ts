// The shape of the class state as the client reads it (decoded by Colyseus from the server's schema).

export interface StudentViewState {
  nickname: string;
  connected: boolean;
}

export interface ClassStateView {
  code: string;
  phase: string;
  locked: boolean;
  students: Map<string, StudentViewState>;
}
