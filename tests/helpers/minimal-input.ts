import { z } from 'zod';

type Json = Record<string, unknown>;

/** Strings that satisfy the contract's formats (date, time, month, login, base64…), tried in order. */
const CANDIDATES = ['2026-03-03', '2026-03', '08:15', 'abc', 'AAAA', 'a', 'x'];

function minimalString(schema: Json): string {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = (schema.maxLength as number | undefined) ?? Infinity;
  if (schema.format === 'date') return '2026-03-03';
  if (schema.format === 'email') return 'a@b.fr';
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : null;
  const fits = (s: string) => s.length >= min && s.length <= max && (!pattern || pattern.test(s));
  const found = CANDIDATES.find(fits) ?? CANDIDATES.map((c) => c.repeat(Math.max(1, min))).find(fits);
  return found ?? 'x'.repeat(Math.max(1, min));
}

function minimalValue(schema: Json): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const options = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (options) {
    // Prefer a concrete value over null, so the handler has something to work on.
    const concrete = options.find((o) => o.type !== 'null') ?? options[0]!;
    return minimalValue(concrete);
  }
  if (Array.isArray(schema.allOf)) return minimalValue(schema.allOf[0] as Json);
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(required.map((key) => [key, minimalValue(properties[key] ?? {})]));
    }
    case 'array': {
      const n = (schema.minItems as number | undefined) ?? 0;
      return Array.from({ length: n }, () => minimalValue((schema.items ?? {}) as Json));
    }
    case 'integer':
    case 'number': {
      if (typeof schema.minimum === 'number')
        return Math.max(schema.minimum, Math.min(1, (schema.maximum as number) ?? 1));
      if (typeof schema.exclusiveMinimum === 'number') return Math.floor(schema.exclusiveMinimum) + 1;
      return 1;
    }
    case 'boolean':
      return false;
    case 'string':
      return minimalString(schema);
    case 'null':
      return null;
    default:
      return {};
  }
}

/**
 * The smallest input a method's schema describes: required fields only, ids 1, the first value
 * of each list, a date, a time… Derived from the contract's JSON Schema, so a new method gets
 * one without anything written by hand. Some still fail a refinement: those answer INVALID_INPUT.
 */
export function minimalInput(schema: z.ZodType): unknown {
  return minimalValue(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json);
}
