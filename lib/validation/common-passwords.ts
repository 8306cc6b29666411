// A short list of passwords that are long enough to pass the length rule but are among the
// first guesses of any attacker. Compared case-insensitively.
export const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '000000000000',
  '111111111111',
  'aaaaaaaaaaaa',
  'qwertyuiopas',
  'qwertyuiop123',
  'qwerty123456',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'password1234',
  'password12345',
  'password123!',
  'passwordpassword',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'administrator',
  'changeme1234',
  'trustno1trustno1',
  'football1234',
  'baseball1234',
  'superman1234',
  'sunshine1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
  'starwars1234',
  'abcdefghijkl',
  'abcd12345678',
  'correcthorsebatterystaple',
  'byline123456',
  'bylinebyline',
  'halvorsen123',
  'halvorsen2026',
]);

/** Whether `password` is on the list (ignoring case). */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
