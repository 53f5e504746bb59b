import { z } from 'astro/zod';

/**
 * What each field of a guest profile holds, as the author should write it. The schema describes
 * its fields with these, and a problem with a field is fixed by following its text.
 */
export const PROFILE_FIELDS = {
  name: 'the guest\'s name as the episode notes write it, e.g. `name: Ryan Perry`',
  role: 'their job title as text, e.g. `role: Principal Product Manager`',
  company: 'the company as text, e.g. `company: Grafana Labs`',
  bio: 'a sentence or two as text, in quotes if it has a colon: `bio: "Co-founder of Pyroscope: ..."`',
  avatar: 'a photo file next to this profile (jpg, png, webp, avif, gif or tiff; not svg, which can hold script), e.g. `avatar: ./ryan-perry.jpg`',
  avatarAlt: 'what the photo shows, for people who cannot see it, as text',
  links: 'a list of links, each `- label: GitHub` with `url: https://...` on the next line',
  'links.label': 'the link\'s text, e.g. `label: GitHub`',
  'links.url': 'a full web address starting with https:// (or http://), or `mailto:` and an email address',
} as const;

/**
 * The photo types Astro's image service reads, for `avatar:`. Not SVG: an SVG can hold script, which
 * runs on the site's origin when the file is opened by its address (./avatar-format.ts).
 */
export const AVATAR_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;

// new URL() accepts "http:/x" and "javascript:..."; a guest's link must be a real web or mail address.
const LINK = /^(?:https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+)$/i;

const text = (field: keyof typeof PROFILE_FIELDS) => z.string().trim().min(1, 'is empty').describe(PROFILE_FIELDS[field]);

/**
 * The schema of a guest profile (`src/content/guests/<slug>.yaml`): the one definition the build's
 * guests collection and `npm run check` both validate with. `image` is Astro's image() helper in
 * the build, which turns `avatar:` into optimisable image metadata; check passes a stand-in that
 * only makes sure the file is there.
 */
export function guestProfileSchema<Image extends z.ZodType>(image: () => Image) {
  return z.object({
    name: text('name'),
    role: text('role').optional(),
    company: text('company').optional(),
    bio: text('bio').optional(),
    avatar: image().optional().describe(PROFILE_FIELDS.avatar),
    avatarAlt: text('avatarAlt').optional(),
    links: z.array(z.object({
      label: text('links.label'),
      url: z.string().trim().regex(LINK, 'is not a web address (https://...) or a mailto: address').describe(PROFILE_FIELDS['links.url']),
    })).default([]).describe(PROFILE_FIELDS.links),
  });
}

/** The data of a valid guest profile, with `avatar:` as the path the author wrote. */
export type GuestProfileData = z.output<ReturnType<typeof guestProfileSchema<z.ZodString>>>;
