interface Props {
  id: string;
  label: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}

/**
 * A JSON file picker that reads as one button in Selge's language. The browser's own file field says
 * "Choose File · No file chosen" in the browser's language, beside a label in Selge's.
 */
export function FileButton({ id, label, onFile, disabled = false }: Props) {
  return (
    <label class={disabled ? 'file-button disabled' : 'file-button'} for={id}>
      <input
        id={id}
        disabled={disabled}
        class="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          // The same file can be chosen again after it was fixed.
          input.value = '';
          if (file) onFile(file);
        }}
      />
      {label}
    </label>
  );
}
