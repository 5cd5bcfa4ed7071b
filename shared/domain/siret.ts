/**
 * A SIRET is 14 digits whose Luhn checksum is valid. La Poste's establishments (SIREN
 * 356000000) are numbered past what Luhn allows, so INSEE checks them with a digit sum divisible
 * by 5 instead — all but the head office (35600000000048), which keeps a Luhn key.
 * Spaces, dots and dashes are allowed in input and dropped.
 */
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

export function normalizeSiret(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiret(input: string): boolean {
  const siret = normalizeSiret(input);
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE) {
    const sum = [...siret].reduce((total, d) => total + Number(d), 0);
    return sum % 5 === 0;
  }
  return luhnValid(siret);
}
