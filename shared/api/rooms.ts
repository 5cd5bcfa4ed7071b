import { z } from 'zod';
import { byId, id, none, optionalText, requiredText } from './fields';
import { method } from './method';
import { ALL_ROLES } from './roles';

export const roomInputSchema = z
  .object({
    name: requiredText(60),
    site: optionalText(120),
    capacity: z.number().int().min(1).max(500),
    equipment: optionalText(500),
  })
  .strict();

export const roomSchema = z.object({
  id,
  name: z.string(),
  site: z.string().nullable(),
  capacity: z.number().int(),
  equipment: z.string().nullable(),
});
export type Room = z.infer<typeof roomSchema>;

const writers = ['admin', 'manager'] as const;

export const roomsApi = {
  'rooms.list': method({
    summary: 'Every room.',
    input: none,
    output: z.array(roomSchema),
    access: ALL_ROLES,
  }),
  'rooms.create': method({
    summary: 'Creates a room.',
    input: roomInputSchema,
    output: roomSchema,
    access: writers,
  }),
  'rooms.update': method({
    summary: 'Changes a room.',
    input: roomInputSchema.extend({ id }),
    output: roomSchema,
    access: writers,
  }),
  'rooms.delete': method({
    summary: 'Deletes a room no session uses.',
    input: byId,
    output: z.object({}),
    access: writers,
  }),
};
