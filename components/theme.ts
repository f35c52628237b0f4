import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm, slightly muted administrative blue (shade 7 is the primary). */
const reformBlue: MantineColorsTuple = [
  '#eaf2fb',
  '#d3e3f4',
  '#a6c4e7',
  '#76a3da',
  '#4f87ce',
  '#3675c7',
  '#286bc4',
  '#1c5aad',
  '#12509b',
  '#034489',
];

/**
 * The extension's Mantine theme. The font stack starts with fonts that carry complete Vietnamese glyphs and
 * stacked diacritics (Segoe UI on Windows, Roboto / Noto Sans elsewhere).
 */
export const theme = createTheme({
  colors: { reformBlue },
  primaryColor: 'reformBlue',
  primaryShade: { light: 7, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    fontWeight: '650',
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
