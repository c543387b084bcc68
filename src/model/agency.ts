import { z } from 'zod';
import { Position } from './position.js';

export const Mention = z.object({ raw: z.string(), position: Position });
export type Mention = z.infer<typeof Mention>;

export const AgencyKind = z.enum([
  'people-committee',
  'people-council',
  'department', // Sở
  'board', // Ban, Ban Quản lý, BQLDA
  'general-department', // Cục, Chi cục
  'office', // Văn phòng
  'inspectorate',
  'police',
  'military',
  'ministry',
  'government',
  'national-assembly',
  'party',
  'front', // Ủy ban MTTQ
  'treasury',
  'bank',
  'social-insurance',
  'broadcaster',
  'school',
  'national-park',
  'center',
  'other',
]);
export type AgencyKind = z.infer<typeof AgencyKind>;

export const Agency = z.object({
  id: z.string().regex(/^a\d+$/),
  /** One canonical name per agency: abbreviations expanded, NFC, new-style tone placement. */
  name: z.string(),
  kind: AgencyKind,
  mentions: z.array(Mention).min(1),
});
export type Agency = z.infer<typeof Agency>;

export const PlaceKind = z.enum(['province', 'city', 'district', 'town', 'commune', 'ward', 'place']);
export const Place = z.object({
  id: z.string().regex(/^p\d+$/),
  name: z.string(),
  kind: PlaceKind,
  mentions: z.array(Mention).min(1),
});
export type Place = z.infer<typeof Place>;
