/**
 * The form cards' own checks (`regex` on `Input.Text`), written to accept exactly what the server's zod
 * rules in `form-fields.ts` accept, so a value the card lets through is not refused after "Indienen" and
 * the other way round. `test/forms-card-validation.test.ts` runs both on one table of values and checks
 * that the card JSON carries these strings.
 */
const separators = String.raw`[\s().-]*`;
const spaced = (digits: string) => digits.split('').join(separators);

/**
 * `isValidPhone`: Dutch 06/0xx/+31/0031 with nine more digits, or an international +… number; separators
 * anywhere.
 */
export const phonePattern =
  `^${separators}(?:(?:0|\\+${separators}${spaced('31')}|${spaced('0031')})${separators}[1-9](?:${separators}\\d){8}` +
  `|\\+${separators}(?!3${separators}1)[1-9](?:${separators}\\d){7,14})${separators}$`;

/** zod's `.email()` (v3), case-insensitive spelled out, around the trim the server does first. */
export const emailPattern =
  String.raw`^\s*(?!\.)(?!\S*\.\.)[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-]@` +
  String.raw`(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}\s*$`;
