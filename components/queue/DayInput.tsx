import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatVietnameseDate, parseVietnameseDay } from '../format';
import { useT } from '../i18n';

/** Props of {@link DayInput}. */
export interface DayInputProps {
  label: string;
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (day: string) => void;
  testId?: string;
  /** Mantine size: 'xs' in the queue's compact filter bar (the default), the form's own size elsewhere. */
  size?: 'xs' | 'sm';
}

/**
 * A day typed the Vietnamese way (dd/mm/yyyy), whatever the browser's own language: a native date input would
 * show mm/dd/yyyy in an English browser, and 03/12 means 3 December to these editors. Gives `YYYY-MM-DD` out.
 */
export function DayInput({ label, value, onChange, testId, size = 'xs' }: DayInputProps) {
  const t = useT();
  const [text, setText] = useState(() => formatVietnameseDate(value) ?? '');
  const [focused, setFocused] = useState(false);

  // Follow changes made outside (the "clear filters" link) without fighting the editor's typing.
  useEffect(() => {
    if (parseVietnameseDay(text) !== value) setText(formatVietnameseDate(value) ?? '');
    // Only an outside change of the value matters here.
  }, [value]);

  const parsed = parseVietnameseDay(text);
  return (
    <TextInput
      size={size}
      label={label}
      placeholder={t('queue.dayPlaceholder')}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      error={!focused && parsed === null ? t('queue.badDay') : undefined}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        if (parsed) setText(formatVietnameseDate(parsed) ?? text);
      }}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const day = parseVietnameseDay(next);
        if (day !== null && day !== value) onChange(day);
      }}
      data-testid={testId}
    />
  );
}
