import { LabelledField, splitFrame, type FieldFrame } from '../components/FormField';
import { FilePicker, type FilePickerProps } from './FilePicker';

/** A label over a FilePicker, laid out as FormField lays out a label over its input. */
export function FileField(props: FilePickerProps & FieldFrame) {
  const [frame, picker] = splitFrame(props);
  return (
    <LabelledField {...frame}>
      <FilePicker {...picker} />
    </LabelledField>
  );
}
