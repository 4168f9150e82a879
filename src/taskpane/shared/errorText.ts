/** The message of anything a promise rejected with (an Error, Office's OfficeExtension.Error, or a bare value), for showing to the user. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
