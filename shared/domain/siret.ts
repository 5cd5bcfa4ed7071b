/**
 * A SIRET is 14 digits whose Luhn checksum is valid; La Poste's establishments (SIREN 356000000)
 * use a digit sum divisible by 5 instead. Spaces are allowed in input and dropped.
 */
export function normalizeSiret(input: string): string {
  return input.replace(/[\s.]/g, '');
}

export function isValidSiret(input: string): boolean {
  const siret = normalizeSiret(input);
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000')) {
    const sum = [...siret].reduce((total, d) => total + Number(d), 0);
    return sum % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
