import { useCallback, useRef, useState } from 'react';
import type { ReceiptChange } from '../data/expenses';
import { ReceiptImageError, resizeReceipt, type ResizeProgress } from '../receipt-resize';

/** A receipt photo in the form: the stored one or a freshly shrunk one. */
export type ReceiptPhoto = {
  mimeType: 'image/jpeg' | 'image/webp' | 'image/png';
  data: string;
  bytes: number;
};

/** Where the photo field stands. */
export type ReceiptPickerState = {
  photo: ReceiptPhoto | null;
  /** True once the volunteer picked or removed a photo. */
  changed: boolean;
  working: boolean;
  progress: ResizeProgress | null;
  error: 'unreadable' | 'tooLarge' | null;
};

/**
 * The receipt photo field's state: pick a file (it is shrunk on the device, with progress), remove
 * it, and tell the save what to do with the stored receipt. A failed pick keeps the photo before it.
 */
export function useReceiptPicker(initial: ReceiptPhoto | null): {
  state: ReceiptPickerState;
  pick: (file: Blob) => Promise<void>;
  remove: () => void;
  reset: (photo: ReceiptPhoto | null) => void;
  change: () => ReceiptChange;
} {
  const [state, setState] = useState<ReceiptPickerState>({
    photo: initial,
    changed: false,
    working: false,
    progress: null,
    error: null,
  });
  // Only the newest pick may land: a slow first photo must not replace a quick second one.
  const generation = useRef(0);

  const pick = useCallback(async (file: Blob) => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, working: true, progress: null, error: null }));
    try {
      const resized = await resizeReceipt(file, (progress) => {
        if (generation.current === mine) setState((s) => ({ ...s, progress }));
      });
      if (generation.current !== mine) return;
      const photo = { mimeType: resized.mimeType, data: resized.data, bytes: resized.bytes };
      setState({ photo, changed: true, working: false, progress: null, error: null });
    } catch (caught) {
      if (generation.current !== mine) return;
      const error = caught instanceof ReceiptImageError ? caught.code : 'unreadable';
      setState((s) => ({ ...s, working: false, progress: null, error }));
    }
  }, []);

  const remove = useCallback(() => {
    generation.current++;
    setState({ photo: null, changed: true, working: false, progress: null, error: null });
  }, []);

  const reset = useCallback((photo: ReceiptPhoto | null) => {
    generation.current++;
    setState({ photo, changed: false, working: false, progress: null, error: null });
  }, []);

  const change = useCallback((): ReceiptChange => {
    if (!state.changed) return { kind: 'keep' };
    if (!state.photo) return { kind: 'remove' };
    return { kind: 'set', mimeType: state.photo.mimeType, data: state.photo.data };
  }, [state]);

  return { state, pick, remove, reset, change };
}
