import type { Centre } from '../../../../shared/api/centre';
import { isValidSiret } from '../../../../shared/domain/siret';
import { centreFr as t } from '../../../../shared/i18n/fr/centre';
import { validationFr } from '../../../../shared/i18n/fr/validation';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import type { Db } from '../../db/open';
import type { CentreForPrint } from '../../documents/centre-header';
import { AppError } from '../../errors';
import { imageBytes, readCentreRecord, writeCentreRecord, type CentreRecord } from './repository';
import { CENTRE_TEXT_FIELDS, missingForDocuments, type CentreText } from './rules';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ().-]*$/;

function textOf(record: CentreRecord): CentreText {
  return Object.fromEntries(CENTRE_TEXT_FIELDS.map((f) => [f, record[f]])) as CentreText;
}

/** The identity as `centre.get` shows it. */
export function centreView(db: Db): Centre {
  const record = readCentreRecord(db);
  const text = textOf(record);
  return {
    ...text,
    hasLogo: record.logoFileId !== null,
    hasSignature: record.signatureFileId !== null,
    missing: missingForDocuments(text),
  };
}

/** The rules the schema cannot say alone: the SIRET's key, a readable e-mail and phone number. */
function check(text: CentreText): void {
  const fields: Record<string, string> = {};
  if (text.siret && !isValidSiret(text.siret)) fields.siret = t.siretKey;
  if (text.email && !EMAIL.test(text.email)) fields.email = validationFr.invalidEmail;
  if (text.phone && !PHONE.test(text.phone)) fields.phone = validationFr.invalidPhone;
  const first = Object.values(fields)[0];
  if (first) throw new AppError('INVALID_INPUT', first, fields);
}

/** Replaces the text fields (the form sends them all; an empty one is cleared), images kept. */
export function updateCentre(ctx: HandlerContext, text: CentreText): Centre {
  check(text);
  const record = readCentreRecord(ctx.db);
  const changed = CENTRE_TEXT_FIELDS.filter((f) => record[f] !== text[f]);
  if (changed.length > 0) {
    writeCentreRecord(ctx.db, { ...record, ...text });
    auditCall(ctx, 'centre.update', 'centre', Object.fromEntries(changed.map((f) => [f, text[f]])));
  }
  return centreView(ctx.db);
}

/**
 * The centre as documents print it, images included: called from every print's and every
 * batch's read, inside the call's transaction, so a batch prints one consistent identity.
 */
export function readCentreForPrint(db: Db): CentreForPrint {
  const record = readCentreRecord(db);
  return {
    ...textOf(record),
    logo: imageBytes(db, record.logoFileId),
    signature: imageBytes(db, record.signatureFileId),
  };
}
