import { z } from 'zod';
import { validationFr as t } from '../i18n/fr/validation';

/**
 * French messages for every schema check that does not carry its own message. Installed once
 * by the contract module, so the backend and the renderer's forms say the same thing.
 */
function message(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return t.required;
      switch (issue.expected) {
        case 'string':
          return t.expectedText;
        case 'number':
        case 'int':
          return t.expectedNumber;
        case 'boolean':
          return t.expectedBoolean;
        case 'array':
          return t.expectedList;
        case 'object':
          return t.expectedObject;
        default:
          return t.invalidValue;
      }
    }
    case 'too_small':
      if (issue.origin === 'string') return t.tooShortText(Number(issue.minimum));
      if (issue.origin === 'array' || issue.origin === 'set') return t.tooFewItems(issue.minimum);
      return t.tooSmallNumber(issue.minimum, issue.inclusive ?? true);
    case 'too_big':
      if (issue.origin === 'string') return t.tooLongText(Number(issue.maximum));
      if (issue.origin === 'array' || issue.origin === 'set') return t.tooManyItems(issue.maximum);
      return t.tooBigNumber(issue.maximum, issue.inclusive ?? true);
    case 'invalid_value':
      return t.invalidChoice(issue.values.map(String).join(', '));
    case 'invalid_format':
      if (issue.format === 'email') return t.invalidEmail;
      if (issue.format === 'date') return t.invalidDate;
      return t.invalidFormat;
    case 'unrecognized_keys':
      return t.unknownField(issue.keys.join(', '));
    case 'not_multiple_of':
      return t.expectedInteger;
    default:
      return t.invalidValue;
  }
}

z.config({ customError: message });

/** Dotted path -> first French message, the shape the registry returns as `fields`. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  return fields;
}
