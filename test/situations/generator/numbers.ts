// The situation generator: numbers as staff write them.
export const numberWords = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
  'twintig',
];
const ordinalWords = [
  '',
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
  'dertiende',
  'veertiende',
  'vijftiende',
  'zestiende',
  'zeventiende',
  'achttiende',
  'negentiende',
  'twintigste',
];

/** "9 keer", "negen keer", "9x", "9 x", "voor de 9e keer", "voor de negende keer". */
export function countPhrase(count: number, form: number): string {
  switch (form % 6) {
    case 0:
      return `${count} keer`;
    case 1:
      return `${numberWords[count]} keer`;
    case 2:
      return `${count}x`;
    case 3:
      return `${count} x`;
    case 4:
      return `voor de ${count}${count % 2 === 0 ? 'e' : 'de'} keer`;
    default:
      return `voor de ${ordinalWords[count]} keer`;
  }
}

export function amount(value: number, form: number): string {
  if (form % 2 === 1 && Number.isInteger(value) && value <= 20) return numberWords[value]!;
  return String(value).replace('.', ',');
}
