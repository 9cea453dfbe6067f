/** A problem with the user's input or command: shown as one sentence, exit code 2, never a stack trace. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
